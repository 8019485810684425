// The disclosure assembled for print (the PDF's source page): a cover (title, department, date),
// 目录, 第一部分 to 第三部分 from the narrative with the charts beside the sections they illustrate,
// then 附件 — every table on its own page(s), landscape for wide tables (CSS named page "wide"),
// long tables split between rows with the header repeated. The page header (document title) and
// footer (第 N 页 共 M 页) are Chromium header/footer templates, built here too. Tables are the HTML
// renderer's (renderSection), so the PDF prints exactly what the web page shows.
import type { DocTable, Document, NarrativeSection } from '../core/model/document.ts';
import type { Chart, ChartOptions, ChartTopic } from './charts.ts';
import { documentCharts, topicTest } from './charts.ts';
import { annexTitle, escapeHtml, formatDate, narrativeParts, partId, renderSection, type Part } from './html.ts';
import { cellText, contentsLine, rowHeaderColumns } from './table-text.ts';

export interface PrintOptions {
  /** Charts to print; default documentCharts(doc, chartOptions). Pass [] for none. */
  charts?: Chart[];
  chartOptions?: ChartOptions;
}

/**
 * The fonts of the printed page: the TrueType builds of Noto Sans CJK SC (embedded by name; the
 * common-characters face first, the whole font for rarer characters — see
 * scripts/build-pdf-fonts.py), then the installed OpenType one, then any sans-serif.
 */
export const PRINT_FONT_STACK = '"Noto Sans CJK SC TT", "Noto Sans CJK SC TT Full", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif';

const CSS = `
@page { size: A4 portrait; margin: 20mm 16mm 18mm 16mm; }
@page wide { size: A4 landscape; margin: 17mm 16mm 15mm 16mm; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { font-family: ${PRINT_FONT_STACK}; color: #111; background: #fff; font-size: 11pt; line-height: 1.75; margin: 0; }
h1, h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
.cover { break-after: page; text-align: center; padding-top: 62mm; }
.cover h1 { font-size: 24pt; line-height: 1.5; font-weight: 700; margin: 0 auto; max-width: 150mm; }
.cover .department { font-size: 15pt; margin: 22mm 0 0; }
.cover .date { font-size: 14pt; margin: 8mm 0 0; }
.toc { break-after: page; }
.toc h2 { font-size: 18pt; text-align: center; letter-spacing: 1em; text-indent: 1em; margin: 4mm 0 8mm; }
.toc ol { list-style: none; margin: 0; padding: 0; }
.toc li { margin: 0; padding: 1.2mm 0; }
.toc li.part { font-weight: 700; margin-top: 2.5mm; }
.toc ol ol { padding-left: 2em; }
.toc ol ol li { font-weight: 400; padding: 0.8mm 0; }
.toc a { color: inherit; text-decoration: none; }
section.part { break-before: page; }
section.part > h2 { text-align: center; font-size: 16pt; line-height: 1.6; margin: 0 0 7mm; font-weight: 700; }
section.part > h2 span { display: block; }
section.part h3 { font-size: 12pt; font-weight: 700; margin: 5mm 0 1.5mm; }
section.part h4 { font-size: 11pt; font-weight: 700; margin: 2.5mm 0 1mm; text-indent: 2em; }
section.part p { text-indent: 2em; margin: 0 0 1.5mm; text-align: justify; orphans: 2; widows: 2; }
figure.chart { break-inside: avoid; page-break-inside: avoid; margin: 4mm 0 5mm; text-align: center; }
figure.chart svg { width: 100%; max-width: 165mm; height: auto; display: block; margin: 0 auto; }
figure.chart figcaption { font-size: 9.5pt; line-height: 1.5; color: #333; margin-top: 1mm; }
figure.chart figcaption b { color: #111; margin-right: .5em; }
.charts-page { break-before: page; }
.charts-page > h2 { text-align: center; font-size: 16pt; margin: 0 0 6mm; }
.sheet { break-before: page; page-break-before: always; }
.sheet.wide { page: wide; }
.annex-title { font-size: 13pt; font-weight: 700; margin: 0 0 4mm; }
.sheet h2 { font-size: 14pt; line-height: 1.4; text-align: center; margin: 0 0 3mm; font-weight: 700; }
.sheet-meta { display: flex; flex-wrap: wrap; justify-content: space-between; align-items: flex-end; gap: 0 2em;
  font-size: 9.5pt; line-height: 1.5; margin-bottom: 1.5mm; }
.sheet-meta p { margin: 0; }
.sheet-meta .unit { margin-left: auto; text-align: right; }
table { border-collapse: collapse; width: 100%; font-size: 9pt; line-height: 1.35; }
.sheet.wide table { font-size: 8.5pt; }
th, td { border: 0.6pt solid #404040; padding: 0.8mm 1.3mm; vertical-align: middle; }
/* Portrait tables whose row labels fit on one line (labelFit) size columns to their content. */
.labels-9 col, .labels-8 col { width: auto !important; }
.labels-9 tbody th, .labels-8 tbody th { white-space: nowrap; }
.labels-9 thead th, .labels-8 thead th { min-width: 4em; }
.labels-8 table { font-size: 8pt; }
thead { display: table-header-group; }
tfoot { display: table-footer-group; }
thead th { background: #e9edf3; font-weight: 700; text-align: center; }
tbody th { font-weight: 400; text-align: left; }
tr { break-inside: avoid; page-break-inside: avoid; }
/* Rows bound by a vertical merge (a project in the 绩效目标表 forms) stay on one page: a merged
   cell split by a page break cannot be read back. A block taller than a page still breaks. */
tbody.block { break-inside: avoid; page-break-inside: avoid; }
.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
.code { text-align: center; white-space: nowrap; }
tr.total > *, tr.subtotal > * { font-weight: 700; }
.note { font-size: 9pt; line-height: 1.6; margin: 2mm 0 0; text-align: justify; }
.sr-only { position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden;
  clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; border: 0; }
`.trim();

