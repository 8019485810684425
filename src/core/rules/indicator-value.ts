// Performance indicators: the grammar of an indicator value (指标值) — a comparator, a number and a
// unit (≥95%, ≤19000元, 2人, ≥500平方米, 2845元/人/月) or qualitative words (有所改善, 符合要求、逐年提高)
// — and reading the indicators out of the two performance tables (项目绩效目标表 blocks, 部门整体绩效
// 目标表 tree). Pure; money is parsed exactly into 分.
import type { DocTable, Row } from '../model/document.ts';
import type { Fen } from '../money/money.ts';
import { parseAmount } from '../money/money.ts';
import { colIndex } from './doc-access.ts';
import { getTableSlot, setTableSlot, slot, tableMemo } from './memo.ts';

export type Comparator = '≥' | '≤' | '=' | '>' | '<';

/** Units an indicator value may carry (the last unit of a compound "元/人/月" is in `per`). */
export const COUNT_UNITS = [
  '人次', '人', '名', '位', '个', '支', '户', '家', '所', '座', '处', '套', '台', '件', '项', '场', '次', '期',
  '批', '篇', '份', '张', '条', '部', '辆', '册', '本', '间', '栋', '村', '社区', '万人', '万人次', '万户', '万册',
] as const;
export const MEASURE_UNITS = [
  '平方米', '万平方米', '㎡', '平方公里', '亩', '公顷', '米', '公里', '千米', '吨', '万吨', '千瓦', '立方米',
  '小时', '分钟', '工作日', '个工作日', '天', '日', '周', '个月', '月', '季度', '年', '学时', '课时', '分',
] as const;
export const MONEY_UNITS = ['元', '万元', '亿元'] as const;
export type MoneyWord = (typeof MONEY_UNITS)[number];

const ALL_UNITS: readonly string[] = [...COUNT_UNITS, ...MEASURE_UNITS, ...MONEY_UNITS, '%', '‰']
  // Longest first, so "万元" wins over "元" and "人次" over "人".
  .sort((a, b) => b.length - a.length);

/** A decimal number as written, kept as text; `scaled(n, k)` gives value × 10^k as an integer. */
export interface Decimal {
  text: string;
  negative: boolean;
  whole: string;
  frac: string;
}

export type IndicatorValue =
  | {
      kind: 'quantity';
      comparator?: Comparator;
      number: Decimal;
      /** '%', '‰', a count or measure unit, or a money unit. */
      unit: string;
      /** Per-units after a slash: "元/人/月" → unit 元, per [人, 月]. */
      per: string[];
      /** For money units: the amount in 分 (undefined when it is finer than 1 分). */
      fen?: Fen;
    }
  | {
      kind: 'range';
      low: Decimal;
      high: Decimal;
      unit: string;
    }
  | {
      kind: 'qualitative';
      words: string[];
    };

export type ValueProblem =
  | 'empty'
  | 'same-as-name'
  | 'no-unit'
  | 'unknown-unit'
  | 'unrecognised';

export type ParsedValue =
  | { ok: true; value: IndicatorValue }
  | { ok: false; problem: ValueProblem; message: string; messageEn: string };

/** Qualitative target words, as the Henan and national indicator libraries write them. */
export const QUALITATIVE_WORDS: ReadonlySet<string> = new Set([
  '相关', '合理', '良好', '优良', '优秀', '较好', '好', '高', '较高', '显著', '明显', '有效', '高效', '有效提升',
  '持续提高', '逐年提高', '逐步提高', '不断提高', '有所提高', '明显提高', '显著提高', '稳步提高', '大幅提高', '提高',
  '持续提升', '逐年提升', '逐步提升', '不断提升', '有所提升', '明显提升', '显著提升', '稳步提升', '提升',
  '有所改善', '明显改善', '持续改善', '逐步改善', '不断改善', '显著改善', '改善', '得到改善',
  '持续增强', '不断增强', '有所增强', '明显增强', '增强', '加强', '有所加强',
  '有所降低', '持续降低', '逐年降低', '降低', '有所下降', '逐年下降', '下降', '有所减少', '减少',
  '保持稳定', '稳定', '基本稳定', '总体稳定', '保持', '持续', '长期', '中长期', '可持续', '持续发挥',
  '符合要求', '符合标准', '符合规定', '符合', '达标', '达到要求', '达到标准', '满足需求', '满足要求',
  '完整', '规范', '科学', '真实', '合规', '健全', '公开', '及时', '准时', '准确', '安全', '正常', '畅通', '到位',
  '完成', '按时完成', '按期完成', '全部完成', '全覆盖', '全面', '齐全', '完善', '清晰', '透明', '严格',
  '是', '否', '无', '有', '优', '良', '中', '差', '满意', '基本满意', '较满意', '非常满意',
]);

