// Opening a PDF with pdfjs-dist (legacy build, the one for Node): the options that make CJK text
// decode (bundled CMaps and standard font data, no eval, no font faces), warnings silenced, and
// pdfjs's own failures (password, invalid structure, missing data) turned into ImportError.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { ImportError } from '../errors.ts';

type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

let loaded: Promise<Pdfjs> | undefined;

/** pdfjs, loaded once on first use (the module is large; readers that never see a PDF skip it). */
export function pdfjs(): Promise<Pdfjs> {
  loaded ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  return loaded;
}

/** Where pdfjs-dist keeps its CMaps and standard fonts (paths with a trailing slash, as pdfjs wants). */
function dataDirs(): { cMapUrl: string; standardFontDataUrl: string } {
  const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  return { cMapUrl: join(root, 'cmaps') + '/', standardFontDataUrl: join(root, 'standard_fonts') + '/' };
}

/** Opens the bytes as a PDF document; every failure a user can cause becomes an ImportError. */
export async function openPdf(bytes: Uint8Array, file: string): Promise<PDFDocumentProxy> {
  const lib = await pdfjs();
  // pdfjs may transfer (detach) the buffer it is given: hand it a copy.
  const data = new Uint8Array(bytes);
  const task = lib.getDocument({
    data,
    ...dataDirs(),
    cMapPacked: true,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    stopAtErrors: true,
    verbosity: lib.VerbosityLevel.ERRORS,
  });
  // A password-protected file: pdfjs asks for the password; refuse at once instead.
  let locked = false;
  task.onPassword = () => {
    locked = true;
    void task.destroy();
  };
  try {
    return await task.promise;
  } catch (err) {
    if (locked) throw new ImportError(`PDF 已加密（需要密码），无法读取：${file} / the PDF is encrypted (a password is required): ${file}`, file);
    throw openError(err, file);
  }
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
