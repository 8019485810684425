// Shared reading and checking helpers of the identity rules (catalogue/ID-*.ts): figures found by
// their references, sums of rows, "a part cannot exceed the whole", and the row structure of the
// functional, economic and project tables. Pure: reads a Document, reports into a Reporter.
import type { DocTable, Document, Row, TableId } from '../model/document.ts';
import type { Fen } from '../money/money.ts';
import { formatAmount } from '../money/money.ts';
import { allowance, amountAt, cellLocation, colIndex, compare, findTable, money, textAt } from './doc-access.ts';
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

interface RefPlace {
  ref: string;
  row: number;
  col: number;
}

/**
 * Every reference a table prints, in reading order, indexed once per table object: rules look
 * figures up by reference many times per document. Positions only — values are read when used.
 */
const refIndex = new WeakMap<DocTable, { places: RefPlace[]; first: Map<string, RefPlace> }>();

function refsOf(table: DocTable): { places: RefPlace[]; first: Map<string, RefPlace> } {
  let index = refIndex.get(table);
  if (!index) {
    const places: RefPlace[] = [];
    const first = new Map<string, RefPlace>();
    table.rows.forEach((row, r) => {
      const refs = row.refs;
      if (!refs) return;
      for (const c in refs) {
        const place = { ref: refs[c as unknown as number] as string, row: r, col: Number(c) };
        places.push(place);
        if (!first.has(place.ref)) first.set(place.ref, place);
      }
    });
    index = { places, first };
    refIndex.set(table, index);
  }
  return index;
}

/** Where a reference is printed (its first occurrence), or undefined. */
export function refCell(table: DocTable, ref: string): Cell | undefined {
  const place = refsOf(table).first.get(ref);
  return place ? cellAt(table, place.row, place.col) : undefined;
}

/** Every printed figure whose reference matches a pattern, with the match. */
export function refCells(table: DocTable, pattern: RegExp): (Cell & { match: RegExpExecArray })[] {
  const out: (Cell & { match: RegExpExecArray })[] = [];
  for (const place of refsOf(table).places) {
    const match = pattern.exec(place.ref);
    if (match) out.push({ ...cellAt(table, place.row, place.col), match });
  }
  return out;
}

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

/** The indexes of a table's amount columns. */
export function amountCols(table: DocTable): number[] {
  return table.columns.flatMap((c, i) => (c.kind === 'amount' ? [i] : []));
}

/** True when the row prints a figure in any of the columns. */
export function hasFigure(row: Row | undefined, cols: readonly number[]): boolean {
  return cols.some((c) => typeof row?.cells[c] === 'number');
}

/** True when the table prints at least one figure (an empty table prints only its note). */
export function tableHasFigures(table: DocTable): boolean {
  const cols = amountCols(table);
  return table.rows.some((row) => hasFigure(row, cols.length ? cols : row.cells.map((_, i) => i)));
}

/** Ends a rule on a table without figures (an empty table printed with its note): nothing to compare. */
export function noFigures(report: Reporter, table: DocTable): void {
  report.notApplicable(`${table.title}没有数据，无可核对的数字`);
}

