// yusuan's content-stream reading of table lines: the same lines, shading and counts as pdfjs's
// operator list on every page of both corpus PDFs; the tokenizer's hard cases (nested and escaped
// strings, arrays, dictionaries, inline images with "EI" inside their data, forms, colours) on a
// stream written here, with the expected lines worked out by hand; and the parser thread really
// runs the patched pdfjs (were the patch to stop applying, reading would silently slow down).
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentRulings, type StreamPaths } from './content-stream.ts';
import { pageRulings } from './page-content.ts';
import { workerModule } from './pdfjs-patch.ts';
import { openPdfOn } from './pdfjs.ts';

const CORPUS = resolve(import.meta.dirname, '..', '..', '..', 'test', 'fixtures', 'corpus');
const FILES = ['shanghai-czj-2025-unit-budget.pdf', 'shanghai-putuo-wanli-2023-dept-budget.pdf'].map((f) => resolve(CORPUS, f));

const bytes = (s: string): Uint8Array => Uint8Array.from(s, (c) => c.charCodeAt(0));
const IDENTITY = [1, 0, 0, 1, 0, 0];

describe('content-stream rulings', () => {
  it('the parser thread runs pdfjs with the YusuanPaths request and without font repair for text', () => {
    expect(workerModule().paths).toBe(true);
  });

  it('equal pdfjs operator-list rulings on every page of both corpus PDFs', async () => {
    let pages = 0;
    let lines = 0;
    for (const file of FILES) {
      const open = await openPdfOn(new Uint8Array(await readFile(file)), file);
      try {
        expect(open.streamPaths).toBeDefined();
        for (let p = 1; p <= open.pdf.numPages; p++) {
          const page = await open.pdf.getPage(p);
          const slow = await pageRulings(page);
          const fast = contentRulings(await open.streamPaths!(p), page.getViewport({ scale: 1 }).transform);
          expect(fast, `${file} page ${p}`).toEqual(slow);
          pages++;
          lines += fast.horizontal.length + fast.vertical.length;
        }
      } finally {
        await open.close();
      }
    }
    expect(pages).toBe(21 + 35);
    expect(lines).toBeGreaterThan(1000);
  }, 60_000);

  it('steps over strings, arrays, dictionaries and inline images, and follows forms and colours', () => {
    const page: StreamPaths = {
      content: bytes(
        [
          '% a comment with re and f in it',
          'q 2 0 0 2 10 10 cm 0.5 g 0 0 100 1 re f Q',
          'BT /F1 12 Tf (a (nested\\) string) 0 0 100 1 re f) Tj [<00ff> -3 (x)] TJ ET',
          '/Span <</ActualText (\\)) /Nested <</A [1 2]>>>> BDC EMC',
          'BI /W 2 /H 1 /BPC 8 /CS /G ID \u0000EI\u00ff EI',
          '1 1 1 rg 0 0 50 50 re f',
          '/CS0 cs 0.2 0.4 0.6 sc 0 100 50 50 re f',
          '0 0 0 0 k 0 200 50 50 re f',
          '/Fm0 Do /Im0 Do',
        ].join('\n'),
      ),
      xobjects: {
        Fm0: { kind: 'form', matrix: [1, 0, 0, 1, 100, 0], content: bytes('0 0 m 0 100 l S'), xobjects: {}, colorSpaces: {} },
        Im0: { kind: 'image' },
      },
      colorSpaces: { CS0: 'rgb' },
    };
    const r = contentRulings(page, IDENTITY);
    // 0 0 100 1 re under 2× scale at (10, 10): 10…210 wide, 10…12 high — a horizontal line at y 11.
    expect(r.horizontal).toEqual([{ x1: 10, x2: 210, y1: 11, y2: 11 }]);
    // The form's stroke, moved 100 right; a 1-point line adds half its width at each end.
    expect(r.vertical).toEqual([{ x1: 100, x2: 100, y1: -0.5, y2: 100.5 }]);
    // White (1 1 1 rg, and 0 0 0 0 k) is no shading; 0.2 0.4 0.6 in an RGB colour space is.
    expect(r.shades).toEqual([{ x1: 0, y1: 100, x2: 50, y2: 150 }]);
    expect(r.texts).toBe(2);
    expect(r.images).toBe(2);
  });

  it('random bytes and a real table page cut or scrambled at random: never an exception, never stuck', async () => {
    const open = await openPdfOn(new Uint8Array(await readFile(FILES[0]!)), FILES[0]!);
    let real: StreamPaths;
    try {
      real = await open.streamPaths!(8);
    } finally {
      await open.close();
    }
    let seed = 12345;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const t0 = performance.now();
    for (let i = 0; i < 300; i++) {
      const base = real.content;
      const cut = base.slice(random(base.length), random(base.length) + base.length / 2);
      for (let k = 0; k < 20; k++) cut[random(Math.max(1, cut.length))] = random(256);
      const noise = Uint8Array.from({ length: 200 + random(2000) }, () => random(256));
      for (const content of [cut, noise]) {
        const r = contentRulings({ ...real, content }, IDENTITY);
        expect(Array.isArray(r.horizontal) && Array.isArray(r.vertical)).toBe(true);
      }
    }
    expect(performance.now() - t0).toBeLessThan(20_000);
  }, 60_000);

  it('a content stream cut short or full of junk gives what it can, never an exception', () => {
    const junk = bytes('q 1 0 0 1 5 5 cm ) ] >> } 0 0 10 re f (unclosed [ << BI ID');
    expect(() => contentRulings({ content: junk, xobjects: {}, colorSpaces: {} }, IDENTITY)).not.toThrow();
    const cycle: StreamPaths = { content: bytes('/F Do'), xobjects: {}, colorSpaces: {} };
    cycle.xobjects.F = { kind: 'form', matrix: null, ...cycle };
    expect(contentRulings(cycle, IDENTITY).horizontal).toEqual([]);
    // Ten levels of a form drawing the next 20 times (20^10 draws): stopped by the byte budget.
    let form: StreamPaths = { content: bytes('0 0 100 1 re f'), xobjects: {}, colorSpaces: {} };
    for (let level = 0; level < 10; level++) {
      form = { content: bytes(`${'/X Do '.repeat(20)}% ${'x'.repeat(1000)}`), xobjects: { X: { kind: 'form', matrix: null, ...form } }, colorSpaces: {} };
    }
    const t0 = performance.now();
    expect(contentRulings(form, IDENTITY).horizontal.length).toBeGreaterThan(0);
    expect(performance.now() - t0).toBeLessThan(10_000);
  });
});
