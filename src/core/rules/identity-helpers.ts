// Shared reading and checking helpers of the identity rules (catalogue/ID-*.ts): figures found by
// their references, sums of rows, "a part cannot exceed the whole", and the row structure of the
// functional, economic and project tables. Pure: reads a Document, reports into a Reporter.
import type { DocTable, Document, Row, TableId } from '../model/document.ts';
import type { Fen } from '../money/money.ts';
import { formatAmount } from '../money/money.ts';
import { allowance, amountAt, cellLocation, colIndex, findTable, money, reportDifference, textAt } from './doc-access.ts';
import { getTableSlot, setTableSlot, slot, tableMemo } from './memo.ts';
import type { Reporter } from './types.ts';
import { typoSuspects } from './typo.ts';

/** A printed figure: where it is and its value (blank = 0). */
export interface Cell {
  table: DocTable;
  rowIndex: number;
  col: number;
  value: Fen;
}

const cellAt = (table: DocTable, rowIndex: number, col: number): Cell => ({ table, rowIndex, col, value: amountAt(table.rows[rowIndex], col) });

export interface RefPlace {
  ref: string;
  row: number;
  col: number;
}

export interface RefIndex {
  places: RefPlace[];
  /** The first place of each reference, built when first asked for (refCell). */
  first?: Map<string, RefPlace>;
}

/**
 * Every reference a table prints, in reading order, indexed once per check (memo.ts): rules look
 * figures up by reference many times per document. Positions only — values are read when used.
 */
const REF_INDEX = slot<RefIndex>('refs');

export function refsOf(table: DocTable): RefIndex {
  const memo = tableMemo(table);
  const hit = getTableSlot(memo, REF_INDEX);
  if (hit !== undefined) return hit;
  const places: RefPlace[] = [];
  const rows = table.rows;
  for (let r = 0; r < rows.length; r++) {
    const refs = (rows[r] as Row).refs;
    if (!refs) continue;
    // Keys in for…in order (column indexes ascending, as the engine enumerates integer keys).
    const keys = Object.keys(refs);
    for (let k = 0; k < keys.length; k++) {
      const c = keys[k] as string;
      places.push({ ref: refs[c as unknown as number] as string, row: r, col: Number(c) });
    }
  }
  return setTableSlot(memo, REF_INDEX, { places });
}

function firstPlaces(index: RefIndex): Map<string, RefPlace> {
  let first = index.first;
  if (first === undefined) {
    first = new Map();
    for (const place of index.places) if (!first.has(place.ref)) first.set(place.ref, place);
    index.first = first;
  }
  return first;
}

/** Where a reference is printed (its first occurrence), or undefined. */
export function refCell(table: DocTable, ref: string): Cell | undefined {
  const place = firstPlaces(refsOf(table)).get(ref);
  return place ? cellAt(table, place.row, place.col) : undefined;
}

/** Every printed figure whose reference matches a pattern, with the match. */
export function refCells(table: DocTable, pattern: RegExp): (Cell & { match: RegExpExecArray })[] {
  const out: (Cell & { match: RegExpExecArray })[] = [];
  const prefix = literalPrefix(pattern);
  for (const place of refsOf(table).places) {
    if (!place.ref.startsWith(prefix)) continue;
    const match = pattern.exec(place.ref);
    if (match) out.push({ table, rowIndex: place.row, col: place.col, value: amountAt(table.rows[place.row], place.col), match });
  }
  return out;
}

/**
 * The literal text an anchored pattern's matches must start with (“^exp:gp:fn:” of
 * /^exp:gp:fn:(\d{3}):total$/), to skip references that cannot match without running the pattern;
 * '' when the pattern is not anchored, has alternatives or flags that change matching, or starts otherwise.
 */
