// The renderers behind one call: a Document in, the bytes of a file and its extension out, for
// each output format yusuan writes (HTML page, Excel workbook, canonical JSON).
import type { Document } from '../core/model/document.ts';
import { renderHtml } from './html.ts';
import { renderJson } from './json.ts';
import { renderXlsx } from './xlsx.ts';

export type Format = 'html' | 'xlsx' | 'json';

export const FORMATS: readonly Format[] = ['html', 'xlsx', 'json'];

export function isFormat(text: string): text is Format {
  return (FORMATS as readonly string[]).includes(text);
}

export interface Rendered {
  data: Buffer;
  /** File extension without the dot: "html", "xlsx", "json". */
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
    default: {
      const never: never = format;
      throw new Error(`未知的输出格式：${String(never)}`);
    }
  }
}

export { renderHtml } from './html.ts';
export { renderJson, parseDocumentJson } from './json.ts';
export { renderXlsx } from './xlsx.ts';
