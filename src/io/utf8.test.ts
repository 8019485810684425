// Strict UTF-8 decoding: BOM dropped, Chinese text kept, and the place of the first bad byte.
import { describe, expect, it } from 'vitest';
import { decodeUtf8 } from './utf8.ts';

const bytes = (...parts: (string | number[])[]): Uint8Array =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));

describe('decodeUtf8', () => {
  it('decodes Chinese text and drops a leading BOM only', () => {
    expect(decodeUtf8(bytes('部门预算\n合计'))).toEqual({ ok: true, text: '部门预算\n合计' });
    expect(decodeUtf8(bytes([0xef, 0xbb, 0xbf], 'a\ufeffb'))).toEqual({ ok: true, text: 'a\ufeffb' });
  });

  it('refuses GBK bytes and says where, in bytes, lines and characters', () => {
    // “部门” in GBK (B2 BF C3 C5) on the second line, after two characters of UTF-8.
    expect(decodeUtf8(bytes('year: 2023\n单位', [0xb2, 0xbf, 0xc3, 0xc5]))).toEqual({ ok: false, offset: 17, line: 2, column: 3 });
  });

  it('refuses encoded surrogates and overlong forms, as the standard says', () => {
    expect(decodeUtf8(bytes('a', [0xed, 0xa0, 0x80])).ok).toBe(false);
    expect(decodeUtf8(bytes([0xc0, 0xaf])).ok).toBe(false);
    expect(decodeUtf8(bytes([0xf4, 0x90, 0x80, 0x80])).ok).toBe(false);
  });
});
