// Tests of classification-lists.ts's pattern-free readings of printed codes (codeLevel).
import { describe, expect, it } from 'vitest';
import { levelOf } from '../classification/lookup.ts';
import { codeLevel } from './classification-lists.ts';

describe('codeLevel', () => {
  it('gives the level levelOf gives, for codes and for what is not one', () => {
    const texts = ['', '2', '20', '201', '2010', '20101', '201010', '2010101', '20101011', '２０１', '20 1', '2a1', '30101', '-01', '1.5', ' 201', '201 '];
    for (const t of texts) expect(codeLevel(t), JSON.stringify(t)).toBe(levelOf(t));
  });
});
