// Tests for reading a bureau's list from sheet cells: header detection, kind hints, cell-exact errors.
import { describe, expect, it } from 'vitest';
import { columnLetter, detectKind, parseClassificationList, parseKindOption } from './list-sheet.ts';

describe('parseClassificationList', () => {
  it('finds the header below a title and reads codes printed with spaces', () => {
    const out = parseClassificationList('f.xlsx', [
      {
        name: 'Sheet1',
        rows: [
          ['2023年支出功能分类科目'],
          [],
          ['序号', '科目编码（类款项）', '科目名称', '级次'],
          ['1', '208', '社会保障和就业支出', '1'],
          ['2', '208 05', '行政事业单位养老支出', '款'],
          ['3', '２０８０５０５', '　机关事业单位基本养老保险缴费支出', '项'],
        ],
      },
    ]);
    expect(out.errors).toEqual([]);
    expect(out.rows.map((r) => [r.kind, r.item.code, r.item.name, r.item.level, r.item.parent])).toEqual([
      ['functional', '208', '社会保障和就业支出', '类', undefined],
      ['functional', '20805', '行政事业单位养老支出', '款', '208'],
      ['functional', '2080505', '机关事业单位基本养老保险缴费支出', '项', '20805'],
    ]);
    expect(out.rows[2]?.place).toBe('f.xlsx 工作表“Sheet1” B6');
  });

  it('uses the sheet name as the kind and rejects codes of another list', () => {
    const out = parseClassificationList('f.xlsx', [
      { name: '政府经济分类', rows: [['编码', '名称'], ['50101', '工资奖金津补贴'], ['30101', '基本工资']] },
    ]);
    expect(out.errors).toEqual(['f.xlsx 工作表“政府经济分类” A3：“30101” 不是政府预算支出经济分类科目的编码（本表按政府预算支出经济分类科目读取）']);
  });

  it('reports a missing name and an unknown level, naming the cells', () => {
    const out = parseClassificationList('f.csv', [{ rows: [['code', 'name', 'level'], ['212', '', ''], ['21201', 'x', '甲']] }]);
    expect(out.errors).toEqual([
      'f.csv 第 2 行 B 列：科目 212 没有名称 / missing name',
      'f.csv 第 3 行 C 列：级次“甲”无法识别（应为 类/款/项 或 1/2/3）',
    ]);
  });

  it('skips revenue sheets and sheets without a header when the workbook has several', () => {
    const out = parseClassificationList('f.xlsx', [
      { name: '说明', rows: [['说明文字']] },
      { name: '收入分类科目', rows: [['科目编码', '科目名称'], ['101', '税收收入']] },
      { name: '部门经济', rows: [['科目编码', '科目名称'], ['301', '工资福利支出']] },
    ]);
    expect(out.errors).toEqual([]);
    expect(out.rows).toHaveLength(1);
    expect(out.notes).toHaveLength(2);
  });

  it('prefers 科目编码 / 科目名称 over other code and name columns', () => {
    const out = parseClassificationList('f.csv', [
      { rows: [['编码', '名称', '科目编码', '科目名称'], ['1', '第一行', '30101', '基本工资']] },
    ]);
    expect(out.errors).toEqual([]);
    expect(out.rows[0]?.item).toMatchObject({ code: '30101', name: '基本工资' });
  });

  it('says a header is missing and a sheet has no rows', () => {
    expect(parseClassificationList('f.csv', [{ rows: [['212', '城乡社区支出']] }]).errors[0]).toContain('找不到表头');
    expect(parseClassificationList('f.csv', [{ rows: [['科目编码', '科目名称']] }]).errors[0]).toContain('表头下面没有科目行');
  });
});

describe('helpers', () => {
  it('detects kinds and options', () => {
    expect(detectKind('功能科目')).toBe('functional');
    expect(detectKind('部门预算支出经济分类科目')).toBe('economic-department');
    expect(detectKind('政府经济')).toBe('economic-government');
    expect(detectKind('功能分类与经济分类对照')).toBeUndefined();
    expect(detectKind('Sheet1')).toBeUndefined();
    expect(parseKindOption('部门经济')).toBe('economic-department');
    expect(parseKindOption('functional')).toBe('functional');
    expect(parseKindOption('x')).toBeUndefined();
  });

  it('names columns like a spreadsheet', () => {
    expect([1, 3, 26, 27, 52, 703].map(columnLetter)).toEqual(['A', 'C', 'Z', 'AA', 'AZ', 'AAA']);
  });
});
