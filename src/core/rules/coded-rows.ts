// The coded rows of the document's tables, read the same way by every classification rule: the
// functional tables' 类/款/项 rows (code joined from the printed parts), the economic tables' 部门
// and 政府 款, and whether a row prints a non-zero amount. Worked out once per check (memo.ts).
import type { DocTable, Document, Row } from '../model/document.ts';
import { trimmed } from './cell-text.ts';
import { colIndex, findTable, textAt } from './doc-access.ts';
import type { ClassificationSet, ClassItem } from '../classification/types.ts';
import { economicKey, normalisedCode } from './classification-lists.ts';
import { FUNCTIONAL_TABLES } from './functional-tables.ts';
import { docMemo, getDocSlot, getTableSlot, setDocSlot, setTableSlot, slot, tableMemo } from './memo.ts';

/** A coded row of a table: where it is, its code as joined from the printed parts, its name. */
export interface CodedRow {
  table: DocTable;
  index: number;
  row: Row;
  /** Canonical code (digits only when well printed; whatever was printed otherwise). */
  code: string;
  /** The printed parts (类, 款, 项) where the table prints them separately, trimmed. */
  parts: { class: string; section: string; item: string } | undefined;
  name: string;
  /** Column of the code (the last printed part) and of the name, for locations. */
  codeCol: number;
  nameCol: number;
}

const NON_CODE_KINDS = new Set<Row['kind']>(['total', 'subtotal', 'department', 'unit', 'heading', 'pair', 'project', 'source', 'indicator']);

/** True for a row kind that can carry a code: the usual 类/款/项 answered without the set's look-up. */
function isCodeKind(kind: Row['kind']): boolean {
  return kind === 'item' || kind === 'class' || kind === 'section' || !NON_CODE_KINDS.has(kind);
}

/** trimmed(textAt(row, col)) of a row's cells, in one call. */
function trimmedAt(cells: Row['cells'], col: number): string {
  const v = cells[col];
  if (typeof v !== 'string') return v === null || v === undefined ? '' : String(v).trim();
  // The usual code or name starts and ends with an ASCII letter or digit or a CJK character, none
  // of them white space: answered without trimmed's two calls of isSpace.
  const n = v.length;
  return n !== 0 && isPlain(v.charCodeAt(0)) && isPlain(v.charCodeAt(n - 1)) ? v : trimmed(v);
}

/** True for a code unit that is surely not white space: printable ASCII, or U+3001 … U+FEFE. */
function isPlain(c: number): boolean {
  return (c > 32 && c < 127) || (c > 0x3000 && c < 0xfeff);
}

const FUNCTIONAL_ROWS = slot<CodedRow[]>('functionalRows');

/**
 * The rows of the functional tables (部门支出表, 一般公共预算支出表, 政府性基金…, 国有资本经营…) with a
 * code. Those of the four tables are worked out once per check and shared: do not modify.
 */
export function functionalRows(doc: Document, tables: readonly string[] = FUNCTIONAL_TABLES): CodedRow[] {
  const memo = tables === FUNCTIONAL_TABLES ? docMemo(doc) : undefined;
  const hit = getDocSlot(memo, FUNCTIONAL_ROWS);
  if (hit !== undefined) return hit;
  const out: CodedRow[] = [];
  for (let t = 0; t < tables.length; t++) {
    const table = findTable(doc, tables[t] as DocTable['id']);
    if (!table) continue;
    const c = colIndex(table, 'fn.class');
    const s = colIndex(table, 'fn.section');
    const it = colIndex(table, 'fn.item');
    const n = colIndex(table, 'name');
    const rows = table.rows;
    for (let index = 0; index < rows.length; index++) {
      const row = rows[index] as Row;
      if (!isCodeKind(row.kind)) continue;
      const cells = row.cells;
      if (c >= 0) {
        const cls = trimmedAt(cells, c);
        const sec = s >= 0 ? trimmedAt(cells, s) : '';
        const item = it >= 0 ? trimmedAt(cells, it) : '';
        if (!cls && !sec && !item && !row.code) continue;
        const name = (n >= 0 ? textAt(row, n) : '') || row.name || '';
        const code = normalisedCode(cls + sec + item);
        const codeCol = item ? it : sec ? s : c;
        out.push({ table, index, row, code, parts: { class: cls, section: sec, item }, name, codeCol, nameCol: n });
      } else if (row.code) {
        const name = (n >= 0 ? textAt(row, n) : '') || row.name || '';
        out.push({ table, index, row, code: normalisedCode(row.code), parts: undefined, name, codeCol: n, nameCol: n });
      }
    }
  }
  return setDocSlot(memo, FUNCTIONAL_ROWS, out);
}