/** The tables of the list the document has; insufficient data when it has none of them. */
export function presentTables(doc: Document, report: Reporter, ids: readonly TableId[]): DocTable[] {
  const tables = ids.flatMap((id) => findTable(doc, id) ?? []);
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
      const location = { ...d.location };
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
      report.fail({ ...d, message, messageEn, location });
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
  const values = parts.map((p) => (typeof p === 'number' ? p : p.value));
  const ok = compareAt(doc, report, at, sum(values), Math.max(1, values.filter((v) => v !== 0).length), what, whatEn, hint);
  if (!ok) reportTypoSuspect(report, at, parts);
  return ok;
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
  return compare(doc, relabelled(report, at.table, at.rowIndex, at.col), { table: at.table, rowIndex: at.rowIndex, col: at.col, expected, actual: at.value, items, what, whatEn, hint });
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
  return ['fn.class', 'fn.section', 'fn.item'].map((k) => textAt(row, colIndex(table, k))).join('').replace(/\s/g, '');
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

export function fnShape(table: DocTable): FnShape {
  const shape: FnShape = { blocks: [] };
  let block: FnBlock | undefined;
  table.rows.forEach((row, i) => {
    if (row.kind === 'total') shape.total ??= i;
    else if (row.kind === 'department') shape.department ??= i;
    else if (row.kind === 'unit') shape.blocks.push((block = { unitRow: i, rows: [] }));
    else if (isFn(row)) {
      if (!block) shape.blocks.push((block = { rows: [] }));
      block.rows.push(i);
    }
  });
  return shape;
}

const depthOf = (table: DocTable, i: number): number => FN_DEPTH[(table.rows[i] as Row & { kind: FnLevel }).kind];

/** The rows of the highest level printed among `rows` (类 where printed, else 款, else 项). */
export function topRows(table: DocTable, rows: readonly number[]): number[] {
  const top = Math.min(...rows.map((i) => depthOf(table, i)));
  return rows.filter((i) => depthOf(table, i) === top);
}

/** The rows of the deepest level printed among `rows` (项 where printed). */
export function leafRows(table: DocTable, rows: readonly number[]): number[] {
  const deepest = Math.max(...rows.map((i) => depthOf(table, i)));
  return rows.filter((i) => depthOf(table, i) === deepest);
}

/** The rows directly under a 类 or 款 row: the next level printed below it, by code prefix. */
export function childRows(table: DocTable, rows: readonly number[], parent: number): number[] {
  const pRow = table.rows[parent] as Row;
  const code = fnCode(table, pRow);
  const under = rows.filter((i) => i !== parent && depthOf(table, i) > depthOf(table, parent) && fnCode(table, table.rows[i] as Row).startsWith(code));
  if (under.length === 0) return [];
  const next = Math.min(...under.map((i) => depthOf(table, i)));
  return under.filter((i) => depthOf(table, i) === next);
}

/** The printed figure per 类 (3-digit code) of a functional table: Σ of its deepest rows. */
export function classSums(table: DocTable, col: number): { sums: Map<string, Fen>; counts: Map<string, number>; firstRow: Map<string, number> } {
  const shape = fnShape(table);
  const sums = new Map<string, Fen>();
  const counts = new Map<string, number>();
  const firstRow = new Map<string, number>();
  for (const block of shape.blocks) {
    if (block.rows.length === 0) continue;
    for (const i of leafRows(table, block.rows)) {
      const cls = fnCode(table, table.rows[i] as Row).slice(0, 3);
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
  return ['econ.class', 'econ.section', 'econ.code'].map((k) => textAt(row, colIndex(table, k))).join('').replace(/\D/g, '');
}

// ——— Project tables ———

const normalName = (s: string): string => s.replace(/\s+/g, '');

export interface ProjectRow {
  rowIndex: number;
  name: string;
  code?: string;
}

/** The project rows of a table (kind 'project'), with their printed names and codes. */
export function projectRows(table: DocTable): ProjectRow[] {
  const nameCol = colIndex(table, 'name');
  const codeCol = colIndex(table, 'code');
  return table.rows.flatMap((row, rowIndex) => {
    if (row.kind !== 'project') return [];
    const name = normalName(textAt(row, nameCol) || row.name || '');
    const code = (codeCol >= 0 ? textAt(row, codeCol).replace(/\s/g, '') : '') || row.code;
    return [code ? { rowIndex, name, code } : { rowIndex, name }];
  });
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
  const restB = [...b];
  const pairs: { a: ProjectRow; b: ProjectRow; byCode: boolean }[] = [];
  const restA: ProjectRow[] = [];
  for (const p of a) {
    const same = restB.filter((q) => q.name === p.name);
    const q = same.find((x) => x.code && x.code === p.code) ?? same[0];
    if (q) {
      restB.splice(restB.indexOf(q), 1);
      pairs.push({ a: p, b: q, byCode: false });
    } else restA.push(p);
  }
  const onlyA: ProjectRow[] = [];
  for (const p of restA) {
    const q = p.code ? restB.find((x) => x.code === p.code) : undefined;
    if (q) {
      restB.splice(restB.indexOf(q), 1);
      pairs.push({ a: p, b: q, byCode: true });
    } else onlyA.push(p);
  }
  return { pairs, onlyA, onlyB: restB };
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
export function performanceBudget(table: DocTable): Partial<Record<BudgetLine, Cell>> {
  const text = (row: Row) => row.cells.map((c) => (typeof c === 'string' ? c : ''));
  const start = table.rows.findIndex((row) => text(row).some((t) => /预算情况|预算总额/.test(t)));
  if (start < 0) return {};
  let end = table.rows.findIndex((row, i) => i > start && text(row).some((t) => /一级指标/.test(t)));
  if (end < 0) end = table.rows.length;
  const out: Partial<Record<BudgetLine, Cell>> = {};
  for (let r = start; r < end; r++) {
    const cells = text(table.rows[r] as Row);
    for (const key of Object.keys(BUDGET_LABELS) as BudgetLine[]) {
      if (out[key]) continue;
      const c = cells.findIndex((t) => BUDGET_LABELS[key].test(t));
      if (c >= 0 && c + 1 < cells.length) out[key] = cellAt(table, r, c + 1);
    }
  }
  return out;
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