function literalPrefix(pattern: RegExp): string {
  let prefix = prefixes.get(pattern);
  if (prefix === undefined) {
    prefix = '';
    const source = pattern.source;
    if (source.startsWith('^') && !source.includes('|') && !pattern.ignoreCase && !pattern.multiline && !pattern.global && !pattern.sticky) {
      let i = 1;
      while (i < source.length && /[A-Za-z0-9:_\-]/.test(source[i] as string)) i++;
      // A quantifier after the last literal character applies to it alone: leave that one out.
      if (i < source.length && /[?*{]/.test(source[i] as string)) i--;
      prefix = source.slice(1, Math.max(1, i));
    }
    prefixes.set(pattern, prefix);
  }
  return prefix;
}

const prefixes = new WeakMap<RegExp, string>();

/** refCell that reports insufficient data when the figure is not printed. */
export function requireRef(table: DocTable, report: Reporter, ref: string, label: string): Cell | undefined {
  const cell = refCell(table, ref);
  if (!cell) report.insufficient(`${table.title}中找不到“${label}”`);
  return cell;
}

/** The first cell (in a label column) whose text matches, and the figure in the given column. */
export function labelCell(table: DocTable, labelCol: number, pattern: RegExp, col: number): Cell | undefined {
  const r = table.rows.findIndex((row) => pattern.test(textAt(row, labelCol)));
  return r < 0 ? undefined : cellAt(table, r, col);
}

/** Fund scopes of the 财政拨款收支预算表's expenditure columns (合计, 一般公共预算, 其中：财政拨款, 政府性基金, 国有资本经营). */
export const FISCAL_SCOPES = ['fiscal', 'gp', 'gpa', 'gf', 'sc'] as const;

export const sum = (values: readonly Fen[]): Fen => values.reduce((a, b) => a + b, 0);

const AMOUNT_COLS = slot<number[]>('amountCols');

/** The indexes of a table's amount columns (shared within a check: do not modify). */
export function amountCols(table: DocTable): number[] {
  const memo = tableMemo(table);
  const hit = getTableSlot(memo, AMOUNT_COLS);
  if (hit !== undefined) return hit;
  const out: number[] = [];
  const columns = table.columns;
  for (let i = 0; i < columns.length; i++) if ((columns[i] as DocTable['columns'][number]).kind === 'amount') out.push(i);
  return setTableSlot(memo, AMOUNT_COLS, out);
}

/** True when the row prints a figure in any of the columns. */
export function hasFigure(row: Row | undefined, cols: readonly number[]): boolean {
  if (row === undefined) return false;
  const cells = row.cells;
  for (let k = 0; k < cols.length; k++) if (typeof cells[cols[k] as number] === 'number') return true;
  return false;
}

/** True when the row prints a figure in any cell. */
function hasAnyFigure(row: Row): boolean {
  const cells = row.cells;
  for (let c = 0; c < cells.length; c++) if (typeof cells[c] === 'number') return true;
  return false;
}

const HAS_FIGURES = slot<boolean>('hasFigures');

/** True when the table prints at least one figure (an empty table prints only its note). */
export function tableHasFigures(table: DocTable): boolean {
  const memo = tableMemo(table);
  const hit = getTableSlot(memo, HAS_FIGURES);
  if (hit !== undefined) return hit;
  const cols = amountCols(table);
  let found = false;
  for (const row of table.rows) {
    if (cols.length ? hasFigure(row, cols) : hasAnyFigure(row)) {
      found = true;
      break;
    }
  }
  return setTableSlot(memo, HAS_FIGURES, found);
}

/** Ends a rule on a table without figures (an empty table printed with its note): nothing to compare. */
export function noFigures(report: Reporter, table: DocTable): void {
  report.notApplicable(`${table.title}没有数据，无可核对的数字`);
}

/** The tables of the list the document has; insufficient data when it has none of them. */
export function presentTables(doc: Document, report: Reporter, ids: readonly TableId[]): DocTable[] {
  const tables: DocTable[] = [];
  for (const id of ids) {
    const t = findTable(doc, id);
    if (t) tables.push(t);
  }
  if (tables.length === 0) report.insufficient(`文件中没有表 ${ids.join('、')}`);
  return tables;
}

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
  report.checked();
  const tol = allowance(doc, at.table, items, report.tolerancePerItem);
  if (Math.abs(at.value - expected) <= tol) return true;
  differs(report, at, expected, tol, what, whatEn, hint);
  return false;
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

// ——— Functional tables (部门支出预算表 and its siblings) ———

export type FnLevel = 'class' | 'section' | 'item';
const FN_DEPTH: Record<FnLevel, number> = { class: 0, section: 1, item: 2 };
const isFn = (row: Row | undefined): row is Row & { kind: FnLevel } => row?.kind === 'class' || row?.kind === 'section' || row?.kind === 'item';

/** The 功能分类 code of a row: its code, else the printed 类/款/项 cells joined. */
export function fnCode(table: DocTable, row: Row): string {
  if (row.code) return row.code;
  return (textAt(row, colIndex(table, 'fn.class')) + textAt(row, colIndex(table, 'fn.section')) + textAt(row, colIndex(table, 'fn.item'))).replace(/\s/g, '');
}

const FN_CODES = slot<string[]>('fnCodes');

/** fnCode of every row of a table, by row index (worked out once per check). */
export function fnCodes(table: DocTable): string[] {
  const memo = tableMemo(table);
  const hit = getTableSlot(memo, FN_CODES);
  if (hit !== undefined) return hit;
  const out: string[] = [];
  for (const row of table.rows) out.push(fnCode(table, row));
  return setTableSlot(memo, FN_CODES, out);
}

/** A block of functional rows: those of one unit (or of the whole department when no unit rows). */
export interface FnBlock {
  unitRow?: number;
  rows: number[];
}

export interface FnShape {
  total?: number;
  department?: number;
  blocks: FnBlock[];
}

const FN_SHAPE = slot<FnShape>('fnShape');

/** The shape of a functional table (worked out once per check: do not modify). */
export function fnShape(table: DocTable): FnShape {
  const memo = tableMemo(table);
  const hit = getTableSlot(memo, FN_SHAPE);
  if (hit !== undefined) return hit;
  const shape: FnShape = { blocks: [] };
  let block: FnBlock | undefined;
  const rows = table.rows;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as Row;
    if (row.kind === 'total') shape.total ??= i;
    else if (row.kind === 'department') shape.department ??= i;
    else if (row.kind === 'unit') shape.blocks.push((block = { unitRow: i, rows: [] }));
    else if (isFn(row)) {
      if (!block) shape.blocks.push((block = { rows: [] }));
      block.rows.push(i);
    }
  }
  return setTableSlot(memo, FN_SHAPE, shape);
}

