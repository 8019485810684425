// XLSX renderer (Excel 表格): one worksheet per table, laid out as the printed table — title row,
// 部门名称 line, 单位：万元, the merged multi-level header, the body (amounts as numbers in the
// table's unit, codes as text so "01" stays "01"), body merges and the notes — with borders,
// frozen header rows, fitted column widths and a print setup (A4, landscape when wide, fit to
// width, header rows repeated). Style objects are shared, never built per cell, and the parts are
// deflated by Node's zlib rather than exceljs's JavaScript deflate.
import ExcelJS from 'exceljs';
import type { Borders, Style, Worksheet } from 'exceljs';
import type { DocTable, Document } from '../core/model/document.ts';
import { toUnitNumber } from '../core/money/money.ts';
import { bodyMerges, cellKey, headerGrid } from '../core/tables/header-grid.ts';
import { isWide, printsMoney, unitLine } from './table-text.ts';
import { baseSheetName, columnWidths, heightFor, SheetNames, wrappedLines } from './xlsx-layout.ts';
import { deflateStoredZip } from './zip-deflate.ts';

const FONT = '宋体';
const thin = { style: 'thin' as const, color: { argb: 'FF595959' } };
const BORDER: Partial<Borders> = { top: thin, left: thin, bottom: thin, right: thin };

/** The shared styles of one number format; body styles come in plain and bold (合计 rows). */
interface Styles {
  title: Partial<Style>;
  line: Partial<Style>;
  unit: Partial<Style>;
  header: Partial<Style>;
  note: Partial<Style>;
  text: [Partial<Style>, Partial<Style>];
  code: [Partial<Style>, Partial<Style>];
  amount: [Partial<Style>, Partial<Style>];
}

const stylesByFormat = new Map<string, Styles>();

/** '#,##0.00' for 2 decimals, '#,##0' for none. */
export function numberFormat(decimals: number): string {
  return decimals > 0 ? `#,##0.${'0'.repeat(decimals)}` : '#,##0';
}

function stylesFor(decimals: number): Styles {
  const numFmt = numberFormat(decimals);
  let s = stylesByFormat.get(numFmt);
  if (s) return s;
  const font = { name: FONT, size: 10 };
  const bold = { name: FONT, size: 10, bold: true };
  const body = (extra: Partial<Style>): [Partial<Style>, Partial<Style>] => [
    { font, border: BORDER, ...extra },
    { font: bold, border: BORDER, ...extra },
  ];
  s = {
    title: { font: { name: FONT, size: 16, bold: true }, alignment: { horizontal: 'center', vertical: 'middle', wrapText: true } },
    line: { font, alignment: { horizontal: 'left', vertical: 'middle' } },
    unit: { font, alignment: { horizontal: 'right', vertical: 'middle' } },
    header: {
      font: bold,
      border: BORDER,
      alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
      fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEEF1F5' } },
    },
    note: { font, alignment: { horizontal: 'left', vertical: 'top', wrapText: true } },
    text: body({ alignment: { horizontal: 'left', vertical: 'middle', wrapText: true } }),
    code: body({ numFmt: '@', alignment: { horizontal: 'center', vertical: 'middle' } }),
    amount: body({ numFmt, alignment: { horizontal: 'right', vertical: 'middle' } }),
  };
  stylesByFormat.set(numFmt, s);
  return s;
}

/** Renders the document as an .xlsx workbook, one sheet per table. */
export async function renderXlsx(doc: Document): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'yusuan';
  wb.lastModifiedBy = 'yusuan';
  wb.title = doc.meta.title;
  wb.subject = '部门预算公开';
  wb.company = doc.meta.department.name;
  wb.keywords = `${doc.meta.year} 部门预算 ${doc.meta.template}`;
  // Dates come from the document, not the clock, so the same document gives the same workbook.
  const date = documentDate(doc);
  wb.created = date;
  wb.modified = date;
  const names = new SheetNames();
  for (const table of doc.tables) addSheet(wb, table, names.take(baseSheetName(table)));
  // exceljs writes the parts uncompressed; Node's native zlib deflates them (see zip-deflate.ts).
  const stored = await wb.xlsx.writeBuffer({ zip: { compression: 'STORE' } });
  return deflateStoredZip(Buffer.isBuffer(stored) ? stored : Buffer.from(stored as ArrayBuffer));
}

function documentDate(doc: Document): Date {
  const m = /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?/.exec(doc.meta.date ?? '');
  if (m) return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3] ?? 1)));
  return new Date(Date.UTC(doc.meta.year, 0, 1));
}

