// The references a Document's tables print (Row.refs), indexed for the rules: each table's places in
// reading order as flat arrays, and all of them grouped by reference across the Document, worked
// out once per check (memo.ts); a reference's first place in a table; and the places whose
// references match a pattern.
import type { DocTable, Document, Row } from '../model/document.ts';
import type { Fen } from '../money/money.ts';
import { amountAt } from './doc-access.ts';
import { checkedDocument, docMemo, getDocSlot, getTableSlot, setDocSlot, setTableSlot, slot, tableMemo } from './memo.ts';

/** A printed figure: where it is and its value (blank = 0). */
export interface Cell {
  table: DocTable;
  rowIndex: number;
  col: number;
  value: Fen;
}

export const cellAt = (table: DocTable, rowIndex: number, col: number): Cell => ({ table, rowIndex, col, value: amountAt(table.rows[rowIndex], col) });

export interface RefPlace {
  ref: string;
  row: number;
  col: number;
}

// ——— a table's references ———

/**
 * Every reference a table prints, in reading order (rows, then columns as Object.keys lists a
 * row's refs): place k prints refs[k] at (rows[k], cols[k]). Positions only — values are read
 * when used.
 */
export class RefIndex {
  readonly refs: string[] = [];
  readonly rows: number[] = [];
  readonly cols: number[] = [];
  /** The Document's references this table's are part of (during a check), and the table's number there. */
  doc: DocRefs | undefined = undefined;
  table = -1;
  private placeList: RefPlace[] | undefined = undefined;
  private firstPlaces: Map<string, number> | undefined = undefined;

  /** The places as objects (built when first asked for). */
  get places(): RefPlace[] {
    let list = this.placeList;
    if (list === undefined) {
      list = [];
      for (let k = 0; k < this.refs.length; k++) list.push({ ref: this.refs[k] as string, row: this.rows[k] as number, col: this.cols[k] as number });
      this.placeList = list;
    }
    return list;
  }

  /** The first place printing a reference, or -1. */
  first(ref: string): number {
    const doc = this.doc;
    if (doc !== undefined) return doc.firstIn(this.table, ref);
    // A table indexed on its own (outside a check, or not the checked Document's): the first place
    // of each reference, found when first asked for.
    let first = this.firstPlaces;
    if (first === undefined) {
      first = new Map();
      const refs = this.refs;
      for (let k = 0; k < refs.length; k++) if (!first.has(refs[k] as string)) first.set(refs[k] as string, k);
      this.firstPlaces = first;
    }
    return first.get(ref) ?? -1;
  }
}

function indexTable(table: DocTable): RefIndex {
  const index = new RefIndex();
  const rows = table.rows;
  for (let r = 0; r < rows.length; r++) {
    const refs = (rows[r] as Row).refs;
    if (!refs) continue;
    // Keys in for…in order (column indexes ascending, as the engine enumerates integer keys).
    const keys = Object.keys(refs);
    for (let k = 0; k < keys.length; k++) {
      const c = keys[k] as string;
      index.refs.push(refs[c as unknown as number] as string);
      index.rows.push(r);
      index.cols.push(Number(c));
    }
  }
  return index;
}

const REF_INDEX = slot<RefIndex>('refs');

/**
 * The references of a table, indexed once per check (memo.ts): rules look figures up by reference
 * many times per document. During a check, a table of the Document being checked is indexed with
 * all the others (docRefs).
 */
export function refsOf(table: DocTable): RefIndex {
  const memo = tableMemo(table);
  const hit = getTableSlot(memo, REF_INDEX);
  if (hit !== undefined) return hit;
  const doc = checkedDocument();
  if (doc !== undefined && doc.tables.includes(table)) {
    docRefs(doc);
    const indexed = getTableSlot(memo, REF_INDEX);
    if (indexed !== undefined) return indexed;
  }
  return setTableSlot(memo, REF_INDEX, indexTable(table));
}

// ——— the Document's references ———

/**
 * Every reference the Document's tables print, grouped: the cells (every table's places in table
 * order, numbered g) with their table and place, each reference's group numbered in order of its
 * first cell, and the cells group by group, each group in cell order.
 */
export class DocRefs {
  readonly indexes: RefIndex[] = [];
  /** The Document's tables, numbered as in tableOf. */
  readonly tables: readonly DocTable[];
  /** Per cell g: its table number, its place in that table's index, its group. */
  readonly tableOf: Int32Array;
  readonly placeOf: Int32Array;
  readonly groupOf: Int32Array;
  /** Per cell g: its row and column in its table. */
  readonly rowAt: Int32Array;
  readonly colAt: Int32Array;
  /** Reference → group. */
  readonly byRef = new Map<string, number>();
  /** The cells of group i are order[start[i]] … order[start[i + 1] − 1]. */
  readonly start: Int32Array;
  readonly order: Int32Array;

