// A Document as its print shows it: every amount rounded (四舍五入) to the last digit its table
// prints (万元 with 2 decimals → whole 100 分), precision 'printed'. What an importer can at best
// recover from a PDF of a generated Document, so round-trip tests compare against this. Pure.
import type { DocTable, Document } from '../../src/core/model/document.ts';
import { roundFen, stepFor } from '../../src/core/money/money.ts';

/** The table with each amount cell rounded to the printed step of its unit and decimals. */
export function printedTable(table: DocTable): DocTable {
  const step = stepFor(table.unit, table.decimals);
  return {
    ...table,
    rows: table.rows.map((row) => ({ ...row, cells: row.cells.map((v) => (typeof v === 'number' ? roundFen(v, step) : v)) })),
  };
}

/** The Document as printed: amounts at the printed precision, meta.precision 'printed'. */
export function printedDocument(doc: Document): Document {
  return { ...doc, meta: { ...doc.meta, precision: 'printed' }, tables: doc.tables.map(printedTable) };
}
