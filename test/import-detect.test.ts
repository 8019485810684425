// Template detection from table titles, on the titles the three corpus documents print (typed from
// the seed text and from `pdftotext -layout` of the two Shanghai PDFs, titles and 目录 entries) and
// on the variants real documents use: numbering, year, 部门/单位/预算单位, 总表, 功能分类, quotes.
import { describe, expect, it } from 'vitest';
import { detectTemplate, titleScore } from '../src/core/import/detect.ts';
import { dice, titleKey } from '../src/core/import/labels.ts';
import { getTemplate } from '../src/core/templates/index.ts';

/** Seed (洛阳市涧西区 2023): the titles above its 11 printed tables. */
const SEED = [
  '2023年部门收支预算表', '2023年部门支出预算表', '2023年财政拨款收支预算表', '2023年一般公共预算支出预算表',
  '2023年一般公共预算基本支出预算表', '2023年一般公共预算“三公”经费预算表', '2023年政府性基金支出预算表',
  '2023年国有资本经营支出预算表', '2023年项目支出预算表', '区级部门(单位)整体绩效目标表', '2023年度区级部门预算项目绩效目标表',
];
/** Seed 目录: the 13 entries, numbered, without year. */
const SEED_CONTENTS = [
  '一、部门收支预算表', '二、部门收入预算表', '三、部门支出预算表', '四、财政拨款收支预算表', '五、一般公共预算支出预算表',
  '六、一般公共预算基本支出预算表', '七、支出经济分类汇总表', '八、一般公共预算“三公”经费预算表', '九、政府性基金支出预算表',
  '十、国有资本经营支出预算表', '十一、项目支出预算表', '十二、部门（单位）整体绩效目标表', '十三、部门预算项目绩效目标表',
];
/** 上海市财政局 2025 单位预算: its 目录 entries (numbered “1.” and “5．”). */
const CZJ = [
  '1. 2025年预算单位财务收支预算总表', '2. 2025年预算单位收入预算总表', '3. 2025年预算单位支出预算总表',
  '4. 2025年预算单位财政拨款收支预算总表', '5． 2025年预算单位一般公共预算支出功能分类预算表',
  '6． 2025年预算单位政府性基金预算支出功能分类预算表', '7． 2025年预算单位国有资本经营预算支出功能分类预算表',
  '8． 2025年预算单位一般公共预算基本支出部门预算经济分类预算表', '9. 2025年单位“三公”经费和机关运行经费预算表',
];
/** 万里街道 2023 部门预算: the titles above its tables. */
const WANLI = [
  '2023年部门财务收支预算总表', '2023年部门收入预算总表', '2023年部门支出预算总表', '2023年部门财政拨款收支预算总表',
  '2023年部门一般公共预算支出功能分类预算表', '2023年部门政府性基金预算支出功能分类预算表',
  '2023年部门国有资本经营预算支出功能分类预算表', '2023年部门一般公共预算基本支出部门预算经济分类预算表',
  '2023年部门“三公”经费和机关运行经费预算表',
];

const SHANGHAI_IDS = [
  'income-expenditure-summary', 'income', 'expenditure', 'fiscal-summary', 'general-public-expenditure',
  'government-fund-expenditure', 'state-capital-expenditure', 'general-public-basic-expenditure', 'three-public',
];

describe('detectTemplate on the corpus', () => {
  it('reads the seed as Luoyang with 收入表 and 经济分类汇总表 missing', () => {
    const d = detectTemplate(SEED);
    expect(d.template).toBe('luoyang');
    expect(d.missing).toEqual(['income', 'economic-summary']);
    expect(d.unknown).toEqual([]);
    expect(d.tables.map((t) => t.index)).toEqual(SEED.map((_, i) => i));
  });

  it("reads the seed's 目录 entries (numbered, no year) as all 13 Luoyang tables", () => {
    const d = detectTemplate(SEED_CONTENTS);
    expect(d.template).toBe('luoyang');
    expect(d.missing).toEqual([]);
    expect(d.score).toBe(1);
    expect(d.tables.map((t) => t.tableId)).toEqual(getTemplate('luoyang')?.tables.map((t) => t.id));
  });

  it('reads 上海市财政局 as the Shanghai 单位 template and 万里街道 as the 部门 template', () => {
    const czj = detectTemplate(CZJ);
    expect([czj.template, czj.score, czj.missing, czj.unknown]).toEqual(['shanghai', 1, [], []]);
    expect(czj.tables.map((t) => t.tableId)).toEqual(SHANGHAI_IDS);
    const wanli = detectTemplate(WANLI);
    expect([wanli.template, wanli.score, wanli.missing]).toEqual(['shanghai-dept', 1, []]);
    expect(wanli.tables.map((t) => t.tableId)).toEqual(SHANGHAI_IDS);
  });

  it('tells the templates apart by a margin', () => {
    const luoyang = getTemplate('luoyang');
    const shanghai = getTemplate('shanghai');
    if (!luoyang || !shanghai) throw new Error('templates');
    const score = (titles: string[], t: typeof luoyang) => detectTemplate(titles, { templates: [t] }).score;
    expect(score(SEED, luoyang) - score(SEED, shanghai)).toBeGreaterThan(0.25);
    expect(score(CZJ, shanghai) - score(CZJ, luoyang)).toBeGreaterThan(0.3);
  });
});