const QUALITATIVE_PATTERN = /^(持续|逐年|逐步|不断|有所|明显|显著|稳步|大幅|进一步|得到|有效|全面|切实)(提高|提升|改善|增强|加强|下降|降低|减少|规范|完善|落实|保障)$/;

const PREFIX_COMPARATORS: [string, Comparator][] = [
  ['大于或等于', '≥'], ['大于等于', '≥'], ['不低于', '≥'], ['不少于', '≥'], ['不小于', '≥'], ['至少', '≥'], ['达到', '≥'],
  ['小于或等于', '≤'], ['小于等于', '≤'], ['不高于', '≤'], ['不超过', '≤'], ['不大于', '≤'], ['不多于', '≤'], ['控制在', '≤'], ['最多', '≤'],
  ['大于', '>'], ['高于', '>'], ['超过', '>'], ['多于', '>'],
  ['小于', '<'], ['低于', '<'], ['少于', '<'],
  ['等于', '='], ['约', '='],
  ['>=', '≥'], ['<=', '≤'], ['≥', '≥'], ['≤', '≤'], ['>', '>'], ['<', '<'], ['=', '='],
];
const SUFFIX_COMPARATORS: [string, Comparator][] = [
  ['以上', '≥'], ['及以上', '≥'], ['以下', '≤'], ['及以下', '≤'], ['以内', '≤'], ['内', '≤'], ['左右', '='],
];

/** Full-width forms and look-alikes to their plain forms; drops spaces. */
export function normaliseValue(text: string): string {
  // Most values need none of the replacements below: then the text is its own normal form.
  if (!NORMALISED_AWAY.test(text)) return text;
  return text
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/．/g, '.')
    .replace(/％/g, '%')
    .replace(/[＞﹥]/g, '>')
    .replace(/[＜﹤]/g, '<')
    .replace(/＝/g, '=')
    .replace(/[≧⩾]/g, '≥')
    .replace(/[≦⩽]/g, '≤')
    .replace(/／/g, '/')
    .replace(/\s+/g, '');
}

/** Any character one of normaliseValue's replacements changes or drops. */
const NORMALISED_AWAY = /[０-９．％＞﹥＜﹤＝≧⩾≦⩽／\s]/;

export function decimalOf(text: string): Decimal | undefined {
  const m = /^([+-])?(\d+)(?:\.(\d+))?$/.exec(text);
  if (!m) return undefined;
  return { text, negative: m[1] === '-', whole: m[2] ?? '0', frac: m[3] ?? '' };
}

/** The decimal × 10^k as an integer, truncating further digits (exact for ≤ k decimals). */
export function scaled(d: Decimal, k: number): number {
  const digits = d.whole + d.frac.padEnd(k, '0').slice(0, k);
  const n = Number(digits);
  return d.negative ? -n : n;
}

/** True when the decimal is a whole number. */
export function isWhole(d: Decimal): boolean {
  return /^0*$/.test(d.frac);
}

