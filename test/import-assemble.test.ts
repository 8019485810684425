// Assembling small hand-written RawDocuments: amounts and units as printed, headers that print a
// subset of the template's columns or columns it does not know, codes printed whole or split, empty
// tables, and tables of the Shanghai template (figures typed from 万里街道 2023, pdftotext pages
// 20–22) with the refs its views give.
import { describe, expect, it } from 'vitest';
import { readAmount, tableUnit } from '../src/core/import/amounts.ts';
import { assembleDocument } from '../src/core/import/assemble.ts';
import type { RawCell, RawDocument, RawTable } from '../src/core/import/raw.ts';
import type { DocTable } from '../src/core/model/document.ts';

let line = 0;
const c = (text: string): RawCell => ({ text, at: { page: 1, line: ++line } });
const row = (...texts: string[]): RawCell[] => texts.map(c);

function table(title: string, preamble: string[], header: string[][], body: string[][], notes: string[] = []): RawTable {
  return { title, titleAt: { page: 1 }, preamble: preamble.map(c), header: header.map((h) => row(...h)), body: body.map((b) => row(...b)), notes: notes.map(c) };
}

function doc(tables: RawTable[], titleLines: string[] = []): RawDocument {
  return { source: { file: 't.pdf', kind: 'pdf', pages: 3 }, titleLines: titleLines.map(c), contents: [], paragraphs: [], tables };
}

const get = (tables: DocTable[], id: string) => {
  const t = tables.find((x) => x.id === id);
  if (!t) throw new Error(`no ${id}`);
  return t;
};
const refsOf = (t: DocTable, r: number) => Object.fromEntries(Object.entries(t.rows[r]?.refs ?? {}).map(([i, ref]) => [t.columns[Number(i)]?.key, ref]));

describe('amounts as printed', () => {
  it('reads separators, blanks, dashes, zero, negatives and full-width digits into 分', () => {
    const v = (t: string, u: '元' | '万元' = '万元') => {
      const r = readAmount(t, u);
      return r.ok ? r.value : `error: ${r.message}`;
    };
    expect(v("1,234.56")).toBe(1_234_560_000);
    expect(v('164,978,640', '元')).toBe(16_497_864_000);
    expect([v(''), v('-'), v('—'), v(' ')]).toEqual([null, null, null, null]);
    expect(v('0')).toBe(0);
    expect(v('0.00')).toBe(0);
    expect(v('−12.50')).toBe(-12_500_000);
    expect(v('-12.5')).toBe(-12_500_000);
    expect(v('(12.50)')).toBe(-12_500_000);
    expect(v('（１２）')).toBe(-12_000_000);
    expect(v('１，２３４')).toBe(1_234_000_000);
    expect(v('abc')).toMatch(/^error: “abc”不是金额/);
    expect(v('1.2345678')).toMatch(/^error: .*精确到分以下/);
    expect(readAmount('22.91', '万元')).toEqual({ ok: true, value: 22_910_000, decimals: 2 }); // 229,100 元
  });

  it('takes the unit from the preamble (单位：元 / 单位:万元 / 金额单位), the title or a header label', () => {
    const u = (pre: string[], title = '', header: string[][] = []) => tableUnit(pre.map(c), title, header.map((h) => row(...h)), '元');
    expect(u(['编制部门：上海市普陀区人民政府万里街道办事处      单位:万元'])).toEqual({ unit: '万元', stated: true });
    expect(u(['部门名称：X', '单位：万元'])).toEqual({ unit: '万元', stated: true });
    expect(u(['金额单位：元'])).toEqual({ unit: '元', stated: true });
    expect(u([], '2023年项目支出预算表（单位：万元）')).toEqual({ unit: '万元', stated: true });
    expect(u([], '', [['项目金额（万元）']])).toEqual({ unit: '万元', stated: true });
    expect(u(['部门名称：X'])).toEqual({ unit: '元', stated: false });
  });
});

