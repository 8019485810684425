// Parsing an indicator value (指标值) with its grammar: a comparator, a number and a unit (≥95%,
// ≤19000元, 2人, 2845元/人/月), a range (90%-95%) or qualitative words — and the value that merely
// repeats its indicator's name. Values repeat across projects and documents, so each text is
// parsed once (bounded caches keyed by the text). Pure.
import type { Fen } from '../money/money.ts';
import type { Comparator, Decimal, IndicatorValue, MoneyWord, ParsedValue } from './indicator-words.ts';
import { COUNT_UNITS, decimalOf, isMoneyUnit, MEASURE_UNITS, MONEY_UNITS, moneyFen, normaliseValue, problem, QUALITATIVE_WORDS, qualitativeWords, splitUnit, stripComparator } from './indicator-words.ts';
import { BoundedCache } from './bounded-cache.ts';

/**
 * Parses an indicator value. `name` (the 三级指标) lets the parser report a value that merely
 * repeats its name, a common template slip ("信息系统网络服务畅通 / 信息系统网络服务畅通").
 */
export function parseIndicatorValue(raw: string, name?: string): ParsedValue {
  // The usual quantity is read directly (quickEntry), anything else through the cache.
  return parseWithEntry(quickEntry(raw) ?? valueEntry(raw), raw, name);
}

/** What is cached of a value: its normalised text and its parse without a name. */
export interface ValueEntry {
  text: string;
  plain: ParsedValue;
  sameAsName?: ParsedValue;
}

/**
 * Values repeat across projects and documents (≥95%, 100%, 有所改善): each is parsed once. The
 * name matters only when the value repeats it, so the parse of the value alone is cached, with
 * the value's normalised text to compare the (normalised, cached) name with.
 */
export function valueEntry(raw: string): ValueEntry {
  return valueCache.get(raw, newEntry);
}

/** parseIndicatorValue of a value whose cache entry is at hand. */
export function parseWithEntry(entry: ValueEntry, raw: string, name: string | undefined): ParsedValue {
  if (name === undefined || entry.text === '') return entry.plain;
  // normaliseValue never lengthens a text and keeps a first character it does not map: a name
  // shorter than the value's text, or starting with another such character, cannot repeat it.
  if (name.length < entry.text.length) return entry.plain;
  const first = name.charCodeAt(0);
  if (first === first && first !== entry.text.charCodeAt(0) && !normalisesAway(first)) return entry.plain;
  const normalName = normalisedNames.get(name, normaliseValue);
  if (normalName !== entry.text) return entry.plain;
  return (entry.sameAsName ??= parseIndicatorValueUncached(raw, name));
}

/**
 * The usual value — “≥95%”, “≤8.80万元”, “5支”, a single qualitative word — read in one pass over
 * its characters: the index where the unit after its number starts (≥ 1), 0 for a qualitative word
 * that parses on its own, -1 for anything else (left to the parser). The value cache holds the
 * values of many documents, so a look-up there reaches cold memory and costs more than this read;
 * figures such as “≤8.80万元” differ from document to document and are rarely found there at all.
 */
function quickShape(raw: string): number {
  const n = raw.length;
  if (n === 0) return -1;
  let i = 0;
  let c = raw.charCodeAt(0);
  if (c === 0x2265 || c === 0x2264) c = ++i < n ? raw.charCodeAt(i) : -1; // ≥ ≤: stripComparator's only match for these
  const start = i;
  // The digits, each code unit read once (c is the one at i).
  while (c >= 48 && c <= 57) c = ++i < n ? raw.charCodeAt(i) : -1;
  if (i === start) return start === 0 && QUICK_WORDS.has(raw) ? 0 : -1;
  if (c === 46) {
    const frac = ++i;
    c = i < n ? raw.charCodeAt(i) : -1;
    while (c >= 48 && c <= 57) c = ++i < n ? raw.charCodeAt(i) : -1;
    if (i === frac) return -1;
  }
  // A known unit, and nothing else: no range separator, per-unit or suffix comparator to weigh.
  return unitAt(raw, i) !== undefined ? i : -1;
}

/** The unit of QUICK_UNITS that is all of raw from `at` on, found without cutting the text. */
function unitAt(raw: string, at: number): string | undefined {
  const length = raw.length - at;
  if (length <= 0) return undefined;
  const last = raw.charCodeAt(raw.length - 1);
  // A one-unit unit (%, 人, 元 …) is its code unit; longer ones by their last code unit.
  if (length === 1) {
    const single = SINGLE_INDEX[last] as number;
    return single === 0 ? undefined : SINGLE_UNITS[single - 1];
  }
  const bucket = UNIT_BUCKET[last] as number;
  if (bucket === 0) return undefined;
  const candidates = QUICK_UNITS_BY_LAST[bucket - 1] as readonly string[];
  for (let k = 0; k < candidates.length; k++) {
    const u = candidates[k] as string;
    if (u.length === length && raw.startsWith(u, at)) return u;
  }
  return undefined;
}

