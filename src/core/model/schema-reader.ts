// Reading untyped input (parsed YAML or JSON) into typed values without throwing: every problem
// becomes an Issue naming its place (`lines[12].functionCode`) in a specific Chinese sentence,
// and reading goes on so that one pass reports all of them. budget-schema.ts builds on this.
import type { Fen, MoneyUnit } from '../money/money.ts';
import { MoneyParseError, parseAmount } from '../money/money.ts';

/** One problem in an input file; `path` uses the file's own field names, e.g. `lines[12].amount`. */
export interface Issue {
  path: string;
  message: string;
  messageEn?: string;
}

/** How many issues are listed; the rest are counted in one closing “…另有 N 处” line. */
export const MAX_ISSUES = 100;

/** Collects issues up to MAX_ISSUES and counts the rest. */
export class IssueList {
  private readonly items: Issue[] = [];
  private extra = 0;
  private readonly paths = new Set<string>();

  add(path: string, message: string, messageEn?: string): void {
    this.paths.add(path);
    if (this.items.length < MAX_ISSUES) {
      this.items.push(messageEn === undefined ? { path, message } : { path, message, messageEn });
    } else {
      this.extra++;
    }
  }

  /** Whether an issue was recorded at exactly this path. */
  has(path: string): boolean {
    return this.paths.has(path);
  }

  /** Total number of issues, listed or not. */
  get size(): number {
    return this.items.length + this.extra;
  }

  /** The listed issues, followed by “…另有 N 处问题未列出” when some were left off. */
  list(): Issue[] {
    if (this.extra === 0) return [...this.items];
    return [
      ...this.items,
      { path: '', message: `…另有 ${this.extra} 处问题未列出`, messageEn: `… ${this.extra} more not shown` },
    ];
  }
}

/** A plain object read from the input. */
export type RawObject = Record<string, unknown>;

/** `lines` + 3 → `lines[3]`; `department` + `name` → `department.name`. */
export function pathOf(parent: string, key: string | number): string {
  if (typeof key === 'number') return `${parent}[${key}]`;
  return parent === '' ? key : `${parent}.${key}`;
}

/** A short Chinese description of a value, for “实际是…” in messages. */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return '空值';
  if (typeof value === 'string') return `文本 "${clip(value)}"`;
  if (typeof value === 'number') return `数字 ${value}`;
  if (typeof value === 'boolean') return `是/否值 ${value}`;
  if (Array.isArray(value)) return `列表（${value.length} 项）`;
  if (typeof value === 'object') return '映射（键: 值）';
  return typeof value;
}

/** Shortens long input text quoted in a message. */
export function clip(text: string, max = 40): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

export function isObject(value: unknown): value is RawObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Edit distance, for “是否想写 …？” suggestions. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = row[j] ?? 0;
      row[j] = Math.min(up + 1, (row[j - 1] ?? 0) + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return row[b.length] ?? 0;
}

