// Comparing figures for the identity rules, reporting only what disagrees: a figure against the sum
// of printed parts (with the rounding allowance of the printed parts, and the part a single digit
// typo explains), against an expected figure, against its whole (a part cannot exceed it), and
// findings that are not comparisons — with clearer row and column labels for two-sided tables and
// forms. Pure: reads a Document, reports into a Reporter.
import type { DocTable, Document, Row } from '../model/document.ts';
import type { Fen } from '../money/money.ts';
import { formatAmount } from '../money/money.ts';
import { allowance, amountAt, cellLocation, colIndex, money, reportDifference, textAt } from './doc-access.ts';
import type { Cell } from './ref-index.ts';
import { cellAt } from './ref-index.ts';
import type { Reporter } from './types.ts';
import { typoSuspects } from './typo.ts';

/**
 * Clearer labels for a finding than the row's own: in a two-sided table the label of the side the
 * column is on (not both halves), in a form the label printed left of the figure, and 合计 for an
 * unlabelled total row.
 */
function clearerLabels(table: DocTable, rowIndex: number, col: number | undefined): { row?: string; column?: string } {
  const row = table.rows[rowIndex];
  if (!row || col === undefined) return {};
  const left = colIndex(table, 'left.label');
  const right = colIndex(table, 'right.label');
  if (left >= 0 && right >= 0) {
    const label = textAt(row, col > right ? right : left);
    return label ? { row: label } : {};
  }
  if (col > 0 && (table.columns[col]?.header.length ?? 0) === 0) {
    const label = textAt(row, col - 1);
    return label ? { row: label, column: '金额' } : { column: '金额' };
  }
  return row.kind === 'total' && !row.name && !row.code ? { row: '合计' } : {};
}

/** The reporter with findings relabelled by clearerLabels (message, English message and location). */
function relabelled(report: Reporter, table: DocTable, rowIndex: number, col: number | undefined): Reporter {
  const better = clearerLabels(table, rowIndex, col);
  if (!better.row && !better.column) return report;
  return {
    checked: (n?: number) => report.checked(n),
    notApplicable: (why: string) => report.notApplicable(why),
    insufficient: (why: string) => report.insufficient(why),
    get tolerancePerItem() {
      return report.tolerancePerItem;
    },
    fail(d) {
      const location = Object.assign({}, d.location);
      let { message, messageEn } = d;
      if (better.row && location.rowLabel !== undefined) {
        message = message.replace(`“${location.rowLabel}”行`, `“${better.row}”行`);
        messageEn = messageEn.replace(`“${location.rowLabel}”`, `“${better.row}”`);
        location.rowLabel = better.row;
      }
      if (better.column && location.columnLabel !== undefined) {
        message = message.replace(`行“${location.columnLabel}”`, `行“${better.column}”`);
        location.columnLabel = better.column;
      }
      // { ...d, message, messageEn, location }, without the cost of a spread.
      const relabelledDraft = Object.assign({}, d);
      relabelledDraft.message = message;
      relabelledDraft.messageEn = messageEn;
      relabelledDraft.location = location;
      report.fail(relabelledDraft);
    },
  };
}

/**
 * Compares a printed figure with the sum of printed parts. The rounding allowance counts one unit
 * per part that prints a figure: a blank part is an exact zero and carries no rounding. When the
 * parts are given as cells and a single digit typo in one of them explains the difference, that
 * part is reported too, at its own row (see typo.ts).
 */
export function checkSum(
  doc: Document, report: Reporter, at: Cell, parts: readonly (Fen | Cell)[],
  what: string, whatEn: string, hint: string,
): boolean {
  let total = 0;
  let items = 0;
  for (let k = 0; k < parts.length; k++) {
    const p = parts[k] as Fen | Cell;
    const v = typeof p === 'number' ? p : p.value;
    total += v;
    if (v !== 0) items++;
  }
  const ok = compareAt(doc, report, at, total, Math.max(1, items), what, whatEn, hint);
  if (!ok) reportTypoSuspect(report, at, parts);
  return ok;
}

/**
 * checkSum of a figure against printed figures of the same table, given by position: the figure
 * at (rowIndex, col) against the cells (rows[k], cols[k]) — `rows` or `cols` may be a single
 * index used for every part. Builds no cells unless the figures disagree; then reports exactly
 * as checkSum with those cells (or with their values when `asValues`, i.e. without the typo
 * locator, as rules that pass plain amounts do).
 */
export function checkSumAt(
  doc: Document, report: Reporter, table: DocTable, rowIndex: number, col: number,
  partRows: number | readonly number[], partCols: number | readonly number[], asValues: boolean,
  what: string, whatEn: string, hint: string,
): boolean {
  const rows = table.rows;
  const n = typeof partRows === 'number' ? (partCols as readonly number[]).length : partRows.length;
  let total = 0;
  let items = 0;
  for (let k = 0; k < n; k++) {
    const r = typeof partRows === 'number' ? partRows : (partRows[k] as number);
    const c = typeof partCols === 'number' ? partCols : (partCols[k] as number);
    const v = (rows[r] as Row | undefined)?.cells[c];
    if (typeof v === 'number') {
      total += v;
      if (v !== 0) items++;
    }
  }
  const value = amountAt(rows[rowIndex], col);
  report.checked();
  const tol = allowance(doc, table, Math.max(1, items), report.tolerancePerItem);
  if (Math.abs(value - total) <= tol) return true;
  // Disagreement: rebuild the parts and report as checkSum does (its comparison counted above).
  const parts: (Fen | Cell)[] = [];
  for (let k = 0; k < n; k++) {
    const r = typeof partRows === 'number' ? partRows : (partRows[k] as number);
    const c = typeof partCols === 'number' ? partCols : (partCols[k] as number);
    parts.push(asValues ? amountAt(rows[r], c) : cellAt(table, r, c));
  }
  const at = cellAt(table, rowIndex, col);
  differs(report, at, total, tol, what, whatEn, hint);
  reportTypoSuspect(report, at, parts);
  return false;
}

