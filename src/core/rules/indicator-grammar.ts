// Parsing an indicator value (指标值) with its grammar: a comparator, a number and a unit (≥95%,
// ≤19000元, 2人, 2845元/人/月), a range (90%-95%) or qualitative words — and the value that merely
// repeats its indicator's name. Values repeat across projects and documents, so each text is
// parsed once (bounded caches keyed by the text). Pure.
import type { Fen } from '../money/money.ts';
import type { IndicatorValue, ParsedValue } from './indicator-words.ts';
import { decimalOf, isMoneyUnit, moneyFen, normaliseValue, problem, qualitativeWords, splitUnit, stripComparator } from './indicator-words.ts';
import { BoundedCache } from './bounded-cache.ts';

/**
 * Parses an indicator value. `name` (the 三级指标) lets the parser report a value that merely
 * repeats its name, a common template slip ("信息系统网络服务畅通 / 信息系统网络服务畅通").
 */
export function parseIndicatorValue(raw: string, name?: string): ParsedValue {
  return parseWithEntry(valueEntry(raw), raw, name);
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