describe('Luoyang tables from a clean reader', () => {
  const header = [
    ['科目编码', '', '', '单位代码', '单位（科目名称）', '合计', '基本支出', '基本支出', '项目支出'],
    ['类', '款', '项', '单位代码', '单位（科目名称）', '合计', '小计', '人员经费', '小计'],
  ];

  it('reads a subset of the columns, codes split or printed whole, and keeps an unknown column as text', () => {
    const t = table('2023年一般公共预算支出预算表', ['部门名称：某局      单位：万元'], [
      ['科目编码', '单位代码', '单位（科目名称）', '合计', '基本支出', '备注'],
      ['科目编码', '单位代码', '单位（科目名称）', '合计', '小计', '备注'],
    ], [
      ['', '', '合计', '1,000.00', '400.00', ''],
      ['', '517', '某局', '1,000.00', '400.00', ''],
      ['212 01 01', '', '行政运行', '400.00', '400.00', '见说明'],
      ['2120199', '', '其他城乡社区管理事务支出', '600.00', '-', ''],
    ]);
    const { document, problems } = assembleDocument(doc([t]), { template: 'luoyang' });
    const gp = get(document.tables, 'general-public-expenditure');
    expect(gp.columns.map((x) => x.key)).toEqual(['fn.class', 'fn.section', 'fn.item', 'unit.code', 'name', 'total', 'basic', 'printed.6']);
    expect(gp.subtitle).toEqual(['部门名称：某局']);
    expect(gp.rows.map((r) => [r.kind, r.code, r.name])).toEqual([
      ['total', undefined, '合计'], ['department', '517', '某局'], ['item', '2120101', '行政运行'], ['item', '2120199', '其他城乡社区管理事务支出'],
    ]);
    expect(gp.rows[2]?.cells).toEqual(['212', '01', '01', null, '行政运行', 400_000_000, 400_000_000, '见说明']);
    expect(gp.rows[3]?.cells.slice(5, 7)).toEqual([600_000_000, null]);
    expect(refsOf(gp, 2)).toEqual({ total: 'exp:gp:fn:2120101:total', basic: 'exp:gp:fn:2120101:basic' });
    expect(refsOf(gp, 0)).toEqual({ total: 'exp:gp:total:total', basic: 'exp:gp:total:basic' });
    expect(problems.map((p) => p.messageEn)).toContain('general-public-expenditure: printed column “备注” matches no column of the template; kept as text');
    expect(problems.some((p) => p.message.includes('未印出模板中的列') && p.message.includes('工资福利支出'))).toBe(true);
  });

  it('gives unit rows their own ref prefix and reports an unreadable amount, keeping its text', () => {
    const t = table('2023年部门支出预算表', ['单位:万元'], header, [
      ['', '', '', '', '合计', '10.00', '4.00', '4.00', '6.00'],
      ['', '', '', '517', '某局', '10.00', '4.00', '4.00', '6.00'],
      ['', '', '', '517001', '某局本级', '10.00', '4.00', '4.00', '约6'],
      ['208', '05', '05', '', '机关事业单位基本养老保险缴费支出', '10.00', '4.00', '4.00', '6.00'],
    ]);
    const { document, problems } = assembleDocument(doc([t]), { template: 'luoyang' });
    const e = get(document.tables, 'expenditure');
    expect(e.rows.map((r) => r.kind)).toEqual(['total', 'department', 'unit', 'item']);
    expect(refsOf(e, 2).total).toBe('exp:all:unit:517001:total:total');
    expect(refsOf(e, 3).project).toBe('exp:all:unit:517001:fn:2080505:project');
    expect(e.rows[2]?.cells[8]).toBe('约6');
    expect(problems.find((p) => p.messageEn.includes('“约6”'))?.at).toEqual(e.rows[2]?.at?.[8]);
    expect(document.meta.department.code).toBe('517');
  });

  it('marks a table with only an empty 合计 row, or a note saying so, as empty', () => {
    const gf = table('2023年政府性基金支出预算表', ['单位：万元'], header, [['', '', '', '', '合计', '', '', '', '']]);
    const sc = table('2023年国有资本经营支出预算表', ['单位：万元'], header, [['', '', '', '', '合计', '0.00', '', '', '']], ['注：本部门2023年无国有资本经营预算财政拨款安排的预算，故本表为空表。']);
    const { document } = assembleDocument(doc([gf, sc]), { template: 'luoyang' });
    expect(get(document.tables, 'government-fund-expenditure').empty).toBe(true);
    expect(get(document.tables, 'state-capital-expenditure').empty).toBe(true);
    expect(get(document.tables, 'state-capital-expenditure').notes).toHaveLength(1);
  });

  it('reports a title it does not know and reads the rest', () => {
    const { document, detection, problems } = assembleDocument(doc([
      table('2023年部门收支预算表', [], [['收入', '收入', '支出', '支出'], ['项目', '金额', '项目', '金额']], [['一、一般公共预算', '5.00', '一、一般公共服务', '5.00']]),
      table('2023年部门资产配置情况表', [], [['资产']], [['1']]),
    ]), { template: 'luoyang' });
    expect(document.tables.map((t) => t.id)).toEqual(['income-expenditure-summary']);
    expect(detection.unknown).toEqual([{ index: 1, title: '2023年部门资产配置情况表' }]);
    expect(problems.some((p) => p.message.startsWith('未识别的表“2023年部门资产配置情况表”'))).toBe(true);
    expect(refsOf(get(document.tables, 'income-expenditure-summary'), 0)).toEqual({ 'left.amount': 'income:general-public-all', 'right.amount': 'exp:all:fn:201:total' });
  });
});