function reportTypoSuspect(report: Reporter, at: Cell, parts: readonly (Fen | Cell)[]): void {
  const cells = parts.filter((p): p is Cell => typeof p !== 'number');
  if (cells.length !== parts.length || cells.length < 2) return;
  const fmt = (v: Fen) => formatAmount(v, { unit: at.table.unit, decimals: at.table.decimals });
  const { parts: suspects } = typoSuspects(cells.map((c) => c.value), at.value, fmt);
  const s = suspects[0];
  const cell = s ? cells[s.index] : undefined;
  if (!s || !cell) return;
  const loc = cellLocation(cell.table, cell.rowIndex, cell.col);
  report.fail({
    message: `${cell.table.title}“${loc.rowLabel ?? ''}”行“${loc.columnLabel ?? ''}”印为 ${money(cell.table, cell.value)}，很可能是 ${money(cell.table, s.intended)} 打错了数字：改成 ${fmt(s.intended)} 后与${cell.table === at.table ? '' : at.table.title}合计相符`,
    messageEn: `${cell.table.id} row “${loc.rowLabel ?? ''}” prints ${fmt(cell.value)}; a digit typo of ${fmt(s.intended)} would explain the total`,
    location: loc,
    expected: s.intended,
    actual: cell.value,
    difference: cell.value - s.intended,
    hint: '对照原始数据核对这一格：两个相邻数字颠倒或一位数字打错，正好解释合计的差额。',
  });
}

/** Compares a printed figure with an expected one computed from `items` printed figures. */
export function compareAt(
  doc: Document, report: Reporter, at: Cell, expected: Fen, items: number,
  what: string, whatEn: string, hint: string,
): boolean {
  if (agreesAt(doc, report, at.table, at.value, expected, items)) return true;
  reportDisagreement(doc, report, at, expected, items, what, whatEn, hint);
  return false;
}

/**
 * compareAt's test alone, counted as a comparison: true when a figure of the table is within the
 * rounding allowance of `expected`. For rules whose finding words are built per figure: they test
 * first and build the words (and the cell) only for reportDisagreement.
 */
export function agreesAt(doc: Document, report: Reporter, table: DocTable, value: Fen, expected: Fen, items: number): boolean {
  report.checked();
  return Math.abs(value - expected) <= allowance(doc, table, items, report.tolerancePerItem);
}

/** compareAt's finding, once agreesAt found the figure differs from `expected` (not counted again). */
export function reportDisagreement(
  doc: Document, report: Reporter, at: Cell, expected: Fen, items: number,
  what: string, whatEn: string, hint: string,
): void {
  differs(report, at, expected, allowance(doc, at.table, items, report.tolerancePerItem), what, whatEn, hint);
}

/** The finding of compareAt once the figure is found to differ from `expected` by more than `tol`. */
function differs(report: Reporter, at: Cell, expected: Fen, tol: Fen, what: string, whatEn: string, hint: string): void {
  reportDifference(relabelled(report, at.table, at.rowIndex, at.col), { table: at.table, rowIndex: at.rowIndex, col: at.col, expected, actual: at.value, items: 0, what, whatEn, hint }, tol);
}

/** A part must not exceed its whole: reports when `at` is larger than `limit`. */
export function checkAtMost(
  doc: Document, report: Reporter, at: Cell, limit: Fen,
  what: string, whatEn: string, hint: string,
): boolean {
  report.checked();
  const tol = allowance(doc, at.table, 1, report.tolerancePerItem);
  const over = at.value - limit;
  if (over <= tol) return true;
  const loc = cellLocation(at.table, at.rowIndex, at.col);
  const fmt = (v: Fen) => formatAmount(v, { unit: at.table.unit, decimals: at.table.decimals });
  relabelled(report, at.table, at.rowIndex, at.col).fail({
    message: `${at.table.title}“${loc.rowLabel ?? ''}”行“${loc.columnLabel ?? ''}”为 ${money(at.table, at.value)}，超过了${what} ${money(at.table, limit)}，多出 ${money(at.table, over)}（部分不能大于整体）`,
    messageEn: `${at.table.id} row “${loc.rowLabel ?? ''}” column ${loc.column ?? ''} is ${fmt(at.value)}, more than ${whatEn} ${fmt(limit)}`,
    location: loc, expected: limit, actual: at.value, difference: over,
    ...(tol > 0 ? { tolerance: tol } : {}),
    hint,
  });
  return false;
}

/** checkAtMost of the figure at (rowIndex, col) of a table; builds its cell only when it is too large. */
export function checkAtMostAt(
  doc: Document, report: Reporter, table: DocTable, rowIndex: number, col: number, limit: Fen,
  what: string, whatEn: string, hint: string,
): boolean {
  const value = amountAt(table.rows[rowIndex], col);
  // checkAtMost's own test, without its cell: counted here, and run in full only when it fails.
  const tol = allowance(doc, table, 1, report.tolerancePerItem);
  if (value - limit <= tol) {
    report.checked();
    return true;
  }
  return checkAtMost(doc, report, cellAt(table, rowIndex, col), limit, what, whatEn, hint);
}

/** Reports a finding that is not a comparison of two figures (e.g. a project missing from a table). */
export function failAt(report: Reporter, table: DocTable, rowIndex: number, col: number | undefined, message: string, messageEn: string, hint: string): void {
  relabelled(report, table, rowIndex, col).fail({ message, messageEn, location: cellLocation(table, rowIndex, col), hint });
}