function depthOf(table: DocTable, i: number): number {
  return FN_DEPTH[(table.rows[i] as Row & { kind: FnLevel }).kind];
}

/** The rows of the highest level printed among `rows` (类 where printed, else 款, else 项). */
export function topRows(table: DocTable, rows: readonly number[]): number[] {
  let top = Infinity;
  for (const i of rows) top = Math.min(top, depthOf(table, i));
  const out: number[] = [];
  for (const i of rows) if (depthOf(table, i) === top) out.push(i);
  return out;
}

/** The rows of the deepest level printed among `rows` (项 where printed). */
export function leafRows(table: DocTable, rows: readonly number[]): number[] {
  let deepest = -Infinity;
  for (const i of rows) deepest = Math.max(deepest, depthOf(table, i));
  const out: number[] = [];
  for (const i of rows) if (depthOf(table, i) === deepest) out.push(i);
  return out;
}

/** The rows directly under a 类 or 款 row: the next level printed below it, by code prefix. */
export function childRows(table: DocTable, rows: readonly number[], parent: number): number[] {
  const codes = fnCodes(table);
  const code = codes[parent] as string;
  const parentDepth = depthOf(table, parent);
  const under: number[] = [];
  let next = Infinity;
  for (const i of rows) {
    if (i === parent) continue;
    const d = depthOf(table, i);
    if (d > parentDepth && (codes[i] as string).startsWith(code)) {
      under.push(i);
      if (d < next) next = d;
    }
  }
  if (under.length === 0) return under;
  const out: number[] = [];
  for (const i of under) if (depthOf(table, i) === next) out.push(i);
  return out;
}

/** The printed figure per 类 (3-digit code) of a functional table: Σ of its deepest rows. */
export function classSums(table: DocTable, col: number): { sums: Map<string, Fen>; counts: Map<string, number>; firstRow: Map<string, number> } {
  const shape = fnShape(table);
  const codes = fnCodes(table);
  const sums = new Map<string, Fen>();
  const counts = new Map<string, number>();
  const firstRow = new Map<string, number>();
  for (const block of shape.blocks) {
    if (block.rows.length === 0) continue;
    for (const i of leafRows(table, block.rows)) {
      const cls = (codes[i] as string).slice(0, 3);
      sums.set(cls, (sums.get(cls) ?? 0) + amountAt(table.rows[i], col));
      counts.set(cls, (counts.get(cls) ?? 0) + 1);
      if (!firstRow.has(cls)) firstRow.set(cls, i);
    }
  }
  return { sums, counts, firstRow };
}

// ——— Economic tables ———

/** The 经济分类 code of a row: its code, else the printed 类/款 (or 科目编码) cells joined. */
export function econCode(table: DocTable, row: Row): string {
  if (row.code) return row.code;
  return (textAt(row, colIndex(table, 'econ.class')) + textAt(row, colIndex(table, 'econ.section')) + textAt(row, colIndex(table, 'econ.code'))).replace(/\D/g, '');
}

