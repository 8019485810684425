// Numbers the narrative states: amounts of money (“2002.45 万元”, read exactly into 分 with the step
// of their last printed digit), the first amount after a keyword, percentages, shares (“占 9.54%”)
// and project counts (“共 7 个项目”). Pure; integer 分 throughout.
import type { Fen } from '../money/money.ts';
import { FEN_PER } from '../money/money.ts';
import { checkMemo, getDocSlot, setDocSlot, slot } from './memo.ts';
import type { Spot } from './narrative-sections.ts';
import { BoundedCache } from './bounded-cache.ts';

// ——— Numbers in text ———

export type TextMoneyUnit = '元' | '万元' | '亿元';

export interface StatedAmount {
  fen: Fen;
  /** The number as printed, and its unit. */
  text: string;
  unit: TextMoneyUnit;
  /** One unit of the last printed digit, in 分 (0.01 万元 → 10000). */
  step: Fen;
  start: number;
  end: number;
}

/** A number as printed in prose (thousands separators allowed); shared with narrative-changes.ts. */
export const NUMBER = String.raw`(-?\d[\d,，]*(?:\.\d+)?)`;

/** Converts a printed number in a unit into 分; undefined when finer than 1 分 or not a number. */
export function toFen(number: string, unit: TextMoneyUnit): { fen: Fen; step: Fen } | undefined {
  return fenOf(withoutCommas(number), unit);
}

/** toFen of a number already without its thousands separators (withoutCommas), for callers that keep that text. */
export function fenOf(clean: string, unit: TextMoneyUnit): { fen: Fen; step: Fen } | undefined {
  const n = clean.length;
  const fracStart = decimalFraction(clean);
  if (fracStart < 0) return undefined;
  const negative = clean.charCodeAt(0) === 45;
  const intStart = negative ? 1 : 0;
  const intEnd = fracStart === n ? n : fracStart - 1;
  const decimals = n - fracStart;
  const perUnit = unit === '亿元' ? 10_000 * FEN_PER['万元'] : FEN_PER[unit];
  const scale = 10 ** decimals;
  if (perUnit % scale !== 0) return undefined;
  const step = perUnit / scale;
  const units = digitsValue(clean, intStart, intEnd, fracStart, n);
  const fen = units * step;
  if (!Number.isSafeInteger(fen)) return undefined;
  return { fen: negative ? -fen : fen, step };
}

/**
 * Where the fraction's digits start in a whole text matching /^-?\d+(?:\.\d+)?$/ (its length when
 * there is no fraction), or -1 when it does not match: the pattern read by hand, without a match
 * array, for fenOf and percentOf. The integer digits are then [negative ? 1 : 0, fracStart − 1), or up
 * to the end without a fraction.
 */
function decimalFraction(s: string): number {
  const n = s.length;
  let i = n > 0 && s.charCodeAt(0) === 45 ? 1 : 0;
  const intStart = i;
  while (i < n && isAsciiDigit(s.charCodeAt(i))) i++;
  if (i === intStart) return -1;
  if (i === n) return n;
  if (s.charCodeAt(i) !== 46) return -1;
  const fracStart = ++i;
  while (i < n && isAsciiDigit(s.charCodeAt(i))) i++;
  return i === fracStart || i < n ? -1 : fracStart;
}

/**
 * Number() of the digits clean[intStart, intEnd) followed by clean[fracStart, end): summed digit by
 * digit while that is exact (up to 15 digits), else parsed from their text.
 */
function digitsValue(clean: string, intStart: number, intEnd: number, fracStart: number, end: number): number {
  if (intEnd - intStart + end - fracStart > 15) return Number(clean.slice(intStart, intEnd) + clean.slice(fracStart, end));
  let v = 0;
  for (let i = intStart; i < intEnd; i++) v = v * 10 + clean.charCodeAt(i) - 48;
  for (let i = fracStart; i < end; i++) v = v * 10 + clean.charCodeAt(i) - 48;
  return v;
}

export function isAsciiDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** The text without its thousands separators (, and ，). */
export function withoutCommas(text: string): string {
  return text.includes(',') || text.includes('，') ? text.replace(/[,，]/g, '') : text;
}

const AMOUNTS = slot<Map<string, StatedAmount[]>>('amountsIn');

/** Every amount of money a text states, in order (shared within a check: do not modify). */
export function amountsIn(text: string): StatedAmount[] {
  const memo = checkMemo();
  if (memo === undefined) return findAmounts(text);
  let byText = getDocSlot(memo, AMOUNTS);
  if (byText === undefined) byText = setDocSlot(memo, AMOUNTS, new Map());
  let amounts = byText.get(text);
  if (amounts === undefined) {
    amounts = findAmounts(text);
    byText.set(text, amounts);
  }
  return amounts;
}