  constructor(tables: readonly DocTable[], indexOf: (table: DocTable) => RefIndex) {
    this.tables = tables;
    let n = 0;
    for (let t = 0; t < tables.length; t++) n += (this.indexes[t] = indexOf(tables[t] as DocTable)).refs.length;
    this.tableOf = new Int32Array(n);
    this.placeOf = new Int32Array(n);
    this.groupOf = new Int32Array(n);
    this.rowAt = new Int32Array(n);
    this.colAt = new Int32Array(n);
    const sizes: number[] = [];
    const byRef = this.byRef;
    let g = 0;
    for (let t = 0; t < tables.length; t++) {
      const index = this.indexes[t] as RefIndex;
      const refs = index.refs;
      for (let k = 0; k < refs.length; k++, g++) {
        this.rowAt[g] = index.rows[k] as number;
        this.colAt[g] = index.cols[k] as number;
        const ref = refs[k] as string;
        let group = byRef.get(ref);
        if (group === undefined) {
          group = sizes.length;
          byRef.set(ref, group);
          sizes.push(1);
        } else sizes[group] = (sizes[group] as number) + 1;
        this.tableOf[g] = t;
        this.placeOf[g] = k;
        this.groupOf[g] = group;
      }
    }
    const groups = sizes.length;
    const start = new Int32Array(groups + 1);
    for (let i = 0; i < groups; i++) start[i + 1] = (start[i] as number) + (sizes[i] as number);
    const fill = start.slice(0, groups);
    const order = new Int32Array(n);
    for (let c = 0; c < n; c++) {
      const group = this.groupOf[c] as number;
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

  /** The first place in table t printing a reference, or -1. */
  firstIn(t: number, ref: string): number {
    const group = this.byRef.get(ref);
    if (group === undefined) return -1;
    const end = this.start[group + 1] as number;
    for (let m = this.start[group] as number; m < end; m++) {
      const cell = this.order[m] as number;
      if (this.tableOf[cell] === t) return this.placeOf[cell] as number;
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
  if (memo === undefined) return new DocRefs(doc.tables, indexTable);
  // Each table indexed once (a table listed twice shares its index; it answers for its first number).
  const refs = new DocRefs(doc.tables, (table) => {
    const tm = tableMemo(table);
    let index = getTableSlot(tm, REF_INDEX);
    if (index === undefined) index = setTableSlot(tm, REF_INDEX, indexTable(table));
    return index;
  });
  for (let t = refs.indexes.length - 1; t >= 0; t--) {
    const index = refs.indexes[t] as RefIndex;
    index.doc = refs;
    index.table = t;
  }
  return setDocSlot(memo, DOC_REFS, refs);
}

/** Where a reference is printed (its first occurrence), or undefined. */
export function refCell(table: DocTable, ref: string): Cell | undefined {
  const index = refsOf(table);
  const k = index.first(ref);
  return k < 0 ? undefined : cellAt(table, index.rows[k] as number, index.cols[k] as number);
}

// ——— references matching a pattern ———

export type RefCell = Cell & { match: RegExpExecArray };

/** refCells' answers per table and pattern (by flags and source), per check. */
const REF_CELLS = slot<Map<string, RefCell[]>>('refCells');

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
  const key = `${pattern.flags}/${pattern.source}`;
  let cells = byPattern.get(key);
  if (cells === undefined) {
    cells = findRefCells(table, pattern);
    byPattern.set(key, cells);
  }
  return cells;
}

function findRefCells(table: DocTable, pattern: RegExp): RefCell[] {
  const out: RefCell[] = [];
  const { refs, rows, cols } = refsOf(table);
  const tableRows = table.rows;
  const prefix = literalPrefix(pattern);
  for (let k = 0; k < refs.length; k++) {
    const ref = refs[k] as string;
    if (!ref.startsWith(prefix)) continue;
    const match = pattern.exec(ref);
    if (match) {
      const row = rows[k] as number;
      const col = cols[k] as number;
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
  const source = pattern.source;
  let prefix = prefixes.get(source);
  if (prefix === undefined) {
    prefix = '';
    if (source.startsWith('^') && !source.includes('|')) {
      let i = 1;
      while (i < source.length && /[A-Za-z0-9:_\-]/.test(source[i] as string)) i++;
      // A quantifier after the last literal character applies to it alone: leave that one out.
      if (i < source.length && /[?*{]/.test(source[i] as string)) i--;
      prefix = source.slice(1, Math.max(1, i));
    }
    if (prefixes.size < 10_000) prefixes.set(source, prefix);
  }
  return prefix;
}

/** Literal prefixes by pattern source (the sources a program writes: a few hundred at most). */
const prefixes = new Map<string, string>();