/** The amount in 分 of a number written in 元, 万元 or 亿元; undefined when finer than 1 分. */
export function moneyFen(d: Decimal, unit: MoneyWord): Fen | undefined {
  try {
    if (unit === '亿元') {
      // 1 亿元 = 10,000 万元: shift the point four places.
      const frac = d.frac.padEnd(4, '0');
      const text = `${d.negative ? '-' : ''}${d.whole}${frac.slice(0, 4)}${frac.length > 4 ? '.' + frac.slice(4) : ''}`;
      return parseAmount(text, '万元');
    }
    return parseAmount(`${d.negative ? '-' : ''}${d.whole}${d.frac ? '.' + d.frac : ''}`, unit);
  } catch {
    return undefined;
  }
}

function isMoneyUnit(unit: string): unit is MoneyWord {
  return (MONEY_UNITS as readonly string[]).includes(unit);
}

function stripComparator(text: string): { rest: string; comparator?: Comparator; suffix?: Comparator } {
  let rest = text;
  let comparator: Comparator | undefined;
  for (const [word, c] of PREFIX_COMPARATORS) {
    if (rest.startsWith(word)) {
      comparator = c;
      rest = rest.slice(word.length);
      break;
    }
  }
  let suffix: Comparator | undefined;
  for (const [word, c] of SUFFIX_COMPARATORS) {
    if (rest.endsWith(word) && rest.length > word.length && /[\d%‰\p{Script=Han}]$/u.test(rest.slice(0, -word.length))) {
      suffix = c;
      rest = rest.slice(0, -word.length);
      break;
    }
  }
  const out: { rest: string; comparator?: Comparator; suffix?: Comparator } = { rest };
  if (comparator) out.comparator = comparator;
  if (suffix) out.suffix = suffix;
  return out;
}

/** Splits "元/人/月" or "元/人·月" into the unit and its per-units; undefined when unknown. */
function splitUnit(text: string): { unit: string; per: string[] } | undefined {
  const parts = text.split('/');
  const head = parts[0] as string;
  if (!UNIT_SET.has(head)) return undefined;
  const per: string[] = [];
  for (let i = 1; i < parts.length; i++) {
    for (const t of (parts[i] as string).split(/[·•.]/)) if (t !== '') per.push(t);
  }
  for (const p of per) if (!UNIT_SET.has(p) && !PER_UNITS.has(p)) return undefined;
  return { unit: head, per };
}

const UNIT_SET: ReadonlySet<string> = new Set(ALL_UNITS);
const PER_UNITS: ReadonlySet<string> = new Set(['人', '月', '年', '天', '日', '次', '户', '人次', '平方米', '个', '件', '台', '套']);

function problem(p: ValueProblem, message: string, messageEn: string): ParsedValue {
  return { ok: false, problem: p, message, messageEn };
}

/** True when every part of the text (split on 、，,;；/和及与) is a qualitative target word. */
export function qualitativeWords(text: string): string[] | undefined {
  const parts = text.split(/[、，,;；/]|和|及|与|并/).map((p) => p.trim()).filter((p) => p !== '');
  if (parts.length === 0) return undefined;
  return parts.every((p) => QUALITATIVE_WORDS.has(p) || QUALITATIVE_PATTERN.test(p)) ? parts : undefined;
}

/**
 * Parses an indicator value. `name` (the 三级指标) lets the parser report a value that merely
 * repeats its name, a common template slip ("信息系统网络服务畅通 / 信息系统网络服务畅通").
 */
export function parseIndicatorValue(raw: string, name?: string): ParsedValue {
  // Values repeat across projects and documents (≥95%, 100%, 有所改善): each is parsed once. The
  // name matters only when the value repeats it, so the parse of the value alone is cached, with
  // the value's normalised text to compare the (normalised, cached) name with.
  let entry = valueCache.get(raw);
  if (entry === undefined) {
    entry = { text: normaliseValue(raw), plain: parseIndicatorValueUncached(raw) };
    if (valueCache.size < 50_000) valueCache.set(raw, entry);
  }
  if (name === undefined || entry.text === '') return entry.plain;
  // normaliseValue never lengthens a text and keeps a first character it does not map: a name
  // shorter than the value's text, or starting with another such character, cannot repeat it.
  if (name.length < entry.text.length) return entry.plain;
  const first = name.charCodeAt(0);
  if (first === first && first !== entry.text.charCodeAt(0) && !normalisesAway(first)) return entry.plain;
  let normalName = normalisedNames.get(name);
  if (normalName === undefined) {
    normalName = normaliseValue(name);
    if (normalisedNames.size < 50_000) normalisedNames.set(name, normalName);
  }
  if (normalName !== entry.text) return entry.plain;
  return (entry.sameAsName ??= parseIndicatorValueUncached(raw, name));
}

