// The rule catalogue on Shanghai documents: the 上海市财政局 example checks with no false error (its
// warnings are the source's own), the identity rules run on the Shanghai tables (and catch a
// changed figure), rules about tables the template does not have are not applicable, and 20
// generated budgets under either Shanghai variant check with no finding at all.
import { describe, expect, it } from 'vitest';
import type { Document } from '../src/core/model/document.ts';
import { checkBudget, checkDocument } from '../src/core/rules/check.ts';
import { generateBudgets } from '../src/generator/index.ts';
import { classification2023, documentOf, luoyang } from './support/bases.ts';
import { classification, czjBudget, template } from './shanghai-support.ts';

const statusOf = (runs: { ruleId: string; status: string }[], id: string): string | undefined => runs.find((r) => r.ruleId === id)?.status;

/** Identity rules that must pass (not merely not fail) on a Shanghai document with figures. */
const MUST_PASS = [
  'ID-ROW-BASIC-PROJECT', 'ID-FN-HIERARCHY', 'ID-FN-TOTAL-ROWS', 'ID-CROSS-SAME-FIGURE',
  'ID-SUM-BALANCE', 'ID-SUM-EXP-CLASSES', 'ID-SUM-INCOME-SOURCES', 'ID-FISCAL-BALANCE', 'ID-FISCAL-ROW-FUNDS', 'ID-FISCAL-EXP-CLASSES',
  'ID-CROSS-SUMMARY-CLASSES', 'ID-CROSS-FISCAL-GP-CLASSES', 'ID-CROSS-EXP-TOTAL', 'ID-CROSS-INCOME-SUMMARY', 'ID-INC-ROW-SOURCES',
  'ID-CROSS-GP-BASIC-TOTAL', 'ID-CROSS-GP-WITHIN-EXP', 'ID-ECON-BASIC-TOTAL', 'ID-ECON-BASIC-SPLIT',
  'ID-3P-TOTAL', 'ID-3P-VEHICLE', 'ID-3P-BASIC-ITEMS', 'CMP-TABLES-PRESENT', 'CMP-UNIT', 'CMP-FN-DETAIL', 'CMP-ECON-DETAIL',
  'CLS-FN-CODE-KNOWN', 'CLS-FN-NAME', 'CLS-ECON-CODE-KNOWN', 'CLS-ECON-NAME',
];

