// Numbers in published narrative text: amounts with their unit (元 / 万元 / 亿元, thousands
// separators, a bare “为0”), converted exactly to 分 with the step of their last printed digit,
// and percentages with the direction word in front of them (增加 / 减少 / 持平 …). Pure.
import type { Fen } from '../../money/money.ts';
import type { Slot } from '../memo.ts';
import { checkMemo, getDocSlot, setDocSlot, slot } from '../memo.ts';
import { fenOf } from '../narrative-helpers.ts';

export interface Amount {
  fen: Fen;
  /** One unit of the last printed digit in 分 (0.01 万元 → 10000); a bare 0 counts as exact. */
  step: Fen;
  /** The number as printed (separators removed) and its unit ('' for a bare “为0”). */
  text: string;
  unit: '元' | '万元' | '亿元' | '';
  start: number;
  end: number;
}

// A number is plain digits or thousands groups (17,192), optionally with decimals.
const NUMBER = String.raw`(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)`;
const AMOUNT = new RegExp(String.raw`${NUMBER}\s*(亿元|万元|元)`, 'g');
/** “预算为0；”: zero stated without a unit. */
const BARE_ZERO = /为\s*(0(?:\.0+)?)(?=\s*(?:[，,。；;）)]|$))/g;

const NONE: never[] = [];
const AMOUNTS = slot<Map<string, Amount[]>>('auditAmounts');

/**
 * A per-check cache of what a pure function of a text gives (several audit rules read the same
 * paragraphs): outside a check, computed afresh.
 */
function byText<T>(key: Slot<Map<string, T[]>>, text: string, find: (text: string) => T[]): T[] {
  const memo = checkMemo();
  if (memo === undefined) return find(text);
  let cache = getDocSlot(memo, key);
  if (cache === undefined) cache = setDocSlot(memo, key, new Map<string, T[]>());
  let hit = cache.get(text);
  if (hit === undefined) {
    hit = find(text);
    cache.set(text, hit);
  }
  return hit;
}

/** Every amount of money the text states, in order (shared within a check: do not modify). */
export function amountsOf(text: string): Amount[] {
  if (!text.includes('元') && !text.includes('为')) return NONE;
  return byText(AMOUNTS, text, findAmounts);
}

/** A character that makes a number the tail of a longer token (a code, a decimal, “W-07”). */
function tailChar(c: number): boolean {
  return (c >= 48 && c <= 57) || c === 46 || c === 45 || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function findAmounts(text: string): Amount[] {
  const out: Amount[] = [];
  AMOUNT.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = AMOUNT.exec(text)) !== null) {
    const start = m.index;
    // Not the tail of a longer token (a code, a decimal, “W-07”).
    if (start > 0 && tailChar(text.charCodeAt(start - 1))) continue;
    const raw = m[1] as string;
    const printed = raw.includes(',') ? raw.replace(/,/g, '') : raw;
    const unit = m[2] as Amount['unit'];
    // printed has no separator left (the pattern takes none but ASCII commas, dropped above).
    const conv = fenOf(printed, unit as '元' | '万元' | '亿元');
    if (!conv) continue;
    out.push({ fen: conv.fen, step: conv.step, text: printed, unit, start, end: start + m[0].length });
  }
  if (!text.includes('为')) return out;
  const amounts = out.length;
  BARE_ZERO.lastIndex = 0;
  while ((m = BARE_ZERO.exec(text)) !== null) {
    const start = m.index + m[0].indexOf(m[1] ?? '0');
    out.push({ fen: 0, step: 0, text: m[1] ?? '0', unit: '', start, end: start + (m[1] ?? '0').length });
  }
  return out.length > amounts ? out.sort((a, b) => a.start - b.start) : out;
}

/** A percentage: value × 10^decimals as an integer. */
export interface Percent {
  scaled: number;
  decimals: number;
  text: string;
  start: number;
  end: number;
}

export type Direction = 'up' | 'down' | 'flat';

