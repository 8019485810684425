// A directory's files are read in the order a person expects: numbers by value, the rest as written.
import { describe, expect, it } from 'vitest';
import { naturalCompare } from './natural-order.ts';

const sorted = (names: string[]): string[] => [...names].sort(naturalCompare);

describe('naturalCompare', () => {
  it('orders runs of digits by value', () => {
    expect(sorted(['d10.json', 'd2.json', 'd1.json', 'd100.json', 'd0.json'])).toEqual(['d0.json', 'd1.json', 'd2.json', 'd10.json', 'd100.json']);
    expect(sorted(['10月.json', '2月.json', '1月.json', '12月.json'])).toEqual(['1月.json', '2月.json', '10月.json', '12月.json']);
    expect(sorted(['2023年表10.xlsx', '2023年表2.xlsx', '2022年表3.xlsx'])).toEqual(['2022年表3.xlsx', '2023年表2.xlsx', '2023年表10.xlsx']);
  });

  it('compares everything else by code unit, shorter first on a common start', () => {
    expect(sorted(['b.pdf', 'a.pdf', 'ab.pdf', 'a.json'])).toEqual(['a.json', 'a.pdf', 'ab.pdf', 'b.pdf']);
    expect(sorted(['教育局.pdf', '财政局.pdf', '民政局.pdf'])).toEqual(['教育局.pdf', '民政局.pdf', '财政局.pdf'].sort());
  });

  it('is a total order: leading zeros tie-broken, equal names equal', () => {
    expect(sorted(['7.json', '07.json', '007.json', '6.json', '08.json'])).toEqual(['6.json', '007.json', '07.json', '7.json', '08.json']);
    expect(naturalCompare('x1', 'x1')).toBe(0);
    expect(Math.sign(naturalCompare('x01', 'x1'))).toBe(-Math.sign(naturalCompare('x1', 'x01')));
    expect(naturalCompare('a99999999999999999999b', 'a100000000000000000000b')).toBeLessThan(0);
  });
});
