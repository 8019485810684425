// The 目录, template leftovers and 部门/单位 self-designations, on lines of the real documents and
// of the Putuo 2026 Excel template (transcribed by hand).
import { describe, expect, it } from 'vitest';
import { inOrder, parseEntry, similarity, tableEntries, titleKey } from './contents.ts';
import { leftoversIn } from './leftovers.ts';
import { documentDesignation, headingDesignation, selfReferences, subtitleDesignation, titleDesignation } from './wording.ts';

describe('contents', () => {
  it('keeps the table lines and drops the group line above them (万里街道 目录)', () => {
    const lines = ['四、部门预算编制说明', '五、部门预算表', '1. 2023年部门财务收支预算总表', '4．2023年部门财政拨款收支预算总表', '六、其他相关情况说明'];
    expect(tableEntries(lines).map((e) => e.title)).toEqual(['2023年部门财务收支预算总表', '2023年部门财政拨款收支预算总表']);
  });

  it('reads bullets, dot leaders and page numbers off a line', () => {
    expect(parseEntry('- 十二、部门（单位）整体绩效目标表', 0)).toMatchObject({ title: '部门（单位）整体绩效目标表', style: 'cn' });
    expect(parseEntry('一、部门主要职能  ……………………………… 3', 0).title).toBe('部门主要职能');
  });

  it('compares titles without year, 区级 and bracket shapes', () => {
    expect(titleKey('区级部门(单位)整体绩效目标表')).toBe(titleKey('部门（单位）整体绩效目标表'));
    expect(titleKey('2023年度区级部门预算项目绩效目标表')).toBe(titleKey('部门预算项目绩效目标表'));
    expect(similarity('部门收入预算表', '部门收入总表')).toBeGreaterThan(0.75);
    expect([...inOrder([0, 2, 1, 3])].sort()).toHaveLength(3);
  });
});

describe('leftovers', () => {
  it('finds the Putuo template’s placeholders', () => {
    const t = '2026年，XX收入预算x,xxx万元，其中：财政拨款收入x,xxx万元，比2025年预算增加（减少）XXX万元（持平）；';
    expect(leftoversIn(t).map((l) => l.text)).toEqual(['XX', 'x,xxx', 'x,xxx', '增加（减少）', 'XXX', '（持平）']);
    expect(leftoversIn('财政拨款收入支出增加（减少）的主要原因是xxxxxx').map((l) => l.what)).toContain('占位符 XX');
    expect(leftoversIn('主要原因是……。').map((l) => l.what)).toEqual(['空的“主要原因是”', '省略号“……”']);
    expect(leftoversIn('2026年XX（部门）下属X家机关。（若无，则写“本部门无机关运行经费。”）').map((l) => l.what))
      .toEqual(['占位符 XX', '占位符 X', '模板的填写说明']);
  });

  it('finds nothing in real filled-in sentences', () => {
    expect(leftoversIn('根据沪府规【2016】168号文关于同意《上海市普陀区万里社区W060701单元W-07、W-08街坊、真如城市副中心X101、X102、X103、G1街坊控制性详细规划局部调整》的批复')).toEqual([]);
    expect(leftoversIn('2022年当年预算执行数为1.48万元，2023年预算安排2.63万元，比2022年预算执行数增加77.70 %。主要原因是：统计管理经费增加。')).toEqual([]);
  });
});

describe('部门 / 单位', () => {
  it('reads designations of titles, headings and the 编制 line', () => {
    expect(titleDesignation('2023年部门财务收支预算总表')).toBe('部门');
    expect(titleDesignation('2025年预算单位财务收支预算总表')).toBe('单位');
    expect(titleDesignation('2025年单位“三公”经费和机关运行经费预算表')).toBe('单位');
    expect(titleDesignation('区级部门(单位)整体绩效目标表')).toBeUndefined();
    expect(titleDesignation('2023年度区级部门预算项目绩效目标表')).toBeUndefined();
    expect(headingDesignation('上海市财政局（单位）主要职能')).toBe('单位');
    expect(headingDesignation('部门预算编制说明')).toBe('部门');
    expect(headingDesignation('二、预算单位构成情况')).toBeUndefined();
    expect(subtitleDesignation('编制单位：上海市财政局')).toBe('单位');
    expect(documentDesignation('上海市2025年市级单位预算')).toBe('单位');
    expect(documentDesignation('上海市普陀区2023年区级部门预算')).toBe('部门');
  });

  it('finds self-references, not terms that contain the words', () => {
    expect(selfReferences('本部门2个预算单位开展了绩效目标编报工作').map((r) => r.text)).toEqual(['本部门']);
    expect(selfReferences('是市级预算主管部门及所属预算单位为保障其机构正常运转')).toEqual([]);
  });
});