const valueCache = new Map<string, { text: string; plain: ParsedValue; sameAsName?: ParsedValue }>();
/**
 * True for a UTF-16 code unit normaliseValue changes or drops (see there): full-width digits,
 * ．％＞﹥＜﹤＝≧⩾≦⩽／ and the white space of \s. (indicator-value.test.ts checks it against the
 * regular expressions for every code unit.)
 */
export function normalisesAway(c: number): boolean {
  if (c < 0x80) return c === 32 || (c >= 9 && c <= 13);
  return (c >= 0xff10 && c <= 0xff19) || c === 0xff0e || c === 0xff05 || c === 0xff1e || c === 0xfe65 || c === 0xff1c || c === 0xfe64
    || c === 0xff1d || c === 0x2267 || c === 0x2a7e || c === 0x2266 || c === 0x2a7d || c === 0xff0f
    || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f
    || c === 0x3000 || c === 0xfeff;
}
const normalisedNames = new Map<string, string>();

function parseIndicatorValueUncached(raw: string, name?: string): ParsedValue {
  const text = normaliseValue(raw);
  if (text === '') return problem('empty', '指标值为空', 'the value is empty');
  if (name !== undefined && text === normaliseValue(name)) {
    return problem('same-as-name', `指标值“${raw.trim()}”与指标名称相同，没有给出目标`, `the value repeats the indicator name “${raw.trim()}”`);
  }
  const { rest, comparator, suffix } = stripComparator(text);
  const cmp = comparator ?? suffix;
  // A range: 90%-95%, 90-95%, 3至5个.
  const range = /^(\d+(?:\.\d+)?)([^\d\-~—至到]*)[-~—－至到](\d+(?:\.\d+)?)(.+)$/.exec(rest);
  if (range && !comparator) {
    const unit = splitUnit(range[4] ?? '');
    const low = decimalOf(range[1] ?? '');
    const high = decimalOf(range[3] ?? '');
    if (unit && low && high && (range[2] === '' || range[2] === range[4])) {
      return { ok: true, value: { kind: 'range', low, high, unit: unit.unit } };
    }
  }
  const num = /^([+-]?\d+(?:\.\d+)?)(.*)$/.exec(rest);
  if (num) {
    const number = decimalOf(num[1] ?? '');
    const unitText = num[2] ?? '';
    if (!number) return problem('unrecognised', `指标值“${raw.trim()}”无法识别`, `cannot read the value “${raw.trim()}”`);
    if (unitText === '') {
      return problem('no-unit', `指标值“${raw.trim()}”只有数字，缺少计量单位（%、人、个、元……）`, `the value “${raw.trim()}” has no unit`);
    }
    const unit = splitUnit(unitText);
    if (!unit) {
      return problem('unknown-unit', `指标值“${raw.trim()}”的单位“${unitText}”不是常用计量单位`, `the unit “${unitText}” of “${raw.trim()}” is not a known unit`);
    }
    const value: IndicatorValue = { kind: 'quantity', number, unit: unit.unit, per: unit.per };
    if (cmp) value.comparator = cmp;
    if (isMoneyUnit(unit.unit)) {
      const fen = moneyFen(number, unit.unit);
      if (fen !== undefined) value.fen = fen;
    }
    return { ok: true, value };
  }
  const words = qualitativeWords(text);
  if (words) return { ok: true, value: { kind: 'qualitative', words } };
  return problem(
    'unrecognised',
    `指标值“${raw.trim()}”既不是“比较符 + 数字 + 单位”（如 ≥95%、≤19000元），也不是常用的定性目标（如 有所改善、持续提高）`,
    `the value “${raw.trim()}” is neither comparator + number + unit nor a qualitative target word`,
  );
}

