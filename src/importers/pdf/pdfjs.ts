// Opening a PDF with pdfjs-dist (legacy build, the one for Node): the options that make CJK text
// decode (bundled CMaps and standard font data, no eval, no system fonts), warnings silenced, no
// work spent on drawing fonts, and pdfjs's own failures (password, invalid structure, missing
// data) turned into ImportError.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { ImportError } from '../errors.ts';
import type { StreamPaths } from './content-stream.ts';
import { leaseThread, parserThreadEnabled } from './pdfjs-thread.ts';

type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

let loaded: Promise<Pdfjs> | undefined;

/** pdfjs, loaded once on first use (the module is large; readers that never see a PDF skip it). */
export function pdfjs(): Promise<Pdfjs> {
  loaded ??= load();
  return loaded;
}

/**
 * Built-ins that the core-js polyfills bundled in the legacy build replace for the whole process
 * on Node 20 (its V8 fails core-js's edge-case probes): Array.prototype.push becomes a JS loop
 * (a tenth of readPdf's time, and slower pushes everywhere after), JSON.parse/stringify JS
 * wrappers. pdfjs needs none of the edge cases they fix; the originals are put back.
 */
const REPLACED: readonly [object, string][] = [
  [Array.prototype, 'push'],
  [JSON, 'parse'],
  [JSON, 'stringify'],
];

async function load(): Promise<Pdfjs> {
  return importNative<Pdfjs>('pdfjs-dist/legacy/build/pdf.mjs');
}

let fakeWorker: Promise<unknown> | undefined;

/**
 * pdfjs's worker code for parsing on this thread (pdfjs's “fake worker”, YUSUAN_PDF_THREAD=0),
 * loaded before the first document so that its own copy of the polyfills is undone too. With the
 * parser thread (the default) this thread never loads it: 2.3 MB less to compile.
 */
function loadFakeWorker(): Promise<unknown> {
  const worker: string = 'pdfjs-dist/legacy/build/pdf.worker.mjs'; // (a string: the module ships no types)
  fakeWorker ??= importNative(worker);
  return fakeWorker;
}

/**
 * Imports a module of pdfjs with the built-ins its polyfills replace put back afterwards, and with
 * source maps off while it loads: pdf.mjs reads an Error's stack as it loads, and with source maps
 * on (tsx turns them on) Node then parses its 2.4 MB map — half a second of a one-file audit.
 */
async function importNative<T>(specifier: string): Promise<T> {
  const natives = REPLACED.map(([owner, key]) => Object.getOwnPropertyDescriptor(owner, key));
  const maps = process.sourceMapsEnabled;
  if (maps) process.setSourceMapsEnabled(false);
  try {
    return (await import(specifier)) as T;
  } finally {
    if (maps) process.setSourceMapsEnabled(true);
    REPLACED.forEach(([owner, key], i) => {
      const native = natives[i];
      if (native && Object.getOwnPropertyDescriptor(owner, key)?.value !== native.value) Object.defineProperty(owner, key, native);
    });
  }
}

/**
 * No font is ever drawn here, yet with disableFontFace pdfjs compiles the outline of every glyph
 * an operator list shows and posts it to this thread (a sixth of readPdf's time), and without it
 * the main thread installs each font as a CSS font face — which Node cannot, so pdfjs falls back
 * to the outlines. Font faces are kept on and installing one is made a no-op. Should a later pdfjs
 * move its font loader, fonts fall back to outlines: slower, same text.
 */
function skipFontInstall(pdf: PDFDocumentProxy): void {
  const transport = (pdf as unknown as { _transport?: { fontLoader?: { bind?: (font: unknown) => Promise<void> } } })._transport;
  if (transport?.fontLoader) transport.fontLoader.bind = async () => {};
}

/** Whether the PDF's fonts are installed as no-ops (see skipFontInstall); for tests. */
export function fontInstallSkipped(pdf: PDFDocumentProxy): boolean {
  const transport = (pdf as unknown as { _transport?: { fontLoader?: object } })._transport;
  return transport?.fontLoader !== undefined && Object.hasOwn(transport.fontLoader, 'bind');
}

/** Where pdfjs-dist keeps its CMaps and standard fonts (paths with a trailing slash, as pdfjs wants). */
function dataDirs(): { cMapUrl: string; standardFontDataUrl: string } {
  const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  return { cMapUrl: join(root, 'cmaps') + '/', standardFontDataUrl: join(root, 'standard_fonts') + '/' };
}

/** An open document and how to close it; `died` rejects if the parser thread dies meanwhile. */
export interface OpenPdf {
  pdf: PDFDocumentProxy;
  died: Promise<never>;
  close(): Promise<void>;
  /**
   * A page's (1-based) content stream with its forms, images and colour spaces, for
   * content-stream.ts; only when the parser thread runs the patched pdfjs (pdfjs-patch.ts).
   */
  streamPaths?: (page: number) => Promise<StreamPaths>;
}

