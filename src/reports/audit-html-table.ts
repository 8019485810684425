// A document table for the audit page: printed as the HTML renderer prints it (merged header,
// row headings, amounts in the table's unit, body merges), with the cells and rows that findings
// point at highlighted by severity and numbered, each number linking to its finding beside the table.
import type { DocTable } from '../core/model/document.ts';
import type { Severity } from '../core/rules/types.ts';
import { bodyMerges, cellKey, headerGrid } from '../core/tables/header-grid.ts';
import { escapeHtml } from '../renderers/html.ts';
import { cellText, printsMoney, rowHeaderColumns, unitLine } from '../renderers/table-text.ts';

/** One finding's mark on a table: its number on the page and the cell (or whole row) it concerns. */
export interface CellMark {
  n: number;
  severity: Severity;
  row: number;
  /** Column index; undefined marks the whole row. */
  col?: number;
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** The most severe of a cell's marks (its colour). */
export function worst(marks: readonly CellMark[]): Severity {
  return marks.reduce<Severity>((w, m) => (RANK[m.severity] < RANK[w] ? m.severity : w), 'info');
}

/** The anchor id of a marked cell (or row) on the page, for the finding's “定位” link. */
export function cellAnchor(prefix: string, row: number, col?: number): string {
  return col === undefined ? `${prefix}-r${row}` : `${prefix}-r${row}-c${col}`;
}

/** A cell's mark numbers, each linking to its finding. */
export function numbers(prefix: string, marks: readonly CellMark[]): string {
  return marks.map((m) => `<a class="mark ${m.severity}" href="#${prefix}-f${m.n}">${m.n}</a>`).join('');
}

/**
 * The table's <table> element (with title, unit line and notes around it). `docPrefix` makes
 * ids unique on a page holding several documents; `tablePrefix` names this table's cells.
 */
export function auditTableHtml(table: DocTable, marks: readonly CellMark[], docPrefix: string, tablePrefix: string): string {
  const nCols = table.columns.length;
  const merges = bodyMerges(table);
  // A mark on a cell hidden under a merge goes to the merge's top-left cell.
  const anchorOf = (r: number, c: number): [number, number] => {
    if (!merges.covered.has(cellKey(r, c))) return [r, c];
    for (const m of merges.anchors.values()) {
      if (r >= m.row && r < m.row + m.rowSpan && c >= m.col && c < m.col + m.colSpan) return [m.row, m.col];
    }
    return [r, c];
  };
  const byCell = new Map<string, CellMark[]>();
  const byRow = new Map<number, CellMark[]>();
  for (const m of marks) {
    if (m.col === undefined || m.col < 0 || m.col >= nCols) {
      byRow.set(m.row, [...(byRow.get(m.row) ?? []), m]);
      continue;
    }
    const [r, c] = anchorOf(m.row, m.col);
    const key = cellKey(r, c);
    byCell.set(key, [...(byCell.get(key) ?? []), m]);
  }
  const isHeader = new Array<boolean>(nCols).fill(false);
  for (const c of rowHeaderColumns(table.columns)) isHeader[c] = true;

  let out = `<h3 id="${tablePrefix}">${escapeHtml(table.title)}</h3>\n`;
  const meta = [...table.subtitle, ...(printsMoney(table) ? [unitLine(table)] : [])];
  if (meta.length > 0) out += `<p class="sheet-meta">${meta.map(escapeHtml).join('　')}</p>\n`;
  out += '<div class="table-wrap"><table>\n<thead>\n';
  for (const line of headerGrid(table.columns)) {
    out += '<tr>';
    for (const cell of line) {
      out += `<th scope="col"${cell.colSpan > 1 ? ` colspan="${cell.colSpan}"` : ''}${cell.rowSpan > 1 ? ` rowspan="${cell.rowSpan}"` : ''}>${escapeHtml(cell.label)}</th>`;
    }
    out += '</tr>\n';
  }
  out += '</thead>\n<tbody>\n';
  table.rows.forEach((row, r) => {
    const rowMarks = byRow.get(r) ?? [];
    const rowCls = [row.kind === 'total' || row.kind === 'subtotal' ? 'total' : '', rowMarks.length ? `hit-row ${worst(rowMarks)}` : ''].filter(Boolean).join(' ');
    out += `<tr${rowCls ? ` class="${rowCls}"` : ''}${rowMarks.length ? ` id="${cellAnchor(tablePrefix, r)}"` : ''}>`;
    let first = true;
    for (let c = 0; c < nCols; c++) {
      const key = cellKey(r, c);
      if (merges.covered.has(key)) continue;
      const m = merges.anchors.get(key);
      const spans = m ? (m.colSpan > 1 ? ` colspan="${m.colSpan}"` : '') + (m.rowSpan > 1 ? ` rowspan="${m.rowSpan}"` : '') : '';
      const value = row.cells[c] ?? null;
      const cellMarks = byCell.get(key) ?? [];
      const classes = [typeof value === 'number' ? 'num' : table.columns[c]?.kind === 'code' ? 'code' : '', cellMarks.length ? `hit ${worst(cellMarks)}` : ''].filter(Boolean);
      const id = cellMarks.length ? ` id="${cellAnchor(tablePrefix, r, c)}"` : '';
      let text = typeof value === 'string' ? escapeHtml(value) : cellText(value, table);
      if (cellMarks.length) text += `<sup>${numbers(docPrefix, cellMarks)}</sup>`;
      if (first && rowMarks.length) text = `<sup>${numbers(docPrefix, rowMarks)}</sup>${text}`;
      first = false;
      const tag = isHeader[c] ? 'th scope="row"' : 'td';
      out += `<${tag}${classes.length ? ` class="${classes.join(' ')}"` : ''}${id}${spans}>${text}</${tag.split(' ')[0]}>`;
    }
    out += '</tr>\n';
  });
  out += '</tbody>\n</table></div>\n';
  for (const note of table.notes) out += `<p class="note">${escapeHtml(note)}</p>\n`;
  return out;
}
