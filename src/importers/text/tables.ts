// Tables in text taken out of a PDF (the seed's form): each printed row is one line of
// tab-separated cells, a blank line inside a table is a page break, the title and the lines
// 部门名称：/ 单位：万元 stand above it, notes (注：/ 备注：… 故此表无数据) below. This module cuts such
// blocks out of the lines and splits each into header rows and body rows.
import type { RawCell, RawTable } from '../../core/import/raw.ts';
import { joinBrokenLines } from '../../core/import/labels.ts';

/** A line of the text with its 1-based number, already cleaned of Markdown marks. */
export interface TextLine {
  text: string;
  line: number;
}

/** Lines between a table's title and its header: 部门名称：…, 编制单位：…, 单位：万元, (2023年度). */
export const PREAMBLE = /^(?:部门名称|单位名称|编制单位|编制部门|预算单位|预算主管部门|主管部门|金额单位|单位)\s*[:：]|^[（(]\s*\d{4}\s*年度?\s*[)）]$/;

/** Lines under a table that belong to it. */
export const NOTE = /^(?:注|备注|说明)\s*\d*\s*[:：]|本表为空|此表无数据|故本表|空表|^本表/;

const AMOUNT = /^[-−(（]?[\d,，]*\d(?:\.\d+)?[)）]?$/;

/** A row that holds figures, a code or a total: where a table's body starts. */
function isDataRow(cells: readonly string[]): boolean {
  const filled = cells.map((c) => c.trim()).filter((c) => c !== '');
  if (filled.some((c) => AMOUNT.test(c) || /^\d{3}(?:\s?\d{2}){0,2}$/.test(c))) return true;
  // A 合计 row with no figures (an empty table) — not a header that merely has a 合计 column.
  return filled.length > 0 && filled.every((c) => /^(?:合\s*计|总\s*计)$/.test(c));
}

function cellsOf(line: TextLine): RawCell[] {
  return line.text.split('\t').map((t) => ({ text: joinBrokenLines(t), at: { line: line.line } }));
}

const same = (a: readonly RawCell[], b: readonly RawCell[]): boolean =>
  a.length === b.length && a.every((c, i) => c.text === b[i]?.text);

/**
 * One table from its rows (tab lines, blank lines between them allowed), the lines above it back
 * to the previous block (title and preamble) and the note lines below it.
 */
export function tableFromLines(title: TextLine | undefined, preamble: TextLine[], rows: TextLine[], notes: TextLine[]): RawTable {
  const grid = rows.map(cellsOf);
  const width = Math.max(0, ...grid.map((r) => r.length));
  for (const [i, r] of grid.entries()) {
    const line = rows[i]?.line ?? 0;
    while (r.length < width) r.push({ text: '', at: { line } });
  }
  let split = grid.findIndex((r) => isDataRow(r.map((c) => c.text)));
  if (split < 0) split = grid.length;
  const header = grid.slice(0, split);
  const body: RawCell[][] = [];
  for (let i = split; i < grid.length; i++) {
    const r = grid[i] as RawCell[];
    // A header repeated at the top of a new page is not a row.
    const prevLine = rows[i - 1]?.line ?? 0;
    const pageBreak = (rows[i]?.line ?? 0) - prevLine > 1;
    if (pageBreak && header.length && same(r, header[0] as RawCell[])) {
      let k = 0;
      while (k < header.length && i + k < grid.length && same(grid[i + k] as RawCell[], header[k] as RawCell[])) k++;
      i += k - 1;
      continue;
    }
    body.push(r);
  }
  return {
    title: title ? joinBrokenLines(title.text) : '',
    titleAt: { line: title?.line ?? rows[0]?.line ?? 0 },
    preamble: preamble.map((l) => ({ text: l.text.trim(), at: { line: l.line } })),
    header,
    body,
    notes: notes.map((l) => ({ text: l.text.trim(), at: { line: l.line } })),
  };
}