/** A percentage with what introduces it: a direction word (growth) or 占 / 比重 (share). */
export interface StatedPercent extends Percent {
  kind: 'growth' | 'share' | 'other';
  direction?: Direction;
  /** The word as printed (增加, 下降, 占 …) and where it starts. */
  word: string;
  wordStart: number;
}

const PERCENT = /(\d+(?:\.\d+)?)\s*[%％]/g;
const UP = /(增加|增长|上升|提高|增幅为?)\s*了?\s*$/;
const DOWN = /(减少|下降|降低|减小|缩减|压减|降幅为?)\s*了?\s*$/;
const SHARE = /(占(?:比|比为)?|比重为?|所占比重为?)[^，。；;,%\d]{0,14}?\s*$/;

const PERCENT_NUMBER = /^(\d+)(?:\.(\d+))?$/;

export function percentOf(text: string, start: number, end: number): Percent | undefined {
  const m = PERCENT_NUMBER.exec(text);
  if (!m) return undefined;
  const decimals = (m[2] ?? '').length;
  return { scaled: Number(`${m[1]}${m[2] ?? ''}`), decimals, text, start, end };
}

/** Every percentage the text states, with the word before it (do not modify). */
export function percentsOf(text: string): StatedPercent[] {
  if (!text.includes('%') && !text.includes('％')) return NONE;
  // Only AUD-RATE-RECOMPUTE reads them, once per paragraph: a per-check cache would only cost.
  return findPercents(text);
}

function findPercents(text: string): StatedPercent[] {
  const out: StatedPercent[] = [];
  PERCENT.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PERCENT.exec(text)) !== null) {
    const start = m.index;
    if (start > 0) {
      const c = text.charCodeAt(start - 1);
      if ((c >= 48 && c <= 57) || c === 46) continue;
    }
    const p = percentOf(m[1] ?? '', start, start + m[0].length);
    if (!p) continue;
    const from = Math.max(0, start - 24);
    const before = text.slice(from, start);
    let w: RegExpExecArray | null;
    if ((w = UP.exec(before))) out.push(stated(p, 'growth', 'up', w[1] ?? '', from + w.index));
    else if ((w = DOWN.exec(before))) out.push(stated(p, 'growth', 'down', w[1] ?? '', from + w.index));
    else if ((w = SHARE.exec(before))) out.push(stated(p, 'share', undefined, w[1] ?? '', from + w.index));
    else out.push(stated(p, 'other', undefined, '', start));
  }
  return out;
}

/** A percentage with its word (the same keys, in the same order, as an object spread of the Percent). */
function stated(p: Percent, kind: StatedPercent['kind'], direction: Direction | undefined, word: string, wordStart: number): StatedPercent {
  return direction === undefined
    ? { scaled: p.scaled, decimals: p.decimals, text: p.text, start: p.start, end: p.end, kind, word, wordStart }
    : { scaled: p.scaled, decimals: p.decimals, text: p.text, start: p.start, end: p.end, kind, direction, word, wordStart };
}

/** Words that state no change against last year. */
export const FLAT_WORDS = /持平|保持一致|基本一致|保持不变|没有变化|无变化/g;

/** Prints 分 in a stated amount's unit and decimals (“441.25万元”); a bare zero prints as “0”. */
export function inUnitOf(fen: Fen, a: Pick<Amount, 'unit' | 'step'>): string {
  const unit = a.unit === '' ? '万元' : a.unit;
  const per = unit === '亿元' ? 100_000_000 * 100 : unit === '万元' ? 1_000_000 : 100;
  const decimals = a.step > 0 ? Math.max(0, Math.round(Math.log10(per / a.step))) : 2;
  const neg = fen < 0;
  const abs = Math.abs(fen);
  const scale = 10 ** decimals;
  // Round half up to the printed digit, exactly in integers.
  const units = Math.floor((abs * scale * 2 + per) / (2 * per));
  const whole = Math.floor(units / scale);
  const frac = decimals > 0 ? `.${String(units % scale).padStart(decimals, '0')}` : '';
  return `${neg ? '-' : ''}${whole}${frac}${unit}`;
}
