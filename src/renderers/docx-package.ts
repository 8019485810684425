// The package parts of the Word file that docx would stamp with the clock (Word 文档的属性与打包):
// docProps/core.xml is written here with the document's own date, and the ZIP entries get the
// fixed 1980-01-01 timestamp (zip-deflate.ts), so the same Document always gives the same bytes.
import type { Document } from '../core/model/document.ts';

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => XML_ESCAPES[ch]!);
}

/**
 * The document's date from meta.date — "2023-03", "2023-03-15", "2023 年 3 月", "2023年3月15日" —
 * else 1 January of its year, at midnight UTC.
 */
export function documentDate(doc: Pick<Document, 'meta'>): Date {
  const m = /^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})(?:\s*[-/.月]\s*(\d{1,2}))?/.exec(doc.meta.date ?? '');
  if (m) {
    const month = Number(m[2]);
    const day = Number(m[3] ?? 1);
    if (month >= 1 && month <= 12 && day >= 1 && day <= 31) return new Date(Date.UTC(Number(m[1]), month - 1, day));
  }
  return new Date(Date.UTC(doc.meta.year, 0, 1));
}

/** Text of the document's properties (Word's File › Info). */
export interface DocxProperties {
  title: string;
  subject: string;
  creator: string;
  keywords: string;
  description: string;
}

export function docxProperties(doc: Document): DocxProperties {
  return {
    title: doc.meta.title,
    subject: '部门预算公开',
    creator: 'yusuan',
    keywords: `${doc.meta.year} 部门预算 ${doc.meta.department.name}`,
    description: `${doc.meta.department.name}${doc.meta.year}年部门预算公开文件（${doc.meta.template} 模板）`,
  };
}

/** docProps/core.xml with fixed created/modified dates (docx writes the current time). */
export function coreXml(props: DocxProperties, date: Date): string {
  const when = date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const el = (name: string, text: string) => (text ? `<${name}>${escapeXml(text)}</${name}>` : '');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    el('dc:title', props.title) +
    el('dc:subject', props.subject) +
    el('dc:creator', props.creator) +
    el('cp:keywords', props.keywords) +
    el('dc:description', props.description) +
    el('cp:lastModifiedBy', props.creator) +
    '<cp:revision>1</cp:revision>' +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}