/** The money amount of a parsed value (元 / 万元 / 亿元), or undefined. */
export function moneyOf(v: IndicatorValue): Fen | undefined {
  return v.kind === 'quantity' && isMoneyUnit(v.unit) ? v.fen : undefined;
}

/** True when a value is a percentage (or a range of percentages). */
export function isPercent(v: IndicatorValue): boolean {
  return (v.kind === 'quantity' || v.kind === 'range') && v.unit === '%';
}

// ——— Reading the performance tables ———

export type IndicatorKind = 'cost' | 'output' | 'effect' | 'satisfaction';
export const INDICATOR_KINDS: readonly IndicatorKind[] = ['cost', 'output', 'effect', 'satisfaction'];
export const KIND_LABEL: Record<IndicatorKind, string> = { cost: '成本指标', output: '产出指标', effect: '效益指标', satisfaction: '满意度指标' };

export interface TableIndicator {
  kind: IndicatorKind;
  name: string;
  value: string;
  /** Row index in the table body, and the columns of the name and the value. */
  row: number;
  nameCol: number;
  valueCol: number;
}

/** An indicator of projectBlocks, with its value's parses kept (see indicatorValue). */
interface ParsedIndicator extends TableIndicator {
  parsedPlain: ParsedValue | undefined;
  parsedNamed: ParsedValue | undefined;
}

/**
 * parseIndicatorValue of an indicator's value — with its name (`withName`, for the value that
 * repeats its name) or without — worked out once per indicator: several rules read the same
 * indicators of the blocks projectBlocks shares within a check.
 */
export function indicatorValue(ind: TableIndicator, withName: boolean): ParsedValue {
  const p = ind as Partial<ParsedIndicator>;
  if (!('parsedPlain' in p)) return withName ? parseIndicatorValue(ind.value, ind.name) : parseIndicatorValue(ind.value);
  if (withName) return (p.parsedNamed ??= parseIndicatorValue(ind.value, ind.name));
  return (p.parsedPlain ??= parseIndicatorValue(ind.value));
}

export interface ProjectBlock {
  /** Row index of the block's first row. */
  row: number;
  code?: string;
  name: string;
  /** 资金总额 in 分 (blank = 0), undefined when the table has no total column. */
  total?: Fen;
  indicators: TableIndicator[];
}

function cellText(row: Row | undefined, col: number): string {
  const v = row?.cells[col];
  return typeof v === 'string' ? v.trim() : '';
}

/**
 * The project blocks of a 项目绩效目标表: a block starts at a row printing a project name (kind
 * 'project', or for imported tables any non-total, non-unit row with a name) and runs until the
 * next one; each row contributes one indicator per kind whose name or value is printed.
 */
const PROJECT_BLOCKS = slot<ProjectBlock[]>('projectBlocks');
const KIND_COLUMNS = INDICATOR_KINDS.map((k) => ({ kind: k, name: `${k}.name`, value: `${k}.value` }));

/** projectBlocks, worked out once per check and shared: do not modify. */
export function projectBlocks(table: DocTable): ProjectBlock[] {
  const memo = tableMemo(table);
  const hit = getTableSlot(memo, PROJECT_BLOCKS);
  if (hit !== undefined) return hit;
  return setTableSlot(memo, PROJECT_BLOCKS, readProjectBlocks(table));
}