/** The print page of the whole disclosure. */
export function renderPrintHtml(doc: Document, opts: PrintOptions = {}): string {
  const charts = opts.charts ?? documentCharts(doc, opts.chartOptions);
  const parts = narrativeParts(doc);
  const ids = doc.tables.map((t, i) => `t${i + 1}-${t.id}`);
  let out =
    '<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n<meta name="generator" content="yusuan">\n' +
    `<title>${escapeHtml(doc.meta.title)}</title>\n<style>\n${CSS}\n</style>\n</head>\n<body>\n`;
  out += renderCover(doc);
  out += renderContents(doc, parts, ids);

  // Charts go after the section they illustrate; those without one go on a 图表 page.
  const placed = new Set<Chart>();
  let figureNo = 0;
  const figures = (list: Chart[]): string =>
    list.map((c) => {
      placed.add(c);
      return renderFigure(c, ++figureNo);
    }).join('');
  out += '<main>\n';
  for (const p of parts) {
    if (p.afterTables) continue;
    out += renderPart(p, (section) => {
      if (p.part !== 'explanation') return '';
      const here = charts.filter((c) => !placed.has(c) && topicTest(c.topic)(section.heading) && firstSectionOf(parts, c.topic) === section);
      return figures(here);
    });
  }
  const rest = charts.filter((c) => !placed.has(c));
  if (rest.length > 0) {
    out += `<section class="charts-page" id="charts" aria-labelledby="charts-title">\n<h2 id="charts-title">图表</h2>\n${figures(rest)}</section>\n`;
  }
  doc.tables.forEach((t, i) => {
    const wide = printsWide(t);
    const fit = wide ? undefined : labelFit(t, PORTRAIT_WIDTH_MM);
    const classes = `sheet${wide ? ' wide' : ''}${fit ? ` labels-${fit}` : ''}`;
    let section = keepMergedRowsTogether(renderSection(t, escapeHtml(ids[i]!)), t)
      .replace(/^<section class="sheet(?: wide)?"/, `<section class="${classes}"`);
    if (i === 0 && parts.length > 0) {
      section = section.replace(/^(<section\b[^>]*>\n)/, `$1<p class="annex-title" id="annex">${escapeHtml(annexTitle(doc))}</p>\n`);
    }
    out += section;
  });
  for (const p of parts) if (p.afterTables) out += renderPart(p, () => '');
  return out + '</main>\n</body>\n</html>\n';
}

/**
 * Whether a table prints on landscape pages: nine columns or more, or more than 150 characters of
 * column width hints (a portrait A4 line holds about 110 at the table font, and text columns wrap).
 * The 财政拨款收支预算表 (8 columns, mostly labels) thus stays portrait and on one page.
 */
export function printsWide(table: Pick<DocTable, 'columns'>): boolean {
  const hinted = table.columns.reduce((sum, c) => sum + (c.width ?? 12), 0);
  return table.columns.length >= 9 || hinted > 150;
}

/**
 * Body rows that a vertical merge binds together, as [first, last] row ranges (body coordinates):
 * a project's block in the 项目绩效目标表, an indicator group in the 整体绩效目标表. Rows outside
 * any vertical merge form no block.
 */
