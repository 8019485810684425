// The PDF reader: a published disclosure (a PDF with a text layer) → RawDocument — title lines,
// 目录 entries, narrative paragraphs and tables with the page and position of every cell. Input it
// cannot read (empty, not a PDF, truncated, encrypted, scanned, too many pages) is refused with an
// ImportError, before any page is parsed where the bytes already tell.
import { readFile, stat } from 'node:fs/promises';
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { RawDocument } from '../../core/import/raw.ts';
import { ImportError } from '../errors.ts';
import { hasTableTitle, type PageInput, readLayout } from './layout.ts';
import { dedupeRuns, linesOf } from './lines.ts';
import { contentRulings } from './content-stream.ts';
import { pageRulings, pageRuns, readRulings, type Rulings } from './page-content.ts';
import { type OpenPdf, openError, withPdf } from './pdfjs.ts';
import { stripRunning } from './running.ts';
import { describeHeader, hasEofMarker, sniffPdf, xrefPastEnd } from './sniff.ts';

export { sniffPdf } from './sniff.ts';

export interface ReadPdfOptions {
  /** Refuse PDFs with more pages than this (default 400: a disclosure has 20–80). */
  maxPages?: number;
  /** Refuse files larger than this many bytes (default 100 MB). */
  maxBytes?: number;
  /** Read ruling lines (cell borders) on pages that hold tables (default true). */
  rulings?: boolean;
}

export const DEFAULT_MAX_PAGES = 400;
export const DEFAULT_MAX_BYTES = 100 * 1024 * 1024;
/** Text items on one page beyond which the page is refused (a real table page has < 5 000). */
export const MAX_ITEMS_PER_PAGE = 100_000;
/** Pages parsed at the same time. */
const BATCH = 12;

/** Reads the PDF at path. */
export async function readPdf(path: string, opts: ReadPdfOptions = {}): Promise<RawDocument> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch {
    throw new ImportError(`找不到文件或无法读取：${path} / file not found or unreadable: ${path}`, path);
  }
  if (size > maxBytes) {
    throw new ImportError(
      `文件过大（${(size / 1048576).toFixed(1)} MB，上限 ${(maxBytes / 1048576).toFixed(0)} MB）：${path} / the file is too large (${size} bytes; limit ${maxBytes}): ${path}`,
      path,
    );
  }
  return readPdfBytes(new Uint8Array(await readFile(path)), path, opts);
}

/** Reads a PDF held in memory; file names it in messages and in RawDocument.source. */
export async function readPdfBytes(bytes: Uint8Array, file: string, opts: ReadPdfOptions = {}): Promise<RawDocument> {
  if (bytes.length === 0) throw new ImportError(`文件为空（0 字节）：${file} / the file is empty (0 bytes): ${file}`, file);
  if (!sniffPdf(bytes)) {
    const kind = describeHeader(bytes);
    throw new ImportError(`不是 PDF 文件（文件头为${kind.zh}）：${file} / not a PDF file (the bytes are ${kind.en}): ${file}`, file);
  }
  if (!hasEofMarker(bytes)) {
    throw new ImportError(`PDF 文件不完整（缺少结尾标记 %%EOF，可能被截断）：${file} / the PDF is incomplete (no %%EOF marker at its end; truncated?): ${file}`, file);
  }
  if (xrefPastEnd(bytes)) {
    throw new ImportError(`PDF 文件不完整（交叉引用表位置超出文件长度 ${bytes.length} 字节，文件缺少内容）：${file} / the PDF is incomplete (its cross-reference table lies beyond the file's ${bytes.length} bytes): ${file}`, file);
  }
  const maxPages = opts.maxPages ?? DEFAULT_MAX_PAGES;
  return withPdf(bytes, file, async (pdf, open) => {
    const n = pdf.numPages;
    if (n > maxPages) {
      throw new ImportError(
        `PDF 共 ${n} 页，超过上限 ${maxPages} 页（可用 maxPages 选项放宽）：${file} / the PDF has ${n} pages, more than the limit of ${maxPages} (raise it with the maxPages option): ${file}`,
        file,
      );
    }
    const pages = await readPages(pdf, file, opts.rulings ?? true, open.streamPaths);
    return readLayout(pages, { file, kind: 'pdf', pages: n });
  });
}

