// The renderers behind one call: a Document in, the bytes of a file and its extension out, for
// each output format yusuan writes (HTML page, Excel workbook, canonical JSON, Word document).
import type { Document } from '../core/model/document.ts';
import { renderHtml } from './html.ts';
import { renderJson } from './json.ts';
import { renderXlsx } from './xlsx.ts';

export type Format = 'html' | 'xlsx' | 'json' | 'docx' | 'pdf';

export const FORMATS: readonly Format[] = ['html', 'xlsx', 'json', 'docx', 'pdf'];

export function isFormat(text: string): text is Format {
  return (FORMATS as readonly string[]).includes(text);
}

export interface Rendered {
  data: Buffer;
  /** File extension without the dot: "html", "xlsx", "json", "docx". */
  extension: Format;
}

/** Renders `doc` in `format`; text formats are UTF-8. */
export async function renderDocument(doc: Document, format: Format): Promise<Rendered> {
  switch (format) {
    case 'html':
      return { data: Buffer.from(renderHtml(doc), 'utf8'), extension: 'html' };
    case 'xlsx':
      return { data: await renderXlsx(doc), extension: 'xlsx' };
    case 'json':
      return { data: Buffer.from(renderJson(doc), 'utf8'), extension: 'json' };
    case 'docx': {
      // Loaded on first use: the docx library takes a while to load and most runs never need it.
      const { renderDocx } = await import('./docx.ts');
      return { data: await renderDocx(doc), extension: 'docx' };
    }
    case 'pdf': {
      // Loaded on first use: the PDF engine starts a headless Chromium (closeRenderers stops it).
      pdfEngine ??= import('./pdf.ts');
      const { renderPdf } = await pdfEngine;
      return { data: await renderPdf(doc), extension: 'pdf' };
    }
    default: {
      const never: never = format;
      throw new Error(`未知的输出格式：${String(never)}`);
    }
  }
}

let pdfEngine: Promise<typeof import('./pdf.ts')> | undefined;

/** Releases what the renderers hold between calls (the PDF engine's Chromium); call once at the end. */
export async function closeRenderers(): Promise<void> {
  if (pdfEngine) await (await pdfEngine).closePdfEngine();
}

export { renderHtml } from './html.ts';
export { renderJson, parseDocumentJson } from './json.ts';
export { renderXlsx } from './xlsx.ts';
