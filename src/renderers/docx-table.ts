// One table of the 附件 as Word prints it (Word 文档的附表): the title with a TC field that puts
// “一、部门收支预算表” in the 目录, the 部门名称 lines, “单位：万元” on the right, a real Word table —
// the multi-level header merged as headerGrid says (columnSpan for gridSpan, rowSpan for vMerge),
// its rows repeated on every page, the body with table.merges, amounts right-aligned as printed —
// and the notes under it. Column widths follow the Excel renderer's (hints, labels, values) scaled
// to the page, with a fixed layout so Word and WPS keep them.
import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  SimpleField,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type FileChild,
} from 'docx';
import type { CellValue, ColumnKind, DocTable } from '../core/model/document.ts';
import { bodyMerges, cellKey, headerGrid, type BodyMergeIndex } from '../core/tables/header-grid.ts';
import { STYLE, textWidth } from './docx-style.ts';
import { cellText, contentsLine, isWide, printsMoney, unitLine } from './table-text.ts';
import { columnWidths } from './xlsx-layout.ts';

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER };
/** Cell padding in twips: 1 mm left and right, a little above and below. */
const CELL_MARGINS = { top: 20, bottom: 20, left: 57, right: 57 };
const BOLD_ROWS = new Set(['total', 'subtotal']);

/** Quotes a TC field's text: its own double quotes would end it, so they become curly ones. */
function tcText(text: string): string {
  return text.replace(/"/g, '”');
}

/** A TC field: an entry of the 目录 at `level` (1 or 2) with `text`, where the field stands. */
export function contentsEntry(text: string, level: number): SimpleField {
  return new SimpleField(`TC "${tcText(text)}" \\l ${level}`);
}

/**
 * The blocks of one table: title (with its 目录 entry at `tocLevel`), subtitle lines, unit line,
 * the table and the notes — or, without notes, a 1-pt paragraph to hold the section break.
 */
export function tableBlocks(table: DocTable, tocLevel: number): FileChild[] {
  const out: FileChild[] = [];
  out.push(new Paragraph({ style: STYLE.tableTitle, children: [contentsEntry(contentsLine(table), tocLevel), ...textRuns(table.title)] }));
  for (const line of table.subtitle) out.push(new Paragraph({ style: STYLE.tableLine, children: textRuns(line) }));
  if (printsMoney(table)) out.push(new Paragraph({ style: STYLE.tableUnit, children: textRuns(unitLine(table)) }));
  if (table.columns.length > 0) out.push(wordTable(table));
  for (const note of table.notes) out.push(new Paragraph({ style: STYLE.note, children: textRuns(note) }));
  // A section ending in a table gets its section break in a paragraph of its own; this one is tiny.
  if (table.notes.length === 0) out.push(new Paragraph({ style: STYLE.sectionEnd }));
  return out;
}

/** Text as runs; line breaks in it become Word line breaks. */
export function textRuns(text: string, bold = false): TextRun[] {
  if (text === '') return [];
  const lines = text.split('\n');
  return lines.map((line, i) => new TextRun({ text: line, ...(i > 0 && { break: 1 }), ...(bold && { bold: true }) }));
}

/** Column widths in twips, from the Excel renderer's character widths, filling the text width. */
export function twipWidths(table: DocTable, total: number): number[] {
  const chars = columnWidths(table, headerGrid(table.columns));
  const sum = chars.reduce((a, b) => a + b, 0) || 1;
  const widths = chars.map((c) => Math.floor((c / sum) * total));
  widths[widths.length - 1]! += total - widths.reduce((a, b) => a + b, 0);
  return widths;
}

const ALIGN: Record<ColumnKind, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  amount: AlignmentType.RIGHT,
  code: AlignmentType.CENTER,
  text: AlignmentType.LEFT,
};

function wordTable(table: DocTable): Table {
  const wide = isWide(table);
  const width = textWidth(wide);
  const widths = twipWidths(table, width);
  const cellStyle = wide ? STYLE.cellSmall : STYLE.cell;
  const headerStyle = wide ? STYLE.headerCellSmall : STYLE.headerCell;
  const rows: TableRow[] = [];

  for (const cells of headerGrid(table.columns)) {
    rows.push(
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: cells.map(
          (h) =>
            new TableCell({
              ...(h.colSpan > 1 && { columnSpan: h.colSpan }),
              ...(h.rowSpan > 1 && { rowSpan: h.rowSpan }),
              verticalAlign: VerticalAlignTable.CENTER,
              children: [new Paragraph({ style: headerStyle, children: textRuns(h.label) })],
            }),
        ),
      }),
    );
  }

  const merges: BodyMergeIndex | null = table.merges.length > 0 ? bodyMerges(table) : null;
  const kinds = table.columns.map((c) => c.kind);
  table.rows.forEach((row, r) => {
    const bold = BOLD_ROWS.has(row.kind);
    const cells: TableCell[] = [];
    for (let c = 0; c < table.columns.length; c++) {
      const key = merges ? cellKey(r, c) : '';
      if (merges?.covered.has(key)) continue;
      const m = merges?.anchors.get(key);
      const value: CellValue = row.cells[c] ?? null;
      const alignment = typeof value === 'number' ? AlignmentType.RIGHT : ALIGN[kinds[c]!];
      cells.push(
        new TableCell({
          ...(m && m.colSpan > 1 && { columnSpan: m.colSpan }),
          ...(m && m.rowSpan > 1 && { rowSpan: m.rowSpan }),
          verticalAlign: VerticalAlignTable.CENTER,
          children: [new Paragraph({ style: cellStyle, alignment, children: textRuns(cellText(value, table), bold) })],
        }),
      );
    }
    rows.push(new TableRow({ cantSplit: true, children: cells }));
  });

  return new Table({
    rows,
    width: { size: width, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    alignment: AlignmentType.CENTER,
    borders: BORDERS,
    margins: CELL_MARGINS,
  });
}