const ECON_CODES = slot<string[]>('econCodes');

/** econCode of every row of a table, by row index (worked out once per check). */
export function econCodes(table: DocTable): string[] {
  const memo = tableMemo(table);
  const hit = getTableSlot(memo, ECON_CODES);
  if (hit !== undefined) return hit;
  const out: string[] = [];
  for (const row of table.rows) out.push(econCode(table, row));
  return setTableSlot(memo, ECON_CODES, out);
}

// ——— Project tables ———

const normalName = (s: string): string => s.replace(/\s+/g, '');

export interface ProjectRow {
  rowIndex: number;
  name: string;
  code?: string;
}

const PROJECT_ROWS = slot<ProjectRow[]>('projectRows');

/** The project rows of a table (kind 'project'), with their printed names and codes (shared within a check: do not modify). */
export function projectRows(table: DocTable): ProjectRow[] {
  const memo = tableMemo(table);
  const hit = getTableSlot(memo, PROJECT_ROWS);
  if (hit !== undefined) return hit;
  const nameCol = colIndex(table, 'name');
  const codeCol = colIndex(table, 'code');
  const out: ProjectRow[] = [];
  const rows = table.rows;
  for (let rowIndex = 0; rowIndex < rows.length; rowIndex++) {
    const row = rows[rowIndex] as Row;
    if (row.kind !== 'project') continue;
    const name = normalName(textAt(row, nameCol) || row.name || '');
    const code = (codeCol >= 0 ? textAt(row, codeCol).replace(/\s/g, '') : '') || row.code;
    out.push(code ? { rowIndex, name, code } : { rowIndex, name });
  }
  return setTableSlot(memo, PROJECT_ROWS, out);
}

/**
 * Pairs the projects of two tables: by name first (as printed), then the rest by project code.
 * `byCode` marks pairs whose names differ.
 */
export function pairProjects(a: readonly ProjectRow[], b: readonly ProjectRow[]): {
  pairs: { a: ProjectRow; b: ProjectRow; byCode: boolean }[];
  onlyA: ProjectRow[];
  onlyB: ProjectRow[];
} {
  // Indexes of b by name and by code, in b's order; `taken` marks those already paired, so the
  // first untaken of a list is the first the unpaired rest of b would yield.
  const byName = new Map<string, number[]>();
  const byCode = new Map<string, number[]>();
  for (let k = 0; k < b.length; k++) {
    const q = b[k] as ProjectRow;
    const named = byName.get(q.name);
    if (named) named.push(k);
    else byName.set(q.name, [k]);
    if (q.code !== undefined) {
      const coded = byCode.get(q.code);
      if (coded) coded.push(k);
      else byCode.set(q.code, [k]);
    }
  }
  const taken = new Uint8Array(b.length);
  const pairs: { a: ProjectRow; b: ProjectRow; byCode: boolean }[] = [];
  const restA: ProjectRow[] = [];
  for (const p of a) {
    // Same name: the one with the same code, else the first.
    let pick = -1;
    for (const k of byName.get(p.name) ?? []) {
      if (taken[k]) continue;
      if (pick < 0) pick = k;
      const code = (b[k] as ProjectRow).code;
      if (code && code === p.code) {
        pick = k;
        break;
      }
    }
    if (pick >= 0) {
      taken[pick] = 1;
      pairs.push({ a: p, b: b[pick] as ProjectRow, byCode: false });
    } else restA.push(p);
  }
  const onlyA: ProjectRow[] = [];
  for (const p of restA) {
    let pick = -1;
    if (p.code) {
      for (const k of byCode.get(p.code) ?? []) {
        if (!taken[k]) {
          pick = k;
          break;
        }
      }
    }
    if (pick >= 0) {
      taken[pick] = 1;
      pairs.push({ a: p, b: b[pick] as ProjectRow, byCode: true });
    } else onlyA.push(p);
  }
  const onlyB: ProjectRow[] = [];
  for (let k = 0; k < b.length; k++) if (!taken[k]) onlyB.push(b[k] as ProjectRow);
  return { pairs, onlyA, onlyB };
}

// ——— 部门（单位）整体绩效目标表: the 预算情况 block, found by its printed labels ———

