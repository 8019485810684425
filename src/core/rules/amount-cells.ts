// One walk over every row of a table, shared by the rules that read all of a table's figures
// (PLS-NEGATIVE-AMOUNT: are they ≥ 0; CMP-UNIT: which rows label their figures with a 元 unit)
// or all of its rows (CMP-DEPT-NAME: the department rows). Each of them walked the rows on its
// own; the tables are the largest part of a Document, so one walk per table and check reads them
// once. Worked out once per check (memo.ts).
import type { DocTable, Row } from '../model/document.ts';
import { getTableSlot, setTableSlot, slot, tableMemo } from './memo.ts';

export interface AmountCells {
  /** How many amounts the amount columns print, or -1 when one of them is not ≥ 0. */
  printed: number;
  /**
   * The rows whose figures carry a label that may state a unit: for each, the row index and the
   * column of the text cell just before the row's first number (blanks skipped), when that text
   * contains 元 — pairs of numbers, in row order.
   */
  yuanLabels: number[];
  /** The rows of kind 'department' that print a name, in order. */
  departmentRows: number[];
}

const AMOUNT_CELLS = slot<AmountCells>('amountCells');

/** amountCells, worked out once per check and shared: do not modify. */
export function amountCells(table: DocTable): AmountCells {
  const memo = tableMemo(table);
  const hit = getTableSlot(memo, AMOUNT_CELLS);
  if (hit !== undefined) return hit;
  return setTableSlot(memo, AMOUNT_CELLS, walk(table));
}

/** The empty list of a table without such rows (shared, never added to). */
const NONE: number[] = [];

function walk(table: DocTable): AmountCells {
  const columns = table.columns;
  const amounts: number[] = [];
  for (let i = 0; i < columns.length; i++) if ((columns[i] as DocTable['columns'][number]).kind === 'amount') amounts.push(i);
  let printed = 0;
  let negative = false;
  let yuanLabels = NONE;
  let departmentRows = NONE;
  const rows = table.rows;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r] as Row;
    if (row.kind === 'department' && row.name) {
      if (departmentRows === NONE) departmentRows = [];
      departmentRows.push(r);
    }
    const cells = row.cells;
    // The row's first number; a row without one prints no amount either.
    let first = 0;
    while (first < cells.length && typeof cells[first] !== 'number') first++;
    if (first === cells.length) continue;
    // The amounts, from the first number on (no amount column before it holds a number). Only
    // the amount columns are read: reading a text cell's type reaches into the text itself.
    for (let k = 0; k < amounts.length; k++) {
      const col = amounts[k] as number;
      if (col < first) continue;
      const v = cells[col];
      if (typeof v !== 'number') continue;
      printed++;
      if (!(v >= 0)) negative = true;
    }
    if (first === 0) continue;
    let c = first - 1;
    while (c >= 0 && (cells[c] === null || cells[c] === '')) c--;
    const cell = cells[c];
    if (typeof cell !== 'string' || !cell.includes('元')) continue;
    if (yuanLabels === NONE) yuanLabels = [];
    yuanLabels.push(r, c);
  }
  return { printed: negative ? -1 : printed, yuanLabels, departmentRows };
}