export function mergedRowBlocks(table: Pick<DocTable, 'merges'>): [number, number][] {
  const spans = table.merges.filter((m) => m.rowSpan > 1).map((m): [number, number] => [m.row, m.row + m.rowSpan - 1]);
  spans.sort((a, b) => a[0] - b[0]);
  const blocks: [number, number][] = [];
  for (const [from, to] of spans) {
    const last = blocks[blocks.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else blocks.push([from, to]);
  }
  return blocks;
}

/**
 * Puts each block of vertically merged rows in its own <tbody class="block">, which the print CSS
 * keeps on one page (unless it is taller than a page). A merged cell split by a page break prints
 * part of its text on each page, or below the rows it heads on the first — which no reader can put
 * back — so a block moves to the next page whole instead.
 */
function keepMergedRowsTogether(section: string, table: DocTable): string {
  const blocks = mergedRowBlocks(table);
  if (blocks.length === 0) return section;
  const start = section.indexOf('<tbody>\n');
  const end = section.indexOf('</tbody>', start);
  if (start < 0 || end < 0) return section;
  const rows = section.slice(start + '<tbody>\n'.length, end).split(/(?<=<\/tr>\n)/);
  if (rows.length !== table.rows.length) return section; // not one line a row: leave it as rendered
  let body = '';
  let r = 0;
  for (const [from, to] of blocks) {
    if (r < from) body += `<tbody>\n${rows.slice(r, from).join('')}</tbody>\n`;
    body += `<tbody class="block">\n${rows.slice(from, to + 1).join('')}</tbody>\n`;
    r = to + 1;
  }
  if (r < rows.length) body += `<tbody>\n${rows.slice(r).join('')}</tbody>\n`;
  return section.slice(0, start) + body + section.slice(end + '</tbody>\n'.length);
}

/** Width of the text on a portrait page (A4 210 mm less 16 mm margins each side). */
const PORTRAIT_WIDTH_MM = 178;
const MM_PER_PT = 25.4 / 72;
/** Left and right padding plus borders of a cell, in mm. */
const CELL_MM = 3;

/** Width of text in em: CJK and full-width characters 1, others (digits, Latin) about 0.55. */
function textEm(text: string): number {
  let em = 0;
  for (const ch of text) em += /[\u2E80-\uFFEF]/.test(ch) ? 1 : 0.55;
  return em;
}

/**
 * Whether a portrait table's row labels (二十一、住房保障支出 …) can stay on one line: the widest
 * label of each row-header column, the widest printed amount or code of each figure column, and
 * four characters for every other column (header words and wrapping text), at 9 pt, else at 8 pt. Returns the
 * font size that fits ("9" or "8") or undefined (labels wrap as usual).
 */
export function labelFit(table: DocTable, widthMm: number): '9' | '8' | undefined {
  const headers = new Set(rowHeaderColumns(table.columns));
  if (headers.size === 0) return undefined;
  let em = 0;
  let cells = 0;
  table.columns.forEach((col, c) => {
    let widest = 0;
    const wraps = col.kind === 'text' && !headers.has(c);
    if (!wraps) {
      for (const row of table.rows) {
        const v = row.cells[c] ?? null;
        widest = Math.max(widest, textEm(cellText(v, table)));
      }
    }
    em += Math.max(widest, 4); // header words need about 4 characters a line (see the CSS)
    cells++;
  });
  for (const pt of [9, 8] as const) {
    if (em * pt * MM_PER_PT + cells * CELL_MM <= widthMm) return pt === 9 ? '9' : '8';
  }
  return undefined;
}

/** The first explanation section on a topic: a chart is placed once, after that section. */
function firstSectionOf(parts: Part[], topic: ChartTopic): NarrativeSection | undefined {
  const test = topicTest(topic);
  return parts.find((p) => p.part === 'explanation')?.sections.find((s) => test(s.heading));
}

/**
 * The cover: title, then the department only when the title does not already name it (the seed's
 * cover is title and date), labelled 部门名称：… so that a reader tells it from a title line.
 */
function renderCover(doc: Document): string {
  let out = '<header class="cover">\n';
  out += `<h1>${escapeHtml(doc.meta.title)}</h1>\n`;
  const name = doc.meta.department.name.trim();
  const squeeze = (s: string) => s.replace(/\s+/g, '');
  if (name && !squeeze(doc.meta.title).includes(squeeze(name))) {
    out += `<p class="department">部门名称：${escapeHtml(name)}</p>\n`;
  }
  const date = formatDate(doc.meta.date);
  if (date) out += `<p class="date">${escapeHtml(date)}</p>\n`;
  return out + '</header>\n';
}

function renderContents(doc: Document, parts: Part[], ids: string[]): string {
  if (parts.length === 0 && doc.tables.length === 0) return '';
  const tableList = doc.tables.map((t, i) => `<li><a href="#${escapeHtml(ids[i]!)}">${escapeHtml(contentsLine(t))}</a></li>\n`).join('');
  let out = '<nav class="toc" aria-labelledby="toc-title">\n<h2 id="toc-title">目录</h2>\n<ol>\n';
  if (parts.length === 0) out += tableList;
  const entry = (p: Part): string => {
    let li = `<li class="part"><a href="#part-${partId(p)}">${escapeHtml(p.title)}</a>`;
    // As the seed's 目录: the 部门概况 sections are listed, the longer parts by title only.
    if (p.part === 'profile' && p.id === undefined) {
      li += '\n<ol>\n' + p.sections.map((s, i) => `<li><a href="#part-${partId(p)}-${i + 1}">${escapeHtml(s.heading)}</a></li>\n`).join('') + '</ol>\n';
    }
    return li + '</li>\n';
  };
  for (const p of parts) if (!p.afterTables) out += entry(p);
  if (parts.length > 0 && doc.tables.length > 0) {
    out += `<li class="part"><a href="#annex">${escapeHtml(annexTitle(doc))}</a>\n<ol>\n${tableList}</ol>\n</li>\n`;
  }
  for (const p of parts) if (p.afterTables) out += entry(p);
  return out + '</ol>\n</nav>\n';
}

/** "第二部分 2023年…部门预算情况说明" → two centred lines, as the seed prints part titles. */
function partTitle(title: string): string {
  const m = /^(第[一二三四五六七八九十]+部分)\s*(.*)$/.exec(title);
  if (!m || !m[2]) return escapeHtml(title);
  return `<span>${escapeHtml(m[1]!)}</span><span>${escapeHtml(m[2])}</span>`;
}

const SUBHEADING = /^[（(][一二三四五六七八九十]+[）)]/;

/** A short numbered line without a sentence end (（一）行政（事业）单位机构运转经费支出预算情况) is a subheading. */
function isSubheading(text: string): boolean {
  return SUBHEADING.test(text) && text.length <= 40 && !/[。；;：:！？]$/.test(text);
}

function renderPart(p: Part, after: (section: NarrativeSection) => string): string {
  const id = partId(p);
  let out = `<section class="part" id="part-${id}" aria-labelledby="part-${id}-title">\n`;
  out += `<h2 id="part-${id}-title">${partTitle(p.title)}</h2>\n`;
  p.sections.forEach((s, i) => {
    const anchor = `part-${id}-${i + 1}`;
    // A glossary entry's first paragraph repeats its term ("一、基本支出：是指…"): print it once.
    const repeats = p.part === 'glossary' && s.heading !== '' && (s.paragraphs[0] ?? '').startsWith(s.heading);
    if (s.heading && !repeats) out += `<h3 id="${anchor}">${escapeHtml(s.heading)}</h3>\n`;
    s.paragraphs.forEach((para, j) => {
      const id = repeats && j === 0 ? ` id="${anchor}"` : '';
      out += isSubheading(para) ? `<h4${id}>${escapeHtml(para)}</h4>\n` : `<p${id}>${escapeHtml(para)}</p>\n`;
    });
    out += after(s);
  });
  return out + '</section>\n';
}

function renderFigure(c: Chart, n: number): string {
  return (
    `<figure class="chart" id="${escapeHtml(c.id)}">\n${c.svg}\n` +
    `<figcaption><b>图${n}　${escapeHtml(c.title)}</b>${escapeHtml(c.caption)}</figcaption>\n</figure>\n`
  );
}

// ——— Chromium header and footer (they see none of the page's CSS: inline styles only) ———

const TEMPLATE_FONT = `font-family: 'Noto Sans CJK SC TT', 'Noto Sans CJK SC TT Full', 'Noto Sans CJK SC', 'Source Han Sans SC', sans-serif`;

/** Page header: the document title, small, centred above a hairline. */
export function printHeaderTemplate(doc: Document): string {
  return (
    `<div style="${TEMPLATE_FONT}; font-size: 7.5pt; color: #555; width: 100%; margin: 0 16mm; padding-bottom: 1mm; ` +
    `border-bottom: 0.5pt solid #999; text-align: center; -webkit-print-color-adjust: exact;">` +
    `${escapeHtml(doc.meta.title)}</div>`
  );
}

/** Page footer: 第 N 页 共 M 页. */
export function printFooterTemplate(): string {
  return (
    `<div style="${TEMPLATE_FONT}; font-size: 8pt; color: #333; width: 100%; text-align: center;">` +
    '第 <span class="pageNumber"></span> 页 共 <span class="totalPages"></span> 页</div>'
  );
}