describe('yusuan check on the 上海市财政局 2025 example', async () => {
  const budget = await czjBudget();
  const result = checkBudget(budget, { template: template('shanghai'), classification: classification(2025) });

  it('finds no error; its warnings are defects of the published source', () => {
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
    const warnings = result.findings.map((f) => `${f.severity} ${f.ruleId}`).sort();
    // 30111 公务员医疗补助缴费 is budgeted although the PDF has no 2101103 公务员医疗补助 item (it can
    // only sit in 2101101); 0 vehicles but 公务用车运行费 32.20万元 (“三公” table and 30231).
    expect(warnings).toEqual(['warning CLS-BUDGET-ECON-FN', 'warning PLS-VEHICLE-COSTS-NO-VEHICLES', 'warning PLS-VEHICLE-COSTS-NO-VEHICLES']);
  });

  it('runs the identity rules on the Shanghai tables', () => {
    const failed = MUST_PASS.filter((id) => statusOf(result.runs, id) !== 'pass').map((id) => `${id}: ${statusOf(result.runs, id)}`);
    expect(failed).toEqual([]);
  });

  it('reports rules about tables Shanghai does not print as not applicable, and Luoyang’s class numbering too', () => {
    for (const id of ['ID-PRJ-TOTAL', 'ID-DPERF-STRUCTURE', 'ID-ECON-SUM-TOTAL', 'PERF-VALUE-PARSES', 'CLS-SUMMARY-CLASS-NUMBER', 'CLS-SUMMARY-CLASS-NAME', 'CLS-ECON-MAP']) {
      expect(statusOf(result.runs, id), id).toBe('not-applicable');
    }
  });

  it('reports identities on lines and columns the Shanghai tables do not have as not applicable, not as insufficient data', () => {
    const expected: Record<string, string> = {
      'ID-SUM-INCOME-GRAND': '不设“本年收入合计”行', 'ID-SUM-EXP-GRAND': '不设“本年支出合计”行', 'ID-SUM-FISCAL-PART': '不设“其中：财政拨款”行',
      'ID-FISCAL-EXP-GRAND': '不设“本年支出”行', 'ID-FISCAL-GPA-PART': '不设“其中：财政拨款”列', 'ID-FN-BASIC-SPLIT': '不设“工资福利支出”列',
      'ID-CROSS-ECON-SUM-EXP': '没有支出经济分类汇总表', 'ID-CROSS-PRJ-CATEGORIES': '没有项目支出预算表',
      'NAR-TOTALS': '情况说明没有收入支出预算总体情况一节', 'NAR-BASIC': '情况说明没有一般公共预算基本支出预算情况一节',
      'NAR-EMPTY-BUDGETS': '情况说明没有政府性基金、国有资本经营支出一节',
    };
    for (const [id, why] of Object.entries(expected)) {
      expect(result.runs.find((r) => r.ruleId === id), id).toMatchObject({ status: 'not-applicable', reason: expect.stringContaining(why) });
    }
    // Under Luoyang's template, which has the line, a summary that lacks it is insufficient data.
    const doc = documentOf(generateBudgets(1, 3)[0]!);
    const summary = doc.tables.find((t) => t.id === 'income-expenditure-summary')!;
    for (const row of summary.rows) for (const [col, ref] of Object.entries(row.refs ?? {})) if (ref === 'income:this-year') delete row.refs![Number(col)];
    const luo = checkDocument(doc, { template: luoyang(), classification: classification2023() });
    expect(luo.runs.find((r) => r.ruleId === 'ID-SUM-INCOME-GRAND')).toMatchObject({ status: 'insufficient-data', reason: expect.stringContaining('找不到“本年收入合计”') });
    // And a Luoyang narrative without its 收入支出预算总体情况 section is insufficient data too.
    const built = checkBudget(generateBudgets(1, 3)[0]!, { template: luoyang(), classification: classification2023() }).doc;
    built.narrative = built.narrative?.filter((s) => !/收入支出预算总体情况/.test(s.heading));
    const noSection = checkDocument(built, { template: luoyang(), classification: classification2023() });
    expect(noSection.runs.find((r) => r.ruleId === 'NAR-TOTALS')).toMatchObject({ status: 'insufficient-data', reason: '情况说明中没有收入支出预算总体情况部分' });
  });

  it('catches a figure changed in a Shanghai table (row and cross-table identities)', () => {
    const doc = structuredClone(result.doc) as Document;
    const exp = doc.tables.find((t) => t.id === 'expenditure');
    const row = exp?.rows.find((r) => r.code === '2010602');
    expect(row?.cells[4]).toBe(2_854_413_000); // 28,544,130 元 in 分
    if (row) row.cells[4] = 2_854_313_000; // 28,543,130: one digit off
    const again = checkDocument(doc, { template: template('shanghai'), classification: classification(2025) });
    const failed = new Set(again.findings.filter((f) => f.severity === 'error').map((f) => f.ruleId));
    // 款 20106 ≠ Σ项, 合计 ≠ 基本 + 项目, Σ项 of 类 201 ≠ the summary's 类 line, and the 一般公共预算
    // table no longer fits within the expenditure table.
    expect([...failed].sort()).toEqual(['ID-CROSS-GP-WITHIN-EXP', 'ID-CROSS-SUMMARY-CLASSES', 'ID-FN-HIERARCHY', 'ID-ROW-BASIC-PROJECT']);
  });

  it('catches a 类 figure that differs between the Shanghai tables', () => {
    const doc = structuredClone(result.doc) as Document;
    const summary = doc.tables.find((t) => t.id === 'income-expenditure-summary');
    const row = summary?.rows.find((r) => r.code === '210');
    if (row) row.cells[3] = 466_900_000; // 卫生健康支出 4,669,000 instead of 4,668,000
    const again = checkDocument(doc, { template: template('shanghai'), classification: classification(2025) });
    const failed = new Set(again.findings.filter((f) => f.severity === 'error').map((f) => f.ruleId));
    expect([...failed]).toEqual(expect.arrayContaining(['ID-CROSS-SAME-FIGURE', 'ID-CROSS-SUMMARY-CLASSES', 'ID-SUM-EXP-CLASSES']));
  });

  it('checks the Shanghai income lines: 一、财政拨款收入 over its three budgets, and 收入总计 of the 财政拨款收支预算总表', () => {
    for (const id of ['ID-SUM-INCOME-SOURCES', 'ID-FISCAL-INCOME-PARTS']) {
      expect(result.runs.find((r) => r.ruleId === id)?.checks, id).toBe(id === 'ID-SUM-INCOME-SOURCES' ? 2 : 1);
    }
    const refAt = (doc: Document, table: string, ref: string) => {
      const t = doc.tables.find((x) => x.id === table)!;
      for (const row of t.rows) for (const [col, r] of Object.entries(row.refs ?? {})) if (r === ref) return { row, col: Number(col) };
      throw new Error(`${table} prints no ${ref}`);
    };
    const doc = structuredClone(result.doc) as Document;
    // The summary's 1. 一般公共预算 one 元 more than printed: 一、财政拨款收入 no longer adds up.
    const gp = refAt(doc, 'income-expenditure-summary', 'income:general-public-all');
    (gp.row.cells[gp.col] as number) += 100;
    // The fiscal table's 一、一般公共预算资金 likewise: its 收入总计 no longer adds up.
    const fgp = refAt(doc, 'fiscal-summary', 'income:general-public-all');
    (fgp.row.cells[fgp.col] as number) += 100;
    const again = checkDocument(doc, { template: template('shanghai'), classification: classification(2025) });
    const at = (id: string) => again.findings.filter((f) => f.ruleId === id).map((f) => [f.location.table, f.location.rowLabel]);
    expect(at('ID-SUM-INCOME-SOURCES')).toContainEqual(['income-expenditure-summary', '一、财政拨款收入']);
    expect(at('ID-FISCAL-INCOME-PARTS')).toEqual([['fiscal-summary', '收入总计']]);
  });

  it('catches a “三公” item that no longer adds up', () => {
    const doc = structuredClone(result.doc) as Document;
    const tp = doc.tables.find((t) => t.id === 'three-public');
    if (tp?.rows[0]) tp.rows[0].cells[1] = 298_700_000; // 因公出国(境)费 298.70 instead of 288.70 万元
    const again = checkDocument(doc, { template: template('shanghai'), classification: classification(2025) });
    expect(again.findings.map((f) => f.ruleId)).toContain('ID-3P-TOTAL');
  });
});

describe('20 generated budgets under the Shanghai templates', () => {
  for (const id of ['shanghai', 'shanghai-dept'] as const) {
    it(`${id}: every budget checks with no finding`, () => {
      const findings: string[] = [];
      let passed = 0;
      for (const b of generateBudgets(20, 1)) {
        const r = checkBudget({ ...b, template: id }, { template: template(id), classification: classification(b.year) });
        findings.push(...r.findings.map((f) => `${b.department.name} [${f.ruleId}] ${f.message}`));
        passed += r.runs.filter((run) => run.status === 'pass').length;
        expect(r.doc.tables).toHaveLength(9);
      }
      expect(findings).toEqual([]);
      expect(passed).toBeGreaterThan(20 * 30);
    });
  }
});
