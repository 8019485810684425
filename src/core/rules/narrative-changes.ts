// Changes against last year the narrative states (“增加 798.31 万元，增长 66.30%”, “保持一致”): the
// clauses of a paragraph with their direction words, amount and rate, what each compares (its
// subject's key; this year's and last year's figure for it are in narrative-key-figures.ts), and
// the figures a sentence states for both years. Pure; each paragraph's clauses worked out once per check.
import type { Document, NarrativeSection } from '../model/document.ts';
import { docMemo, getDocSlot, getTableSlot, objectMemo, setDocSlot, setTableSlot, slot } from './memo.ts';
import type { StatedAmount, StatedPercent, TextMoneyUnit } from './narrative-numbers.ts';
import { amountsIn, fenOf, NUMBER, percentOf, withoutCommas } from './narrative-numbers.ts';
import type { Spot } from './narrative-sections.ts';
import { explanationSections } from './narrative-sections.ts';
import { BoundedCache } from './bounded-cache.ts';

// ——— Changes against last year ———

export type Direction = 'up' | 'down' | 'flat';

const UP = ['增加', '增长', '上升', '提高', '增多', '增幅'];
const DOWN = ['减少', '下降', '降低', '减小', '缩减', '压减', '降幅'];

export function directionOf(word: string): Direction | undefined {
  if (startsWithOne(word, UP)) return 'up';
  if (startsWithOne(word, DOWN)) return 'down';
  if (FLAT_WORD.test(word)) return 'flat';
  return undefined;
}

const FLAT_WORD = /持平|一致|不变|相同|无变化|没有变化/;

function startsWithOne(word: string, starts: readonly string[]): boolean {
  for (const w of starts) if (word.startsWith(w)) return true;
  return false;
}

export const DIRECTION_ZH: Record<Direction, string> = { up: '增加', down: '减少', flat: '持平' };

export interface ChangeClause {
  spot: Spot;
  /** Text naming what changed ("收支总计各", "一般公共预算收支预算", "预算数与 2022 年相比"). */
  subject: string;
  /** Position of the clause (its first direction word) in the paragraph. */
  index: number;
  amountWord?: string;
  amount?: StatedAmount;
  rateWord?: string;
  rate?: StatedPercent;
  flatWord?: string;
}

const DIR_WORDS = '增加|增长|上升|提高|增多|减少|下降|降低|减小|缩减|压减';
const CHANGE_AMOUNT = new RegExp(String.raw`(${DIR_WORDS})\s*了?\s*${NUMBER}\s*(亿元|万元|元)`, 'g');
/** A rate right after a change amount: sticky, run from the amount's end (as ^ on the rest of the text). */
const RATE_AFTER = new RegExp(String.raw`\s*[，,]?\s*(?:同比)?(增长|下降|上升|降低|增加|减少|增幅为?|降幅为?)\s*了?\s*(-?\d+(?:\.\d+)?)\s*[%％]`, 'y');
const RATE_ONLY = new RegExp(String.raw`(增长|下降|上升|降低|增加|减少|增幅为?|降幅为?)\s*了?\s*(-?\d+(?:\.\d+)?)\s*[%％]`, 'g');
const FLAT = /持平|保持一致|基本一致|保持不变|没有变化|无变化|不变|相同/g;

/** The subject of a clause: the text before `index` back to the last clause break. */
function subjectBefore(text: string, index: number): string {
  // text.slice(0, index) back to its last ，。；：,;: — scanned in place rather than sliced and
  // searched once per break.
  const end = index < 0 ? Math.max(0, text.length + index) : Math.min(index, text.length);
  let cut = end - 1;
  while (cut >= 0 && !isClauseBreak(text.charCodeAt(cut))) cut--;
  return text.slice(cut + 1, end).trim();
}

/** ，。；：,;: */
function isClauseBreak(c: number): boolean {
  return c === 0xff0c || c === 0x3002 || c === 0xff1b || c === 0xff1a || c === 44 || c === 59 || c === 58;
}

/**
 * A paragraph's clauses as worked out in a check, with what clauseKey and statedYears found for
 * each (by the clause's place in `clauses`): kept beside the clauses rather than in a memo of each
 * clause object, which cost a map entry and a slot array per clause.
 */
