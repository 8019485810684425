// `yusuan audit` run as a person would (the real CLI in a child process) on the seed disclosure's
// published text: the report in every format, located findings, --extract read back, --summary.
// Figures are the seed's as printed (test/fixtures/seed-jianxi-2023.txt), transcribed by hand.
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDocumentJson } from '../src/renderers/json.ts';
import { audit as run } from './audit-cli-run.ts';
import { ROOT, SEED_EXAMPLE, SEED_TEXT } from './support/bases.ts';

const TMP = mkdtempSync(join(tmpdir(), 'yusuan-audit-'));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

/** Runs the audit command in TMP unless told otherwise. */
const audit = (args: string[], cwd = TMP) => run(args, cwd);

interface JsonFinding {
  ruleId: string;
  severity: string;
  location: { table?: string; source?: string; sentence?: string };
  at?: { line?: number };
  quote?: string;
}
interface JsonReport {
  schema: string;
  exitCode: number;
  documents: { file: string; ok: boolean; error?: string; detection: { template: string; tables: unknown[]; missing: string[] }; tablesExpected: number; counts: { error: number; warning: number; info: number }; findings: JsonFinding[] }[];
  summary: { file: string; template: string; tablesFound: number; tablesExpected: number; errors: number }[];
}

// The seed with two typos a person could make: the narrative's 基本支出 191.02 written 191.20 (line 83),
// and 30107 绩效工资's 合计 16.13 printed 61.13 (line 301).
const TYPO_TEXT = readFileSync(SEED_TEXT, 'utf8')
  .split('\n')
  .map((l, i) => (i === 82 ? l.replace('基本支出 191.02 万元', '基本支出 191.20 万元') : i === 300 ? l.replace('16.13\t16.13', '61.13\t16.13') : l))
  .join('\n');

beforeAll(() => {
  copyFileSync(SEED_TEXT, join(TMP, 'seed.txt'));
  writeFileSync(join(TMP, 'typo.txt'), TYPO_TEXT);
});

