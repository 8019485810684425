// Reading order of a disclosure: the cover's title lines, the 目录 entries, then page by page
// tables (a title line right above a 编制单位/单位：元 line opens one; it runs to the next title or
// the page end and continues on the next page when that page starts with table rows or a ruled
// grid) and narrative paragraphs (every other line).
import type { RawCell, RawDocument } from '../../core/import/raw.ts';
import { findGrids, readGrid } from './grid-table.ts';
import type { Line } from './lines.ts';
import { joinWrapped, squeeze } from './lines.ts';
import type { Rulings } from './page-content.ts';
import { paragraphsOf } from './paragraphs.ts';
import { firstBodyRow, isAmount, isCode, isContentsHeading, isDataLabel, isNoteText, isPreambleText, looksLikeTitle } from './patterns.ts';
import type { PageLines } from './running.ts';
import { finishTable, type TableDraft, type TablePart } from './table-parts.ts';
import { bodyRows, columnsOf, headerRows, labelsOf, type Label, type TextColumn } from './text-table.ts';

export interface PageInput extends PageLines {
  rulings?: Rulings;
}

const pos = (page: number, x: number, y: number) => ({ page, x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10 });

const isPreambleLine = (l: Line): boolean => l.chunks.some((c) => isPreambleText(c.text)) && !l.chunks.some((c) => isAmount(c.text));
export const isBodyLine = (l: Line): boolean => isCode(l.chunks[0]!.text) || isDataLabel(l.chunks[0]!.text) || l.chunks.some((c) => isAmount(c.text));

/** How many lines from i form a table title (0: none): a title line, or two, right above a preamble line. */
function titleAt(lines: Line[], i: number): number {
  const l = lines[i];
  if (!l || l.chunks.some((c) => isAmount(c.text)) || isPreambleLine(l)) return 0;
  const next = lines[i + 1];
  if (next && looksLikeTitle(l.text) && isPreambleLine(next)) return 1;
  const after = lines[i + 2];
  if (next && after && Math.abs(l.size - next.size) < 0.5 && !isPreambleLine(next) && looksLikeTitle(l.text + next.text) && isPreambleLine(after)) return 2;
  return 0;
}

/** Whether a page's lines hold a table title. */
export function hasTableTitle(lines: Line[]): boolean {
  return lines.some((_, i) => titleAt(lines, i) > 0);
}

/** Notes: a line opening with 注：/备注：… starts one, the lines under it continue it. */
function notesOf(lines: Line[]): RawCell[] {
  const notes: { parts: string[]; first: Line }[] = [];
  for (const l of lines) {
    const last = notes[notes.length - 1];
    if (!last || isNoteText(l.text)) notes.push({ parts: [l.text], first: l });
    else last.parts.push(l.text);
  }
  return notes.map((n) => ({ text: joinWrapped(n.parts), at: pos(n.first.page, n.first.x, n.first.top) }));
}

/** A line of running text inside a table's region: one wide chunk of sentences. */
function paragraphLike(l: Line, page: PageInput): boolean {
  return l.chunks.length === 1 && l.x2 - l.x > 0.45 * page.width && /[。；]/.test(l.text);
}

interface Reader {
  page: PageInput;
  draft: TableDraft;
  labels: Map<TableDraft, Label[]>;
}

/**
 * Reads the part of a table in lines (between top and bottom on the page): from the ruled grid
 * there if there is one, else from text positions. Returns the lines after the table that are not
 * notes (narrative), and whether the table ended on this page (notes or narrative followed it).
 */
