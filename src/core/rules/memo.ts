// Per-check memo: what rules derive from a Document — column positions, the row structure of the
// functional, economic and project tables, coded rows, project blocks — is worked out once per
// check and shared by every rule of the catalogue. The memo lives only while the engine checks one
// Document (engine.ts opens and closes it), so a Document edited between two checks is never read
// through structure derived before the edit. Outside a check (helpers called directly, as in the
// helpers' own tests) nothing is memoised and every helper computes afresh.
import type { DocTable, Document, TableId } from '../model/document.ts';

/** Derived structure of one table, filled in lazily by the helpers that work it out. */
export interface TableMemo {
  /** Column key → index of its first column. */
  cols?: Map<string, number>;
  /** Anything else a helper derives from the table, by the helper's own key (its Slot's id). */
  slots?: unknown[];
}

/** Derived structure of the whole Document, by the helper's own key. */
export interface DocMemo {
  /** Table id → the first table with that id (findTable). */
  tables?: Map<TableId, DocTable>;
  slots?: unknown[];
}

interface Scope {
  doc: Document;
  docMemo: DocMemo;
  /** Memos of the document's tables (and of other objects of it, such as narrative sections). */
  tables: Map<object, TableMemo>;
  /** The object last asked about and its memo (helpers ask about one table many times in a row). */
  lastOf: object | undefined;
  lastMemo: TableMemo | undefined;
}

let active: Scope | undefined;

/**
 * Runs `f` with a memo for `doc` open. When one is already open for the same Document (the engine
 * runs the catalogue; each rule runs inside), `f` shares it.
 */
export function withMemo<T>(doc: Document, f: () => T): T {
  if (active?.doc === doc) return f();
  const previous = active;
  active = { doc, docMemo: {}, tables: new Map(), lastOf: undefined, lastMemo: undefined };
  try {
    return f();
  } finally {
    active = previous;
  }
}

/** The memo of a table during a check, or undefined outside one. */
export function tableMemo(table: DocTable): TableMemo | undefined {
  return objectMemo(table);
}

/**
 * The memo of any object of the Document being checked (a table, a narrative section) during a
 * check, or undefined outside one. Only structure derived from the object itself belongs in it.
 */
export function objectMemo(of: object): TableMemo | undefined {
  const scope = active;
  if (scope === undefined) return undefined;
  if (scope.lastOf === of) return scope.lastMemo;
  let memo = scope.tables.get(of);
  if (memo === undefined) {
    memo = {};
    scope.tables.set(of, memo);
  }
  scope.lastOf = of;
  scope.lastMemo = memo;
  return memo;
}

/** The Document being checked, or undefined outside a check. */
export function checkedDocument(): Document | undefined {
  return active?.doc;
}

/** The memo of the check under way (whatever its Document), or undefined outside a check. */
export function checkMemo(): DocMemo | undefined {
  return active?.docMemo;
}

/** The memo of the Document being checked, or undefined (outside a check, or another Document). */
export function docMemo(doc: Document): DocMemo | undefined {
  const scope = active;
  return scope !== undefined && scope.doc === doc ? scope.docMemo : undefined;
}

/**
 * A slot of derived structure: a key with the type of what is stored under it. Each slot has its
 * own number, its place in a memo's slots — an array read rather than a Map lookup, as helpers
 * ask thousands of times per check. Slots are made once, as module constants.
 */
export interface Slot<T> {
  readonly name: string;
  readonly id: number;
  /** Type marker only. */
  readonly _type?: T;
}

let slotCount = 0;

export function slot<T>(name: string): Slot<T> {
  return { name, id: slotCount++ };
}

export function getTableSlot<T>(memo: TableMemo | undefined, key: Slot<T>): T | undefined {
  return memo?.slots?.[key.id] as T | undefined;
}

export function setTableSlot<T>(memo: TableMemo | undefined, key: Slot<T>, value: T): T {
  if (memo !== undefined) (memo.slots ??= new Array(slotCount))[key.id] = value;
  return value;
}

export function getDocSlot<T>(memo: DocMemo | undefined, key: Slot<T>): T | undefined {
  return memo?.slots?.[key.id] as T | undefined;
}

export function setDocSlot<T>(memo: DocMemo | undefined, key: Slot<T>, value: T): T {
  if (memo !== undefined) (memo.slots ??= new Array(slotCount))[key.id] = value;
  return value;
}
