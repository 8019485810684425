// The parser thread: reads give the same RawDocument as parsing on the calling thread, a thread that
// dies mid-read ends the read with an ImportError (never a hang), and the next read starts afresh.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ImportError } from '../errors.ts';
import { stopParserThread } from './pdfjs-thread.ts';
import { readPdfBytes } from './read-pdf.ts';

const CORPUS = resolve(import.meta.dirname, '..', '..', '..', 'test', 'fixtures', 'corpus');
const CZJ = resolve(CORPUS, 'shanghai-czj-2025-unit-budget.pdf');
const WANLI = resolve(CORPUS, 'shanghai-putuo-wanli-2023-dept-budget.pdf');

afterEach(() => {
  delete process.env.YUSUAN_PDF_THREAD;
});

describe('the PDF parser thread', () => {
  it('reads both corpus PDFs exactly as parsing on the calling thread does', async () => {
    for (const file of [CZJ, WANLI]) {
      const bytes = new Uint8Array(await readFile(file));
      const threaded = await readPdfBytes(bytes, file);
      process.env.YUSUAN_PDF_THREAD = '0';
      const inline = await readPdfBytes(bytes, file);
      delete process.env.YUSUAN_PDF_THREAD;
      expect(threaded.tables.length).toBeGreaterThanOrEqual(9);
      expect(JSON.stringify(threaded)).toBe(JSON.stringify(inline));
    }
  }, 60_000);

  it('ends a read with an ImportError when the thread dies, and the next read works', async () => {
    const bytes = new Uint8Array(await readFile(WANLI));
    const reading = readPdfBytes(bytes, WANLI);
    await new Promise((r) => setTimeout(r, 30));
    await stopParserThread();
    const err = await reading.then(() => undefined, (e: unknown) => e);
    // The 35 pages take a quarter of a second or more; 30 ms in, the read is under way.
    expect(err).toBeInstanceOf(ImportError);
    expect((err as Error).message).toContain('解析线程');
    const again = await readPdfBytes(bytes, WANLI);
    expect(again.tables.length).toBeGreaterThanOrEqual(9);
  }, 60_000);
});