function readPart(r: Reader, lines: Line[], top: number, bottom: number, continuation: boolean, around: Line[] = []): { narrative: Line[]; closed: boolean } {
  const { page, draft } = r;
  const form = /绩效目标/.test(draft.title);
  // A form's frame may enclose its title too (the Shanghai district 财政项目支出绩效目标填报表): its
  // grid then starts above the form's first line, and only the runs under the title are read.
  const grid = page.rulings ? findGrids(page.rulings, top, bottom).find((g) => (g.box.y1 >= top - 3 || form) && g.box.y2 <= bottom + 3) : undefined;
  if (grid && page.runs.some((run) => run.x >= grid.box.x1 && run.x2 <= grid.box.x2 + 2 && run.top >= grid.box.y1 - 2 && run.bottom <= grid.box.y2 + 2)) {
    const runs = page.runs.filter((run) => (run.top + run.bottom) / 2 >= top - 1 && (run.top + run.bottom) / 2 <= bottom + 1);
    let below = lines.filter((l) => (l.top + l.bottom) / 2 >= grid.box.y2);
    // Text right under the last border, inside one column and not a note, overflowed from the
    // last row's merged cell.
    const overflow: Line[] = [];
    let edge = grid.box.y2;
    for (const l of below) {
      if (l.top - edge > 0.8 * l.size || isNoteText(l.text) || l.chunks.length !== 1 || l.x < grid.box.x1 || l.x2 > grid.box.x2) break;
      overflow.push(l);
      edge = l.bottom;
    }
    below = below.filter((l) => !overflow.includes(l));
    const spill = runs.filter((run) => overflow.some((l) => run.top >= l.top - 0.5 && run.bottom <= l.bottom + 0.5));
    const inside = runs.filter((run) => !spill.includes(run));
    const g = readGrid(page.page, grid, inside, page.rulings!.shades, form, spill);
    const centers = g.xs.slice(1).map((x, i) => (x + g.xs[i]!) / 2);
    draft.parts.push({ page: page.page, header: g.header, body: g.body, centers, lead: g.lead, tail: g.tail });
    const above = lines.filter((l) => (l.top + l.bottom) / 2 <= grid.box.y1);
    if (!continuation) for (const l of above) draft.preamble.push(...l.chunks.map((c) => ({ text: c.text, at: pos(l.page, c.x, c.top) })));
    return finishAfter(draft, below);
  }
  let start = form ? 0 : firstBodyRow(lines.map((l) => l.chunks.map((c) => c.text)));
  if (start < 0) start = lines.length;
  let end = start;
  while (end < lines.length && !isNoteText(lines[end]!.text) && (form || !paragraphLike(lines[end]!, page))) end++;
  const headerLines = lines.slice(0, start);
  const body = lines.slice(start, end);
  const own = labelsOf(headerLines);
  const inherited = own.length === 0 && continuation ? (r.labels.get(draft) ?? []) : own;
  if (!r.labels.has(draft) && own.length > 0) r.labels.set(draft, own);
  const cols: TextColumn[] = columnsOf(inherited, body);
  const edges = [...around, ...headerLines, ...body];
  const bounds = edges.length > 0 ? { x: Math.min(...edges.map((l) => l.x)), x2: Math.max(...edges.map((l) => l.x2)) } : undefined;
  const header = own.length > 0 ? headerRows(page.page, cols, own, bounds) : [];
  const part: TablePart = { page: page.page, header, body: bodyRows(page.page, cols, body), centers: cols.map((c) => (Math.min(c.x, c.leaf?.x ?? c.x) + Math.max(c.x2, c.leaf?.x2 ?? c.x2)) / 2) };
  if (cols.length > 0 || header.length > 0) draft.parts.push(part);
  return finishAfter(draft, lines.slice(end));
}

function finishAfter(draft: TableDraft, after: Line[]): { narrative: Line[]; closed: boolean } {
  if (after.length === 0) return { narrative: [], closed: false };
  if (isNoteText(after[0]!.text)) {
    draft.notes.push(...notesOf(after));
    return { narrative: [], closed: true };
  }
  return { narrative: after, closed: true };
}

/** Whether a page (its lines from the top) continues the open table. */
function continues(page: PageInput, lines: Line[], draft: TableDraft): boolean {
  if (draft.notes.length > 0 || lines.length === 0 || titleAt(lines, 0) > 0) return false;
  const first = lines[0]!;
  if (page.rulings) {
    const grid = findGrids(page.rulings, 0, page.height)[0];
    if (grid && grid.box.y1 <= first.bottom + 2) return true;
  }
  const header = draft.parts[0]?.header ?? [];
  const labels = new Set(header.flat().map((c) => squeeze(c.text)));
  if (first.chunks.length >= 2 && first.chunks.every((c) => labels.has(squeeze(c.text)))) return true;
  return isBodyLine(first) && (first.chunks.length >= 2 || first.chunks.some((c) => isAmount(c.text)));
}

/** Cover lines: consecutive lines of one large size wrapped from one title are joined. */
function titleLinesOf(lines: Line[]): RawCell[] {
  const out: { parts: string[]; first: Line; last: Line }[] = [];
  for (const l of lines) {
    const prev = out[out.length - 1];
    if (prev && l.size >= 14 && Math.abs(prev.last.size - l.size) < 0.3 && l.top - prev.last.bottom < 0.8 * l.size) {
      prev.parts.push(l.text);
      prev.last = l;
    } else out.push({ parts: [l.text], first: l, last: l });
  }
  return out.map((o) => ({ text: joinWrapped(o.parts), at: pos(o.first.page, o.first.x, o.first.top) }));
}

