// Tests for the bundled 2023 lists: they load, validate, and know the codes of the Luoyang seed.
import { describe, expect, it } from 'vitest';
import { bundledClassification, bundledYears } from './bundled.ts';
import { economicItem, functionalItem, governmentItem } from './lookup.ts';
import { governmentCodeFor } from './types.ts';
import { validateSet } from './validate.ts';

function set2023() {
  const set = bundledClassification(2023);
  if (!set) throw new Error('no 2023 data');
  return set;
}

describe('bundled classification', () => {
  it('has 2023 and nothing for an unknown year', () => {
    expect(bundledYears()).toContain(2023);
    expect(bundledClassification(1999)).toBeUndefined();
  });

  it('loads, validates and is cached', () => {
    const set = set2023();
    expect(set.authority).toBe('bundled');
    expect(set.year).toBe(2023);
    expect(validateSet(set)).toEqual([]);
    expect(bundledClassification(2023)).toBe(set);
    expect(set.functional.size).toBe(1211);
    expect(set.economicDepartment.size).toBe(110);
    expect(set.economicGovernment.size).toBe(78);
    expect(set.mapping.size).toBe(100);
    expect(set.revenueSources?.length).toBe(11);
  });

  it('knows the functional codes of the seed (洛阳市涧西区 2023)', () => {
    const set = set2023();
    const expected: [string, string][] = [
      ['2080505', '机关事业单位基本养老保险缴费支出'],
      ['2101103', '公务员医疗补助'],
      ['2120101', '行政运行'],
      ['2120199', '其他城乡社区管理事务支出'],
      ['2210201', '住房公积金'],
      ['20805', '行政事业单位养老支出'],
      ['212', '城乡社区支出'],
    ];
    for (const [code, name] of expected) expect(functionalItem(set, code)?.name, code).toBe(name);
    expect(functionalItem(set, '212 01 01')?.parent).toBe('21201');
    expect(functionalItem(set, '2080505')?.verified).toBe(true);
    expect(functionalItem(set, '2101103')?.verified).toBe(false); // recalled in the reference list
    expect(functionalItem(set, '227')?.level).toBe('类');
  });

  it('knows the economic codes of the seed and their 政府 targets', () => {
    const set = set2023();
    const seed: [string, string, string][] = [
      ['30108', '机关事业单位基本养老保险缴费', '50102'],
      ['30110', '职工基本医疗保险缴费', '50102'],
      ['30102', '津贴补贴', '50101'],
      ['30103', '奖金', '50101'],
      ['30112', '其他社会保障缴费', '50102'],
      ['30101', '基本工资', '50101'],
      ['30199', '其他工资福利支出', '50199'],
      ['30239', '其他交通费用', '50201'],
      ['30228', '工会经费', '50201'],
      ['30217', '公务接待费', '50206'],
      ['30211', '差旅费', '50201'],
      ['30229', '福利费', '50201'],
      ['30201', '办公费', '50201'],
      ['30113', '住房公积金', '50103'],
    ];
    for (const [code, name, gov] of seed) {
      expect(economicItem(set, code)?.name, code).toBe(name);
      expect(governmentCodeFor(set, code, 'administrative'), code).toBe(gov);
      expect(governmentCodeFor(set, code, 'civil-service-managed'), code).toBe(gov);
      expect(governmentItem(set, gov), gov).toBeDefined();
    }
    expect(economicItem(set, '30107')?.name).toBe('绩效工资');
    expect(governmentItem(set, '50101')?.name).toBe('工资奖金津补贴');
    expect(governmentItem(set, '50501')?.name).toBe('工资福利支出');
    expect(governmentItem(set, '50206')?.name).toBe('公务接待费');
  });

  it('maps 部门 款 to 政府 款 by unit type', () => {
    const set = set2023();
    expect(governmentCodeFor(set, '30101', 'administrative')).toBe('50101');
    expect(governmentCodeFor(set, '30101', 'institution')).toBe('50501');
    expect(governmentCodeFor(set, '30201', 'institution')).toBe('50502');
    expect(governmentCodeFor(set, '30106', 'administrative')).toBe('50199');
    expect(governmentCodeFor(set, '30311', 'administrative')).toBeUndefined(); // blank in the list
    expect(governmentCodeFor(set, '39999', 'institution')).toBeUndefined();
    expect(governmentCodeFor(set, '99999', 'administrative')).toBeUndefined();
  });

  it('keeps verified flags from the reference notes', () => {
    const set = set2023();
    expect(economicItem(set, '30108')?.verified).toBe(true);
    expect(economicItem(set, '30306')?.verified).toBe(false);
    expect([...set.functional.values()].filter((i) => i.verified)).toHaveLength(82);
    expect([...set.economicDepartment.values()].filter((i) => i.verified)).toHaveLength(64);
  });

  it('has the income-source rows in order', () => {
    const rows = set2023().revenueSources ?? [];
    expect(rows.map((r) => r.order)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(rows[0]?.name).toBe('一般公共预算拨款收入');
    expect(rows[10]?.aliases).toContain('上年结转');
  });
});
