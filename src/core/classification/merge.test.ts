// Tests for laying an official list over the bundled one.
import { describe, expect, it } from 'vitest';
import { bundledClassification } from './bundled.ts';
import { isKnownCode } from './lookup.ts';
import { emptyClassification, mergeClassification, mergeOverlays } from './merge.ts';
import { governmentCodeFor } from './types.ts';
import { validateSet } from './validate.ts';

describe('mergeClassification', () => {
  const base = bundledClassification(2023)!;

  it('makes an unknown code known, replaces names, and becomes official', () => {
    expect(isKnownCode(base, 'functional', '2129998')).toBe(false);
    const merged = mergeClassification(
      base,
      {
        functional: [
          { code: '2129998', name: '新设项目', level: '项', parent: '21299', verified: true },
          { code: '2120101', name: '行政运行（官方）', level: '项', parent: '21201', verified: true },
        ],
        mapping: [{ department: '30311', administrative: '50999', institution: '50999' }],
      },
      'official',
    );
    expect(merged.authority).toBe('official');
    expect(isKnownCode(merged, 'functional', '2129998')).toBe(true);
    expect(merged.functional.get('2120101')?.name).toBe('行政运行（官方）');
    expect(merged.functional.size).toBe(base.functional.size + 1);
    expect(governmentCodeFor(merged, '30311', 'administrative')).toBe('50999');
    expect(merged.revenueSources).toBe(base.revenueSources);
    expect(validateSet(merged)).toEqual([]);
    // the base is untouched
    expect(base.functional.get('2120101')?.name).toBe('行政运行');
    expect(base.authority).toBe('bundled');
  });

  it('works over an empty year', () => {
    const merged = mergeClassification(
      emptyClassification(2030),
      { economicGovernment: [{ code: '501', name: '机关工资福利支出', level: '类', verified: true }] },
      'official',
    );
    expect(merged.year).toBe(2030);
    expect(isKnownCode(merged, 'economic-government', '501')).toBe(true);
  });

  it('merges overlays, later wins', () => {
    const a = { functional: [{ code: '212', name: 'A', level: '类' as const, verified: true }] };
    const b = { functional: [{ code: '212', name: 'B', level: '类' as const, verified: true }] };
    expect(mergeOverlays(a, b).functional).toEqual([{ code: '212', name: 'B', level: '类', verified: true }]);
    expect(mergeOverlays({}, {})).toEqual({});
  });
});