/** A coded row of the economic tables, with the list its code belongs to. */
export interface EconomicRow extends CodedRow {
  kind: 'economic-department' | 'economic-government';
}

/**
 * Economic codes printed in the 一般公共预算基本支出预算表 (部门 款 and its 政府 款) and the
 * 支出经济分类汇总表 (部门 类 and 款, code parts printed separately).
 */
const ECONOMIC_ROWS = slot<EconomicRow[]>('economicRows');

/**
 * Economic codes printed in the 一般公共预算基本支出预算表 (部门 款 and its 政府 款) and the
 * 支出经济分类汇总表 (部门 类 and 款, code parts printed separately). Worked out once per check and
 * shared: do not modify.
 */
export function economicRows(doc: Document): EconomicRow[] {
  const memo = docMemo(doc);
  const hit = getDocSlot(memo, ECONOMIC_ROWS);
  if (hit !== undefined) return hit;
  const out: EconomicRow[] = [];
  const basic = findTable(doc, 'general-public-basic-expenditure');
  if (basic) {
    const econCode = colIndex(basic, 'econ.code');
    const econName = colIndex(basic, 'econ.name');
    const govCode = colIndex(basic, 'gov.code');
    const govName = colIndex(basic, 'gov.name');
    const rows = basic.rows;
    for (let index = 0; index < rows.length; index++) {
      const row = rows[index] as Row;
      if (!isCodeKind(row.kind)) continue;
      // The 部门 款, then its 政府 款 (two calls rather than a loop over destructured tuples).
      if (econCode >= 0) pushCoded(out, basic, index, row, 'economic-department', econCode, econName);
      if (govCode >= 0) pushCoded(out, basic, index, row, 'economic-government', govCode, govName);
    }
    // 类 and 款 printed in separate columns: Shanghai's 基本支出表.
    if (colIndex(basic, 'econ.class') >= 0) pushSplit(out, basic, 'econ.name');
  }
  // 类 and 款 printed in separate columns: the 支出经济分类汇总表.
  const summary = findTable(doc, 'economic-summary');
  if (summary) pushSplit(out, summary, 'name');
  return setDocSlot(memo, ECONOMIC_ROWS, out);
}

// ——— the list items of the coded rows ———

const FUNCTIONAL_ITEMS = slot<{ set: ClassificationSet; items: (ClassItem | undefined)[] }>('functionalItems');
const ECONOMIC_ITEMS = slot<{ set: ClassificationSet; items: (ClassItem | undefined)[] }>('economicItems');

/**
 * The item of the list for each row of functionalRows (same order), looked up once per check and
 * list: several rules ask the list about every row (CLS-FN-CODE-KNOWN, CLS-FN-NAME), and each
 * look-up reaches into a large map. Shared: do not modify.
 */
export function functionalItems(doc: Document, set: ClassificationSet): (ClassItem | undefined)[] {
  const memo = docMemo(doc);
  const hit = getDocSlot(memo, FUNCTIONAL_ITEMS);
  if (hit !== undefined && hit.set === set) return hit.items;
  const rows = functionalRows(doc);
  const list = set.functional;
  const items = new Array<ClassItem | undefined>(rows.length);
  for (let i = 0; i < rows.length; i++) items[i] = list.get((rows[i] as CodedRow).code);
  return setDocSlot(memo, FUNCTIONAL_ITEMS, { set, items }).items;
}

/** The item of its list (部门 or 政府) for each row of economicRows (same order), as functionalItems. */
export function economicItems(doc: Document, set: ClassificationSet): (ClassItem | undefined)[] {
  const memo = docMemo(doc);
  const hit = getDocSlot(memo, ECONOMIC_ITEMS);
  if (hit !== undefined && hit.set === set) return hit.items;
  const rows = economicRows(doc);
  const index = economicIndex(set);
  const items = new Array<ClassItem | undefined>(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i] as EconomicRow;
    const dept = r.kind === 'economic-department';
    // A code of 3 or 5 digits is read from the list's array by its digits, any other from the map.
    const key = economicKey(r.code);
    items[i] = key >= 0 ? index[dept ? key : ECONOMIC_KEYS + key] : (dept ? set.economicDepartment : set.economicGovernment).get(r.code);
  }
  return setDocSlot(memo, ECONOMIC_ITEMS, { set, items }).items;
}