function readProjectBlocks(table: DocTable): ProjectBlock[] {
  const nameCol = colIndex(table, 'name');
  const codeCol = colIndex(table, 'code');
  const totalCol = colIndex(table, 'total');
  const kindCols: { kind: IndicatorKind; name: number; value: number }[] = [];
  for (const k of KIND_COLUMNS) {
    const name = colIndex(table, k.name);
    const value = colIndex(table, k.value);
    if (name >= 0 && value >= 0) kindCols.push({ kind: k.kind, name, value });
  }
  const blocks: ProjectBlock[] = [];
  let current: ProjectBlock | undefined;
  const rows = table.rows;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as Row;
    if (row.kind === 'total' || row.kind === 'subtotal' || row.kind === 'unit' || row.kind === 'department') {
      current = undefined;
      continue;
    }
    const name = (nameCol >= 0 ? cellText(row, nameCol) : '') || (row.kind === 'project' ? (row.name ?? '') : '');
    if (row.kind === 'project' || (row.kind !== 'indicator' && name !== '')) {
      const block: ProjectBlock = { row: i, name, indicators: [] };
      const code = (codeCol >= 0 ? cellText(row, codeCol) : '') || row.code;
      if (code) block.code = code;
      if (totalCol >= 0) {
        const v = row.cells[totalCol];
        block.total = typeof v === 'number' ? v : 0;
      }
      blocks.push(block);
      current = block;
    }
    if (!current) continue;
    for (const k of kindCols) {
      const n = cellText(row, k.name);
      const v = cellText(row, k.value);
      if (n === '' && v === '') continue;
      const indicator: ParsedIndicator = { kind: k.kind, name: n, value: v, row: i, nameCol: k.name, valueCol: k.value, parsedPlain: undefined, parsedNamed: undefined };
      current.indicators.push(indicator);
    }
  }
  return blocks;
}

export interface DepartmentIndicatorRow {
  level1: string;
  level2: string;
  name: string;
  value: string;
  row: number;
}

export interface DepartmentForm {
  goal?: { text: string; row: number };
  tasks: { name: string; content: string; row: number }[];
  /** Row of the 一级指标 header, when printed. */
  headerRow?: number;
  indicators: DepartmentIndicatorRow[];
}

const DEPARTMENT_FORM = slot<DepartmentForm>('departmentForm');

/** Reads the 部门（单位）整体绩效目标表: goal, tasks and the indicator tree (blank = as above). Shared within a check: do not modify. */
export function departmentForm(table: DocTable): DepartmentForm {
  const memo = tableMemo(table);
  const hit = getTableSlot(memo, DEPARTMENT_FORM);
  if (hit !== undefined) return hit;
  return setTableSlot(memo, DEPARTMENT_FORM, readDepartmentForm(table));
}

function readDepartmentForm(table: DocTable): DepartmentForm {
  const form: DepartmentForm = { tasks: [], indicators: [] };
  const t = (row: Row | undefined, c: number) => cellText(row, c);
  let mode: 'none' | 'tasks' | 'indicators' = 'none';
  let level1 = '';
  let level2 = '';
  table.rows.forEach((row, i) => {
    const c1 = t(row, 0);
    if (mode === 'indicators') {
      if (c1) level1 = c1;
      if (t(row, 1)) level2 = t(row, 1);
      // A row whose first cells were lost keeps the tree above it.
      if (t(row, 2) || t(row, 3)) form.indicators.push({ level1, level2, name: t(row, 2), value: t(row, 3), row: i });
      return;
    }
    if (/年度履职目标|年度总体目标|绩效目标$/.test(c1)) {
      form.goal = { text: t(row, 1), row: i };
      mode = 'none';
      return;
    }
    if (/年度主要任务|主要任务/.test(c1)) {
      mode = 'tasks';
      return;
    }
    if (c1 === '一级指标' || (t(row, 1) === '二级指标' && t(row, 2) === '三级指标')) {
      form.headerRow = i;
      mode = 'indicators';
      return;
    }
    if (mode === 'tasks') {
      if (c1 !== '') {
        mode = 'none';
        return;
      }
      if (t(row, 1)) form.tasks.push({ name: t(row, 1), content: t(row, 2), row: i });
    }
  });
  return form;
}

/** Whitespace-free form of a name for matching names across tables (PDF text breaks lines). */
export function nameKey(name: string): string {
  // Most names have neither spaces nor full-width parentheses: then the key is the name.
  return NAME_KEY_CHANGES.test(name) ? name.replace(/\s+/g, '').replace(/[（]/g, '(').replace(/[）]/g, ')') : name;
}

const NAME_KEY_CHANGES = /[\s（）]/;