describe('title variants', () => {
  const luoyang = getTemplate('luoyang');
  const shanghai = getTemplate('shanghai');
  const spec = (t: typeof luoyang, id: string) => t?.tables.find((x) => x.id === id);

  it('sets aside numbering, year, 部门/单位/预算单位, quotes, width, spaces and radicals', () => {
    const forms = [
      '2023年部门收支预算表', '部门收支预算表', '一、部门收支预算表', '1. 2023年部门收支预算表', '5．2023年部门收支预算表',
      '表1 2023年部门收支预算表', '附表1：2023年部门收支预算表', '（一）部门收支预算表', '2023 年 部门收支预算表',
      '2023年部⻔收支预算表', '2023年度部门收支预算表', '2023年单位收支预算表',
    ];
    for (const f of forms) expect(titleScore(f, spec(luoyang, 'income-expenditure-summary') as never), f).toBe(1);
    for (const f of ['2023年一般公共预算“三公”经费预算表', '2023年一般公共预算"三公"经费预算表', '2023年一般公共预算‘三公’经费预算表', '2023年一般公共预算三公经费预算表']) {
      expect(titleScore(f, spec(luoyang, 'three-public') as never), f).toBe(1);
    }
  });

  it('reads 预算表 as 预算总表 and 支出预算表 as 支出功能分类预算表', () => {
    expect(titleScore('2025年预算单位收入预算表', spec(shanghai, 'income') as never)).toBe(1);
    expect(titleScore('2025年预算单位一般公共预算支出预算表', spec(shanghai, 'general-public-expenditure') as never)).toBe(1);
    expect(titleScore('2023年部门一般公共预算支出功能分类预算表', spec(luoyang, 'general-public-expenditure') as never)).toBe(1);
    expect(titleKey('5． 2025年预算单位一般公共预算支出功能分类预算表')).toBe(titleKey('2023年部门一般公共预算支出预算表'));
  });

  it('maps a title it does not know word for word by bigram similarity, above the threshold only', () => {
    const d = detectTemplate(['2023年部门收支预算表', '2023年政府性基金预算支出预算表', '2023年政府采购预算表', '2023年部门资产情况表'], { templates: [luoyang as never] });
    expect(d.tables.map((t) => [t.title, t.tableId])).toEqual([
      ['2023年部门收支预算表', 'income-expenditure-summary'],
      ['2023年政府性基金预算支出预算表', 'government-fund-expenditure'],
    ]);
    expect(d.tables[1]?.score).toBeLessThan(1);
    expect(d.tables[1]?.score).toBeGreaterThanOrEqual(0.8);
    expect(d.unknown).toEqual([{ index: 2, title: '2023年政府采购预算表' }, { index: 3, title: '2023年部门资产情况表' }]);
    expect(d.missing).toHaveLength(11);
  });

  it('uses each table of the template once, the better title winning', () => {
    const d = detectTemplate(['2023年部门支出预算表', '2023年部门支出预算表（续）'], { templates: [luoyang as never] });
    expect(d.tables).toHaveLength(1);
    expect(d.tables[0]?.index).toBe(0);
    expect(d.unknown.map((u) => u.index)).toEqual([1]);
  });

  it('names a template even for no titles, with everything missing', () => {
    const d = detectTemplate([]);
    expect(d.score).toBe(0);
    expect(d.tables).toEqual([]);
    expect(d.missing.length).toBeGreaterThan(0);
  });

  it('computes bigram Dice', () => {
    expect(dice('收支预算表', '收支预算表')).toBe(1);
    expect(dice('ab', 'cd')).toBe(0);
    expect(dice('收支预算表', '财务收支预算表')).toBeCloseTo(0.8, 5); // 4 shared of 4 + 6 bigrams
  });
});