interface ParagraphClauses {
  text: string;
  clauses: ChangeClause[];
  keys: (ClauseKey | undefined)[] | undefined;
  years: ({ year: number; years: StatedYears } | undefined)[] | undefined;
}

type ClauseKey = { key?: ChangeKey; nearest?: StatedAmount };
type StatedYears = { last?: StatedAmount; current?: StatedAmount };

const CLAUSES = slot<ParagraphClauses[]>('changeClauses');

/**
 * Every change clause of a paragraph: amount (and rate), rate alone, or 持平 / 保持一致. Worked out
 * once per paragraph per check (the clauses of the first spot asked for): do not modify.
 */
export function changeClauses(spot: Spot): ChangeClause[] {
  const memo = objectMemo(spot.section);
  if (memo === undefined) return findChangeClauses(spot);
  const byParagraph = getTableSlot(memo, CLAUSES) ?? setTableSlot(memo, CLAUSES, []);
  const hit = byParagraph[spot.paragraph];
  if (hit !== undefined && hit.text === spot.text) return hit.clauses;
  const clauses = findChangeClauses(spot);
  if (hit === undefined) byParagraph[spot.paragraph] = { text: spot.text, clauses, keys: undefined, years: undefined };
  return clauses;
}

/** The memo entry of a clause changeClauses gave in this check and its place in it, or undefined. */
function entryOf(clause: ChangeClause): { entry: ParagraphClauses; at: number } | undefined {
  const memo = objectMemo(clause.spot.section);
  const entry = getTableSlot(memo, CLAUSES)?.[clause.spot.paragraph];
  if (entry === undefined) return undefined;
  const at = entry.clauses.indexOf(clause);
  return at < 0 ? undefined : { entry, at };
}

const ALL_CLAUSES = slot<ChangeClause[]>('explanationClauses');

/**
 * The change clauses of every paragraph of the explanation sections, in order (changeClauses of
 * each): built once per check for the rules that read them all (shared: do not modify).
 */
export function explanationClauses(doc: Document): ChangeClause[] {
  const memo = docMemo(doc);
  const hit = getDocSlot(memo, ALL_CLAUSES);
  if (hit !== undefined) return hit;
  const out: ChangeClause[] = [];
  const sections = explanationSections(doc);
  for (let s = 0; s < sections.length; s++) {
    const section = sections[s] as NarrativeSection;
    const paragraphs = section.paragraphs;
    for (let paragraph = 0; paragraph < paragraphs.length; paragraph++) {
      const clauses = changeClauses({ section, paragraph, text: paragraphs[paragraph] as string });
      for (let i = 0; i < clauses.length; i++) out.push(clauses[i] as ChangeClause);
    }
  }
  return setDocSlot(memo, ALL_CLAUSES, out);
}

const COMPARES_WITH_YEAR = /相比|上年|同比|\d{4}\s*年/;

/** True when `index` falls inside one of the [start, end) ranges. */
function isCovered(covered: readonly [number, number][], index: number): boolean {
  for (let i = 0; i < covered.length; i++) {
    const c = covered[i] as [number, number];
    if (index >= c[0] && index < c[1]) return true;
  }
  return false;
}

/** The clauses of a paragraph that has none (most have none): one shared array, never modified. */
const NONE: ChangeClause[] = [];

/**
 * A character of every word a clause starts with: CHANGE_AMOUNT's and RATE_ONLY's direction words
 * each have 增, 减, 降, 升 or 提, FLAT's words 平, 致, 变 or 同. A paragraph without one has no
 * clause: one scan instead of up to three, and no arrays made for it.
 */
const CLAUSE_CHAR = /[增减降升提变致平同]/;

