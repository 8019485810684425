// Tests for validation of raw classification data: problems as values, a throw for bundled data.
import { describe, expect, it } from 'vitest';
import { buildClassificationSet, validateClassification, type RawClassification } from './validate.ts';

function raw(overrides: Partial<RawClassification> = {}): RawClassification {
  return {
    year: 2023,
    functional: [
      { code: '212', name: '城乡社区支出', level: '类', verified: true },
      { code: '21201', name: '城乡社区管理事务', level: '款', parent: '212', verified: true },
      { code: '2120101', name: '行政运行', level: '项', parent: '21201', verified: true },
    ],
    economicDepartment: { year: 2023, edition: 'x', items: [
      { code: '301', name: '工资福利支出', level: '类', verified: true },
      { code: '30101', name: '基本工资', level: '款', parent: '301', verified: true },
    ] },
    economicGovernment: [
      { code: '501', name: '机关工资福利支出', level: '类', verified: false },
      { code: '50101', name: '工资奖金津补贴', level: '款', parent: '501', verified: false },
    ],
    mapping: [{ department: '30101', administrative: '50101' }],
    ...overrides,
  };
}

describe('validateClassification', () => {
  it('accepts consistent data', () => {
    expect(validateClassification(raw())).toEqual([]);
    const { set } = buildClassificationSet(raw(), 'bundled');
    expect(set.functional.get('2120101')?.parent).toBe('21201');
    expect(set.mapping.get('30101')?.institution).toBeUndefined();
  });

  it('reports bad codes, levels, parents, duplicates and empty names', () => {
    const problems = validateClassification(
      raw({
        functional: [
          { code: '212', name: '城乡社区支出', level: '类', verified: true },
          { code: '2120', name: '四位', level: '款', verified: false },
          { code: '21201', name: '城乡社区管理事务', level: '项', verified: true },
          { code: '2130101', name: '行政运行', level: '项', parent: '21301', verified: true },
          { code: '2120101', name: '行政运行', level: '项', parent: '21299', verified: true },
          { code: '212', name: '重复', level: '类', verified: true },
          { code: '214', name: ' ', level: '类', verified: true },
          { code: 21202, name: '数字编码', level: '款', verified: true },
          { code: '30101', name: '经济科目', level: '款', verified: true },
        ],
      }),
    );
    const text = problems.map((p) => p.message).join('\n');
    expect(text).toContain('“2120”：编码位数不对');
    expect(text).toContain('“21201”：级次是“项”');
    expect(text).toContain('“2130101”：上级科目 21301 不存在');
    expect(text).toContain('上级科目写的是“21299”，应为编码前缀 21201');
    expect(text).toContain('“212”：编码重复');
    expect(text).toContain('“214”：名称为空');
    expect(text).toContain('“21202”：编码应为数字字符串');
    expect(text).toContain('“30101”：不是支出功能分类科目的编码');
    expect(problems.every((p) => p.list === 'functional')).toBe(true);
  });

  it('rejects 项 in an economic list', () => {
    const problems = validateClassification(
      raw({ economicGovernment: [{ code: '5010101', name: 'x', level: '项', verified: false }], mapping: [] }),
    );
    expect(problems.map((p) => p.message).join('\n')).toContain('编码位数不对');
  });

  it('checks mapping targets against the government list', () => {
    const problems = validateClassification(
      raw({ mapping: [{ department: '30101', administrative: '50199', institution: '' }, { department: '30102' }] }),
    );
    const text = problems.map((p) => p.message).join('\n');
    expect(text).toContain('50199 不在政府经济分类科目表里');
    expect(text).toContain('“30102”：部门经济分类科目表里没有这个编码');
  });

  it('throws for corrupt bundled data and returns problems for user lists', () => {
    const bad = raw({ functional: [{ code: '21201', name: '城乡社区管理事务', level: '款', verified: true }] });
    expect(() => buildClassificationSet(bad, 'bundled')).toThrow(/上级科目 212 不存在/);
    const { set, problems } = buildClassificationSet(bad, 'official');
    expect(problems).toHaveLength(1);
    expect(set.authority).toBe('official');
    expect(set.functional.has('21201')).toBe(true);
  });

  it('reports a data file of the wrong year', () => {
    const problems = validateClassification(raw({ functional: { year: 2024, edition: 'x', items: [] } }));
    expect(problems[0]?.message).toContain('年度是 2024');
  });
});