/** 目录 entries: the lines under the heading, a trailing page number or dot leader dropped. */
function contentsEntry(l: Line): RawCell {
  const chunks = [...l.chunks];
  if (chunks.length >= 2 && /^\d{1,3}$/.test(chunks[chunks.length - 1]!.text)) chunks.pop();
  const text = chunks.map((c) => c.text).join(' ').replace(/[.．·…\s]{3,}\d*$/, '').trim();
  return { text, at: pos(l.page, l.x, l.top) };
}

const entryLike = (l: Line): boolean => l.text.length <= 60 && !/[。；]/.test(l.text) && titleAt([l], 0) === 0;

/** The RawDocument of pages whose running headers and footers are already removed. */
export function readLayout(pages: PageInput[], source: RawDocument['source']): RawDocument {
  const doc: RawDocument = { source, titleLines: [], contents: [], paragraphs: [], tables: [] };
  const skip = new Set<Line>();
  // The cover and the 目录.
  const contentsIndex = pages.slice(0, 3).findIndex((p) => p.lines.some((l) => isContentsHeading(l.text)));
  const first = pages[0];
  if (first) {
    const heading = contentsIndex === 0 ? first.lines.findIndex((l) => isContentsHeading(l.text)) : -1;
    const cover = heading >= 0 ? first.lines.slice(0, heading) : first.lines.length <= 10 && !first.lines.some((_, i) => titleAt(first.lines, i) > 0) ? first.lines : [];
    doc.titleLines = titleLinesOf(cover);
    cover.forEach((l) => skip.add(l));
  }
  if (contentsIndex >= 0) {
    let p = contentsIndex;
    const page = pages[p]!;
    const at = page.lines.findIndex((l) => isContentsHeading(l.text));
    skip.add(page.lines[at]!);
    let entries = page.lines.slice(at + 1);
    for (;;) {
      doc.contents.push(...entries.map(contentsEntry));
      entries.forEach((l) => skip.add(l));
      const next = pages[++p];
      if (!next || next.lines.length === 0 || !next.lines.every(entryLike)) break;
      entries = next.lines;
    }
  }
  const narrative: Line[] = [];
  const order: ({ kind: 'p'; lines: Line[] } | { kind: 't'; draft: TableDraft })[] = [];
  const labels = new Map<TableDraft, Label[]>();
  let open: TableDraft | undefined;
  const flushNarrative = (): void => {
    if (narrative.length > 0) order.push({ kind: 'p', lines: narrative.splice(0) });
  };
  for (const page of pages) {
    const lines = page.lines.filter((l) => !skip.has(l));
    const titles: number[] = [];
    for (let i = 0; i < lines.length; i++) if (titleAt(lines, i) > 0) titles.push(i);
    let i = 0;
    if (open && continues(page, lines, open)) {
      const end = titles[0] ?? lines.length;
      const bottom = lines[end]?.top ?? page.height;
      const res = readPart({ page, draft: open, labels }, lines.slice(0, end), 0, bottom, true);
      narrative.push(...res.narrative);
      if (res.closed) open = undefined;
      i = end;
    } else if (lines.length > 0) {
      open = undefined;
    }
    while (i < lines.length) {
      const n = titleAt(lines, i);
      if (n === 0) {
        narrative.push(lines[i]!);
        open = undefined;
        i++;
        continue;
      }
      flushNarrative();
      const titleLines = lines.slice(i, i + n);
      const draft: TableDraft = {
        title: joinWrapped(titleLines.map((l) => l.text)),
        titleAt: pos(page.page, titleLines[0]!.x, titleLines[0]!.top),
        preamble: [],
        parts: [],
        notes: [],
      };
      i += n;
      const preambleLines: Line[] = [];
      while (i < lines.length && isPreambleLine(lines[i]!)) {
        const l = lines[i++]!;
        preambleLines.push(l);
        draft.preamble.push(...l.chunks.map((c) => ({ text: c.text, at: pos(l.page, c.x, c.top) })));
      }
      const end = titles.find((t) => t >= i) ?? lines.length;
      const top = lines[i - 1]!.bottom;
      const bottom = lines[end]?.top ?? page.height;
      const res = readPart({ page, draft, labels }, lines.slice(i, end), top, bottom, false, preambleLines);
      order.push({ kind: 't', draft });
      narrative.push(...res.narrative);
      open = res.closed ? undefined : draft;
      i = end;
    }
  }
  flushNarrative();
  for (const item of order) {
    if (item.kind === 't') doc.tables.push(finishTable(item.draft));
    else doc.paragraphs.push(...paragraphsOf(item.lines));
  }
  return doc;
}
