// Input the PDF reader must refuse with a clear ImportError (Chinese, then English, naming the file
// and where known the page), quickly: an empty file, a PNG named .pdf, a PDF cut short (with and
// without its trailer), a password-protected PDF, a scanned page (an image and no text), a PDF
// whose fonts are damaged, a file over the size limit, and a 500-page PDF over the 400-page limit
// (which, with the limit raised, reads in bounded time). Fixtures are made here, in a temp dir.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ImportError } from '../src/importers/errors.ts';
import { DEFAULT_MAX_PAGES, readPdf, readPdfBytes, sniffPdf } from '../src/importers/pdf/read-pdf.ts';
import { encryptedPdf, imageOnlyPdf, textPdf } from './import-pdf-fixtures.ts';

const dir = mkdtempSync(join(tmpdir(), 'yusuan-pdf-bad-'));
const CZJ = resolve(import.meta.dirname, 'fixtures', 'corpus', 'shanghai-czj-2025-unit-budget.pdf');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, bytes: Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

/** Reads and expects an ImportError whose message matches; returns it and the time taken. */
async function refused(promise: Promise<unknown>, zh: RegExp, en: RegExp): Promise<{ err: ImportError; ms: number }> {
  const t0 = performance.now();
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  const ms = performance.now() - t0;
  expect(err).toBeInstanceOf(ImportError);
  const e = err as ImportError;
  expect(e.message).toMatch(zh);
  expect(e.message).toMatch(en);
  // Chinese first, English after “ / ”.
  expect(e.message.indexOf(' / ')).toBeGreaterThan(0);
  expect(/[\u4e00-\u9fff]/.test(e.message.slice(0, e.message.indexOf(' / ')))).toBe(true);
  return { err: e, ms };
}

describe('PDF reader: bad input', () => {
  it('an empty file', async () => {
    const path = write('empty.pdf', new Uint8Array());
    const { err, ms } = await refused(readPdf(path), /文件为空/, /empty/);
    expect(err.file).toBe(path);
    expect(ms).toBeLessThan(1000);
  });

  it('a PNG named .pdf; sniffPdf tells a PDF from an .xlsx', async () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    await refused(readPdf(write('picture.pdf', png)), /不是 PDF 文件.*PNG/, /not a PDF file.*PNG/);
    expect(sniffPdf(png)).toBe(false);
    expect(sniffPdf(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 20, 0]))).toBe(false); // an .xlsx (ZIP)
    expect(sniffPdf(readFileSync(CZJ))).toBe(true);
    expect(sniffPdf(new TextEncoder().encode('\n\n%PDF-1.7\n'))).toBe(true); // junk before the header is allowed
  });

  it('a PDF cut short, and one cut in the middle but closed with its trailer', async () => {
    const full = new Uint8Array(readFileSync(CZJ));
    const cut = full.slice(0, Math.floor(full.length * 0.6));
    await refused(readPdf(write('cut.pdf', cut)), /不完整.*%%EOF/, /incomplete/);
    const holed = new Uint8Array([...full.slice(0, Math.floor(full.length * 0.4)), ...full.slice(full.length - 1500)]);
    await refused(readPdfBytes(holed, 'holed.pdf'), /不完整.*交叉引用表/, /cross-reference table lies beyond/);
  });

  it('a password-protected PDF (standard security handler, RC4)', async () => {
    const { ms } = await refused(readPdf(write('locked.pdf', encryptedPdf('secret'))), /已加密/, /encrypted/);
    expect(ms).toBeLessThan(20_000);
    // Encrypted with an empty user password (permissions only): pdfjs decrypts it, so it reads.
    const open = await readPdfBytes(encryptedPdf(''), 'owner-only.pdf');
    expect(open.titleLines.map((c) => c.text)).toEqual(['Encrypted page']);
  });

  it('a scanned page: an image and no text layer, named by page', async () => {
    const { err } = await refused(readPdf(write('scan.pdf', imageOnlyPdf())), /第 1 页没有文字层（可能是扫描件）/, /page 1 has no text layer/);
    expect(err.at).toEqual({ page: 1 });
  });

  it('a PDF whose fonts are damaged: text that cannot be decoded is refused, not dropped', async () => {
    const bytes = new Uint8Array(readFileSync(CZJ));
    const at = Math.floor(bytes.length * 0.2);
    bytes.fill(0x20, at, at + 20000);
    const { err } = await refused(readPdfBytes(bytes, 'garbled.pdf'), /第 \d+ 页的文字无法解码/, /cannot be decoded/);
    expect(err.at?.page).toBeGreaterThan(0);
  });

  it('a file over the size limit is refused before it is read', async () => {
    await refused(readPdf(CZJ, { maxBytes: 1000 }), /文件过大/, /too large/);
  });

  it(`a 500-page PDF: over the ${DEFAULT_MAX_PAGES}-page limit by default, read in bounded time when allowed`, async () => {
    const pages = Array.from({ length: 500 }, (_, i) => [`Item ${i + 1} of the long report.`, `Line two of item ${i + 1}.`]);
    const path = write('long.pdf', textPdf(pages));
    const { ms } = await refused(readPdf(path), /共 500 页，超过上限 400 页/, /500 pages, more than the limit of 400/);
    expect(ms).toBeLessThan(10_000);
    const t0 = performance.now();
    const doc = await readPdf(path, { maxPages: 600 });
    expect(doc.source.pages).toBe(500);
    expect(doc.paragraphs.filter((p) => /^Item \d+ of the long report\./.test(p.text))).toHaveLength(499); // page 1 is the cover
    expect(performance.now() - t0).toBeLessThan(60_000);
  }, 120_000);

  it('a missing file', async () => {
    await refused(readPdf(join(dir, 'nowhere.pdf')), /找不到文件/, /not found/);
  });
});
