// The seed disclosure's text read back into a Document (text reader → RawDocument → assemble):
// every printed table equals the hand transcription (test/golden/seed-tables.ts) cell for cell,
// the Document equals the seed Budget's own Document apart from the differences listed below, the
// template is detected with the two unprinted tables missing, and the rules find no error on an
// identity (the only errors are the two tables the seed does not print).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assembleDocument } from '../src/core/import/assemble.ts';
import { compareDocuments } from '../src/core/import/compare.ts';
import type { DocTable } from '../src/core/model/document.ts';
import { checkDocument } from '../src/core/rules/check.ts';
import { printedRows } from '../src/core/tables/printed.ts';
import { readText } from '../src/importers/text/index.ts';
import { SEED_PRINTED_ORDER, SEED_TABLES, SEED_TABLES_NOT_PRINTED } from './golden/seed-tables.ts';
import { classification2023, documentOf, luoyang, SEED_TEXT, seedBudget } from './support/bases.ts';

const raw = readText(readFileSync(SEED_TEXT, 'utf8'), SEED_TEXT);
const { document: doc, detection, problems } = assembleDocument(raw);

/** A table's printed cells in the template's column order ('' for a column the table does not print). */
function inSpecOrder(table: DocTable): string[][] {
  const spec = luoyang().tables.find((t) => t.id === table.id);
  const printed = printedRows(table);
  return printed.map((cells) => (spec?.columns ?? []).map((c) => {
    const i = table.columns.findIndex((x) => x.key === c.key);
    return i < 0 ? '' : (cells[i] ?? '');
  }));
}

