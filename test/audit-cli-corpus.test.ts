// `yusuan audit` on the real corpus (../shared/corpus): both Shanghai PDFs and the 普陀 Excel template,
// as one folder (JSON report, --summary, --extract read back) and one by one (text and HTML). The
// defects asserted were confirmed by hand in `pdftotext -layout` output: czj p.15–16 print the
// 政府性基金 and 国有资本经营 tables empty without a note, p.18 writes “维修(护)费” with half-width
// parentheses; wanli p.6 states 11.67 → 45.41 万元 as “增加314.82%” (it is 289.12%), p.31–35 are
// 财政项目支出绩效目标填报表 forms outside the 9 tables.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDocumentJson } from '../src/renderers/json.ts';
import { audit, CORPUS, type Run } from './audit-cli-run.ts';

const TMP = mkdtempSync(join(tmpdir(), 'yusuan-audit-corpus-'));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));
const CZJ = 'shanghai-czj-2025-unit-budget.pdf';
const WANLI = 'shanghai-putuo-wanli-2023-dept-budget.pdf';
const PUTUO = 'shanghai-putuo-2026-dept-template.xlsx';
const available = [CZJ, WANLI, PUTUO].every((f) => existsSync(join(CORPUS, f)));

interface Finding {
  ruleId: string;
  severity: string;
  location: { table?: string; source?: string };
  at?: { page?: number; sheet?: string; cell?: string };
  quote?: string;
}
interface Doc {
  file: string;
  ok: boolean;
  kind: string;
  document: { source: { pages?: number } };
  detection: { template: string; tables: { tableId: string; title: string }[]; missing: string[]; unknown: { title: string }[]; projectForms?: { title: string }[] };
  tablesExpected: number;
  counts: { error: number; warning: number; info: number };
  findings: Finding[];
}

let folder: Run;
let docs: Map<string, Doc>;
let tallies: { summary: { errors: number | null; warnings: number | null; info: number | null }[]; byRule: { ruleId: string; severity: string; findings: number; files: number }[] };