function addSheet(wb: ExcelJS.Workbook, table: DocTable, name: string): void {
  const nCols = Math.max(1, table.columns.length);
  const wide = isWide(table);
  const st = stylesFor(table.decimals);
  const grid = headerGrid(table.columns);
  const widths = columnWidths(table, grid);
  const totalWidth = widths.reduce((a, b) => a + b, 0) || 10;

  const ws = wb.addWorksheet(name, {
    pageSetup: {
      paperSize: 9, // A4
      orientation: wide ? 'landscape' : 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: '第 &P 页，共 &N 页' },
  });
  ws.columns = widths.map((width) => ({ width }));

  let r = 1;
  const line = (text: string, style: Partial<Style>, height?: number): void => {
    const row = ws.getRow(r);
    const cell = row.getCell(1);
    cell.value = text;
    cell.style = style;
    if (height) row.height = height;
    if (nCols > 1) mergeBlock(ws, r, 1, r, nCols);
    r++;
  };
  line(table.title, st.title, 30);
  for (const text of table.subtitle) line(text, st.line);
  if (printsMoney(table)) line(unitLine(table), st.unit);

  // Header rows: each block's top-left cell is written and styled, then the block merged (the
  // covered cells take its style, so Excel draws their borders too).
  const headerTop = r;
  grid.forEach((cells, i) => {
    const row = ws.getRow(headerTop + i);
    let lines = 1;
    for (const h of cells) {
      const cell = row.getCell(h.col + 1);
      cell.value = h.label;
      cell.style = st.header;
      let span = 0;
      for (let cc = h.col; cc < h.col + h.colSpan; cc++) span += widths[cc]!;
      lines = Math.max(lines, Math.ceil(wrappedLines(h.label, span) / h.rowSpan));
      if (h.rowSpan > 1 || h.colSpan > 1) {
        mergeBlock(ws, headerTop + h.row, h.col + 1, headerTop + h.row + h.rowSpan - 1, h.col + h.colSpan);
      }
    }
    row.height = Math.max(20, heightFor(lines) ?? 0);
  });
  r = headerTop + grid.length;
  const bodyTop = r;
  writeBody(ws, table, bodyTop, widths, st);
  r = bodyTop + table.rows.length;

  if (table.notes.length > 0) r++; // one blank line between the table and its notes
  for (const note of table.notes) line(note, st.note, heightFor(wrappedLines(note, totalWidth)));

  ws.views = [{ state: 'frozen', xSplit: 0, ySplit: bodyTop - 1, topLeftCell: `A${bodyTop}`, activeCell: `A${bodyTop}` }];
  if (grid.length > 0) ws.pageSetup.printTitlesRow = `${headerTop}:${bodyTop - 1}`;
}

/**
 * Merges a block whose top-left cell is already written and styled: the covered cells take its
 * style (borders) and point to it. Not ws.mergeCells, which checks each new block against every
 * earlier one (quadratic) and re-parses addresses; our blocks come from headerGrid and
 * bodyMerges, which never overlap. The writer derives <mergeCells> from the cells.
 */
function mergeBlock(ws: Worksheet, top: number, left: number, bottom: number, right: number): void {
  const master = ws.getRow(top).getCell(left);
  for (let r = top; r <= bottom; r++) {
    const row = ws.getRow(r);
    for (let c = left; c <= right; c++) if (r !== top || c !== left) row.getCell(c).merge(master);
  }
}

const BOLD_ROWS = new Set(['total', 'subtotal']);

function writeBody(ws: Worksheet, table: DocTable, top: number, widths: number[], st: Styles): void {
  const nCols = table.columns.length;
  const kinds = table.columns.map((c) => c.kind);
  const merges = table.merges.length > 0 ? bodyMerges(table) : null;
  const { unit, decimals } = table;
  for (let i = 0; i < table.rows.length; i++) {
    const src = table.rows[i]!;
    const row = ws.getRow(top + i);
    const b = BOLD_ROWS.has(src.kind) ? 1 : 0;
    let lines = 1;
    for (let c = 0; c < nCols; c++) {
      const key = merges ? cellKey(i, c) : '';
      if (merges?.covered.has(key)) continue;
      const cell = row.getCell(c + 1);
      const v = src.cells[c] ?? null;
      const kind = kinds[c];
      if (typeof v === 'number') {
        cell.value = toUnitNumber(v, unit, decimals);
        cell.style = st.amount[b];
      } else {
        if (v !== null && v !== '') cell.value = v;
        cell.style = kind === 'amount' ? st.amount[b] : kind === 'code' ? st.code[b] : st.text[b];
      }
      const m = merges?.anchors.get(key);
      if (m) {
        mergeBlock(ws, top + i, c + 1, top + i + m.rowSpan - 1, c + m.colSpan);
        if (typeof v === 'string') {
          // A merged block's text wraps over its width; its rows share the height it needs.
          let span = 0;
          for (let cc = c; cc < c + m.colSpan; cc++) span += widths[cc]!;
          lines = Math.max(lines, Math.ceil(wrappedLines(v, span) / m.rowSpan));
        }
      } else if (typeof v === 'string' && kind === 'text') {
        lines = Math.max(lines, wrappedLines(v, widths[c]!));
      }
    }
    const h = heightFor(lines);
    if (h) row.height = h;
  }
}