function findChangeClauses(spot: Spot): ChangeClause[] {
  const text = spot.text;
  if (!CLAUSE_CHAR.test(text)) return NONE;
  const out: ChangeClause[] = [];
  const covered: [number, number][] = [];
  // The shared global patterns run with exec from lastIndex 0, as matchAll would run copies of
  // them (none can match empty text); each loop runs to the end, leaving lastIndex at 0 again.
  let m: RegExpExecArray | null;
  // A change amount ends in 元 and a rate in %: a paragraph without them has neither.
  const amounts = text.includes('元');
  const rates = text.includes('%') || text.includes('％');
  CHANGE_AMOUNT.lastIndex = 0;
  while (amounts && (m = CHANGE_AMOUNT.exec(text)) !== null) {
    const index = m.index;
    const unit = m[3] as TextMoneyUnit;
    const clean = withoutCommas(m[2] ?? '');
    const conv = fenOf(clean, unit);
    if (!conv) continue;
    const end = index + m[0].length;
    const numStart = index + m[0].lastIndexOf(m[2] ?? '');
    const clause: ChangeClause = {
      spot, subject: subjectBefore(text, index), index, amountWord: m[1] ?? '',
      amount: { fen: conv.fen, text: clean, unit, step: conv.step, start: numStart, end },
    };
    RATE_AFTER.lastIndex = end;
    const r = RATE_AFTER.exec(text);
    let clauseEnd = end;
    if (r) {
      const rStart = end + r[0].lastIndexOf(r[2] ?? '');
      const rate = percentOf(r[2] ?? '', rStart, end + r[0].length);
      if (rate) {
        clause.rateWord = r[1] ?? '';
        clause.rate = rate;
        clauseEnd = end + r[0].length;
      }
    }
    covered.push([index, clauseEnd]);
    out.push(clause);
  }
  RATE_ONLY.lastIndex = 0;
  while (rates && (m = RATE_ONLY.exec(text)) !== null) {
    const index = m.index;
    if (isCovered(covered, index)) continue;
    const rStart = index + m[0].lastIndexOf(m[2] ?? '');
    const rate = percentOf(m[2] ?? '', rStart, index + m[0].length);
    if (!rate) continue;
    out.push({ spot, subject: subjectBefore(text, index), index, rateWord: m[1] ?? '', rate });
  }
  FLAT.lastIndex = 0;
  while ((m = FLAT.exec(text)) !== null) {
    const index = m.index;
    // Only comparisons with last year ("与 2022 年相比保持一致"), not "与职责一致": the full sentence
    // up to the word (to its 。, across ；) must compare with a year.
    // text.slice(0, index) after its last 。！？, found without slicing the text before the word.
    const cut = index > 0 ? Math.max(text.lastIndexOf('。', index - 1), text.lastIndexOf('！', index - 1), text.lastIndexOf('？', index - 1)) : -1;
    const sentence = text.slice(cut + 1, index);
    if (!COMPARES_WITH_YEAR.test(sentence)) continue;
    out.push({ spot, subject: subjectBefore(text, index), index, flatWord: m[0] });
  }
  // Most paragraphs have no clause or one: nothing to sort.
  return out.length > 1 ? out.sort((a, b) => a.index - b.index) : out;
}

/** Which figure a subject names (most specific first); undefined when it names none. */
export type ChangeKey = 'total' | 'generalPublic' | 'governmentFund' | 'stateCapital' | 'basic' | 'project'
  | 'threePublic' | 'abroad' | 'vehicle' | 'vehiclePurchase' | 'vehicleOperation' | 'reception' | 'operatingFunds';

export function subjectKey(subject: string): ChangeKey | undefined {
  // Subjects repeat across documents (预算数与2022年相比, 政府性基金收支预算 …): each is matched once.
  return keyBySubject.get(subject, matchSubjectKey);
}

function matchSubjectKey(subject: string): ChangeKey | undefined {
  for (const [words, key] of SUBJECT_KEYS) if (words.test(subject)) return key;
  return undefined;
}

const keyBySubject = new BoundedCache<string, ChangeKey | undefined>();