describe('Shanghai tables (万里街道 2023, typed from the PDF)', () => {
  const threePublic = table('2023年部门“三公”经费和机关运行经费预算表', ['编制部门：上海市普陀区人民政府万里街道办事处                单位:万元'], [
    ['2023年“三公”经费预算数', '2023年“三公”经费预算数', '2023年“三公”经费预算数', '2023年“三公”经费预算数', '2023年“三公”经费预算数', '2023年“三公”经费预算数', '2023年机关运行经费预算数'],
    ['合计', '因公出国(境)费', '公务接待费', '公务用车购置及运行费', '公务用车购置及运行费', '公务用车购置及运行费', '2023年机关运行经费预算数'],
    ['合计', '因公出国(境)费', '公务接待费', '小计', '购置费', '运行费', '2023年机关运行经费预算数'],
  ], [['22.91', '0', '1.35', '21.56', '0', '21.56', '786.09']]);
  const basic = table('2023年部门一般公共预算基本支出部门预算经济分类预算表', ['编制部门：上海市普陀区人民政府万里街道办事处', '单位：元'], [
    ['项目', '项目', '项目', '一般公共预算基本支出', '一般公共预算基本支出', '一般公共预算基本支出'],
    ['部门预算经济分类科目编码', '部门预算经济分类科目编码', '经济分类科目名称', '合计', '人员经费', '公用经费'],
    ['类', '款', '经济分类科目名称', '合计', '人员经费', '公用经费'],
  ], [
    ['301', '', '工资福利支出', '83,847,385', '83,847,385', ''],
    ['301', '01', '基本工资', '5,668,416', '5,668,416', ''],
    ['302', '', '商品和服务支出', '15,381,432', '', '15,381,432'],
    ['303', '02', '退休费', '177,480', '177,480', ''],
    ['', '', '合计', '99,406,297', '84,024,865', '15,381,432'],
  ]);
  const summary = table('2023年部门财务收支预算总表', ['编制部门：上海市普陀区人民政府万里街道办事处     单位：元'], [
    ['本年收入', '本年收入', '本年支出', '本年支出'], ['项目', '预算数', '项目', '预算数'],
  ], [
    ['一、财政拨款收入', '164,978,640', '一、一般公共服务支出', '2,976,800'],
    ['1. 一般公共预算', '164,978,640', '二、公共安全支出', '1,252,300'],
    ['2. 政府性基金', '', '三、科学技术支出', '100,000'],
    ['收入总计', '164,978,640', '支出总计', '164,978,640'],
  ]);
  const result = assembleDocument(doc([summary, basic, threePublic], ['上海市普陀区2023年区级部门预算', '预算主管部门：上海市普陀区人民政府万里街道办事处']));
  const { document } = result;

  it('is detected as the Shanghai 部门 template, with the meta off the cover', () => {
    expect(result.detection.template).toBe('shanghai-dept');
    expect(result.detection.missing).toHaveLength(6);
    expect(document.meta).toMatchObject({ year: 2023, title: '上海市普陀区2023年区级部门预算', department: { code: '', name: '上海市普陀区人民政府万里街道办事处' } });
  });

  it('reads the “三公” table in 万元 with 机关运行经费 and its refs', () => {
    const t = get(document.tables, 'three-public');
    expect([t.unit, t.decimals]).toEqual(['万元', 2]);
    expect(t.subtitle).toEqual(['编制部门：上海市普陀区人民政府万里街道办事处']);
    expect(t.rows[0]?.cells).toEqual([22_910_000, 0, 1_350_000, 21_560_000, 0, 21_560_000, 786_090_000]);
    expect(refsOf(t, 0)).toEqual({
      total: 'three-public:total', abroad: 'three-public:abroad', reception: 'three-public:reception', vehicle: 'three-public:vehicle',
      'vehicle.purchase': 'three-public:vehicle-purchase', 'vehicle.operation': 'three-public:vehicle-operation', 'operating-funds': 'operating-funds',
    });
  });

  it('reads the economic table in 元: 类 and 款 rows, 合计 at the bottom', () => {
    const t = get(document.tables, 'general-public-basic-expenditure');
    expect([t.unit, t.decimals]).toEqual(['元', 0]);
    expect(t.rows.map((r) => [r.kind, r.code ?? '', r.name])).toEqual([
      ['class', '301', '工资福利支出'], ['item', '30101', '基本工资'], ['class', '302', '商品和服务支出'], ['item', '30302', '退休费'], ['total', '', '合计'],
    ]);
    expect(t.rows[4]?.cells.slice(3)).toEqual([9_940_629_700, 8_402_486_500, 1_538_143_200]);
    expect(refsOf(t, 1)).toEqual({ total: 'exp:gp:econ:30101:basic', 'basic.personnel': 'exp:gp:econ:30101:personnel', 'basic.public': 'exp:gp:econ:30101:public' });
    expect(refsOf(t, 4).total).toBe('exp:gp:total:basic');
  });

  it('reads the two-sided summary: left lines by label, right 类 lines by name → code', () => {
    const t = get(document.tables, 'income-expenditure-summary');
    expect(t.rows.map((r) => [r.kind, r.code ?? ''])).toEqual([['pair', '201'], ['pair', '204'], ['pair', '206'], ['total', '']]);
    expect(refsOf(t, 0)).toEqual({ 'left.amount': 'income:fiscal-this-year', 'right.amount': 'exp:all:fn:201:total' });
    expect(refsOf(t, 1)).toEqual({ 'left.amount': 'income:general-public-all', 'right.amount': 'exp:all:fn:204:total' });
    expect(refsOf(t, 3)).toEqual({ 'left.amount': 'income:grand-total', 'right.amount': 'exp:grand-total' });
    // 万里街道 prints “2. 政府性基金” where the 2026 template says “2. 政府性基金预算”: read as that line, said so.
    expect(refsOf(t, 2)).toEqual({ 'left.amount': 'income:government-fund', 'right.amount': 'exp:all:fn:206:total' });
    expect(result.problems.filter((p) => p.table === 'income-expenditure-summary').map((p) => p.message)).toEqual([
      '2023年部门财务收支预算总表：行“2. 政府性基金”按相近的模板行“2. 政府性基金预算”读取',
    ]);
  });
});
