// One table printed over several pages: its parts (one a page) joined into one RawTable. The
// header the later pages repeat is dropped; a later part's columns are lined up with the first
// part's by count, else by position.
import type { RawCell, RawTable } from '../../core/import/raw.ts';
import type { SourcePos } from '../../core/model/document.ts';
import { joinWrapped, squeeze } from './lines.ts';

/** The part of a table printed on one page. */
export interface TablePart {
  page: number;
  header: RawCell[][];
  body: RawCell[][];
  /** Centre of each column, for lining up parts whose column counts differ. */
  centers: number[];
  /** Ruled parts: see GridFragment.lead and .tail (a merged cell cut by the page break). */
  lead?: boolean[];
  tail?: boolean[];
}

export interface TableDraft {
  title: string;
  titleAt: SourcePos;
  preamble: RawCell[];
  parts: TablePart[];
  notes: RawCell[];
}

const rowKey = (row: RawCell[]): string => row.map((c) => squeeze(c.text)).join('|');
const headerKey = (rows: RawCell[][]): string => rows.map(rowKey).join('\n');
/** The set of labels a header holds, for comparing headers whose rows were cut differently. */
const labelSet = (rows: RawCell[][]): string => [...new Set(rows.flat().map((c) => squeeze(c.text)).filter((t) => t !== ''))].sort().join('|');

/** Whether a part's header repeats the table's header. */
export function repeatsHeader(table: RawCell[][], part: RawCell[][]): boolean {
  if (part.length === 0 || table.length === 0) return false;
  return headerKey(table) === headerKey(part) || labelSet(table) === labelSet(part);
}

/** Lines up a later part's row with the table's columns. */
function align(row: RawCell[], from: number[], to: number[], width: number): RawCell[] {
  if (row.length === width) return row;
  const out: (RawCell | undefined)[] = new Array<RawCell | undefined>(width).fill(undefined);
  row.forEach((cell, i) => {
    const cx = from[i] ?? 0;
    let best = 0;
    to.forEach((t, j) => {
      if (Math.abs(t - cx) < Math.abs(to[best]! - cx)) best = j;
    });
    const have = out[best];
    if (!have) out[best] = cell;
    else if (cell.text !== '') out[best] = { text: have.text === '' ? cell.text : `${have.text} ${cell.text}`, at: have.text === '' ? cell.at : have.at };
  });
  const page = row[0]?.at.page;
  return out.map((c, j) => c ?? { text: '', at: { page, x: Math.round((to[j] ?? 0) * 10) / 10, y: row[0]?.at.y ?? 0 } });
}

/**
 * A merged cell a page break cut: the text of its rest, at the top of the next page's first row,
 * goes back to the cell it continues (the last filled cell of that column so far).
 */
function continueCutCells(body: RawCell[][], rows: RawCell[][], prev: TablePart, part: TablePart): RawCell[][] {
  const firstRow = rows[0];
  if (!firstRow || !part.lead || !prev.tail || part.lead.length !== prev.tail.length || firstRow.length !== body[0]?.length) return rows;
  const row = firstRow.map((c) => ({ ...c }));
  row.forEach((cell, c) => {
    if (cell.text === '' || !part.lead![c] || !prev.tail![c]) return;
    for (let r = body.length - 1; r >= 0; r--) {
      const above = body[r]![c]!;
      if (above.text === '') continue;
      body[r]![c] = { text: joinWrapped([above.text, cell.text]), at: above.at };
      row[c] = { text: '', at: cell.at };
      return;
    }
  });
  return row.every((c) => c.text === '') ? rows.slice(1) : [row, ...rows.slice(1)];
}

/** The RawTable a draft makes. */
export function finishTable(draft: TableDraft): RawTable {
  const first = draft.parts[0];
  const header = first?.header ?? [];
  const width = first ? Math.max(first.centers.length, ...first.body.map((r) => r.length), ...header.map((r) => r.length)) : 0;
  const body: RawCell[][] = [];
  draft.parts.forEach((part, i) => {
    let rows = part.body;
    if (i > 0 && part.header.length > 0 && !repeatsHeader(header, part.header)) rows = [...part.header, ...rows];
    else if (i > 0) rows = continueCutCells(body, rows, draft.parts[i - 1]!, part);
    for (const row of rows) body.push(i === 0 ? row : align(row, part.centers, first!.centers, width));
  });
  return { title: draft.title, titleAt: draft.titleAt, preamble: draft.preamble, header, body, notes: draft.notes };
}