/** Keys of economicKey a list. */
const ECONOMIC_KEYS = 101_000;

/**
 * The items of the two economic lists whose codes are 3 or 5 digits, by economicKey (部门, then
 * 政府 from ECONOMIC_KEYS): an array read in place of a look-up in a large map, once per list.
 */
function economicIndex(set: ClassificationSet): (ClassItem | undefined)[] {
  let index = economicIndexes.get(set);
  if (index === undefined) {
    index = new Array<ClassItem | undefined>(2 * ECONOMIC_KEYS).fill(undefined);
    for (const [code, item] of set.economicDepartment) {
      const key = economicKey(code);
      if (key >= 0) index[key] = item;
    }
    for (const [code, item] of set.economicGovernment) {
      const key = economicKey(code);
      if (key >= 0) index[ECONOMIC_KEYS + key] = item;
    }
    economicIndexes.set(set, index);
  }
  return index;
}

const economicIndexes = new WeakMap<ClassificationSet, (ClassItem | undefined)[]>();

/** Adds the row's code and name in the two columns, when either is printed (economicRows). */
function pushCoded(out: EconomicRow[], table: DocTable, index: number, row: Row, kind: EconomicRow['kind'], codeCol: number, nameCol: number): void {
  const cells = row.cells;
  const raw = trimmedAt(cells, codeCol);
  const name = nameCol >= 0 ? trimmedAt(cells, nameCol) : '';
  if (!raw && !name) return;
  out.push({ table, index, row, code: normalisedCode(raw), parts: undefined, name, codeCol, nameCol, kind });
}

/** Adds the rows of a table printing 类 and 款 in separate columns (economicRows). */
function pushSplit(out: EconomicRow[], table: DocTable, nameKey: string): void {
  const c = colIndex(table, 'econ.class');
  if (c < 0) return;
  const s = colIndex(table, 'econ.section');
  const n = colIndex(table, nameKey);
  const rows = table.rows;
  for (let index = 0; index < rows.length; index++) {
    const row = rows[index] as Row;
    if (!isCodeKind(row.kind)) continue;
    const cells = row.cells;
    const cls = trimmedAt(cells, c);
    const sec = s >= 0 ? trimmedAt(cells, s) : '';
    if (!cls && !sec) continue;
    const code = normalisedCode(cls + sec);
    const name = (n >= 0 ? textAt(row, n) : '') || row.name || '';
    out.push({ table, index, row, code, parts: { class: cls, section: sec, item: '' }, name: trimmed(name), codeCol: sec ? s : c, nameCol: n, kind: 'economic-department' });
  }
}

/** True when any amount cell of the row is printed and not zero. */
export function hasFigure(table: DocTable, row: Row, keys?: (key: string) => boolean): boolean {
  // The amount columns (passing `keys`) are listed once per table and check, not found again
  // among all the columns for every row.
  return hasFigureIn(row, figureColumns(table, keys));
}

/** hasFigure with the table's figureColumns at hand (a loop over a table's rows asks for them once). */
export function hasFigureIn(row: Row, cols: readonly number[]): boolean {
  const cells = row.cells;
  for (let k = 0; k < cols.length; k++) {
    const v = cells[cols[k] as number];
    if (typeof v === 'number' && v !== 0) return true;
  }
  return false;
}

const FIGURE_COLUMNS = slot<Map<((key: string) => boolean) | undefined, number[]>>('figureColumns');

/**
 * The indexes of the table's amount columns whose key passes `keys` (all when undefined), once per
 * table, check and `keys` (a module's constant function). Shared: do not modify.
 */
export function figureColumns(table: DocTable, keys?: (key: string) => boolean): number[] {
  const memo = tableMemo(table);
  let byKeys = getTableSlot(memo, FIGURE_COLUMNS);
  const hit = byKeys?.get(keys);
  if (hit !== undefined) return hit;
  const cols: number[] = [];
  const columns = table.columns;
  for (let i = 0; i < columns.length; i++) {
    const col = columns[i] as DocTable['columns'][number];
    if (col.kind === 'amount' && (!keys || keys(col.key))) cols.push(i);
  }
  if (memo !== undefined) (byKeys ??= setTableSlot(memo, FIGURE_COLUMNS, new Map())).set(keys, cols);
  return cols;
}
