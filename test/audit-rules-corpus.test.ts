// The audit rules on the two real Shanghai disclosures, built as an importer would assemble them
// (audit-rules-wanli.ts, audit-rules-czj.ts: every figure and sentence transcribed by hand from pdftotext). 万里街道
// 2023 carries known defects — found by the catalogue, AUD-* and NAR-* together, each once; 上海市
// 财政局 2025 gives no narrative or audit finding at all. Then edits of the real text show each AUD
// rule catching its defect on the real layout, with the page.
import { describe, expect, it } from 'vitest';
import { bundledClassification } from '../src/core/classification/bundled.ts';
import type { Document } from '../src/core/model/document.ts';
import { CATALOGUE } from '../src/core/rules/catalogue/index.ts';
import { AUDIT_RULES } from '../src/core/rules/catalogue/registry-audit.ts';
import { runRules } from '../src/core/rules/engine.ts';
import type { Finding } from '../src/core/rules/types.ts';
import { czjDocument } from './audit-rules-czj.ts';
import { wanliDocument } from './audit-rules-wanli.ts';

const check = (doc: Document, rules = CATALOGUE) => runRules(rules, { doc, classification: bundledClassification(doc.meta.year) });
const narrativeFindings = (fs: readonly Finding[]) => fs.filter((f) => /^(AUD|NAR)-/.test(f.ruleId));
const about = (fs: readonly Finding[], words: string) => fs.filter((f) => (f.location.sentence ?? '').includes(words));

/** Replaces text in the paragraph of a section that contains it. */
function edit(doc: Document, from: string, to: string): Document {
  for (const s of doc.narrative ?? []) {
    const i = s.paragraphs.findIndex((p) => p.includes(from));
    if (i >= 0) {
      s.paragraphs[i] = (s.paragraphs[i] as string).replace(from, to);
      return doc;
    }
  }
  throw new Error(`no paragraph has ${from}`);
}

describe('万里街道 2023 (shanghai-putuo-wanli-2023-dept-budget.pdf): the known defects', () => {
  const findings = narrativeFindings(check(wanliDocument()).findings);

  it('增加314.82% where (45.41 − 11.67) ÷ 11.67 = 289.12% (item 3, p. 6)', () => {
    const hits = about(findings, '增加314.82%');
    expect(hits.map((f) => [f.ruleId, f.expected])).toEqual([['NAR-GROWTH-RATE', '289.12%']]);
  });

  it('item 16: heading 220.63万元 but “2023年预算安排441.25万元” (copied from item 15, p. 7)', () => {
    const hits = about(findings, '2023年预算安排441.25万元').filter((f) => f.ruleId === 'AUD-ITEM-HEADING');
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ severity: 'error', expected: 220_630_000, actual: 441_250_000, location: { source: '第 7 页' } });
    expect(hits[0]?.message).toContain('2,206,272元（220.63万元）'); // as the table prints it
  });

  it('两处“增加100.00%” from a zero base (items 2 and 17)', () => {
    expect(about(findings, '0万元，2023年预算安排60.13万元').map((f) => f.ruleId)).toEqual(['NAR-GROWTH-RATE']);
    expect(about(findings, '0万元，2023年预算安排0.31万元').map((f) => f.ruleId)).toEqual(['NAR-GROWTH-RATE']);
    for (const f of [...about(findings, '60.13万元，比'), ...about(findings, '0.31万元，比')]) expect(f.message).toContain('上年为零');
  });

  it('政府性基金拨款支出预算0万元，比2022年预算增加1421.25万元 (p. 6)', () => {
    const hits = about(findings, '政府性基金拨款支出预算0万元');
    expect(hits.map((f) => f.ruleId)).toEqual(['NAR-GROWTH-RATE']);
    expect(hits[0]?.message).toContain('上年数为负');
  });

  it('the reasons of items 16 and 27 are copied from items 14 and 26 (warnings)', () => {
    const copied = findings.filter((f) => f.ruleId === 'AUD-ITEM-HEADING' && f.severity === 'warning');
    expect(copied.map((f) => [f.actual, f.location.source])).toEqual([['事业单位离退休', '第 7 页'], ['一般行政管理事务', '第 9 页']]);
  });

  it('nothing else: every other AUD rule passes, and no defect is reported twice', () => {
    const audit = findings.filter((f) => f.ruleId.startsWith('AUD-'));
    expect(audit.map((f) => `${f.ruleId} ${f.severity}`)).toEqual(['AUD-ITEM-HEADING error', 'AUD-ITEM-HEADING warning', 'AUD-ITEM-HEADING warning']);
    // NAR-GROWTH-RATE also finds item 16's 60.54% wrong (from 132.59 → 441.25): another defect of the same sentence.
    expect(findings.filter((f) => f.ruleId === 'NAR-GROWTH-RATE')).toHaveLength(5);
    const runs = check(wanliDocument(), AUDIT_RULES).runs;
    expect(Object.fromEntries(runs.map((r) => [r.ruleId, r.status]))).toEqual({
      'AUD-NARRATIVE-AMOUNT': 'pass', 'AUD-UNIT-FACTOR': 'pass', 'AUD-RATE-RECOMPUTE': 'not-applicable', 'AUD-ITEM-HEADING': 'fail',
      'AUD-TEMPLATE-LEFTOVER': 'pass', 'AUD-DUPLICATE-PARAGRAPH': 'pass', 'AUD-DEPT-UNIT-WORDING': 'pass', 'AUD-CONTENTS-TABLES': 'pass',
      'AUD-EMPTY-NOTE-SCOPE': 'pass',
    });
    // 51 amounts stated for named figures were compared with the tables: 10 totals, 34 items, 6 “三公”, 机关运行经费.
    expect(runs.find((r) => r.ruleId === 'AUD-NARRATIVE-AMOUNT')?.checks).toBe(51);
  });

  it('when the importer puts 编制说明 outside 第二部分, AUD-RATE-RECOMPUTE recomputes the rates itself, with pages', () => {
    const doc = wanliDocument();
    const s = doc.narrative?.find((x) => x.heading === '部门预算编制说明');
    if (s) s.part = 'profile';
    const rates = check(doc).findings.filter((f) => f.ruleId === 'AUD-RATE-RECOMPUTE');
    expect(rates.map((f) => [f.location.source, f.expected ?? '上年为零', f.actual])).toEqual([
      ['第 6 页', '上年为零', '100.00%'],
      ['第 6 页', '289.12%', '314.82%'],
      ['第 7 页', '232.79%', '60.54%'],
      ['第 8 页', '上年为零', '100.00%'],
    ]);
  });
});