/**
 * The units quickShape accepts after a number: those no suffix comparator (以上, 内, 左右 …) ends
 * with and none of normaliseValue's characters is in, so that the rest after the number is the
 * unit, as in the full parse.
 */
const QUICK_UNITS: readonly string[] = [...COUNT_UNITS, ...MEASURE_UNITS, ...MONEY_UNITS, '%', '‰']
  .filter((u) => !/(?:以上|以下|以内|内|左右)$/.test(u) && !/[/\d.\s０-９．％＞﹥＜﹤＝≧⩾≦⩽／]/.test(u));

/**
 * QUICK_UNITS by their last code unit: SINGLE_UNITS[SINGLE_INDEX[c] - 1] the one-code-unit unit c,
 * QUICK_UNITS_BY_LAST[UNIT_BUCKET[c] - 1] the longer units ending in c (0: none) — typed arrays
 * and short lists, read without a Map look-up or a cut of the text.
 */
const SINGLE_UNITS: string[] = [];
const SINGLE_INDEX = new Uint8Array(0x10000);
const UNIT_BUCKET = new Uint8Array(0x10000);
const QUICK_UNITS_BY_LAST: string[][] = [];
for (const u of QUICK_UNITS) {
  const last = u.charCodeAt(u.length - 1);
  if (u.length === 1) {
    SINGLE_UNITS.push(u);
    SINGLE_INDEX[last] = SINGLE_UNITS.length;
    continue;
  }
  if (UNIT_BUCKET[last] === 0) {
    QUICK_UNITS_BY_LAST.push([]);
    UNIT_BUCKET[last] = QUICK_UNITS_BY_LAST.length;
  }
  (QUICK_UNITS_BY_LAST[(UNIT_BUCKET[last] as number) - 1] as string[]).push(u);
}

/**
 * True only when parseIndicatorValue(raw, name) certainly succeeds (the usual value, which cannot
 * repeat the name): PERF-VALUE-PARSES asks this of every indicator before parsing it. False means
 * “parse it”, not “bad”.
 */
export function certainlyParses(raw: string, name: string): boolean {
  if (quickShape(raw) < 0) return false;
  // The value cannot repeat the name (parseWithEntry's test; raw is its own normal form here).
  const first = name.charCodeAt(0);
  return name.length < raw.length || (first !== raw.charCodeAt(0) && !normalisesAway(first));
}

/**
 * The cache entry of a usual quantity (“≤8.80万元”), read directly into the same value the parser
 * gives, not kept; undefined for any other value (then valueEntry).
 */
export function quickEntry(raw: string): ValueEntry | undefined {
  const at = quickShape(raw);
  if (at <= 0) return undefined;
  const c0 = raw.charCodeAt(0);
  const comparator: Comparator | undefined = c0 === 0x2265 ? '≥' : c0 === 0x2264 ? '≤' : undefined;
  const text = raw.slice(comparator === undefined ? 0 : 1, at);
  const dot = text.indexOf('.');
  const number: Decimal = { text, negative: false, whole: dot < 0 ? text : text.slice(0, dot), frac: dot < 0 ? '' : text.slice(dot + 1) };
  const unit = unitAt(raw, at) as string;
  const value: IndicatorValue = { kind: 'quantity', number, unit, per: [] };
  if (comparator !== undefined) value.comparator = comparator;
  if (isMoneyUnit(unit)) {
    const fen = fenOf(number, unit);
    if (fen !== undefined) value.fen = fen;
  }
  return { text: raw, plain: { ok: true, value } };
}

/** What quickMoney reads of a usual money value: one object, filled anew by each call. */
export interface QuickMoney {
  /** The amount in 分; undefined when finer than 1 分. */
  fen: Fen | undefined;
  comparator: Comparator | undefined;
  unit: MoneyWord;
  /** How many decimals the number prints (the length of its Decimal's frac). */
  decimals: number;
}

/**
 * A usual money value (“≤8.80万元”) read into `out` without building its parse: true when
 * quickEntry(raw) is a money quantity below 10^15 分 (then `out` holds its fen, comparator, unit
 * and decimals, the parse's `per` being empty), false for any other value (parse it).
 */
