// The references a Document's tables print (Row.refs), indexed for the rules: every printed reference
// as a cell in reading order (flat arrays, table by table), grouped by reference across the
// Document, worked out once per check (memo.ts); a reference's first cell in a table; and the
// cells whose references match a pattern.
import type { DocTable, Document, Row } from '../model/document.ts';
import type { Fen } from '../money/money.ts';
import { amountAt } from './doc-access.ts';
import { checkedDocument, docMemo, getDocSlot, getTableSlot, setDocSlot, setTableSlot, slot, tableMemo } from './memo.ts';
import { BoundedCache } from './bounded-cache.ts';

/** A printed figure: where it is and its value (blank = 0). */
export interface Cell {
  table: DocTable;
  rowIndex: number;
  col: number;
  value: Fen;
}

export const cellAt = (table: DocTable, rowIndex: number, col: number): Cell => ({ table, rowIndex, col, value: amountAt(table.rows[rowIndex], col) });

// ——— the Document's references ———

/** Work space for DocRefs' one walk over the tables, kept between documents (grown as needed). */
let spaceRow: Int32Array = new Int32Array(2048);
let spaceCol: Int32Array = new Int32Array(2048);
let spaceGroup: Int32Array = new Int32Array(2048);
let spaceSize: Int32Array = new Int32Array(2048);

