// Which classification list applies and how much a finding that rests on it weighs (an error once a
// finance bureau's official list is loaded, else a warning), and printed codes and names folded the
// way the lists write them. Pure.
import type { ClassificationSet, ClassItem, ClassKind, ClassLevel } from '../classification/types.ts';
import { listOf, normaliseCode, normaliseName } from '../classification/lookup.ts';
import type { Reporter, RuleContext, Severity } from './types.ts';

// ——— the list and its authority ———

/** The classification of the document's year; reports insufficient data when there is none. */
export function requireClassification(ctx: RuleContext, report: Reporter): ClassificationSet | undefined {
  const set = ctx.classification;
  const year = ctx.budget?.year ?? ctx.doc.meta.year;
  if (!set) {
    report.insufficient(`没有 ${year} 年度的分类科目数据`);
    return undefined;
  }
  if (set.year !== year) {
    report.insufficient(`分类科目数据是 ${set.year} 年度的，文件是 ${year} 年度`);
    return undefined;
  }
  return set;
}

/**
 * Severity of a finding that rests on the list (an unknown code, a name that differs): an error
 * once a finance bureau's official list is loaded; otherwise the rule's own severity (warning),
 * left unset so a deployment's configuration still applies.
 */
export function listSeverity(set: ClassificationSet): { severity?: Severity } {
  return set.authority === 'official' ? { severity: 'error' } : {};
}

/** listSeverity as a value: 'error' with an official list, else undefined (for withSeverity). */
export function listSeverityOf(set: ClassificationSet): Severity | undefined {
  return set.authority === 'official' ? 'error' : undefined;
}

/** Says which list a finding rests on, for messages. */
export function listBasis(set: ClassificationSet): { zh: string; en: string } {
  // Once per list (and authority): a dozen rules ask at every check. Shared: do not modify.
  const hit = bases.get(set);
  if (hit !== undefined && hit.authority === set.authority && hit.year === set.year) return hit.basis;
  const basis = basisOf(set);
  bases.set(set, { authority: set.authority, year: set.year, basis });
  return basis;
}

const bases = new WeakMap<ClassificationSet, { authority: ClassificationSet['authority']; year: number; basis: { zh: string; en: string } }>();

function basisOf(set: ClassificationSet): { zh: string; en: string } {
  return set.authority === 'official'
    ? { zh: `（依据已载入的 ${set.year} 年度财政部门正式科目表）`, en: ` (per the official ${set.year} list loaded)` }
    : {
        zh: `（依据随附的 ${set.year} 年度参考科目表；该表不完整、部分凭记忆整理，仅作提示，载入财政部门正式科目表后此项为错误）`,
        en: ` (per the bundled ${set.year} reference list, which is incomplete and partly recalled; an error once the official list is loaded)`,
      };
}

/** What a list's missing code is called in messages. */
export const LIST_NAME: Readonly<Record<ClassKind, string>> = {
  functional: '支出功能分类科目',
  'economic-department': '部门预算支出经济分类科目',
  'economic-government': '政府预算支出经济分类科目',
};

export function itemIn(set: ClassificationSet, kind: ClassKind, code: string): ClassItem | undefined {
  return listOf(set, kind).get(code);
}

// ——— printed codes ———

/** normaliseName, without its four replacements for the usual name that none of them changes. */
export function normalisedName(name: string): string {
  return NAME_CHANGES.test(name) ? normaliseName(name) : name;
}

/** What normaliseName changes: spaces (\s covers U+3000), 其它 and full-width parentheses. */
const NAME_CHANGES = /[\s（）]|其它/;

/** normaliseCode, without its regular expressions for the usual code of plain digits. */
export function normalisedCode(printed: string): string {
  for (let i = 0; i < printed.length; i++) {
    const c = printed.charCodeAt(i);
    if (c < 48 || c > 57) return normaliseCode(printed);
  }
  return printed;
}

/** A printed code part as digits (full-width digits and spaces folded), or undefined when blank. */
export function part(raw: string): string | undefined {
  const t = normalisedCode(raw);
  return t === '' ? undefined : t;
}

/** True when a printed part is plain ASCII digits of the given length. */
export function isDigits(raw: string, length: number): boolean {
  // /^\d{length}$/ on the trimmed text, without building the pattern each time.
  return isCode(raw.trim(), length);
}

/**
 * levelOf (classification/lookup.ts) without its regular expression: 类 for 3 ASCII digits, 款 for
 * 5, 项 for 7, else undefined. The classification rules ask it of every coded row.
 */
export function codeLevel(code: string): ClassLevel | undefined {
  const n = code.length;
  if (n !== 3 && n !== 5 && n !== 7) return undefined;
  for (let i = 0; i < n; i++) {
    const c = code.charCodeAt(i);
    if (c < 48 || c > 57) return undefined;
  }
  return n === 3 ? '类' : n === 5 ? '款' : '项';
}

/** True when the text is an economic 类 or 款 code, 3 or 5 ASCII digits: /^\d{3}(\d{2})?$/. */
export function isEconomicCode(text: string): boolean {
  return isCode(text, text.length === 5 ? 5 : 3);
}

/** True when the text is exactly `length` ASCII digits: /^\d{length}$/, without a pattern. */
export function isCode(text: string, length: number): boolean {
  if (text.length !== length) return false;
  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/**
 * An economic code's place as a number (classification-groups.ts, economicItems): 0 … 99,999 for a 款 (5 digits), 100,000 …
 * 100,999 for a 类 (3 digits); −1 when the code is not 3 or 5 ASCII digits (isEconomicCode).
 */
export function economicKey(code: string): number {
  const n = code.length;
  if (n !== 3 && n !== 5) return -1;
  let v = 0;
  for (let i = 0; i < n; i++) {
    const d = code.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    v = v * 10 + d;
  }
  return n === 3 ? 100_000 + v : v;
}
