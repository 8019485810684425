import { describe, expect, it } from 'vitest';
import { hasRadicals, normalizeRadicals, RADICAL_IDEOGRAPHS } from './radicals.ts';

describe('normalizeRadicals', () => {
  it('maps the look-alike radicals PDF text extraction yields to ordinary ideographs', () => {
    expect(normalizeRadicals('部⻔预算')).toBe('部门预算');
    expect(normalizeRadicals('⼀般公共预算')).toBe('一般公共预算');
    expect(normalizeRadicals('⻓⻋⻚⻅⻛⻢⻥⻆⻘⻝⻣⻬⻮⻳')).toBe('长车页见风马鱼角青食骨齐齿龟');
    expect(normalizeRadicals('⾨⾦⾔⾺')).toBe('門金言馬'); // Kangxi forms stand for the traditional shapes
  });

  it('leaves other text, and radicals that stand for no ideograph, as they are', () => {
    const plain = '2023年洛阳市涧西区社区治理和服务创新办公室 2002.45 万元（66.30%）';
    expect(normalizeRadicals(plain)).toBe(plain);
    expect(hasRadicals(plain)).toBe(false);
    expect(normalizeRadicals('⺀')).toBe('⺀');
  });

  it('covers the whole Kangxi block and maps only to unified ideographs', () => {
    for (let cp = 0x2f00; cp <= 0x2fd5; cp++) expect(RADICAL_IDEOGRAPHS.has(String.fromCodePoint(cp))).toBe(true);
    for (const [radical, ideograph] of RADICAL_IDEOGRAPHS) {
      expect(radical).toMatch(/^[\u2E80-\u2FDF]$/);
      expect(ideograph, radical).toMatch(/^[\u3400-\u4DBF\u4E00-\u9FFF]$/);
      // The Kangxi block is exactly its compatibility (NFKC) mapping.
      if (radical >= '\u2F00') expect(ideograph).toBe(radical.normalize('NFKC'));
    }
  });
});