function findAmounts(text: string): StatedAmount[] {
  const out: StatedAmount[] = [];
  // The matches AMOUNT's global scan finds, read back from each 元: a number (NUMBER) ends right
  // before the unit and its spaces, so no pattern runs over the paragraph's other digits and no
  // match arrays are made. (narrative-numbers.test.ts holds this equal to the scan of the pattern.)
  for (let u = text.indexOf('元'); u >= 0; u = text.indexOf('元', u + 1)) {
    const p = u > 0 ? text.charCodeAt(u - 1) : -1;
    const unit: TextMoneyUnit = p === 0x4ebf ? '亿元' : p === 0x4e07 ? '万元' : '元';
    let j = unit === '元' ? u - 1 : u - 2;
    while (j >= 0 && isSpace(text.charCodeAt(j))) j--;
    const index = numberStart(text, j);
    if (index < 0) continue;
    // Not part of a longer number or code (e.g. "410305230000 元" is not expected in prose).
    const before = index > 0 ? text.charCodeAt(index - 1) : -1;
    if (isAsciiDigit(before) || before === 46) continue;
    // The separators dropped once, for the value and the text.
    const clean = withoutCommas(text.slice(index, j + 1));
    const conv = fenOf(clean, unit);
    if (!conv) continue;
    out.push({ fen: conv.fen, text: clean, unit, step: conv.step, start: index, end: u + 1 });
  }
  return out;
}

/**
 * Where the NUMBER that ends at text[end] starts (its - or first digit), as the leftmost match of
 * `-?\d[\d,，]*(?:\.\d+)?` ending there; -1 when none does.
 */
function numberStart(text: string, end: number): number {
  if (end < 0 || !isRunChar(text.charCodeAt(end))) return -1;
  let d0 = -1;
  if (isAsciiDigit(text.charCodeAt(end))) {
    // A fraction: the digits at the end after a '.', with a whole part before it.
    let k = end;
    while (k > 0 && isAsciiDigit(text.charCodeAt(k - 1))) k--;
    if (k >= 2 && text.charCodeAt(k - 1) === 46 && isRunChar(text.charCodeAt(k - 2))) d0 = firstDigitOfRun(text, k - 2);
  }
  if (d0 < 0) d0 = firstDigitOfRun(text, end);
  if (d0 < 0) return -1;
  return d0 > 0 && text.charCodeAt(d0 - 1) === 45 ? d0 - 1 : d0;
}

/** The first digit of the run of digits and separators ending at text[end], or -1 (separators only). */
function firstDigitOfRun(text: string, end: number): number {
  let r = end;
  while (r > 0 && isRunChar(text.charCodeAt(r - 1))) r--;
  for (; r <= end; r++) if (isAsciiDigit(text.charCodeAt(r))) return r;
  return -1;
}

/** A digit or a thousands separator (, ，): what [\d,，] matches. */
function isRunChar(c: number): boolean {
  return (c >= 48 && c <= 57) || c === 44 || c === 0xff0c;
}

/** What \s matches (without the u flag). */
function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Words that make a keyword-then-amount match a change rather than the figure itself. */
const CHANGE_WORDS = /增加|减少|增长|下降|上升|降低|相比|较上年|比上年|同比|增幅|降幅|变化/;

export interface Found {
  spot: Spot;
  amount: StatedAmount;
  /** Where the keyword starts in the paragraph. */
  index: number;
}

/**
 * The first amount stated right after a keyword ("基本支出 191.02 万元", "一般公共预算基本支出年初预算为
 * 191.02 万元"): at most `gap` characters between them, none a digit or a clause break, and not a
 * change ("增加 798.31 万元").
 */
export function statedAfter(spots: readonly Spot[], keyword: RegExp, gap = 14): Found | undefined {
  const { re, literals } = statedAfterPattern(keyword, gap);
  for (const spot of spots) {
    // A paragraph without the text every match of the keyword starts with states nothing for it
    // (a search for a few characters, far cheaper than running the pattern over it in vain; most
    // paragraphs of a section lack a given keyword, while nearly all have a 元) …
    if (literals !== undefined && !includesOne(spot.text, literals)) continue;
    // … nor does one without a unit of 元, which every match ends in.
    if (!spot.text.includes('元')) continue;
    // The matches of matchAll, found with the shared pattern itself (it cannot match empty text).
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(spot.text)) !== null) {
      const filler = m[1] ?? '';
      if (CHANGE_WORDS.test(filler)) continue;
      const unit = m[3] as TextMoneyUnit;
      const numberText = withoutCommas(m[2] ?? '');
      const conv = fenOf(numberText, unit);
      if (!conv) continue;
      const end = (m.index ?? 0) + m[0].length;
      const start = end - m[0].length + m[0].lastIndexOf(m[2] ?? '');
      return { spot, index: m.index ?? 0, amount: { fen: conv.fen, text: numberText, unit, step: conv.step, start, end } };
    }
  }
  return undefined;
}

/** statedAfter's pattern for a keyword and gap, and the texts the keyword's matches start with. */
interface KeywordPattern {
  gap: number;
  re: RegExp;
  literals: readonly string[] | undefined;
  /** The keyword's patterns for other gaps. */
  others?: Map<number, KeywordPattern>;
}

