// Template leftovers: each pattern is searched only in texts that have what it needs.
import { describe, expect, it } from 'vitest';
import { leftoversIn } from './leftovers.ts';

describe('leftovers', () => {
  it('finds what only some patterns can match', () => {
    expect(leftoversIn('2023年收入XX万元，主要原因是。').map((l) => l.what)).toEqual(['占位符 XX', '空的“主要原因是”']);
    expect(leftoversIn('比上年增加（减少）3万元')[0]?.text).toBe('增加（减少）');
    expect(leftoversIn('主要原因是：落实过紧日子要求（若无，则写无）。').map((l) => l.what)).toEqual(['模板的填写说明']);
    expect(leftoversIn('收入总计793.47万元，主要原因是：落实过紧日子要求。')).toEqual([]);
  });
});