/**
 * Every page's runs and lines (in parallel batches); then the ruling lines of the pages that may
 * hold a table: from the first page with a table title on, pages with a line of three or more
 * separate pieces of text or without a line of running prose (narrative pages and their charts
 * are skipped: reading drawing operators costs about as much again as reading text). With the
 * parser thread's content streams (`paths`), a page that looks like a table page is asked for as
 * soon as its text is in, and its lines are read here while the thread parses the next pages.
 */
async function readPages(pdf: PDFDocumentProxy, file: string, rulings: boolean, paths: OpenPdf['streamPaths']): Promise<PageInput[]> {
  const n = pdf.numPages;
  const pages: PageInput[] = [];
  const early = new Map<number, Promise<Rulings | undefined>>();
  const lookAhead = rulings && paths ? (input: PageInput, transform: number[]): void => {
    if (!mayHoldTable(input)) return;
    // Never rejects (a page that is not wanted in the end is never awaited): a failure here is
    // retried below the slow way, which reports it.
    const read = paths(input.page).then(
      (stream) => {
        try {
          return contentRulings(stream, transform);
        } catch {
          return undefined;
        }
      },
      () => undefined,
    );
    early.set(input.page, read);
  } : undefined;
  // BATCH pages in flight: as one is laid out, the next is asked for, so the parser thread never
  // waits for this thread to finish a whole batch.
  let next = 1;
  let failed = false;
  const reader = async (): Promise<void> => {
    while (next <= n && !failed) {
      const p = next++;
      try {
        pages[p - 1] = await readPage(pdf, p, file, lookAhead);
      } catch (err) {
        failed = true;
        throw err;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(BATCH, n) }, reader));
  if (pages.every((p) => p.runs.length === 0)) {
    throw new ImportError(`PDF 没有文字层（可能是扫描件），无法读取其中的文字：${file} / the PDF has no text layer (a scan?); its text cannot be read: ${file}`, file, { page: 1 });
  }
  stripRunning(pages);
  if (rulings) {
    const firstTable = pages.findIndex((p) => hasTableTitle(p.lines));
    const wanted = firstTable < 0 ? [] : pages.slice(firstTable).filter(mayHoldTable);
    for (let start = 0; start < wanted.length; start += BATCH) {
      await Promise.all(
        wanted.slice(start, start + BATCH).map(async (input) => {
          try {
            const read = await early.get(input.page);
            if (read) input.rulings = read;
            else {
              const page = await pdf.getPage(input.page);
              input.rulings = await readRulings(page, paths);
              page.cleanup();
            }
          } catch (err) {
            throw openError(err, file, input.page);
          }
        }),
      );
    }
  }
  return pages;
}

/** A page with a line of three or more chunks, or without a line of running prose. */
function mayHoldTable(p: PageInput): boolean {
  if (p.lines.length === 0) return false;
  if (p.lines.some((l) => l.chunks.length >= 3)) return true;
  return !p.lines.some((l) => l.chunks.length === 1 && l.x2 - l.x > 0.45 * p.width && /[。；，]/.test(l.text));
}

async function readPage(pdf: PDFDocumentProxy, p: number, file: string, lookAhead?: (input: PageInput, transform: number[]) => void): Promise<PageInput> {
  try {
    const page = await pdf.getPage(p);
    try {
      const { runs, width, height, items } = await pageRuns(page, MAX_ITEMS_PER_PAGE);
      if (items > MAX_ITEMS_PER_PAGE) {
        throw new ImportError(`第 ${p} 页的文字对象过多（超过 ${MAX_ITEMS_PER_PAGE} 个），拒绝读取：${file} / page ${p} holds more than ${MAX_ITEMS_PER_PAGE} text items: ${file}`, file, { page: p });
      }
      const clean = dedupeRuns(runs);
      if (clean.length === 0) {
        // No text: a blank page is fine, a page that paints an image is a scan.
        const r = await pageRulings(page);
        if (r.texts > 0) {
          throw new ImportError(`第 ${p} 页的文字无法解码（字体损坏或缺失，文件可能已损坏）：${file} / the text on page ${p} cannot be decoded (a damaged or missing font; the file may be damaged): ${file}`, file, { page: p });
        }
        if (r.images > 0) {
          throw new ImportError(`第 ${p} 页没有文字层（可能是扫描件），无法读取：${file} / page ${p} has no text layer (a scanned page?): ${file}`, file, { page: p });
        }
      }
      const input: PageInput = { page: p, width, height, lines: linesOf(p, clean), runs: clean };
      lookAhead?.(input, page.getViewport({ scale: 1 }).transform);
      return input;
    } finally {
      page.cleanup();
    }
  } catch (err) {
    throw openError(err, file, p);
  }
}