/**
 * The pattern of statedAfter for a keyword and gap, built once per keyword source and gap (a
 * keyword written as a literal inside a function is a new RegExp object at each call).
 */
function statedAfterPattern(keyword: RegExp, gap: number): KeywordPattern {
  // A keyword object of a module's constants comes back at every check: found by identity
  // first, in one lookup for the gap it was first asked with.
  const first = patternsOf.get(keyword);
  if (first !== undefined && first.gap === gap) return first;
  const hit = first?.others?.get(gap);
  if (hit !== undefined) return hit;
  const built = statedPatterns.get(`${gap}/${keyword.source}`, () => ({
    re: new RegExp(String.raw`(?:${keyword.source})([^，。；;、：:,\d%]{0,${gap}}?)${NUMBER}\s*(亿元|万元|元)`, 'g'),
    literals: findLiterals(keyword.source),
  }));
  const made: KeywordPattern = { gap, re: built.re, literals: built.literals };
  if (first === undefined) patternsOf.set(keyword, made);
  else (first.others ??= new Map()).set(gap, made);
  return made;
}

const SPECIAL = new Set([...'\\^$.|?*+()[]{}']);
const QUANTIFIER = new Set([...'?*+{']);

/**
 * The texts a keyword's matches start with, one per alternative (“公务接待费”, “收入合计|本年收入” →
 * 收入合计, 本年收入): each alternative's leading plain characters, less the last when a quantifier
 * follows it. Undefined when an alternative starts otherwise (a group, a class, a lookbehind).
 */
function findLiterals(source: string): string[] | undefined {
  // The alternatives at the top level: split at | outside groups and classes.
  const alternatives: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i] as string;
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      alternatives.push(source.slice(from, i));
      from = i + 1;
    }
  }
  alternatives.push(source.slice(from));
  const out: string[] = [];
  for (const alt of alternatives) {
    let end = 0;
    while (end < alt.length && !SPECIAL.has(alt[end] as string)) end++;
    if (end < alt.length && QUANTIFIER.has(alt[end] as string)) end--;
    if (end <= 0) return undefined;
    out.push(alt.slice(0, end));
  }
  return out;
}

function includesOne(text: string, literals: readonly string[]): boolean {
  for (let i = 0; i < literals.length; i++) if (text.includes(literals[i] as string)) return true;
  return false;
}

/** statedAfter's patterns (and keyword texts) by gap and keyword source (the keywords a program writes: a few hundred at most). */
const statedPatterns = new BoundedCache<string, { re: RegExp; literals: readonly string[] | undefined }>();
/** The same patterns by keyword object (and gap). */
const patternsOf = new WeakMap<RegExp, KeywordPattern>();

export interface StatedPercent {
  text: string;
  /** Value × 10^decimals as an integer, and the decimals printed. */
  scaled: number;
  decimals: number;
  start: number;
  end: number;
}

/** A share right after an amount: sticky, run from the amount's end (as ^ on the rest of the text, without slicing it). */
const SHARE_AFTER = /\s*[，,]?\s*(?:占|所占比重为|比重为?)[^%\d，。；;]{0,12}?(-?\d+(?:\.\d+)?)\s*[%％]/y;
const PROJECT_COUNT = /(?:共|涉及|合计)?\s*(\d+)\s*个(?:预算|支出)?项目|项目(?:共)?\s*(\d+)\s*个/;

export function percentOf(text: string, start = 0, end = start + text.length): StatedPercent | undefined {
  // /^(-?)(\d+)(?:\.(\d+))?$/ on the trimmed text, read by hand as fenOf reads amounts.
  const t = text.trim();
  const n = t.length;
  const fracStart = decimalFraction(t);
  if (fracStart < 0) return undefined;
  const negative = t.charCodeAt(0) === 45;
  const intStart = negative ? 1 : 0;
  const intEnd = fracStart === n ? n : fracStart - 1;
  const scaled = digitsValue(t, intStart, intEnd, fracStart, n) * (negative ? -1 : 1);
  return { text: t, scaled, decimals: n - fracStart, start, end };
}

/** A share stated right after an amount: "，占 9.54%", "，占比 9.54%", "，占支出合计的 9.54%". */
export function shareAfter(text: string, from: number): StatedPercent | undefined {
  // Where text.slice(from) starts (from the end for a negative from, as slice counts).
  SHARE_AFTER.lastIndex = from < 0 ? Math.max(0, text.length + from) : from;
  const m = SHARE_AFTER.exec(text);
  if (!m) return undefined;
  const numStart = from + m[0].indexOf(m[1] ?? '');
  return percentOf(m[1] ?? '', numStart, from + m[0].length);
}

/** A count of projects: "共 7 个项目", "7 个项目", "项目 7 个". */
export function projectCountIn(text: string): { n: number; start: number } | undefined {
  const m = PROJECT_COUNT.exec(text);
  if (!m) return undefined;
  return { n: Number(m[1] ?? m[2]), start: m.index };
}
