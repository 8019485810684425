// The Shanghai district 财政项目支出绩效目标填报表 (core/import/project-forms.ts): constructed forms for
// what the reader does with odd input, then the five real forms of 万里街道 2023 (pages 31–35) against
// the figures transcribed from the PDF (golden/shanghai-wanli-forms.ts), and what the rules find in them.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledClassification } from '../src/core/classification/bundled.ts';
import { ProblemList } from '../src/core/import/problems.ts';
import { indicatorKind, projectFormsTable } from '../src/core/import/project-forms.ts';
import type { RawCell, RawTable } from '../src/core/import/raw.ts';
import type { DocTable, Document } from '../src/core/model/document.ts';
import { CATALOGUE } from '../src/core/rules/catalogue/index.ts';
import { runRule, runRules } from '../src/core/rules/engine.ts';
import { projectBlocks } from '../src/core/rules/indicator-tables.ts';
import { getTemplate } from '../src/core/templates/index.ts';
import { importFile } from '../src/importers/index.ts';
import { auditFormsHtml, isProjectFormsTable } from '../src/reports/audit-html-forms.ts';
import { locateFinding } from '../src/reports/audit-locate.ts';
import { WANLI_FORMS_GOLDEN, WANLI_PERF_STATEMENT } from './golden/shanghai-wanli-forms.ts';
import { ROOT } from './support/bases.ts';

const WANLI = resolve(ROOT, 'test', 'fixtures', 'corpus', 'shanghai-putuo-wanli-2023-dept-budget.pdf');

/** A printed amount in 元 (“4,100,000.00”) in 分, read here independently of the importer. */
const fen = (yuan: string): number => {
  const [whole, frac = ''] = yuan.replace(/,/g, '').split('.');
  return Number(whole) * 100 + Number(frac.padEnd(2, '0'));
};

/** A form as the PDF reader gives it: rows of grid cells on page `page`, '' where nothing is printed. */
function rawForm(page: number, rows: string[][]): RawTable {
  const body: RawCell[][] = rows.map((r, i) => r.map((text, j) => ({ text, at: { page, x: 60 + 60 * j, y: 80 + 20 * i } })));
  return { title: '财政项目支出绩效目标填报表', titleAt: { page, x: 200, y: 30 }, preamble: [{ text: '（2023年度）', at: { page, x: 270, y: 55 } }], header: [], body, notes: [] };
}

const HEAD = [
  ['项目名称', '', '测试项目', '', '项目性质', '经常性项目 项目类别', '', '其他运转类'],
  ['项目资金（元）', '', '项目资金总额', '', '', '1,000.00 年度资金申请总额', '', '900.00'],
  ['', '', '其中：财政资金', '', '1,000.00', '其中：当年财政拨款', '', '800.00'],
  ['', '', '', '', '', '上年结转资金', '', '50.00'],
  ['', '', '其他资金', '', '', '0.00 其他资金', '', '50.00'],
  ['', '一级指标', '二级指标', '三级指标', '', '', '年度(/项目)指标值', ''],
];