describe('上海市财政局 2025 (shanghai-czj-2025-unit-budget.pdf): no false finding', () => {
  it('编制说明 and 其他相关情况说明 give no AUD or NAR finding', () => {
    for (const doc of [czjDocument(), czjDocument({ otherAsSections: true })]) {
      const r = check(doc);
      expect(narrativeFindings(r.findings).map((f) => f.message)).toEqual([]);
    }
  });

  it('its amounts were compared: 17,192万元 and the 类 in whole 万元, the “三公” table in 万元', () => {
    const run = check(czjDocument(), AUDIT_RULES).runs.find((r) => r.ruleId === 'AUD-NARRATIVE-AMOUNT');
    expect(run).toMatchObject({ status: 'pass', checks: 21 });
  });
});

describe('each AUD rule on the real layout', () => {
  it('AUD-NARRATIVE-AMOUNT: “一般公共服务支出”科目12,798万元 (the table gives 127,886,849元 = 12,789万元)', () => {
    const f = check(edit(czjDocument(), '12,789万元', '12,798万元'), AUDIT_RULES).findings;
    expect(f.map((x) => [x.ruleId, x.location.source, x.expected])).toEqual([['AUD-NARRATIVE-AMOUNT', '第 6 页', 12_788_684_900]]);
    expect(f[0]?.message).toContain('12789万元');
  });

  it('AUD-NARRATIVE-AMOUNT: 机关运行经费 against the “三公” table’s column', () => {
    const f = check(edit(wanliDocument(), '786.09万元', '768.09万元'), AUDIT_RULES).findings;
    expect(f.filter((x) => x.ruleId === 'AUD-NARRATIVE-AMOUNT').map((x) => x.location.source)).toEqual(['第 29 页']);
  });

  it('AUD-UNIT-FACTOR: 收入预算 written in 元 as 万元', () => {
    const f = check(edit(wanliDocument(), '收入预算16497.86万元', '收入预算164978640万元'), AUDIT_RULES).findings;
    expect(f.filter((x) => x.ruleId === 'AUD-UNIT-FACTOR').map((x) => x.location.source)).toEqual(['第 6 页']);
    expect(f.filter((x) => x.ruleId === 'AUD-NARRATIVE-AMOUNT')).toEqual([]);
  });

  it('AUD-TEMPLATE-LEFTOVER and AUD-DUPLICATE-PARAGRAPH', () => {
    const doc = edit(wanliDocument(), '主要原因是：统计管理经费增加。', '主要原因是：……。');
    const s = doc.narrative?.find((x) => x.heading === '部门预算编制说明');
    s?.paragraphs.push(s.paragraphs[5] as string);
    s?.at?.push({ page: 9 });
    const f = check(doc, AUDIT_RULES).findings;
    expect(f.filter((x) => x.ruleId === 'AUD-TEMPLATE-LEFTOVER').map((x) => x.actual)).toEqual(['主要原因是：', '……']);
    expect(f.filter((x) => x.ruleId === 'AUD-DUPLICATE-PARAGRAPH').map((x) => x.location.source)).toEqual(['第 9 页']);
  });

  it('AUD-DEPT-UNIT-WORDING: a 部门预算 table titled 预算单位…', () => {
    const doc = wanliDocument();
    const t = doc.tables.find((x) => x.id === 'income');
    if (t) t.title = '2023年预算单位收入预算总表';
    const f = check(doc, AUDIT_RULES).findings.filter((x) => x.ruleId === 'AUD-DEPT-UNIT-WORDING');
    expect(f.map((x) => x.location.source)).toEqual(['第 11 页']);
  });

  it('AUD-CONTENTS-TABLES: a table in the 目录 but not printed', () => {
    const doc = wanliDocument();
    doc.tables = doc.tables.filter((t) => t.id !== 'state-capital-expenditure');
    const f = check(doc, AUDIT_RULES).findings.filter((x) => x.ruleId === 'AUD-CONTENTS-TABLES');
    expect(f.map((x) => [x.severity, x.expected])).toEqual([['error', '2023年部门国有资本经营预算支出功能分类预算表']]);
  });

  it('AUD-EMPTY-NOTE-SCOPE: the 政府性基金 note copied from last year', () => {
    const doc = wanliDocument();
    const t = doc.tables.find((x) => x.id === 'government-fund-expenditure');
    if (t) t.notes = ['注：本部门2022年无政府性基金预算财政拨款安排的预算，故本表为空表。'];
    const f = check(doc, AUDIT_RULES).findings.filter((x) => x.ruleId === 'AUD-EMPTY-NOTE-SCOPE');
    expect(f.map((x) => x.location.source)).toEqual(['第 24 页']);
  });
});