function grow(a: Int32Array): Int32Array {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

/**
 * Every reference the tables print, as cells numbered g in reading order — table by table, row by
 * row, columns ascending (the order Object.keys lists a row's integer-keyed refs in) — with each
 * cell's reference, table number, row, column and group: the references numbered in order of their
 * first cell, and the cells listed group by group, each group in cell order. Positions only —
 * values are read when used.
 */
export class DocRefs {
  /** The tables, numbered as in tableOf; the cells of table t are tableStart[t] … tableStart[t + 1] − 1. */
  readonly tables: readonly DocTable[];
  readonly tableStart: Int32Array;
  /** Per cell g: its reference, table number, row and column, and group. */
  readonly refAt: string[];
  readonly tableOf: Int32Array;
  readonly rowAt: Int32Array;
  readonly colAt: Int32Array;
  readonly groupOf: Int32Array;
  /** Reference → group. */
  readonly byRef = new Map<string, number>();
  /** The cells of group i are order[start[i]] … order[start[i + 1] − 1]. */
  readonly start: Int32Array;
  readonly order: Int32Array;

  constructor(tables: readonly DocTable[]) {
    this.tables = tables;
    const tableStart = new Int32Array(tables.length + 1);
    const refAt: string[] = [];
    const byRef = this.byRef;
    let groups = 0;
    let g = 0;
    for (let t = 0; t < tables.length; t++) {
      const table = tables[t] as DocTable;
      const rows = table.rows;
      const width = table.columns.length;
      for (let r = 0; r < rows.length; r++) {
        const row = rows[r] as Row;
        const refs = row.refs;
        if (!refs) continue;
        // By column index, ascending, without making a string of each key (refs are keyed by the
        // row's column indexes).
        const n = Math.max(width, row.cells.length);
        for (let c = 0; c < n; c++) {
          const ref = refs[c];
          if (ref === undefined) continue;
          if (g === spaceRow.length) {
            spaceRow = grow(spaceRow);
            spaceCol = grow(spaceCol);
            spaceGroup = grow(spaceGroup);
            spaceSize = grow(spaceSize);
          }
          let group = byRef.get(ref);
          if (group === undefined) {
            group = groups++;
            byRef.set(ref, group);
            spaceSize[group] = 1;
          } else spaceSize[group] = (spaceSize[group] as number) + 1;
          refAt.push(ref);
          spaceRow[g] = r;
          spaceCol[g] = c;
          spaceGroup[g] = group;
          g++;
        }
      }
      tableStart[t + 1] = g;
    }
    const n = g;
    this.tableStart = tableStart;
    this.refAt = refAt;
    // The six arrays are views of one buffer: a typed array of this size is allocated outside the
    // heap, and one allocation a Document costs less than six.
    const buffer = new Int32Array(5 * n + groups + 1);
    const rowAt = (this.rowAt = buffer.subarray(0, n));
    const colAt = (this.colAt = buffer.subarray(n, 2 * n));
    const groupOf = (this.groupOf = buffer.subarray(2 * n, 3 * n));
    const tableOf = (this.tableOf = buffer.subarray(3 * n, 4 * n));
    const order = buffer.subarray(4 * n, 5 * n);
    const start = buffer.subarray(5 * n);
    rowAt.set(spaceRow.subarray(0, n));
    colAt.set(spaceCol.subarray(0, n));
    groupOf.set(spaceGroup.subarray(0, n));
    for (let t = 1; t < tables.length; t++) tableOf.fill(t, tableStart[t] as number, tableStart[t + 1] as number);
    // Group by group: each group's first slot in order, then the cells dealt out in cell order.
    for (let i = 0; i < groups; i++) start[i + 1] = (start[i] as number) + (spaceSize[i] as number);
    const fill = spaceSize;
    fill.set(start.subarray(0, groups));
    for (let c = 0; c < n; c++) {
      const group = groupOf[c] as number;
      order[fill[group] as number] = c;
      fill[group] = (fill[group] as number) + 1;
    }
    this.start = start;
    this.order = order;
  }

  /** Number of groups (distinct references). */
  get groups(): number {
    return this.start.length - 1;
  }

  /** The first cell (in table, row and column order) printing a reference, or -1. */
  first(ref: string): number {
    const group = this.byRef.get(ref);
    return group === undefined ? -1 : (this.order[this.start[group] as number] as number);
  }

  /** The first cell of table t printing a reference, or -1. */
  firstIn(t: number, ref: string): number {
    const group = this.byRef.get(ref);
    if (group === undefined) return -1;
    const end = this.start[group + 1] as number;
    for (let m = this.start[group] as number; m < end; m++) {
      const cell = this.order[m] as number;
      if (this.tableOf[cell] === t) return cell;
    }
    return -1;
  }
}

const DOC_REFS = slot<DocRefs>('docRefs');

/** The Document's references, grouped (once per check: do not modify). */
export function docRefs(doc: Document): DocRefs {
  const memo = docMemo(doc);
  const hit = getDocSlot(memo, DOC_REFS);
  if (hit !== undefined) return hit;
  return setDocSlot(memo, DOC_REFS, new DocRefs(doc.tables));
}

// ——— a table's references ———

/** The references a table prints: its cells in a DocRefs (the checked Document's, or its own). */
export interface RefIndex {
  refs: DocRefs;
  /** The table's number in refs. */
  table: number;
}

const REF_INDEX = slot<RefIndex>('refs');

/**
 * The references of a table. During a check, a table of the Document being checked answers from
 * the Document's references (docRefs; a table listed twice, for its first number); any other table
 * is indexed on its own, once per check.
 */
export function refsOf(table: DocTable): RefIndex {
  const memo = tableMemo(table);
  const hit = getTableSlot(memo, REF_INDEX);
  if (hit !== undefined) return hit;
  const doc = checkedDocument();
  const t = doc === undefined ? -1 : doc.tables.indexOf(table);
  const index: RefIndex = t >= 0 ? { refs: docRefs(doc as Document), table: t } : { refs: new DocRefs([table]), table: 0 };
  return setTableSlot(memo, REF_INDEX, index);
}

/** Where a reference is printed (its first occurrence), or undefined. */
export function refCell(table: DocTable, ref: string): Cell | undefined {
  const { refs, table: t } = refsOf(table);
  const g = refs.firstIn(t, ref);
  return g < 0 ? undefined : cellAt(table, refs.rowAt[g] as number, refs.colAt[g] as number);
}

// ——— references matching a pattern ———

export type RefCell = Cell & { match: RegExpExecArray };

/** refCells' answers per table and pattern (the pattern itself, and by flags and source), per check. */
const REF_CELLS = slot<Map<RegExp | string, RefCell[]>>('refCells');

/**
 * Every printed figure whose reference matches a pattern, with the match (worked out once per
 * table and pattern in a check, and shared: do not modify).
 */
export function refCells(table: DocTable, pattern: RegExp): RefCell[] {
  if (pattern.global || pattern.sticky) return findRefCells(table, pattern);
  const memo = tableMemo(table);
  if (memo === undefined) return findRefCells(table, pattern);
  let byPattern = getTableSlot(memo, REF_CELLS);
  if (byPattern === undefined) byPattern = setTableSlot(memo, REF_CELLS, new Map());
  let cells = byPattern.get(pattern);
  if (cells !== undefined) return cells;
  // A pattern written inside a function is a new RegExp at each call: the same source and flags
  // answer the same.
  const key = `${pattern.flags}/${pattern.source}`;
  cells = byPattern.get(key);
  if (cells === undefined) {
    cells = findRefCells(table, pattern);
    byPattern.set(key, cells);
  }
  byPattern.set(pattern, cells);
  return cells;
}

function findRefCells(table: DocTable, pattern: RegExp): RefCell[] {
  const out: RefCell[] = [];
  const { refs, table: t } = refsOf(table);
  const { refAt, rowAt, colAt } = refs;
  const tableRows = table.rows;
  const prefix = literalPrefix(pattern);
  const end = refs.tableStart[t + 1] as number;
  for (let g = refs.tableStart[t] as number; g < end; g++) {
    const ref = refAt[g] as string;
    if (!ref.startsWith(prefix)) continue;
    const match = pattern.exec(ref);
    if (match) {
      const row = rowAt[g] as number;
      const col = colAt[g] as number;
      out.push({ table, rowIndex: row, col, value: amountAt(tableRows[row], col), match });
    }
  }
  return out;
}

/**
 * The literal text an anchored pattern's matches must start with (“^exp:gp:fn:” of
 * /^exp:gp:fn:(\d{3}):total$/), to skip references that cannot match without running the pattern;
 * '' when the pattern is not anchored, has alternatives or flags that change matching, or starts otherwise.
 */
export function literalPrefix(pattern: RegExp): string {
  if (pattern.global || pattern.sticky || pattern.ignoreCase || pattern.multiline) return '';
  // By source: a literal written inside a function is a new RegExp object at each call.
  return prefixes.get(pattern.source, prefixOfSource);
}

function prefixOfSource(source: string): string {
  if (!source.startsWith('^') || source.includes('|')) return '';
  let i = 1;
  while (i < source.length && /[A-Za-z0-9:_\-]/.test(source[i] as string)) i++;
  // A quantifier after the last literal character applies to it alone: leave that one out.
  if (i < source.length && /[?*{]/.test(source[i] as string)) i--;
  return source.slice(1, Math.max(1, i));
}

/** Literal prefixes by pattern source (the sources a program writes: a few hundred at most). */
const prefixes = new BoundedCache<string, string>();
