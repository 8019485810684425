// HTML renderer (网页版): one self-contained page (inline CSS, no scripts, no external resources)
// that prints the document as the disclosure does — title, 目录, the narrative parts when the
// document has them, then each table on its own page with its title, 部门名称 line, 单位：万元,
// the merged multi-level header, the body and the notes.
// Print CSS: A4, landscape for wide tables, headers repeated on every page, rows never split.
// Everything is escaped; strings are built directly (no DOM library) for speed.
import type { CellValue, DocTable, Document, NarrativePart, NarrativeSection } from '../core/model/document.ts';
import { contentsLayout } from '../core/narrative/layout.ts';
import { bodyMerges, cellKey, headerGrid, type BodyMergeIndex } from '../core/tables/header-grid.ts';
import { cellText, contentsLine, isWide, printsMoney, rowHeaderColumns, unitLine } from './table-text.ts';

export interface HtmlOptions {
  /** Language of the page's own words (目录, 单位); only Chinese for now. */
  lang?: 'zh';
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const NEEDS_ESCAPE = /[&<>"']/;

/** Escapes text for HTML content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return NEEDS_ESCAPE.test(text) ? text.replace(/[&<>"']/g, (ch) => ESCAPES[ch]!) : text;
}

const FONT_STACK = '"Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "SimSun", sans-serif';

const CSS = `
@page { size: A4 portrait; margin: 16mm 14mm; }
@page wide { size: A4 landscape; margin: 12mm 12mm; }
* { box-sizing: border-box; }
html { color-scheme: light; }
body { font-family: ${FONT_STACK}; color: #1a1a1a; background: #fff; font-size: 15px; line-height: 1.6;
  margin: 0 auto; max-width: 1240px; padding: 24px; text-rendering: optimizeLegibility; }
h1 { font-size: 1.65em; line-height: 1.35; text-align: center; margin: 1.2em 0 .3em; }
.doc-meta { text-align: center; color: #404040; margin: 0 0 2em; }
.toc h2 { font-size: 1.25em; text-align: center; letter-spacing: .5em; margin: 0 0 .5em; }
.toc ol { list-style: none; padding: 0; margin: 0 auto; max-width: 36em; }
.toc li { padding: .15em 0; }
a { color: #0b4f9c; }
a:focus-visible { outline: 2px solid #0b4f9c; outline-offset: 2px; }
.toc li.part { margin-top: .3em; }
.toc ol ol { padding-left: 2em; }
.part { margin-top: 3em; }
.part h2 { font-size: 1.35em; text-align: center; margin: 0 0 1em; }
.part h3 { font-size: 1.08em; margin: 1.2em 0 .4em; }
.part p { text-indent: 2em; margin: 0 0 .5em; text-align: justify; }
.sheet { margin-top: 3em; }
.sheet h2 { font-size: 1.3em; line-height: 1.4; text-align: center; margin: 0 0 .6em; }
.sheet-meta { display: flex; flex-wrap: wrap; justify-content: space-between; align-items: flex-end;
  gap: .2em 2em; font-size: .93em; margin-bottom: .3em; }
.sheet-meta p { margin: 0; }
.sheet-meta .unit { margin-left: auto; text-align: right; }
.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: 13px; line-height: 1.4; }
th, td { border: 1px solid #595959; padding: 3px 6px; vertical-align: middle; }
thead th { background: #eef1f5; font-weight: 700; text-align: center; }
tbody th { font-weight: 400; text-align: left; }
.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; font-feature-settings: "tnum"; }
.code { text-align: center; white-space: nowrap; }
tr.total > *, tr.subtotal > * { font-weight: 700; }
.note { font-size: .9em; line-height: 1.6; margin: .6em 0 0; text-align: justify; }
.sr-only { position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden;
  clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; border: 0; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
@media print {
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  .toc { break-after: page; }
  .part, .sheet { break-before: page; page-break-before: always; margin-top: 0; }
  .part h3 { break-after: avoid; }
  .sheet.wide { page: wide; }
  .table-wrap { overflow: visible; }
  table { font-size: 9pt; }
  thead th { background: #eef1f5; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  a { color: inherit; text-decoration: none; }
}
`.trim();

/** Renders the whole document as one HTML page. */
export function renderHtml(doc: Document, opts: HtmlOptions = {}): string {
  void opts.lang; // only 'zh' exists
  const ids = doc.tables.map((t, i) => `t${i + 1}-${t.id}`);
  let out =
    '<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n' +
    '<meta name="viewport" content="width=device-width, initial-scale=1">\n' +
    '<meta name="generator" content="yusuan">\n' +
    `<title>${escapeHtml(doc.meta.title)}</title>\n<style>\n${CSS}\n</style>\n</head>\n<body>\n`;
  out += `<header>\n<h1>${escapeHtml(doc.meta.title)}</h1>\n`;
  const metaLine = [doc.meta.department.name, formatDate(doc.meta.date)].filter(Boolean).join('　');
  if (metaLine) out += `<p class="doc-meta">${escapeHtml(metaLine)}</p>\n`;
  out += '</header>\n';
  const parts = narrativeParts(doc);
  const tableList = doc.tables
    .map((t, i) => `<li><a href="#${ids[i]}">${escapeHtml(contentsLine(t))}</a></li>\n`)
    .join('');
  if (parts.length > 0 || doc.tables.length > 0) {
    out += '<nav class="toc" aria-labelledby="toc-title">\n<h2 id="toc-title">目录</h2>\n<ol>\n';
    if (parts.length === 0) out += tableList;
    const entry = (p: Part) => `<li class="part"><a href="#part-${partId(p)}">${escapeHtml(p.title)}</a></li>\n`;
    for (const p of parts) if (!p.afterTables) out += entry(p);
    if (parts.length > 0 && doc.tables.length > 0) {
      out += `<li class="part">${escapeHtml(annexTitle(doc))}\n<ol>\n${tableList}</ol>\n</li>\n`;
    }
    for (const p of parts) if (p.afterTables) out += entry(p);
    out += '</ol>\n</nav>\n';
  }
  out += '<main>\n';
  for (const p of parts) if (!p.afterTables) out += renderPart(p);
  doc.tables.forEach((t, i) => {
    out += renderSection(t, escapeHtml(ids[i]!));
  });
  for (const p of parts) if (p.afterTables) out += renderPart(p);
  return out + '</main>\n</body>\n</html>\n';
}

/** One part of the narrative with its printed title and its sections, in document order. */
export interface Part {
  part: NarrativePart;
  title: string;
  sections: NarrativeSection[];
  /** Anchor id where the part is not unique (Shanghai's 目录 entries); default `part`. */
  id?: string;
  /** Printed after the tables (Shanghai 六、其他相关情况说明). */
  afterTables?: boolean;
}

/** The anchor id of a part. */
export function partId(p: Part): string {
  return p.id ?? p.part;
}

const PART_ORDER: NarrativePart[] = ['profile', 'explanation', 'glossary'];

/** The narrative grouped by part: 第一部分 部门概况, 第二部分 情况说明, 第三部分 名词解释. */
export function narrativeParts(doc: Document): Part[] {
  // Templates whose sections are 目录 entries (Shanghai) say where each goes (core/narrative/layout.ts).
  const layout = contentsLayout(doc);
  if (layout) return layout.parts;
  const { year, department } = doc.meta;
  const titles: Record<NarrativePart, string> = {
    profile: `第一部分 ${department.name}部门概况`,
    explanation: `第二部分 ${year}年${department.name}部门预算情况说明`,
    glossary: '第三部分 名词解释',
  };
  return PART_ORDER.map((part) => ({
    part,
    title: titles[part],
    sections: (doc.narrative ?? []).filter((n) => n.part === part),
  })).filter((p) => p.sections.length > 0);
}

export function annexTitle(doc: Document): string {
  const layout = contentsLayout(doc);
  if (layout?.tablesTitle) return layout.tablesTitle;
  return `附件：${doc.meta.year}年${doc.meta.department.name}部门预算表`;
}

function renderPart(p: Part): string {
  const id = partId(p);
  let out = `<section class="part" id="part-${id}" aria-labelledby="part-${id}-title">\n`;
  out += `<h2 id="part-${id}-title">${escapeHtml(p.title)}</h2>\n`;
  for (const s of p.sections) {
    if (s.heading) out += `<h3>${escapeHtml(s.heading)}</h3>\n`;
    for (const para of s.paragraphs) out += `<p>${escapeHtml(para)}</p>\n`;
  }
  return out + '</section>\n';
}

/** "2023-03" → "2023年3月", "2023-03-15" → "2023年3月15日"; other text is printed as given. */
export function formatDate(date: string | undefined): string {
  if (!date) return '';
  const m = /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?$/.exec(date.trim());
  if (!m) return date;
  return `${m[1]}年${Number(m[2])}月${m[3] ? `${Number(m[3])}日` : ''}`;
}

export function renderSection(table: DocTable, id: string): string {
  const title = escapeHtml(table.title);
  const money = printsMoney(table);
  let out = `<section class="sheet${isWide(table) ? ' wide' : ''}" id="${id}" aria-labelledby="${id}-title">\n`;
  out += `<h2 id="${id}-title">${title}</h2>\n`;
  if (table.subtitle.length > 0 || money) {
    out += '<div class="sheet-meta">';
    for (const line of table.subtitle) out += `<p class="subtitle">${escapeHtml(line)}</p>`;
    if (money) out += `<p class="unit">${escapeHtml(unitLine(table))}</p>`;
    out += '</div>\n';
  }
  out += '<div class="table-wrap">\n<table>\n';
  out += `<caption class="sr-only">${title}${money ? `（${escapeHtml(unitLine(table))}）` : ''}</caption>\n`;
  out += renderColgroup(table);
  out += renderHead(table);
  out += renderBody(table);
  out += '</table>\n</div>\n';
  for (const note of table.notes) out += `<p class="note">${escapeHtml(note)}</p>\n`;
  return out + '</section>\n';
}

/** Relative column widths from the width hints, when every column has one. */
function renderColgroup(table: DocTable): string {
  const widths = table.columns.map((c) => c.width ?? 0);
  const total = widths.reduce((a, b) => a + b, 0);
  if (total <= 0 || widths.some((w) => w <= 0)) return '';
  let out = '<colgroup>';
  for (const w of widths) out += `<col style="width:${((w / total) * 100).toFixed(2)}%">`;
  return out + '</colgroup>\n';
}

function renderHead(table: DocTable): string {
  const grid = headerGrid(table.columns);
  if (grid.length === 0) return '';
  let out = '<thead>\n';
  for (const row of grid) {
    out += '<tr>';
    for (const cell of row) {
      out += '<th scope="col"';
      if (cell.colSpan > 1) out += ` colspan="${cell.colSpan}"`;
      if (cell.rowSpan > 1) out += ` rowspan="${cell.rowSpan}"`;
      out += `>${escapeHtml(cell.label)}</th>`;
    }
    out += '</tr>\n';
  }
  return out + '</thead>\n';
}

const ROW_CLASS: Partial<Record<string, string>> = { total: ' class="total"', subtotal: ' class="subtotal"' };

function renderBody(table: DocTable): string {
  const nCols = table.columns.length;
  const isHeader = new Array<boolean>(nCols).fill(false);
  for (const c of rowHeaderColumns(table.columns)) isHeader[c] = true;
  const colClass = table.columns.map((c) => (c.kind === 'amount' ? 'num' : c.kind === 'code' ? 'code' : ''));
  const merges: BodyMergeIndex | null = table.merges.length > 0 ? bodyMerges(table) : null;
  let out = '<tbody>\n';
  for (let r = 0; r < table.rows.length; r++) {
    const row = table.rows[r]!;
    out += `<tr${ROW_CLASS[row.kind] ?? ''}>`;
    for (let c = 0; c < nCols; c++) {
      let spans = '';
      if (merges) {
        const key = cellKey(r, c);
        if (merges.covered.has(key)) continue;
        const m = merges.anchors.get(key);
        if (m) spans = (m.colSpan > 1 ? ` colspan="${m.colSpan}"` : '') + (m.rowSpan > 1 ? ` rowspan="${m.rowSpan}"` : '');
      }
      const value: CellValue = row.cells[c] ?? null;
      const cls = typeof value === 'number' ? 'num' : colClass[c]!;
      const attrs = (cls ? ` class="${cls}"` : '') + spans;
      const text = typeof value === 'string' ? escapeHtml(value) : cellText(value, table);
      out += isHeader[c] ? `<th scope="row"${attrs}>${text}</th>` : `<td${attrs}>${text}</td>`;
    }
    out += '</tr>\n';
  }
  return out + '</tbody>\n';
}
