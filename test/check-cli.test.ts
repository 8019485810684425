// `yusuan check` and the render gate, run as a person would: the real CLI as a child process.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, SEED_EXAMPLE } from './support/bases.ts';

const run = promisify(execFile);
const TMP = mkdtempSync(join(tmpdir(), 'yusuan-check-'));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

async function yusuan(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run('node', [join(ROOT, 'bin', 'yusuan.js'), ...args], { cwd: ROOT, timeout: 60_000, maxBuffer: 20e6 });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

describe('yusuan check', () => {
  it('reports the seed example’s real defects with places and exits 1', async () => {
    const r = await yusuan('check', SEED_EXAMPLE);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('错误 / errors');
    // 30107 绩效工资 mapped to 50501 (a 事业单位 code) in an administrative unit: as the seed prints it.
    expect(r.stdout).toMatch(/\[CLS-ECON-MAP\].*30107.*50501/);
    expect(r.stdout).toContain('lines[4].governmentEconomicCode');
    // 30110 职工基本医疗保险缴费 under 2101103 公务员医疗补助.
    expect(r.stdout).toMatch(/\[CLS-BUDGET-ECON-FN\].*30110/);
    expect(r.stdout).toMatch(/规则 \d+ 条：通过 \d+/);
  });

  it('checks its own Document JSON and gives JSON and HTML reports', async () => {
    const out = join(TMP, 'doc');
    expect((await yusuan('render', SEED_EXAMPLE, '--format', 'json', '--out', out, '--force')).code).toBe(0);
    const file = join(out, 'jianxi-2023.json');
    const json = await yusuan('check', file, '--format', 'json');
    // The JSON carries the department's unit types (行政单位), so the seed's 30107 → 50501 mapping
    // is an error as it is with the Budget; the Budget-only rules are reported as not applicable
    // (never as passed).
    expect(json.code).toBe(1);
    const report = JSON.parse(json.stdout) as { findings: { ruleId: string; severity: string }[]; runs: { ruleId: string; status: string }[] };
    expect(report.findings).toContainEqual(expect.objectContaining({ ruleId: 'CLS-ECON-MAP', severity: 'error' }));
    expect(report.runs).toContainEqual(expect.objectContaining({ ruleId: 'CLS-BUDGET-GOV-MAP', status: 'not-applicable' }));
    // Without the unit types (as an imported document) the type is inferred: a warning, not an error.
    const doc = JSON.parse(readFileSync(file, 'utf8')) as { meta: Record<string, unknown> };
    delete doc.meta.unitTypes;
    const stripped = join(out, 'no-unit-types.json');
    writeFileSync(stripped, JSON.stringify(doc));
    const inferred = await yusuan('check', stripped, '--format', 'json');
    expect(inferred.code).toBe(0);
    expect((JSON.parse(inferred.stdout) as typeof report).findings).toContainEqual(expect.objectContaining({ ruleId: 'CLS-ECON-MAP', severity: 'warning' }));
    const html = await yusuan('check', SEED_EXAMPLE, '--format', 'html');
    expect(html.stdout).toMatch(/^<!doctype html>/);
    expect(html.stdout).toContain('CLS-ECON-MAP');
  });

  it('honours a configuration that disables or downgrades rules', async () => {
    const cfg = join(TMP, 'rules.yaml');
    writeFileSync(cfg, 'rules:\n  CLS-ECON-MAP: off\n  CLS-BUDGET-GOV-MAP: { severity: warning }\n');
    const r = await yusuan('check', SEED_EXAMPLE, '--config', cfg);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('[CLS-ECON-MAP]');
    expect(r.stdout).toContain('已停用 1');
  });

  it('refuses a configuration naming an unknown rule (exit 2)', async () => {
    const cfg = join(TMP, 'bad-rules.yaml');
    writeFileSync(cfg, 'rules:\n  NO-SUCH-RULE: off\n');
    const r = await yusuan('check', SEED_EXAMPLE, '--config', cfg);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('rules.NO-SUCH-RULE');
  });

  it('points a published PDF to yusuan audit (exit 2)', async () => {
    const pdf = join(ROOT, '..', 'shared', 'corpus', 'shanghai-czj-2025-unit-budget.pdf');
    const r = await yusuan('check', pdf);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`已公开的文件请用 yusuan audit ${pdf} 审核`);
  });

  it('render refuses a Budget with errors unless --force, and says why', async () => {
    const out = join(TMP, 'gate');
    const refused = await yusuan('render', SEED_EXAMPLE, '--format', 'html', '--out', out);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('加 --force 仍然输出');
    expect(refused.stderr).toContain('CLS-ECON-MAP');
    expect(readdirSync(out)).toEqual([]);
    const forced = await yusuan('render', SEED_EXAMPLE, '--format', 'html', '--out', out, '--force');
    expect(forced.code).toBe(0);
    expect(readdirSync(out)).toEqual(['jianxi-2023.html']);
  });
});