describe('yusuan audit on the seed text', () => {
  it('recognises the Luoyang template, 11 of its 13 tables, and reports the two missing ones as errors', async () => {
    const r = await audit(['seed.txt']);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toContain('模板：luoyang');
    // The seed's contents list 13 tables; 部门收入预算表 and 支出经济分类汇总表 are not printed.
    expect(r.stdout).toContain('预算表：找到 11 张，应有 13 张');
    expect(r.stdout).toMatch(/缺少：部门收入预算表、支出经济分类汇总表/);
    expect(r.stdout).toMatch(/\[CMP-TABLES-PRESENT\] 缺少二、部门收入预算表/);
    // 30107 绩效工资 mapped to 50501 as printed on line 301, quoted with its place.
    expect(r.stdout).toMatch(/\[CLS-ECON-MAP\][^\n]*30107[^\n]*50501[^\n]*\n\s+位置：[^\n]*“30107 绩效工资”行[^\n]*（第 301 行）\n\s+原文：“50501”/);
    expect(r.stdout).toMatch(/结果：错误 \d+，警告 \d+，提示 \d+/);
  });

  it('places a table typo on its line and cell, and a narrative typo on its sentence', async () => {
    const r = await audit(['typo.txt']);
    expect(r.code, r.stderr).toBe(1);
    // 16.13 printed 61.13: the row's 合计 no longer equals 人员经费 16.13 + 公用经费 (blank).
    expect(r.stdout).toMatch(/\[ID-ECON-BASIC-SPLIT\][^\n]*30107 绩效工资[^\n]*61\.13万元[^\n]*16\.13万元[^\n]*\n\s+位置：[^\n]*（第 301 行）\n\s+原文：“61\.13”/);
    // The narrative's 基本支出 191.20 against the table's 191.02, quoted sentence and line 83.
    expect(r.stdout).toMatch(/\[NAR-EXPENDITURE\][^\n]*191\.20万元[^\n]*191\.02万元[^\n]*\n\s+位置：三、支出预算总体情况说明 第1段 （第 83 行）\n\s+原文：“[^”]*基本支出 191\.20 万元，占 9\.54%；”/);
  });

  it('gives a JSON report with detection, counts and located findings', async () => {
    const r = await audit(['typo.txt', '--format', 'json']);
    expect(r.code, r.stderr).toBe(1);
    const report = JSON.parse(r.stdout) as JsonReport;
    expect(report.schema).toBe('yusuan/audit@1');
    expect(report.exitCode).toBe(1);
    const [doc] = report.documents;
    expect(doc?.ok).toBe(true);
    expect(doc?.detection.template).toBe('luoyang');
    expect(doc?.detection.tables).toHaveLength(11);
    expect(doc?.detection.missing).toEqual(['income', 'economic-summary']);
    expect(doc?.tablesExpected).toBe(13);
    const split = doc?.findings.find((f) => f.ruleId === 'ID-ECON-BASIC-SPLIT');
    expect(split).toMatchObject({ severity: 'error', quote: '61.13', at: { line: 301 }, location: { table: 'general-public-basic-expenditure', source: '第 301 行' } });
    const nar = doc?.findings.find((f) => f.ruleId === 'NAR-EXPENDITURE');
    expect(nar?.at).toEqual({ line: 83 });
    expect(nar?.location.sentence).toContain('基本支出 191.20 万元');
    expect(report.summary).toEqual([expect.objectContaining({ file: 'typo.txt', template: 'luoyang', tablesFound: 11, tablesExpected: 13, errors: doc?.counts.error })]);
  });

  it('gives one self-contained HTML page with the offending cell and sentence marked beside their findings', async () => {
    const out = join(TMP, 'report.html');
    const r = await audit(['typo.txt', '--format', 'html', '--out', out]);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toBe('');
    const html = readFileSync(out, 'utf8');
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain('部门预算公开审核报告');
    // No external assets: no src= or stylesheet links, every href an anchor on the page.
    expect(html).not.toMatch(/\ssrc=|<link\b|@import|url\(/);
    expect([...html.matchAll(/href="([^"]*)"/g)].every((m) => m[1]!.startsWith('#'))).toBe(true);
    // The 61.13 cell is highlighted as an error and numbered; its finding card links back to it.
    const cell = /<td class="num hit error" id="(d1-t\d+-r\d+-c\d+)">61\.13<sup>(?:<a class="mark error" href="#d1-f\d+">\d+<\/a>)+<\/sup><\/td>/.exec(html);
    expect(cell).not.toBeNull();
    expect(html).toMatch(new RegExp(`<div class="card error" id="d1-f\\d+">[^\\n]*?ID-ECON-BASIC-SPLIT[^\\n]*?href="#${cell![1]}"`));
    // The narrative sentence is marked in its paragraph.
    expect(html).toMatch(/<mark class="error">[^<]*基本支出 191\.20 万元，占 9\.54%；<\/mark>/);
    // Every one of the 11 tables is on the page (clean ones folded).
    expect(html.match(/<h3 id="d1-t\d+">/g)).toHaveLength(11);
  });

  it('writes each recovered table as XLSX, CSV (UTF-8 BOM) and JSON that read back', async () => {
    const dir = join(TMP, 'extract');
    const r = await audit(['seed.txt', '--extract', dir, '--format', 'json']);
    expect(r.code, r.stderr).toBe(1);
    const files = readdirSync(join(dir, 'seed')).sort();
    expect(files).toContain('seed.xlsx');
    expect(files).toContain('seed.json');
    expect(files.filter((f) => f.endsWith('.csv'))).toHaveLength(11);
    expect(files.some((f) => f.includes('.tmp'))).toBe(false);
    const csvFile = files.find((f) => f.endsWith('-general-public-basic-expenditure.csv'))!;
    const csv = readFileSync(join(dir, 'seed', csvFile), 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain('\r\n');
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe('2023年一般公共预算基本支出预算表');
    expect(lines).toContain('单位：万元');
    // Rows as printed on lines 296 and 301 of the seed.
    expect(lines).toContain('合计,,,,191.02,176.48,14.54');
    expect(lines).toContain('30107,绩效工资,50501,工资福利支出,16.13,16.13,');
    expect(lines).toContain('30239,其他交通费用,50201,办公经费,4.86,,4.86');
    // The Document JSON validates and holds the 行政运行 row of the 支出表: 161.73 万元 = 161730000 分.
    const doc = parseDocumentJson(readFileSync(join(dir, 'seed', 'seed.json'), 'utf8'));
    expect(doc.tables).toHaveLength(11);
    const row = doc.tables.find((t) => t.id === 'expenditure')?.rows.find((x) => x.code === '2120101');
    expect(row?.cells).toContain(161730000);
    // The workbook: a sheet per table; 三公 total 0.10 万元 as a number.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, 'seed', 'seed.xlsx'));
    expect(wb.worksheets).toHaveLength(11);
    const values: unknown[] = [];
    wb.worksheets.find((s) => s.name.includes('三公'))?.eachRow((row) => row.eachCell((c) => values.push(c.value)));
    expect(values).toContain(0.1);
    // The extracted JSON audits like the text it came from.
    const again = await audit([join(dir, 'seed', 'seed.json'), '--format', 'json']);
    const first = JSON.parse(r.stdout) as JsonReport;
    const second = JSON.parse(again.stdout) as JsonReport;
    expect(second.documents[0]?.counts).toEqual(first.documents[0]?.counts);
  });

  it('audits a Document JSON written by render, and honours --config', async () => {
    const out = join(TMP, 'rendered');
    mkdirSync(out, { recursive: true });
    await new Promise<void>((done) => execFile(process.execPath, [join(ROOT, 'bin', 'yusuan.js'), 'render', SEED_EXAMPLE, '--format', 'json', '--out', out, '--force'], () => done()));
    const r = await audit([join(out, 'jianxi-2023.json')]);
    // The JSON carries the department's unit type (行政单位), so the seed's one real mapping
    // defect (30107 → 50501, the 事业单位 column) is an error, as it is with the Budget.
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('预算表：找到 13 张，应有 13 张');
    expect(r.stdout).toMatch(/CLS-ECON-MAP[^\n]*30107/);
    const cfg = join(TMP, 'rules.yaml');
    writeFileSync(cfg, 'rules:\n  CMP-TABLES-PRESENT: { severity: warning }\n');
    const relaxed = await audit(['seed.txt', '--config', cfg, '--format', 'json']);
    const report = JSON.parse(relaxed.stdout) as JsonReport;
    expect(report.documents[0]?.findings.filter((f) => f.ruleId === 'CMP-TABLES-PRESENT').map((f) => f.severity)).toEqual(['warning', 'warning']);
  });

  it('refuses bad options with exit 2', async () => {
    expect((await audit(['seed.txt', '--format', 'pdf'])).stderr).toContain('未知的报告格式');
    const t = await audit(['seed.txt', '--template', 'nowhere']);
    expect(t.code).toBe(2);
    expect(t.stderr).toContain('未知的模板 "nowhere"');
    const cfg = join(TMP, 'bad.yaml');
    writeFileSync(cfg, 'rules:\n  NO-SUCH-RULE: off\n');
    expect((await audit(['seed.txt', '--config', cfg])).code).toBe(2);
  });
});