export const BUDGET_LABELS = {
  total: /预算总额/,
  government: /政府预算资金/,
  special: /财政专户/,
  unitFunds: /单位资金/,
  basic: /基本支出/,
  project: /项目支出/,
} as const;

export type BudgetLine = keyof typeof BUDGET_LABELS;

/**
 * The figures of the 预算情况 block: each label is looked for between the block's first row
 * (预算情况 / 预算总额) and the indicator header (一级指标); its figure is the cell right after it.
 */
const BUDGET_LINES = Object.keys(BUDGET_LABELS) as BudgetLine[];
const PERFORMANCE_BUDGET = slot<Partial<Record<BudgetLine, Cell>>>('performanceBudget');

/** True when a text cell of the row matches. */
function rowTextMatches(row: Row, pattern: RegExp): boolean {
  for (const c of row.cells) if (typeof c === 'string' && pattern.test(c)) return true;
  return false;
}

export function performanceBudget(table: DocTable): Partial<Record<BudgetLine, Cell>> {
  const memo = tableMemo(table);
  const hit = getTableSlot(memo, PERFORMANCE_BUDGET);
  if (hit !== undefined) return hit;
  const rows = table.rows;
  let start = -1;
  for (let r = 0; r < rows.length; r++) {
    if (rowTextMatches(rows[r] as Row, /预算情况|预算总额/)) {
      start = r;
      break;
    }
  }
  if (start < 0) return setTableSlot(memo, PERFORMANCE_BUDGET, {});
  let end = rows.length;
  for (let r = start + 1; r < rows.length; r++) {
    if (rowTextMatches(rows[r] as Row, /一级指标/)) {
      end = r;
      break;
    }
  }
  const out: Partial<Record<BudgetLine, Cell>> = {};
  for (let r = start; r < end; r++) {
    const cells = (rows[r] as Row).cells;
    for (const key of BUDGET_LINES) {
      if (out[key]) continue;
      const label = BUDGET_LABELS[key];
      let c = -1;
      for (let k = 0; k < cells.length; k++) {
        const t = cells[k];
        if (label.test(typeof t === 'string' ? t : '')) {
          c = k;
          break;
        }
      }
      if (c >= 0 && c + 1 < cells.length) out[key] = cellAt(table, r, c + 1);
    }
  }
  return setTableSlot(memo, PERFORMANCE_BUDGET, out);
}

// ——— 类 figures of a summary table against the detail rows of a functional table ———

export interface ClassCheck {
  /** The summary table and the pattern of its 类 references (group 1 = the 3-digit code). */
  table: DocTable;
  pattern: RegExp;
  /** The functional table whose detail rows the 类 figures sum. */
  fn: DocTable;
  hint: string;
}

/**
 * Compares every 类 figure the summary table prints with the sum of the functional table's
 * detail rows of that 类, and reports a 类 the functional table has but the summary lacks.
 * Returns false (nothing compared) when neither side prints a figure.
 */
export function checkClassTotals(doc: Document, report: Reporter, c: ClassCheck): boolean {
  const totalCol = colIndex(c.fn, 'total');
  if (totalCol < 0) {
    report.insufficient(`${c.fn.title}没有“合计”列`);
    return true;
  }
  const cells = refCells(c.table, c.pattern);
  if (cells.length === 0) {
    report.insufficient(`${c.table.title}中找不到各类支出`);
    return true;
  }
  const { sums, counts, firstRow } = classSums(c.fn, totalCol);
  if (cells.every((x) => x.value === 0) && [...sums.values()].every((v) => v === 0)) return false;
  const seen = new Set<string>();
  for (const cell of cells) {
    const cls = cell.match[1] ?? '';
    seen.add(cls);
    compareAt(doc, report, cell, sums.get(cls) ?? 0, Math.max(1, counts.get(cls) ?? 0),
      `${c.fn.title}中${cls}类各科目之和`, `the sum of class ${cls} in ${c.fn.id}`, c.hint);
  }
  for (const [cls, value] of sums) {
    if (seen.has(cls) || value === 0) continue;
    report.checked();
    failAt(report, c.fn, firstRow.get(cls) ?? 0, totalCol,
      `${c.fn.title}有 ${cls} 类支出 ${money(c.fn, value)}，但${c.table.title}中没有该类的行`,
      `${c.fn.id} has class ${cls} (${formatAmount(value, { unit: c.fn.unit, decimals: c.fn.decimals })}) but ${c.table.id} has no line for it`, c.hint);
  }
  return true;
}
