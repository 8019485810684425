// Printed amounts and units: a cell's text read into 分 in the table's unit (thousands
// separators, full-width digits, blanks and dashes, negatives written −12 or (12)), the unit a
// table states (单位：元 / 单位:万元 / 金额单位：万元) and the decimals it prints.
import type { RawCell } from './raw.ts';
import type { Fen, MoneyUnit } from '../money/money.ts';
import { MoneyParseError, parseAmount } from '../money/money.ts';

export type AmountReading = { ok: true; value: Fen | null; decimals: number } | { ok: false; message: string; messageEn: string };

/** Text that prints “nothing” in an amount cell. */
const NOTHING = /^[-—–－―‐]+$/;

/** Reads a printed amount: '' and '-' are blank (null); '0' is 0. */
export function readAmount(text: string, unit: MoneyUnit): AmountReading {
  let t = text.normalize('NFKC').replace(/\s+/g, '').replace(/[−–－]/g, '-');
  if (t === '' || NOTHING.test(t)) return { ok: true, value: null, decimals: 0 };
  let negative = false;
  const paren = /^\((.*)\)$/.exec(t);
  if (paren) {
    negative = true;
    t = paren[1] ?? '';
  }
  if (t.startsWith('-')) {
    negative = !negative;
    t = t.slice(1);
  }
  if (!/^[¥]?[\d,]*\d(?:\.\d*)?(?:万元|元)?$/.test(t)) {
    return { ok: false, message: `“${text}”不是金额`, messageEn: `“${text}” is not an amount` };
  }
  try {
    const fen = parseAmount(t, unit);
    const decimals = /\.(\d*)/.exec(t.replace(/(?:万元|元)$/, ''))?.[1]?.length ?? 0;
    return { ok: true, value: negative ? -fen : fen, decimals };
  } catch (e) {
    if (e instanceof MoneyParseError) return { ok: false, message: e.message, messageEn: `“${text}” cannot be read as an amount in ${unit}` };
    throw e;
  }
}

const UNIT_IN_TEXT = /(?:金额)?单位\s*[:：]\s*(万元|元)/;

/** The unit a line states (“单位：万元”, “单位:元”), if any. */
export function unitStated(text: string): MoneyUnit | undefined {
  const m = UNIT_IN_TEXT.exec(text.normalize('NFKC').replace(/\s+/g, ''));
  return m ? (m[1] as MoneyUnit) : undefined;
}

/** A preamble line without its unit statement: “部门名称：X 单位：万元” → “部门名称：X”. */
export function withoutUnit(text: string): string {
  return text.replace(/(?:金额)?单\s*位\s*[:：]\s*(?:万元|元)/, '').trim();
}

/**
 * The unit of a table: stated in the preamble or the title, else in a header label (“项目金额（万元）”),
 * else the fallback (the template's).
 */
export function tableUnit(preamble: readonly RawCell[], title: string, header: readonly RawCell[][], fallback: MoneyUnit): { unit: MoneyUnit; stated: boolean } {
  for (const c of preamble) {
    const u = unitStated(c.text);
    if (u) return { unit: u, stated: true };
  }
  const inTitle = unitStated(title);
  if (inTitle) return { unit: inTitle, stated: true };
  for (const row of header) {
    for (const c of row) {
      const m = /[（(](万元|元)[）)]/.exec(c.text);
      if (m) return { unit: m[1] as MoneyUnit, stated: true };
    }
  }
  return { unit: fallback, stated: false };
}
