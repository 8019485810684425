// Packing text-content chunks for the trip across threads gives back the same items, in order,
// with the chunk's other fields; a chunk of another shape is not packed.
import { describe, expect, it } from 'vitest';
import { PACK_SOURCE, unpackTextChunk } from './text-chunks.ts';

type Pack = (chunk: object) => { packed: Record<string, unknown>; buffer: ArrayBuffer } | undefined;
const packTextChunk = new Function(`${PACK_SOURCE}\nreturn packTextChunk;`)() as Pack;

describe('text chunks packed across threads', () => {
  it('gives back the same items, strings with any characters, and the other fields', () => {
    const items = [
      { str: '2025年部门预算', dir: 'ltr', width: 120.5, height: 12, transform: [12, 0, 0, 12, 56.7, 780.25], fontName: 'g_d0_f1', hasEOL: false },
      { str: '', dir: 'ltr', width: 0, height: 0, transform: [1, 0, 0, 1, 0, 0], fontName: 'g_d0_f1', hasEOL: true },
      { str: 'تقرير', dir: 'rtl', width: 30, height: 10, transform: [10, 0, 0, 10, 300, 700], fontName: 'g_d0_f2', hasEOL: false },
      { str: '\u0000表\t𠀀', dir: 'ttb', width: -0, height: 1e-9, transform: [0, 12, -12, 0, 1, 2], fontName: 'g_d0_f1', hasEOL: false },
    ];
    const chunk = { items, styles: { g_d0_f1: { fontFamily: 'serif' } }, lang: null };
    const p = packTextChunk(structuredClone(chunk));
    expect(p).toBeDefined();
    expect(p!.buffer.byteLength).toBe(items.length * 12 * 8);
    expect(unpackTextChunk(p!.packed as never)).toEqual(chunk);
  });

  it('leaves a chunk it does not know alone', () => {
    expect(packTextChunk({ items: [{ type: 'beginMarkedContent', tag: 'P' }] })).toBeUndefined();
    expect(packTextChunk({ items: [{ str: 'x', dir: 'ltr', width: 1, height: 1, transform: [1, 0, 0, 1], fontName: 'f', hasEOL: false }] })).toBeUndefined();
  });
});