describe('seed text imported', () => {
  it('detects the Luoyang template, the 11 printed tables and the 2 unprinted ones as missing', () => {
    expect(detection.template).toBe('luoyang');
    expect(detection.tables.map((t) => t.tableId)).toEqual(SEED_PRINTED_ORDER);
    expect(detection.tables.every((t) => t.score === 1)).toBe(true);
    expect(detection.missing).toEqual(SEED_TABLES_NOT_PRINTED);
    expect(detection.unknown).toEqual([]);
    expect(detection.score).toBe(0.917); // 2 × 11 / (11 printed + 13 in the template)
  });

  for (const id of SEED_PRINTED_ORDER) {
    it(`${SEED_TABLES[id].title} (${id}) equals the hand transcription cell for cell`, () => {
      const golden = SEED_TABLES[id];
      const table = doc.tables.find((t) => t.id === id);
      expect(table, id).toBeDefined();
      if (!table) return;
      expect(table.title).toBe(golden.title);
      expect(table.subtitle).toEqual(golden.subtitle ?? []);
      expect(table.unit).toBe('万元');
      expect(inSpecOrder(table)).toEqual(golden.rows);
      expect(table.notes).toEqual(golden.notes ?? []);
      expect(table.empty).toBe(id === 'government-fund-expenditure' || id === 'state-capital-expenditure');
    });
  }

  it('keeps the empty tables as printed: 13 columns, no 特定目标类', () => {
    for (const id of ['government-fund-expenditure', 'state-capital-expenditure'] as const) {
      const t = doc.tables.find((x) => x.id === id);
      expect(t?.columns).toHaveLength(13);
      expect(t?.columns.some((c) => c.key === 'project.specific-target')).toBe(false);
    }
  });

  it('reads the meta off the title lines and the tables', () => {
    expect(doc.meta).toMatchObject({
      year: 2023, title: '2023年洛阳市涧西区社区治理和服务创新办公室部门预算公开', date: '2023 年 3 月',
      department: { code: '517', name: '洛阳市涧西区社区治理和服务创新办公室' }, template: 'luoyang', precision: 'printed',
      source: { file: SEED_TEXT, kind: 'text' },
    });
    expect(doc.meta.contents).toHaveLength(19); // 3 parts, 2 sections of 第一部分, the 附件 line, 13 tables
    expect(doc.meta.contents?.[18]).toBe('十三、部门预算项目绩效目标表');
  });

  it('says where each figure was read: table title line, cell line, paragraph line', () => {
    const exp = doc.tables.find((t) => t.id === 'expenditure');
    expect(exp?.at).toEqual({ line: 211 });
    const row = exp?.rows.find((r) => r.code === '2120101');
    expect(row?.at?.[5]).toEqual({ line: 224 });
    // The row the text printed without its two leading cells keeps its line after realignment.
    const perf = doc.tables.find((t) => t.id === 'department-performance');
    const assets = perf?.rows.find((r) => r.cells[2] === '资产管理规范性');
    expect(assets?.at?.[2]).toEqual({ line: 401 });
    const overall = doc.narrative?.find((s) => s.heading === '一、收入支出预算总体情况说明');
    expect(overall?.line).toBe(73);
    expect(overall?.at).toEqual([{ line: 75 }]);
  });

  it('reports every reinterpretation of the print, with its line', () => {
    expect(problems.map((p) => `${p.at?.line ?? '-'} ${p.messageEn}`)).toEqual([
      '325 government-fund-expenditure: columns of the template not printed: 1',
      '338 state-capital-expenditure: columns of the template not printed: 1',
      '- tables of the template not printed: income, economic-summary',
      ...[441, 442, 443, 445, 446].map((l) => `${l} project-performance: indicator cells of a row sit one column left of their pairs; shifted right`),
      '401 department-performance: indicator row “资产管理规范性” lost its first 2 cell(s); shifted right into place',
      '392 department-performance: merged label “投入管理指标” printed after a page break; moved to the first row of its block',
      '392 department-performance: merged label “预算和财务管理” printed after a page break; moved to the first row of its block',
    ]);
  });

  it("equals the seed Budget's own Document apart from what the seed prints differently", async () => {
    const generated = documentOf(await seedBudget());
    generated.meta.precision = 'printed';
    const diffs = compareDocuments(generated, doc).map((d) => d.path);
    expect(diffs).toEqual([
      // The seed's 目录 lists 二、部门收入预算表 and 七、支出经济分类汇总表 but does not print them.
      'tables[income]',
      // The seed prints the 基本支出 economic rows in its own order (30108 first); yusuan by code.
      'tables[general-public-basic-expenditure].rows',
      // The seed's empty 政府性基金 / 国有资本经营 tables print 13 columns (no 特定目标类).
      'tables[economic-summary]',
      'tables[government-fund-expenditure].columns',
      'tables[state-capital-expenditure].columns',
    ].sort((a, b) => order(a) - order(b)));
    // Every ref, row kind, code and name, every cell and the narrative agree.
  });

  it('gives no error on an identity: the only errors are the two tables the seed does not print', () => {
    const res = checkDocument(doc, { template: luoyang(), classification: classification2023() });
    const errors = res.findings.filter((f) => f.severity === 'error');
    // Each error is one of the two tables the 目录 lists and the template requires but the seed lacks
    // (CMP-TABLES-PRESENT against the template, and the audit rule on the 目录 when it is registered).
    expect(errors.filter((f) => f.ruleId === 'CMP-TABLES-PRESENT').map((f) => f.message).join('\n')).toMatch(/部门收入预算表[\s\S]*支出经济分类汇总表/);
    for (const f of errors) expect(`${f.ruleId} ${f.message}`).toMatch(/^(CMP-TABLES-PRESENT|AUD-CONTENTS-TABLES) .*(部门收入预算表|支出经济分类汇总表)/);
    // The identities were checked (not skipped for lack of refs): each ran and passed.
    const identity = res.runs.filter((r) => r.ruleId.startsWith('ID-'));
    expect(identity.filter((r) => r.status === 'fail')).toEqual([]);
    for (const id of ['ID-SUM-BALANCE', 'ID-CROSS-SUMMARY-CLASSES', 'ID-CROSS-GP-BASIC-TOTAL', 'ID-3P-TOTAL', 'ID-CROSS-PERF-AMOUNTS', 'ID-FISCAL-BALANCE', 'ID-FN-BASIC-SPLIT']) {
      expect(identity.find((r) => r.ruleId === id)?.status, id).toBe('pass');
    }
  });
});

/** Differences come table by table in the generated Document's order, then the table order. */
function order(path: string): number {
  const id = /^tables\[([^\]]+)\]/.exec(path)?.[1];
  const i = luoyang().tables.findIndex((t) => t.id === id);
  return i < 0 ? 99 : i;
}