describe('reading a 财政项目支出绩效目标填报表', () => {
  it('fields, money split off a cell that ran into the next label, and one row an indicator', () => {
    const problems = new ProblemList();
    const t = projectFormsTable([rawForm(7, [
      ...HEAD,
      ['绩效指标', '产出指标', '数量指标', '培训人次', '', '', '≥200人次', ''],
      ['', '', '成本指标', '人均成本', '', '', '≤45元', ''],
      ['', '满意度指标', '服务对象满意度指标', '学员满意度', '', '', '≥90%', ''],
    ])], 10, problems) as DocTable;
    expect(problems.items).toEqual([]);
    const col = (k: string) => t.columns.findIndex((c) => c.key === k);
    const [head, cost, sat] = t.rows;
    expect(head!.kind).toBe('project');
    expect(head!.cells[col('name')]).toBe('测试项目');
    expect(head!.cells[col('nature')]).toBe('经常性项目');
    expect(head!.cells[col('category')]).toBe('其他运转类');
    expect([col('project-total'), col('project-fiscal'), col('project-other'), col('total'), col('government'), col('carry-over'), col('unit-funds')].map((c) => head!.cells[c]))
      .toEqual([100_000, 100_000, 0, 90_000, 80_000, 5_000, 5_000]);
    expect(head!.cells[col('output.name')]).toBe('培训人次');
    expect(cost!.cells[col('cost.value')]).toBe('≤45元');
    expect(sat!.cells[col('satisfaction.name')]).toBe('学员满意度');
    // A merged 一级 label is read on its first row only, as printed.
    expect(cost!.cells[col('level1')]).toBeNull();
    expect(head!.at?.[col('total')]).toEqual({ page: 7, x: 480, y: 100 });
    expect(t.merges.some((m) => m.col === col('name') && m.rowSpan === 3)).toBe(true);
  });

  it('an amount it cannot read, an indicator of no known kind, a form without a name: each reported with its page, nothing invented', () => {
    const problems = new ProblemList();
    const bad = HEAD.map((r) => [...r]);
    bad[1]![7] = '九百元';
    const t = projectFormsTable([
      rawForm(8, [...bad, ['绩效指标', '其他指标', '', '某项', '', '', '≥1次', '']]),
      rawForm(9, [['项目性质', '经常性项目']]),
    ], 10, problems) as DocTable;
    expect(problems.items.map((p) => [p.at?.page, p.message])).toEqual([
      [8, expect.stringContaining('“年度资金申请总额”：“九百元”不是金额')],
      [8, expect.stringContaining('指标“某项”的一级、二级指标')],
      [9, expect.stringContaining('没有“项目名称”')],
    ]);
    expect(t.rows).toHaveLength(1);
    expect(t.rows[0]!.cells[t.columns.findIndex((c) => c.key === 'total')]).toBeNull();
  });

  it('ID-PERF-BLOCK-FUNDS checks both sums of a form: the year’s request and the project’s total', () => {
    const form = (projectFiscal: string) => {
      const rows = HEAD.map((r) => [...r]);
      rows[2]![4] = projectFiscal;
      return projectFormsTable([rawForm(7, [...rows, ['绩效指标', '产出指标', '数量指标', '培训人次', '', '', '≥200人次', '']])], 1, new ProblemList()) as DocTable;
    };
    const doc = (t: DocTable): Document => ({ schema: 'yusuan/document@1', meta: { year: 2023, kind: 'budget', title: '', department: { code: '', name: '' }, template: 'shanghai-dept', precision: 'printed' }, tables: [t] });
    const rule = CATALOGUE.find((r) => r.id === 'ID-PERF-BLOCK-FUNDS')!;
    const ok = runRule(rule, { doc: doc(form('1,000.00')) });
    expect([ok.status, ok.checks]).toEqual(['pass', 2]);
    const bad = runRule(rule, { doc: doc(form('990.00')) });
    expect(bad.findings.map((f) => [f.location.columnLabel, f.actual, f.expected])).toEqual([['项目资金（元）/项目资金总额', 100_000, 99_000]]);
  });

  it('never throws on odd grids: labels, amounts and garbage in random places', () => {
    const pieces = ['项目名称', '项目性质', '项目类别', '项目资金总额', '其中：财政资金', '其他资金', '0.00 其他资金', '年度资金申请总额', '1,000.00 年度资金申请总额',
      '其中：当年财政拨款', '上年结转资金', '项目总目标', '年度总体目标', '一级指标', '二级指标', '三级指标', '年度(/项目)指标值', '产出指标', '成本指标',
      '满意度指标', '效益指标', '数量指标', '12.50', '-3', '1e9', '九百元', '', '', '', '≥95%', '合规', ' ', '(1,2)', '项目'];
    let seed = 7;
    const rnd = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2147483648) % n);
    for (let k = 0; k < 500; k++) {
      const rows = Array.from({ length: rnd(14) }, () => Array.from({ length: 1 + rnd(9) }, () => pieces[rnd(pieces.length)]!));
      const problems = new ProblemList();
      const t = projectFormsTable([rawForm(3, rows), rawForm(4, HEAD.concat(rows))], 1, problems);
      for (const p of problems.items) expect(p.at?.page === 3 || p.at?.page === 4, p.message).toBe(true);
      for (const row of t?.rows ?? []) {
        expect(row.cells).toHaveLength(t!.columns.length);
        row.cells.forEach((v, i) => {
          if (t!.columns[i]!.kind === 'amount') expect(v === null || Number.isInteger(v), String(v)).toBe(true);
          else expect(v === null || typeof v === 'string').toBe(true);
        });
      }
    }
  });

  it('is laid out on the audit page as forms, one a project, the cells findings point at marked where “定位” finds them', () => {
    const t = projectFormsTable([rawForm(7, [...HEAD, ['绩效指标', '产出指标', '数量指标', '培训人次', '', '', '≥200人次', '']]), rawForm(8, HEAD)], 1, new ProblemList()) as DocTable;
    expect(isProjectFormsTable(t)).toBe(true);
    const total = t.columns.findIndex((c) => c.key === 'total');
    const html = auditFormsHtml(t, [{ n: 3, severity: 'error', row: 0, col: total }], 'd1', 'd1-t9');
    expect(html.match(/<table class="form"/g)).toHaveLength(2);
    expect(html).toContain(`<td colspan="4" class="hit error num" id="d1-t9-r0-c${total}">900.00<sup><a class="mark error" href="#d1-f3">3</a></sup></td>`);
    for (const label of ['项目资金总额', '年度资金申请总额', '其中：当年财政拨款', '上年结转资金', '一级指标', '培训人次', '≥200人次']) expect(html).toContain(label);
  });

  it('kinds: 成本 under 产出 is cost; 效益 and 满意度 by either level', () => {
    expect(indicatorKind('产出指标', '成本指标')).toBe('cost');
    expect(indicatorKind('产出指标', '时效指标')).toBe('output');
    expect(indicatorKind('效益指标', '可持续影响指标')).toBe('effect');
    expect(indicatorKind('', '服务对象满意度指标')).toBe('satisfaction');
    expect(indicatorKind('其他', '')).toBeUndefined();
  });
});

