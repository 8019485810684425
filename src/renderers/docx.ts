// Word renderer (Word 文档, .docx): the document as a file people edit in Word or WPS — a cover
// (title, department, date), a 目录 that is a real TOC field Word updates, written with its entries
// already in it so the text is there before any update, the narrative parts (第一部分 … 第三部分)
// with Heading 1 for parts and Heading 2 for numbered sections, then 附件 with each table as a real
// Word table (see docx-table.ts). Tables of 8 columns or more are on landscape pages; the footer
// reads “第 N 页 共 M 页”. Output is deterministic: dates come from doc.meta, not the clock.
import {
  Document as WordDocument,
  HeadingLevel,
  Packer,
  Paragraph,
  TableOfContents,
  TextRun,
  VerticalAlignSection,
  type FileChild,
  type ISectionOptions,
} from 'docx';
import type { Document, NarrativePart, NarrativeSection } from '../core/model/document.ts';
import { coreXml, documentDate, docxProperties } from './docx-package.ts';
import { documentStyles, emptyFooter, page, pageFooter, STYLE } from './docx-style.ts';
import { tableBlocks, textRuns } from './docx-table.ts';
import { contentsLine, isWide } from './table-text.ts';
import { deflateStoredZip } from './zip-deflate.ts';
import { annexTitle, narrativeParts, type Part } from './html.ts';

/** Renders the document as a .docx file. */
export async function renderDocx(doc: Document): Promise<Buffer> {
  const parts = narrativeParts(doc);
  const sections: ISectionOptions[] = [coverSection(doc)];

  const body: FileChild[] = [];
  if (parts.length > 0 || doc.tables.length > 0) body.push(...contents(doc));
  for (const p of parts) if (!p.afterTables) body.push(...partBlocks(p));
  if (body.length > 0) sections.push({ properties: { page: page(false) }, children: body });

  // Each table starts a section of its own, so it starts a page, portrait or landscape as it needs.
  doc.tables.forEach((table, i) => {
    const children: FileChild[] = [];
    if (i === 0 && parts.length > 0) children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: textRuns(annexTitle(doc)) }));
    children.push(...tableBlocks(table, parts.length > 0 ? 2 : 1));
    sections.push({ properties: { page: page(isWide(table)) }, children });
  });
  // Parts printed after the tables (Shanghai 六、其他相关情况说明).
  const after = parts.filter((p) => p.afterTables).flatMap(partBlocks);
  if (after.length > 0) sections.push({ properties: { page: page(false) }, children: after });

  const props = docxProperties(doc);
  const file = new WordDocument({
    ...props,
    lastModifiedBy: props.creator,
    revision: 1,
    styles: documentStyles(),
    sections,
  });
  const packed = await Packer.toBuffer(file, false, [{ path: 'docProps/core.xml', data: coreXml(props, documentDate(doc)) }]);
  // docx stamps every ZIP entry with the current time; the re-pack gives them one fixed date.
  return deflateStoredZip(packed);
}

/**
 * The cover: title, department and date, centred on the page, with no page number. The cover
 * section holds the page-number footer that the later sections take over (Word's “link to previous”).
 */
function coverSection(doc: Document): ISectionOptions {
  const children: FileChild[] = [new Paragraph({ style: STYLE.coverTitle, children: textRuns(doc.meta.title) })];
  if (doc.meta.department.name) children.push(new Paragraph({ style: STYLE.coverLine, children: textRuns(doc.meta.department.name) }));
  const date = formatDate(doc.meta.date);
  if (date) children.push(new Paragraph({ style: STYLE.coverLine, children: textRuns(date) }));
  return {
    properties: { page: page(false), titlePage: true, verticalAlign: VerticalAlignSection.CENTER },
    footers: { first: emptyFooter(), default: pageFooter() },
    children,
  };
}

/** One entry of the 目录 as written before Word updates it. */
export interface ContentsEntry {
  title: string;
  level: number;
}

/**
 * The entries Word's TOC field gives once updated — parts and their numbered sections (Heading 1
 * and 2), 附件 and the tables (TC fields) — without page numbers, which Word fills in.
 */
export function contentsEntries(doc: Document): ContentsEntry[] {
  const parts = narrativeParts(doc);
  const entries: ContentsEntry[] = [];
  const partEntries = (p: Part) => {
    entries.push({ title: p.title, level: 1 });
    if (p.part === 'glossary') return; // 名词解释 print their terms run-in, not as headings
    for (const s of p.sections) if (s.heading.trim()) entries.push({ title: s.heading.trim(), level: 2 });
  };
  for (const p of parts) if (!p.afterTables) partEntries(p);
  if (parts.length > 0 && doc.tables.length > 0) entries.push({ title: annexTitle(doc), level: 1 });
  for (const t of doc.tables) entries.push({ title: contentsLine(t), level: parts.length > 0 ? 2 : 1 });
  for (const p of parts) if (p.afterTables) partEntries(p);
  return entries;
}

/** “目录” and the TOC field: headings 1–2 and TC entries 1–2, as links, filled in already. */
function contents(doc: Document): FileChild[] {
  return [
    new Paragraph({ style: STYLE.contentsTitle, children: [new TextRun('目录')] }),
    new TableOfContents('目录', {
      hyperlink: true,
      headingStyleRange: '1-2',
      tcFieldLevelRange: '1-2',
      hideTabAndPageNumbersInWebView: true,
      cachedEntries: contentsEntries(doc),
    }),
  ];
}

/** A part on a new page: its title as Heading 1 (“第一部分” over the name, as printed), then its sections. */
function partBlocks(p: Part): FileChild[] {
  const space = p.title.indexOf(' ');
  const titleRuns =
    space > 0
      ? [new TextRun(p.title.slice(0, space)), new TextRun({ text: p.title.slice(space + 1), break: 1 })]
      : textRuns(p.title);
  const out: FileChild[] = [new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: true, children: titleRuns })];
  for (const s of p.sections) {
    const heading = s.heading.trim();
    if (p.part === 'glossary' && heading) {
      out.push(...glossaryBlocks(heading, s.paragraphs));
      continue;
    }
    if (heading) out.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: textRuns(heading) }));
    for (const para of s.paragraphs) out.push(new Paragraph({ style: STYLE.body, children: textRuns(para) }));
  }
  return out;
}

/**
 * A 名词解释 entry run in, as printed: “一、财政拨款收入：是指……” with the term in bold — whether the
 * paragraph already starts with the term (imported text) or not (generated text).
 */
function glossaryBlocks(term: string, paragraphs: readonly string[]): FileChild[] {
  const [first = '', ...rest] = paragraphs;
  const lead = first.startsWith(term)
    ? [...textRuns(term, true), ...textRuns(first.slice(term.length))]
    : [...textRuns(`${term}：`, true), ...textRuns(first)];
  return [
    new Paragraph({ style: STYLE.body, children: lead }),
    ...rest.map((para) => new Paragraph({ style: STYLE.body, children: textRuns(para) })),
  ];
}

/** "2023-03" → "2023年3月", "2023-03-15" → "2023年3月15日"; other text is printed as given (html.ts). */
function formatDate(date: string | undefined): string {
  if (!date) return '';
  const m = /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?$/.exec(date.trim());
  if (!m) return date.trim();
  return `${m[1]}年${Number(m[2])}月${m[3] ? `${Number(m[3])}日` : ''}`;
}