/** The words of each key, most specific first. */
const SUBJECT_KEYS: readonly [RegExp, ChangeKey][] = [
  [/购置及运行|购置和运行/, 'vehicle'],
  [/公务用车运行|车辆运行|运行维护费/, 'vehicleOperation'],
  [/公务用车购置|车辆购置|购置费/, 'vehiclePurchase'],
  [/出国/, 'abroad'],
  [/接待/, 'reception'],
  [/三公/, 'threePublic'],
  [/机关运行经费|机构运转经费|运转经费|运行经费/, 'operatingFunds'],
  [/政府性基金/, 'governmentFund'],
  [/国有资本经营/, 'stateCapital'],
  [/基本支出/, 'basic'],
  [/项目支出/, 'project'],
  [/一般公共预算/, 'generalPublic'],
  [/收支总计|收入总计|支出总计|收支总预算|收支预算总计|总计/, 'total'],
];

/** The label an amount carries: the text before it back to the last clause break. */
export function labelOf(text: string, amount: StatedAmount): string {
  return subjectBefore(text, amount.start);
}

/**
 * What a clause compares: its subject's key; for a generic subject ("预算数与 2022 年相比") the key
 * of the nearest amount stated before it in the paragraph; and that amount.
 */
export function clauseKey(clause: ChangeClause): { key?: ChangeKey; nearest?: StatedAmount } {
  // Clauses are shared within a check (changeClauses): each one's key is worked out once.
  const place = entryOf(clause);
  if (place === undefined) return findClauseKey(clause);
  const keys = (place.entry.keys ??= []);
  return (keys[place.at] ??= findClauseKey(clause));
}

function findClauseKey(clause: ChangeClause): { key?: ChangeKey; nearest?: StatedAmount } {
  const direct = subjectKey(clause.subject);
  // The amounts stated before the clause (not its own), walked back from the nearest: no arrays
  // filtered, copied and reversed for one or two amounts.
  const amounts = amountsIn(clause.spot.text);
  const own = clause.amount ? clause.amount.start : -1;
  let nearest: StatedAmount | undefined;
  for (let i = amounts.length - 1; i >= 0; i--) {
    const a = amounts[i] as StatedAmount;
    if (a.end > clause.index || a.start === own) continue;
    nearest ??= a;
    if (!direct) break;
    // The nearest amount stated for the same key, if any.
    if (subjectKey(labelOf(clause.spot.text, a)) === direct) return { key: direct, nearest: a };
  }
  if (direct) return { key: direct };
  if (!nearest) return {};
  const key = subjectKey(labelOf(clause.spot.text, nearest));
  return key ? { key, nearest } : { nearest };
}

/**
 * The amounts a paragraph states for last year and this year before a clause ("2022年当年预算执行数为
 * 1.48万元，2023年预算安排2.63万元，比2022年预算执行数增加77.70%"), recognised by the year in their
 * labels (or 上年 / 本年).
 */
export function statedYears(clause: ChangeClause, year: number): { last?: StatedAmount; current?: StatedAmount } {
  const place = entryOf(clause);
  if (place === undefined) return findStatedYears(clause, year);
  const years = (place.entry.years ??= []);
  const hit = years[place.at];
  if (hit !== undefined && hit.year === year) return hit.years;
  return (years[place.at] = { year, years: findStatedYears(clause, year) }).years;
}

function findStatedYears(clause: ChangeClause, year: number): { last?: StatedAmount; current?: StatedAmount } {
  const text = clause.spot.text;
  const sentenceStart = Math.max(text.lastIndexOf('。', clause.index - 1), -1) + 1;
  const amounts = amountsIn(text);
  let years = yearPatterns.get(year);
  if (years === undefined) {
    years = { lastRe: new RegExp(String.raw`${year - 1}\s*年|上年|上一年`), thisRe: new RegExp(String.raw`${year}\s*年|本年|今年`) };
    yearPatterns.set(year, years);
  }
  const { lastRe, thisRe } = years;
  const out: { last?: StatedAmount; current?: StatedAmount } = {};
  for (const a of amounts) {
    // Only the amounts of the clause's sentence before the clause (a filter without its array).
    if (a.start < sentenceStart || a.end > clause.index) continue;
    const label = labelOf(text, a);
    if (lastRe.test(label)) out.last = a;
    else if (thisRe.test(label)) out.current = a;
  }
  return out;
}

/** The patterns of statedYears per budget year (without the g flag: no state between uses). */
const yearPatterns = new Map<number, { lastRe: RegExp; thisRe: RegExp }>();