describe.skipIf(!existsSync(WANLI))('万里街道 2023: the five forms of pages 31–35', () => {
  const imported = importFile(WANLI);

  it('are read as one table, a block a form, with the printed fields, money and indicators', async () => {
    const { document, problems } = await imported;
    expect(problems.some((p) => p.message.includes('未识别的表“财政项目支出绩效目标填报表”'))).toBe(false);
    const t = document.tables.find((x) => x.id === 'project-performance')!;
    expect(t.title).toBe('财政项目支出绩效目标填报表');
    expect(document.tables.indexOf(t)).toBe(9);
    const col = (k: string) => t.columns.findIndex((c) => c.key === k);
    const blocks = projectBlocks(t);
    expect(blocks.map((b) => b.name)).toEqual(WANLI_FORMS_GOLDEN.map((f) => f.name));
    for (const [i, f] of WANLI_FORMS_GOLDEN.entries()) {
      const row = t.rows[blocks[i]!.row]!;
      expect(row.cells[col('nature')], f.name).toBe(f.nature);
      expect(row.cells[col('category')], f.name).toBe(f.category);
      const m = f.money;
      expect(['project-total', 'project-fiscal', 'project-other', 'total', 'government', 'carry-over', 'unit-funds'].map((k) => row.cells[col(k)]), f.name)
        .toEqual([m.projectTotal, m.projectFiscal, m.projectOther, m.total, m.government, m.carryOver, m.other].map(fen));
      expect(row.at?.[col('total')]?.page, f.name).toBe(f.page);
      const got = blocks[i]!.indicators.map((x) => [x.kind, x.name, x.value]);
      const counts: Record<string, number> = {};
      for (const [kind] of got) counts[kind as string] = (counts[kind as string] ?? 0) + 1;
      expect(counts, f.name).toEqual(f.counts);
      if (f.page === 34) for (const ind of f.indicators) expect(got, `${f.name} ${ind[1]}`).toContainEqual(ind);
      else expect(got, f.name).toEqual(f.indicators);
      // Every indicator row points at its form's page.
      for (const x of blocks[i]!.indicators) expect(t.rows[x.row]!.at?.[x.valueCol]?.page, x.name).toBe(f.page);
    }
  });

  it('the rules find the form whose money does not add up, the statement’s total, and the targets that are not targets', async () => {
    const { document: doc } = await imported;
    const template = getTemplate(doc.meta.template)!;
    const r = runRules(CATALOGUE, { doc, template, classification: bundledClassification(doc.meta.year)! });
    // As the audit report gives them: with the page each cell or paragraph was printed on.
    const located = r.findings.map((f) => locateFinding(doc, f));
    const of = (id: string) => located.filter((f) => f.ruleId === id);
    // p. 35: 年度资金申请总额 10,903,043.00 but 当年财政拨款 11,419,043.00 + 上年结转 0.00 + 其他 0.00.
    expect(of('ID-PERF-BLOCK-FUNDS').map((f) => [f.severity, f.location.source, f.location.rowLabel, f.actual, f.expected])).toEqual([
      ['error', '第 35 页', '公共服务设施运行经费', fen('10,903,043.00'), fen('11,419,043.00')],
    ]);
    // p. 29 states 5 projects (right) and 3328.13万元; the five forms' 年度资金申请总额 add up to 3351.33万元.
    const total = WANLI_FORMS_GOLDEN.reduce((s, f) => s + fen(f.money.total), 0);
    expect(total).toBe(3_351_334_300);
    expect(of('NAR-PROJECT-COUNT').map((f) => [f.severity, f.location.source, f.actual, f.expected])).toEqual([
      ['error', '第 29 页', Math.round(Number(WANLI_PERF_STATEMENT.wan) * 1_000_000), total],
    ]);
    expect(r.runs.find((x) => x.ruleId === 'NAR-PROJECT-COUNT')?.checks).toBe(2);
    // Values that state no target (p. 31, 34) — but not Shanghai's bracketed units (≥80.00(%)).
    const values = of('PERF-VALUE-PARSES').map((f) => f.actual);
    expect(values).toEqual(expect.arrayContaining(['及时率', '完善率', '满意度', '做好禁毒示范城区标准化建设', '宣传工作覆盖面不断扩大']));
    for (const v of ['≥13459.00(平方米)', '=100.00(%)', '≥80.00(%)', '≥95.00(%)', '党员群众满意度不少于 80%', '居民参与率不低于 100%', '满意率100%', '可控性100%']) {
      expect(values, v).not.toContain(v);
      expect(of('PERF-SATISFACTION-PERCENT').concat(of('PERF-RATE-PERCENT')).some((f) => f.message.includes(`“${v}”`)), v).toBe(false);
    }
    expect(of('PERF-SATISFACTION-PERCENT').some((f) => f.message.includes('“90.00(度)”'))).toBe(true);
    // Cross checks with the 项目支出预算表, which the Shanghai template does not have, do not apply;
    // under a template that has it, its absence is insufficient data (not a pass).
    for (const id of ['PERF-PROJECT-HAS-TARGETS', 'ID-CROSS-PERF-AMOUNTS', 'ID-CROSS-PERF-PROJECTS']) {
      expect(r.runs.find((x) => x.ruleId === id), id).toMatchObject({ status: 'not-applicable', reason: expect.stringContaining('没有项目支出预算表') });
      expect(runRule(CATALOGUE.find((x) => x.id === id)!, { doc, template: getTemplate('luoyang')! }).status, id).toBe('insufficient-data');
    }
    // 3328.13万元 is within the 支出预算总表's 项目支出 65,572,343 元 (p. 18); written as 9328.13 it is not.
    expect(r.runs.find((x) => x.ruleId === 'PLS-PERF-MONEY-WITHIN')).toMatchObject({ status: 'pass', checks: 1 });
    const inflated = structuredClone(doc);
    for (const sec of inflated.narrative ?? []) sec.paragraphs = sec.paragraphs.map((p) => p.replace('3328.13万元', '9328.13万元'));
    const over = runRule(CATALOGUE.find((x) => x.id === 'PLS-PERF-MONEY-WITHIN')!, { doc: inflated, template });
    expect(over.findings.map((f) => [f.severity, f.expected, f.actual])).toEqual([['warning', fen('65,572,343'), fen('93,281,300')]]);
    // p. 30: the quarterly plan 25.88 + 180.74 + 186.60 + 16.78 = 410.00 万元 is the p. 31 form's 4,100,000.00.
    expect(r.runs.find((x) => x.ruleId === 'NAR-QUARTER-PLAN')).toMatchObject({ status: 'pass', checks: 1 });
    const quarters = structuredClone(doc);
    for (const sec of quarters.narrative ?? []) sec.paragraphs = sec.paragraphs.map((p) => p.replace('186.60万元', '168.60万元'));
    const plan = runRule(CATALOGUE.find((x) => x.id === 'NAR-QUARTER-PLAN')!, { doc: quarters, template });
    expect(plan.findings.map((f) => [f.severity, f.actual, f.location.section])).toEqual([['warning', fen('3,920,000.00'), '项目经费情况说明']]);
    // The forms come under the contents’ “八、绩效目标”.
    expect(of('AUD-CONTENTS-TABLES')).toEqual([]);
    for (const f of located.filter((x) => x.location.table === 'project-performance')) {
      expect(f.location.source, `${f.ruleId} ${f.message}`).toMatch(/^第 3[1-5] 页$/);
    }
  });
});
