// The speed measures in pdfjs.ts stay in force: the built-ins pdfjs's polyfills replace are put
// back, and reading a page's drawing operators sends no glyph outlines, while its text still decodes.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fontInstallSkipped, openPdf, pdfjs } from './pdfjs.ts';

const CZJ = resolve(import.meta.dirname, '..', '..', '..', 'test', 'fixtures', 'corpus', 'shanghai-czj-2025-unit-budget.pdf');
const isNative = (fn: unknown): boolean => typeof fn === 'function' && Function.prototype.toString.call(fn).includes('[native code]');

describe('pdfjs loading', () => {
  it('leaves Array.prototype.push and JSON.parse/stringify native', async () => {
    await pdfjs();
    expect(isNative(Array.prototype.push)).toBe(true);
    expect(isNative(JSON.parse)).toBe(true);
    expect(isNative(JSON.stringify)).toBe(true);
    const a: number[] = [];
    expect(a.push(1, 2)).toBe(2);
    expect(JSON.parse(JSON.stringify({ 金额: 1 }))).toEqual({ 金额: 1 });
  });

  it('builds no glyph outlines for an operator list, and the text still decodes', async () => {
    const pdf = await openPdf(new Uint8Array(await readFile(CZJ)), CZJ);
    try {
      expect(fontInstallSkipped(pdf)).toBe(true);
      const page = await pdf.getPage(8);
      const ops = await page.getOperatorList();
      expect(ops.fnArray.length).toBeGreaterThan(100);
      const common = (pdf as unknown as { _transport: { commonObjs: Iterable<[string, unknown]> } })._transport.commonObjs;
      const ids = [...common].map(([id]) => id);
      expect(ids.some((id) => /_path_/.test(id))).toBe(false);
      expect(ids.length).toBeGreaterThan(0); // the fonts themselves did arrive
      const text = (await page.getTextContent()).items.map((i) => ('str' in i ? i.str : '')).join('');
      expect(text).toContain('单位');
    } finally {
      await pdf.destroy();
    }
  });
});