/** The candidate closest to `input` when it is close enough to be a likely typo. */
export function closest(input: string, candidates: readonly string[]): string | undefined {
  const lower = input.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = distance(lower, c.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  return best !== undefined && bestDistance <= Math.max(1, Math.floor(best.length / 3)) ? best : undefined;
}

/** What a code field must look like. */
export interface CodeSpec {
  /** Chinese name of the code, e.g. 功能分类科目编码. */
  label: string;
  /** English name, e.g. "7-digit functional classification code". */
  labelEn: string;
  pattern: RegExp;
  /** What a right one looks like, e.g. “7位数字，如 2120101”. */
  hint: string;
  /** Clean-up before checking, e.g. removing the spaces of a printed "212 01 01". */
  normalize?: (code: string) => string;
  /** A more specific complaint for a wrong-looking code, or undefined for the generic one. */
  explain?: (code: string) => string | undefined;
}

/** An enumeration the file may write by Chinese name or by id. */
export interface EnumSpec<T extends string> {
  label: string;
  /** id → accepted Chinese names, the official one first. */
  names: Readonly<Record<T, readonly string[]>>;
  /** A specific complaint for a known wrong value, e.g. 上年结转结余 as a fund source. */
  explain?: (text: string) => string | undefined;
}

/**
 * Field readers. Each takes the object, the key and the object's path, adds an issue and returns
 * undefined when the value is missing (and required) or wrong. null counts as missing.
 */
export class Reader {
  constructor(
    readonly issues: IssueList,
    public unit: MoneyUnit = '万元',
  ) {}

  missing(path: string, label: string, hint = ''): undefined {
    this.issues.add(path, `缺少${label}${hint}`, 'required field is missing');
    return undefined;
  }

  wrongType(path: string, expected: string, value: unknown): undefined {
    const got = value === null || value === undefined ? 'null' : Array.isArray(value) ? 'a list' : typeof value === 'object' ? 'a mapping' : `a ${typeof value}`;
    this.issues.add(path, `应为${expected}，实际是${describeValue(value)}`, `wrong type: got ${got}`);
    return undefined;
  }

  /** Reports keys not in `allowed`, suggesting the closest allowed key. */
  checkKeys(obj: RawObject, path: string, allowed: readonly string[]): void {
    for (const key of Object.keys(obj)) {
      if (allowed.includes(key)) continue;
      const guess = closest(key, allowed);
      this.issues.add(
        pathOf(path, key),
        `未知字段 "${clip(key)}"${guess ? `（是否想写 "${guess}"？）` : `（可用：${allowed.join('、')}）`}`,
        `unknown field "${key}"${guess ? ` (did you mean "${guess}"?)` : ''}`,
      );
    }
  }

  object(obj: RawObject, key: string, path: string, label: string, required: boolean): RawObject | undefined {
    const p = pathOf(path, key);
    const v = obj[key];
    if (v === undefined || v === null) return required ? this.missing(p, label) : undefined;
    return isObject(v) ? v : this.wrongType(p, `映射（${label}）`, v);
  }

  array(obj: RawObject, key: string, path: string, label: string, required: boolean): unknown[] | undefined {
    const p = pathOf(path, key);
    const v = obj[key];
    if (v === undefined || v === null) return required ? this.missing(p, label, '（没有请写 []）') : undefined;
    return Array.isArray(v) ? v : this.wrongType(p, `列表（${label}）`, v);
  }

  /** Text; a YAML number is accepted and turned into its decimal text. Blank text counts as missing. */
  text(obj: RawObject, key: string, path: string, label: string, required: boolean): string | undefined {
    return this.textAt(obj[key], pathOf(path, key), label, required);
  }

  private textAt(v: unknown, p: string, label: string, required: boolean): string | undefined {
    if (v === undefined || v === null) return required ? this.missing(p, label) : undefined;
    if (typeof v === 'number' && Number.isFinite(v)) return String(v);
    if (typeof v !== 'string') return this.wrongType(p, `文本（${label}）`, v);
    if (v.trim() === '') return required ? this.missing(p, label, '（不能为空）') : undefined;
    return v;
  }

  /** A list of texts, e.g. 主要职责. */
  texts(obj: RawObject, key: string, path: string, label: string, required: boolean): string[] | undefined {
    const list = this.array(obj, key, path, label, required);
    if (!list) return undefined;
    const p = pathOf(path, key);
    const out: string[] = [];
    list.forEach((item, i) => {
      const t = this.textAt(item, pathOf(p, i), label, true);
      if (t !== undefined) out.push(t);
    });
    return out;
  }

  bool(obj: RawObject, key: string, path: string, label: string): boolean | undefined {
    const v = obj[key];
    if (v === undefined || v === null) return undefined;
    return typeof v === 'boolean' ? v : this.wrongType(pathOf(path, key), `true 或 false（${label}）`, v);
  }

  /** A non-negative whole number (counts: vehicles, sets of equipment); digit strings accepted. */
  count(obj: RawObject, key: string, path: string, label: string, required: boolean): number | undefined {
    const p = pathOf(path, key);
    const v = obj[key];
    if (v === undefined || v === null) return required ? this.missing(p, label, '（没有请写 0）') : undefined;
    const n = typeof v === 'string' && /^\s*\d+\s*$/.test(v) ? Number(v) : v;
    if (typeof n === 'number' && Number.isSafeInteger(n) && n >= 0) return n;
    return this.wrongType(p, `不小于 0 的整数（${label}）`, v);
  }

  /** An amount in this file's unit, into 分; negatives, sub-分 precision and unsafe sizes are errors. */
  amount(obj: RawObject, key: string, path: string, label: string, required: boolean): Fen | undefined {
    const p = pathOf(path, key);
    const v = obj[key];
    if (v === undefined || v === null) return required ? this.missing(p, label, '（没有请写 0）') : undefined;
    if (typeof v !== 'number' && typeof v !== 'string') return this.wrongType(p, `金额（${label}，${this.unit}）`, v);
    let fen: Fen;
    try {
      fen = parseAmount(v, this.unit);
    } catch (e) {
      if (!(e instanceof MoneyParseError)) throw e;
      this.issues.add(p, e.message, `"${String(v)}" is not a valid amount in ${this.unit}`);
      return undefined;
    }
    if (fen < 0) {
      this.issues.add(p, `金额不能为负数（写的是 ${clip(String(v))}）`, 'amount must not be negative');
      return undefined;
    }
    return fen;
  }

  /** A code kept as text; a YAML whole number is accepted and turned into its digits. */
  code(obj: RawObject, key: string, path: string, spec: CodeSpec, required: boolean): string | undefined {
    const p = pathOf(path, key);
    const v = obj[key];
    if (v === undefined || v === null) return required ? this.missing(p, spec.label) : undefined;
    if (typeof v === 'number' && !Number.isSafeInteger(v)) {
      this.issues.add(p, `${spec.label}写成了数字 ${v}，位数已丢失；请加引号写成文本`, 'code written as a number lost digits; quote it');
      return undefined;
    }
    if (typeof v !== 'string' && typeof v !== 'number') return this.wrongType(p, `文本（${spec.label}）`, v);
    const text = String(v).trim();
    const code = spec.normalize ? spec.normalize(text) : text;
    if (spec.pattern.test(code)) return code;
    const why = spec.explain?.(code);
    this.issues.add(
      p,
      why ?? `"${clip(text)}" 不是${spec.label}（应为${spec.hint}）`,
      `"${text}" is not a ${spec.labelEn}`,
    );
    return undefined;
  }

  /** An enumeration value written by Chinese name or by id. */
  enumeration<T extends string>(
    obj: RawObject,
    key: string,
    path: string,
    spec: EnumSpec<T>,
    required: boolean,
  ): T | undefined {
    const p = pathOf(path, key);
    const v = obj[key];
    if (v === undefined || v === null) return required ? this.missing(p, spec.label) : undefined;
    if (typeof v !== 'string') return this.wrongType(p, `文本（${spec.label}）`, v);
    const text = v.trim();
    const ids = Object.keys(spec.names) as T[];
    for (const id of ids) if (id === text || spec.names[id].includes(text)) return id;
    const why = spec.explain?.(text);
    const chinese = ids.map((id) => spec.names[id][0] ?? id);
    const guess = closest(text, [...ids, ...ids.flatMap((id) => spec.names[id])]);
    const choices = `可用：${chinese.join('、')}，或 ${ids.join('、')}`;
    this.issues.add(
      p,
      why ?? `"${clip(text)}" 不是${spec.label}（${guess ? `是否想写 "${guess}"？` : ''}${choices}）`,
      `"${text}" is not a valid value (one of ${ids.join(', ')})`,
    );
    return undefined;
  }

  /** Reads each element of a list with `read`, skipping elements that are not objects. */
  each<T>(list: unknown[] | undefined, path: string, label: string, read: (o: RawObject, p: string, i: number) => T): T[] {
    const out: T[] = [];
    (list ?? []).forEach((item, i) => {
      const p = pathOf(path, i);
      if (isObject(item)) out.push(read(item, p, i));
      else this.wrongType(p, `映射（${label}）`, item);
    });
    return out;
  }
}
