// Tests of trimmed (cell-text.ts): the same text as String.prototype.trim for every code unit.
import { describe, expect, it } from 'vitest';
import { trimmed } from './cell-text.ts';

describe('trimmed', () => {
  it('trims a cell exactly as String.prototype.trim does', () => {
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      for (const t of [ch, `${ch}a`, `a${ch}`, `a${ch}b`, `${ch}${ch}`]) if (trimmed(t) !== t.trim()) expect(`${c.toString(16)}: ${JSON.stringify(trimmed(t))}`).toBe(JSON.stringify(t.trim()));
    }
    expect(trimmed('')).toBe('');
    expect(trimmed(' 　部门名称 ')).toBe('部门名称');
  });
});