beforeAll(async () => {
  if (!available) return;
  mkdirSync(join(TMP, 'corpus'));
  for (const f of [CZJ, WANLI, PUTUO]) copyFileSync(join(CORPUS, f), join(TMP, 'corpus', f));
  folder = await audit(['corpus', '--format', 'json', '--summary', 'summary.csv', '--extract', 'extract'], TMP);
  const report = JSON.parse(folder.stdout) as { documents: Doc[] } & typeof tallies;
  docs = new Map(report.documents.map((d) => [d.file.replace(/^corpus\//, ''), d]));
  tallies = { summary: report.summary, byRule: report.byRule };
}, 300_000);

describe.skipIf(!available)('yusuan audit on the corpus folder', () => {
  it('reads all three, recognises each template and exits 1 for their errors', () => {
    expect(folder.code, folder.stderr).toBe(1);
    expect([...docs.keys()]).toEqual([CZJ, PUTUO, WANLI]);
    const czj = docs.get(CZJ)!;
    expect(czj).toMatchObject({ ok: true, kind: 'pdf', document: { source: { pages: 21 } }, detection: { template: 'shanghai', missing: [] }, tablesExpected: 9 });
    expect(czj.detection.tables).toHaveLength(9);
    const wanli = docs.get(WANLI)!;
    expect(wanli).toMatchObject({ ok: true, document: { source: { pages: 35 } }, detection: { template: 'shanghai-dept', missing: [] } });
    expect(wanli.detection.tables).toHaveLength(9);
    // pp. 31–35: five 财政项目支出绩效目标填报表, outside the template's 9 tables, read as project forms.
    expect(wanli.detection.unknown).toEqual([]);
    expect(wanli.detection.projectForms?.map((u) => u.title)).toEqual(Array(5).fill('财政项目支出绩效目标填报表'));
    expect(docs.get(PUTUO)).toMatchObject({ ok: true, kind: 'xlsx', detection: { template: 'shanghai-dept', missing: [] } });
  });

  it('counts the findings by rule as the summary rows count them by file', () => {
    const bySeverity = (sev: string) => tallies.byRule.filter((t) => t.severity === sev).reduce((s, t) => s + t.findings, 0);
    const byFile = (k: 'errors' | 'warnings' | 'info') => tallies.summary.reduce((s, r) => s + (r[k] ?? 0), 0);
    expect(bySeverity('error')).toBe(byFile('errors'));
    expect(bySeverity('warning')).toBe(byFile('warnings'));
    expect(bySeverity('info')).toBe(byFile('info'));
    expect(byFile('errors')).toBeGreaterThan(0);
    for (const t of tallies.byRule) {
      expect(t.files).toBeGreaterThanOrEqual(1);
      expect(t.files).toBeLessThanOrEqual(3);
    }
  });

  it('locates the czj defects on their pages with the printed text', () => {
    const f = docs.get(CZJ)!.findings;
    const empty = f.filter((x) => x.ruleId === 'CMP-EMPTY-NOTE-MISSING');
    expect(empty.map((x) => [x.location.table, x.at?.page])).toEqual([['government-fund-expenditure', 15], ['state-capital-expenditure', 16]]);
    expect(f).toContainEqual(expect.objectContaining({ ruleId: 'CLS-ECON-NAME', quote: '维修(护)费', at: expect.objectContaining({ page: 18 }), location: expect.objectContaining({ source: '第 18 页' }) }));
  });

  it('quotes the wanli narrative’s wrong growth rate on page 6', () => {
    expect(docs.get(WANLI)!.findings).toContainEqual(expect.objectContaining({
      ruleId: 'NAR-GROWTH-RATE',
      severity: 'error',
      quote: '2022年当年预算执行数为11.67万元，2023年预算安排45.41万元，比2022年预算执行数增加314.82%。',
      at: expect.objectContaining({ page: 6 }),
    }));
  });

  it('places the Excel template’s findings by sheet and cell', () => {
    const f = docs.get(PUTUO)!.findings;
    // The template's 政府性基金 sheet is an empty table without the note that must explain it.
    expect(f).toContainEqual(expect.objectContaining({ ruleId: 'CMP-EMPTY-NOTE-MISSING', location: expect.objectContaining({ table: 'government-fund-expenditure', source: expect.stringContaining('工作表“部门政府性基金拨款表”') }) }));
    expect(f.filter((x) => x.at?.sheet !== undefined && /^[A-Z]+\d+$/.test(x.at.cell ?? '')).length).toBeGreaterThan(0);
  });

  it('writes the summary CSV, one row per document, agreeing with the report', () => {
    const csv = readFileSync(join(TMP, 'summary.csv'), 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe('文件,模板,找到的表,应有的表,错误,警告,提示,说明');
    const row = (file: string, template: string) => {
      const c = docs.get(file)!.counts;
      return `corpus/${file},${template},9,9,${c.error},${c.warning},${c.info},`;
    };
    expect(lines.slice(1)).toEqual([row(CZJ, 'shanghai'), row(PUTUO, 'shanghai-dept'), row(WANLI, 'shanghai-dept')]);
    expect(docs.get(CZJ)!.counts.error).toBeGreaterThanOrEqual(2);
  });

  it('extracts the tables, which read back as printed', async () => {
    const dir = join(TMP, 'extract', 'shanghai-czj-2025-unit-budget');
    // 财务收支预算总表 (p.7), its 总计 line as printed in 元.
    const summary = readFileSync(join(dir, '01-income-expenditure-summary.csv'), 'utf8');
    expect(summary.slice(1).split('\r\n')).toContain('收入总计,171915169,支出总计,171915169,102464260,25177779,44273130');
    // 支出预算总表 (p.9): 201 06 01 行政运行 84,861,719 元, all 基本支出.
    const doc = parseDocumentJson(readFileSync(join(dir, 'shanghai-czj-2025-unit-budget.json'), 'utf8'));
    const row = doc.tables.find((t) => t.id === 'expenditure')?.rows.find((r) => r.code === '2010601');
    expect(row?.cells.filter((c) => typeof c === 'number')).toEqual([8486171900, 8486171900]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, 'shanghai-czj-2025-unit-budget.xlsx'));
    expect(wb.worksheets).toHaveLength(9);
    expect(existsSync(join(TMP, 'extract', 'shanghai-putuo-wanli-2023-dept-budget', '09-three-public.csv'))).toBe(true);
    expect(existsSync(join(TMP, 'extract', 'shanghai-putuo-2026-dept-template', 'shanghai-putuo-2026-dept-template.json'))).toBe(true);
  });
});

describe.skipIf(!available)('yusuan audit on one PDF', () => {
  it('prints the text report with page numbers and quotes', async () => {
    const r = await audit([join('corpus', CZJ)], TMP);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toContain('（PDF，21 页）');
    expect(r.stdout).toContain('模板：shanghai');
    expect(r.stdout).toMatch(/\[CLS-ECON-NAME\][^\n]*维修\(护\)费[^\n]*\n\s+位置：[^\n]*“30213 维修\(护\)费”行[^\n]*（第 18 页）\n\s+原文：“维修\(护\)费”/);
    expect(r.stdout).not.toContain('汇总 / summary');
    expect(r.stdout).not.toContain('按规则汇总'); // the tally by rule is for several files
  }, 170_000);

  it('marks the wrong sentence in the HTML page', async () => {
    const r = await audit([join('corpus', WANLI), '--format', 'html'], TMP);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toMatch(/<mark class="error">2022年当年预算执行数为11\.67万元，2023年预算安排45\.41万元，比2022年预算执行数增加314\.82%。<\/mark><sup><a class="mark error" href="#d1-f\d+">/);
    expect(r.stdout).toContain('（第 6 页）');
    expect(r.stdout).not.toContain('按规则汇总'); // the tally by rule is for several files
  }, 170_000);
});
