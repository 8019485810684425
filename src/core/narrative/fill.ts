// Filling the template's sentence patterns: placeholders {name} take text, numbers or fragments
// that carry claims, and every claim's character range is kept right as the text is assembled.
// Amounts, shares and counts are printed only here, through money.ts. Pure.
import type { Claim } from '../model/document.ts';
import type { Fen, MoneyUnit } from '../money/money.ts';
import { formatAmount, formatPercent } from '../money/money.ts';

/** A claim before it knows its paragraph. */
export type PieceClaim = Omit<Claim, 'paragraph'>;

/** Text with the claims of the numbers in it (ranges relative to the text). */
export interface Fragment {
  text: string;
  claims: PieceClaim[];
}

/** What a placeholder can take: plain text (names, years, reasons), a number, or a fragment. */
export type Slot = string | number | Fragment;
export type Slots = Readonly<Record<string, Slot | undefined>>;

export const EMPTY: Fragment = Object.freeze({ text: '', claims: [] }) as Fragment;

/** Thrown when a template uses a placeholder its topic does not fill: a template bug. */
export class TemplateSlotError extends Error {
  constructor(readonly slot: string, readonly pattern: string) {
    super(`说明模板的占位符 {${slot}} 没有取值（${pattern}）`);
    this.name = 'TemplateSlotError';
  }
}

/**
 * Fills a pattern; only the pattern is parsed, slot text is inserted verbatim. A placeholder is
 * {name} with name of word characters ([A-Za-z0-9_]); it takes its value from `slots`, else (a
 * name `slots` does not have) from `common` — the placeholders every pattern may use.
 */
export function fill(pattern: string, slots: Slots, common?: Slots): Fragment {
  let text = '';
  const claims: PieceClaim[] = [];
  let last = 0;
  let open = pattern.indexOf('{');
  while (open >= 0) {
    let close = open + 1;
    while (close < pattern.length && isWordChar(pattern.charCodeAt(close))) close++;
    if (close === open + 1 || pattern.charCodeAt(close) !== 0x7d /* } */) {
      open = pattern.indexOf('{', open + 1);
      continue;
    }
    const name = pattern.slice(open + 1, close);
    text += pattern.slice(last, open);
    const value = common === undefined || Object.prototype.hasOwnProperty.call(slots, name) ? slots[name] : common[name];
    if (value === undefined) throw new TemplateSlotError(name, pattern);
    if (typeof value === 'object') {
      for (const c of value.claims) {
        // { ...c, start, end } without the spread: the same keys in the same order.
        const shifted = Object.assign({}, c);
        shifted.start = c.start + text.length;
        shifted.end = c.end + text.length;
        claims.push(shifted);
      }
      text += value.text;
    } else text += String(value);
    last = close + 1;
    open = pattern.indexOf('{', last);
  }
  text += pattern.slice(last);
  return { text, claims };
}

/** \w: an ASCII letter, digit or underscore. */
function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

/** Joins fragments with a separator, shifting their claims. */
export function join(pieces: readonly Fragment[], separator: string): Fragment {
  const slots: Record<string, Fragment> = {};
  const pattern = pieces.map((p, i) => {
    slots[`p${i}`] = p;
    return `{p${i}}`;
  }).join(separator.replace(/[{}]/g, ''));
  return fill(pattern, slots);
}

/** What a printed figure states: a table figure (ref) or how it was computed (formula). */
export interface Figure {
  value: number;
  ref?: string;
  formula?: string;
}

/** Where a figure came from, for formulas: its ref, else its formula. */
export function source(f: Figure): string {
  return f.ref ?? f.formula ?? String(f.value);
}

function claimOf(kind: Claim['kind'], text: string, value: number, f: Pick<Figure, 'ref' | 'formula'>): Fragment {
  const claim: PieceClaim = { start: 0, end: text.length, kind, value };
  if (f.ref !== undefined) claim.ref = f.ref;
  else if (f.formula !== undefined) claim.formula = f.formula;
  return { text, claims: [claim] };
}

export interface AmountFormat {
  unit: MoneyUnit;
  decimals: number;
  /** Thousands separators ("17,192"); default none. */
  thousands?: boolean;
}

/** An amount printed in the narrative's unit; the claim keeps the exact 分. */
export function amount(f: Figure, fmt: AmountFormat): Fragment {
  return claimOf('amount', formatAmount(f.value, { unit: fmt.unit, decimals: fmt.decimals, thousands: fmt.thousands === true }), f.value, f);
}

/** A percentage text ("9.54", "-3.10") as hundredths of a percent (954, -310) for 2 decimals. */
export function scaledPercent(text: string): number {
  const neg = text.startsWith('-');
  const digits = text.replace(/^-/, '').replace('.', '');
  return (neg ? -1 : 1) * Number(digits);
}

/** A percentage already computed (its text without %), with the formula that gave it. */
export function percent(text: string, formula: string): Fragment {
  return claimOf('percent', text, scaledPercent(text), { formula });
}

/** part ÷ whole as a share with 2 decimals; undefined when the whole is zero. */
export function share(part: Figure, whole: Figure): Fragment | undefined {
  const text = formatPercent(part.value, whole.value, 2);
  return text === null ? undefined : percent(text, `share(${source(part)}, ${source(whole)})`);
}

export function count(n: number, f: Pick<Figure, 'ref' | 'formula'>): Fragment {
  return claimOf('count', String(n), n, f);
}

/** Magnitude of a change in 分 as an amount figure. */
export function changeAmount(diff: Fen, formula: string, fmt: AmountFormat): Fragment {
  return amount({ value: Math.abs(diff), formula }, fmt);
}

/** Text a person wrote, without its closing punctuation, so a pattern can add its own. */
export function bare(text: string): string {
  return text.trim().replace(/[。；;，,、.！!？?\s]+$/u, '');
}