export function quickMoney(raw: string, out: QuickMoney): boolean {
  const at = quickShape(raw);
  if (at <= 0) return false;
  const unit = unitAt(raw, at) as string;
  if (unit !== '元' && unit !== '万元' && unit !== '亿元') return false;
  const c0 = raw.charCodeAt(0);
  const start = c0 === 0x2265 || c0 === 0x2264 ? 1 : 0;
  let dot = start;
  while (dot < at && raw.charCodeAt(dot) !== 46) dot++;
  const places = unit === '元' ? 2 : unit === '万元' ? 6 : 10;
  // fenOf, read from the text: beyond 10^15 it takes the text's own path, left to the parse.
  if (dot - start + places > 15) return false;
  const fracStart = dot < at ? dot + 1 : at;
  let significant = at - fracStart;
  while (significant > 0 && raw.charCodeAt(fracStart + significant - 1) === 48) significant--;
  let fen: number | undefined;
  if (significant <= places) {
    fen = 0;
    for (let i = start; i < dot; i++) fen = fen * 10 + (raw.charCodeAt(i) - 48);
    for (let i = 0; i < places; i++) fen = fen * 10 + (fracStart + i < at ? raw.charCodeAt(fracStart + i) - 48 : 0);
  }
  out.fen = fen;
  out.comparator = c0 === 0x2265 ? '≥' : c0 === 0x2264 ? '≤' : undefined;
  out.unit = unit;
  out.decimals = at - fracStart;
  return true;
}

/**
 * moneyFen of an unsigned decimal, without parseAmount's text: the digits to 分 (元 2 places,
 * 万元 6, 亿元 10), undefined when finer than 1 分 or beyond a safe integer.
 */
function fenOf(d: Decimal, unit: MoneyWord): Fen | undefined {
  const places = unit === '元' ? 2 : unit === '万元' ? 6 : 10;
  const frac = d.frac;
  let significant = frac.length;
  while (significant > 0 && frac.charCodeAt(significant - 1) === 48) significant--;
  if (significant > places) return undefined;
  const whole = d.whole;
  if (whole.length + places <= 15) {
    // Below 10^15 every step is exact: the number the digits' text would give, read digit by digit.
    let fen = 0;
    for (let i = 0; i < whole.length; i++) fen = fen * 10 + (whole.charCodeAt(i) - 48);
    for (let i = 0; i < places; i++) fen = fen * 10 + (i < frac.length ? frac.charCodeAt(i) - 48 : 0);
    return fen;
  }
  const fen = Number(d.whole + frac.padEnd(places, '0').slice(0, places));
  return Number.isSafeInteger(fen) ? fen : undefined;
}

const valueCache = new BoundedCache<string, ValueEntry>(50_000);
const newEntry = (raw: string): ValueEntry => ({ text: normaliseValue(raw), plain: parseIndicatorValueUncached(raw) });
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
const normalisedNames = new BoundedCache<string, string>(50_000);

function parseIndicatorValueUncached(raw: string, name?: string): ParsedValue {
  const parsed = parseValueText(raw, name);
  if (parsed.ok || parsed.problem === 'same-as-name' || parsed.problem === 'empty') return parsed;
  // The indicator's subject written before its target: “党员群众满意度不少于 80%” reads “不少于80%”.
  const lead = SUBJECT_THEN_TARGET.exec(normaliseValue(raw));
  if (lead) {
    const target = parseValueText(normaliseValue(raw).slice((lead[1] as string).length));
    if (target.ok) return target;
  }
  return parsed;
}

/** Words, then a comparator opening the target (…满意度不少于 80%), or a percentage (满意率100%). */
const SUBJECT_THEN_TARGET = /^([\u4e00-\u9fff“”、]{2,}?)(?:不低于|不少于|不高于|不超过|不多于|[≥≤><=]|(?=\d+(?:\.\d+)?%$))/;

function parseValueText(raw: string, name?: string): ParsedValue {
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
    // Shanghai's forms print the unit in brackets: ≥13459.00(平方米), =100.00(%).
    const unitText = bracketedUnit(num[2] ?? '');
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

/** A unit printed in brackets, “(平方米)” or “（%）”, without them; any other text as it is. */
function bracketedUnit(text: string): string {
  const first = text.charCodeAt(0);
  if (first !== 40 && first !== 0xff08) return text;
  const m = /^[(（]([^()（）]+)[)）]$/.exec(text);
  return m ? (m[1] as string) : text;
}

/**
 * The qualitative words that parse on their own (“及时” does not: the parser splits it at 及), for
 * certainlyParses; worked out once with the parser itself.
 */
const QUICK_WORDS: ReadonlySet<string> = new Set([...QUALITATIVE_WORDS].filter((w) => parseIndicatorValueUncached(w).ok));

/** The money amount of a parsed value (元 / 万元 / 亿元), or undefined. */
export function moneyOf(v: IndicatorValue): Fen | undefined {
  return v.kind === 'quantity' && isMoneyUnit(v.unit) ? v.fen : undefined;
}

/** True when a value is a percentage (or a range of percentages). */
export function isPercent(v: IndicatorValue): boolean {
  return (v.kind === 'quantity' || v.kind === 'range') && v.unit === '%';
}
