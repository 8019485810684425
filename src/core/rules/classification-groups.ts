// The coded rows of one list grouped by code, for the one-code-one-name rules (CLS-FN-ONE-NAME,
// CLS-ECON-ONE-NAME): each code's rows linked in row order through arrays reused from document to
// document, so that the usual document — every code printed once per table under one name —
// costs one map of codes and no array per code. Only a group whose names differ is gathered into
// an array, for reportNameClashes's messages.
import { trimmed } from './cell-text.ts';
import { reportNameClashes } from './classification-checks.ts';
import type { CodedRow } from './coded-rows.ts';
import { economicKey } from './classification-lists.ts';

export { economicKey };
import type { Reporter } from './types.ts';

/** Per row: the first row of its code, the next row of its code (−1 at the end), and for a first row its last row and count. */
let head = new Int32Array(256);
let next = new Int32Array(256);
let tail = new Int32Array(256);
let count = new Int32Array(256);
/** Per row: the list it was grouped in (0: none), so that two lists share the arrays. */
let listOf = new Uint8Array(256);

/** Clears the lists of the first `n` rows, growing the arrays when a document has more rows. */
export function startGroups(n: number): void {
  if (n > head.length) {
    const size = Math.max(n, head.length * 2);
    head = new Int32Array(size);
    next = new Int32Array(size);
    tail = new Int32Array(size);
    count = new Int32Array(size);
    listOf = new Uint8Array(size);
  } else {
    listOf.fill(0, 0, n);
  }
}

/**
 * Groups row i under `list` (1, 2 …) by its code; `first` maps the list's codes to their first
 * row. Returns true when the row is the second of its code (one more code printed more than once).
 */
export function addToGroup(first: Map<string, number>, list: number, i: number, code: string): boolean {
  listOf[i] = list;
  next[i] = -1;
  const h = first.get(code);
  if (h === undefined) {
    first.set(code, i);
    return startGroup(i);
  }
  return joinGroup(h, i);
}

/** Row i opens a group of its own; false (its code is not printed twice yet). */
function startGroup(i: number): false {
  head[i] = i;
  tail[i] = i;
  count[i] = 1;
  return false;
}

/** Row i joins the group whose first row is h; true when the group has just become two rows. */
function joinGroup(h: number, i: number): boolean {
  head[i] = h;
  next[tail[h] as number] = i;
  tail[h] = i;
  const c = (count[h] as number) + 1;
  count[h] = c;
  return c === 2;
}

/** Keys of economicKey a list. */
const ECONOMIC_KEYS = 101_000;

/**
 * The first row of each economic code (addByKey), by list and key, valid where `firstStamp` holds
 * the current document's stamp: no map of codes, and nothing to clear between documents.
 */
let firstRow: Int32Array | undefined;
let firstStamp: Int32Array | undefined;
let stamp = 0;

/** Starts the economic codes of a new document (after startGroups). */
export function startKeys(): void {
  if (firstRow === undefined || stamp === 0x7fffffff) {
    firstRow = new Int32Array(2 * ECONOMIC_KEYS);
    firstStamp = new Int32Array(2 * ECONOMIC_KEYS);
    stamp = 0;
  }
  stamp++;
}

/** addToGroup for an economic code by its key (economicKey ≥ 0) in list 1 or 2 (since startKeys). */
export function addByKey(list: 1 | 2, i: number, key: number): boolean {
  const at = (list - 1) * ECONOMIC_KEYS + key;
  const rows = firstRow as Int32Array;
  const stamps = firstStamp as Int32Array;
  listOf[i] = list;
  next[i] = -1;
  if (stamps[at] !== stamp) {
    stamps[at] = stamp;
    rows[at] = i;
    return startGroup(i);
  }
  return joinGroup(rows[at] as number, i);
}

/**
 * reportNameClashes over the codes of `list` printed more than once, in the order each code was
 * first printed (the rows as grouped since startGroups).
 */
export function reportGroupedClashes(
  report: Reporter,
  rows: readonly CodedRow[],
  list: number,
  official: (code: string) => string | undefined,
  what: string,
  whatEn: string,
): void {
  for (let i = 0; i < rows.length; i++) {
    if (listOf[i] !== list || head[i] !== i) continue;
    const n = count[i] as number;
    if (n < 2) continue;
    // The usual group prints one name everywhere (reportNameClashes counts its rows as checked).
    const name = trimmed((rows[i] as CodedRow).name);
    let j = next[i] as number;
    while (j >= 0 && trimmed((rows[j] as CodedRow).name) === name) j = next[j] as number;
    if (j < 0) {
      report.checked(n);
      continue;
    }
    const group: CodedRow[] = [];
    for (let k = i; k >= 0; k = next[k] as number) group.push(rows[k] as CodedRow);
    reportNameClashes(report, [group], official, what, whatEn);
  }
}