/** Asks the parser thread for a page's content stream and resources (the YusuanPaths request). */
function streamPathsOf(pdf: PDFDocumentProxy): ((page: number) => Promise<StreamPaths>) | undefined {
  const handler = (pdf as unknown as { _transport?: { messageHandler?: { sendWithPromise?: (action: string, data: unknown) => Promise<unknown> } } })._transport?.messageHandler;
  if (typeof handler?.sendWithPromise !== 'function') return undefined;
  return (page) => handler.sendWithPromise!('YusuanPaths', { pageIndex: page - 1 }) as Promise<StreamPaths>;
}

/**
 * Opens the bytes as a PDF document, parsed on the shared parser thread (pdfjs-thread.ts) unless
 * YUSUAN_PDF_THREAD=0; every failure a user can cause becomes an ImportError.
 */
export async function openPdfOn(bytes: Uint8Array, file: string): Promise<OpenPdf> {
  const lib = await pdfjs();
  const lease = parserThreadEnabled() ? leaseThread(lib) : undefined;
  if (!lease) await loadFakeWorker();
  let dead: Error | undefined;
  const died = new Promise<never>((_, reject) => {
    lease?.onDeath((err) => {
      dead = err;
      reject(new ImportError(`PDF 解析失败（解析线程中止，文件可能过于复杂或已损坏）：${file} / parsing failed (the parser thread stopped; the file may be too complex or damaged): ${file} (${err.message})`, file));
    });
  });
  died.catch(() => {}); // observed by whoever races it; never an unhandled rejection
  // pdfjs may transfer (detach) the buffer it is given: hand it a copy.
  const data = new Uint8Array(bytes);
  const task = lib.getDocument({
    data,
    ...dataDirs(),
    cMapPacked: true,
    isEvalSupported: false,
    disableFontFace: false,
    useSystemFonts: false,
    useWorkerFetch: false,
    stopAtErrors: true,
    verbosity: lib.VerbosityLevel.ERRORS,
    ...(lease && { worker: lease.pdfWorker }),
  });
  // A password-protected file: pdfjs asks for the password; refuse at once instead.
  let locked = false;
  task.onPassword = () => {
    locked = true;
    void task.destroy();
  };
  try {
    const pdf = await Promise.race([task.promise, died]);
    skipFontInstall(pdf);
    const destroy = pdf.destroy.bind(pdf);
    const close = async (): Promise<void> => {
      try {
        // With the thread gone pdfjs would wait for its answer forever.
        if (!dead) await destroy();
      } finally {
        lease?.release();
      }
    };
    const open: OpenPdf = { pdf, died, close };
    const paths = lease?.paths ? streamPathsOf(pdf) : undefined;
    if (paths) open.streamPaths = paths;
    return open;
  } catch (err) {
    if (!dead) void task.destroy().catch(() => {});
    lease?.release();
    if (locked) throw new ImportError(`PDF 已加密（需要密码），无法读取：${file} / the PDF is encrypted (a password is required): ${file}`, file);
    throw openError(err, file);
  }
}

/** Opens the bytes, runs `read` on the document and closes it; a dead parser thread ends it with an ImportError. */
export async function withPdf<T>(bytes: Uint8Array, file: string, read: (pdf: PDFDocumentProxy, open: OpenPdf) => Promise<T>): Promise<T> {
  const open = await openPdfOn(bytes, file);
  try {
    return await Promise.race([read(open.pdf, open), open.died]);
  } finally {
    await open.close();
  }
}

/** Opens the bytes as a PDF document (for tests and tools: the caller destroys it). */
export async function openPdf(bytes: Uint8Array, file: string): Promise<PDFDocumentProxy> {
  const open = await openPdfOn(bytes, file);
  open.pdf.destroy = open.close;
  return open.pdf;
}

/** The ImportError for a pdfjs failure while opening or reading. */
export function openError(err: unknown, file: string, page?: number): ImportError {
  if (err instanceof ImportError) return err;
  const name = (err as { name?: string } | null)?.name ?? '';
  const message = (err as { message?: string } | null)?.message ?? String(err);
  const where = page !== undefined ? `第 ${page} 页` : '';
  const at = page !== undefined ? { page } : undefined;
  if (name === 'PasswordException') {
    return new ImportError(`PDF 已加密（需要密码），无法读取：${file} / the PDF is encrypted (a password is required): ${file}`, file, at);
  }
  if (name === 'InvalidPDFException' || /Invalid PDF|No PDF header|Invalid XRef|invalid xref/i.test(message)) {
    return new ImportError(`PDF 结构无效或已损坏${where ? `（${where}）` : ''}：${file} / the PDF structure is invalid or damaged${page !== undefined ? ` (page ${page})` : ''}: ${file}`, file, at);
  }
  if (name === 'MissingPDFException' || name === 'UnexpectedResponseException') {
    return new ImportError(`无法读取 PDF：${file} / cannot read the PDF: ${file}`, file, at);
  }
  return new ImportError(
    `PDF 无法读取${where ? `（${where}）` : ''}，文件可能不完整或已损坏：${file}（${message}） / cannot read the PDF${page !== undefined ? ` (page ${page})` : ''}; the file may be truncated or damaged: ${file} (${message})`,
    file,
    at,
  );
}
