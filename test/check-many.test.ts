// `yusuan check` on several files or a folder, run as a reviewer would: each file checked (on the
// calling thread, or on worker threads where cores allow), one block a file and a summary; exit 2 when a file cannot be read, else 1 on errors.
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultWorkers } from '../src/cli/check-many.ts';
import { ROOT, SEED_EXAMPLE } from './support/bases.ts';

const run = promisify(execFile);
const TMP = mkdtempSync(join(tmpdir(), 'yusuan-check-many-'));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));
const CZJ = join(ROOT, 'examples', 'shanghai-czj-2025.yaml');

async function yusuan(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run('node', [join(ROOT, 'bin', 'yusuan.js'), ...args], { cwd: ROOT, timeout: 120_000, maxBuffer: 20e6 });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

interface Report {
  files: { file: string; ok: boolean; title?: string; counts?: { error: number; warning: number }; findings?: { ruleId: string }[]; error?: string }[];
  summary: { files: number; withErrors: number; failed: number; error: number; warning: number; byRule: { ruleId: string; severity: string; findings: number; files: number }[] };
}

describe('yusuan check <folder>', () => {
  const folder = join(TMP, 'budgets');
  mkdirSync(folder);
  copyFileSync(SEED_EXAMPLE, join(folder, 'jianxi-2023.yaml'));
  copyFileSync(CZJ, join(folder, 'shanghai-czj-2025.yaml'));
  writeFileSync(join(folder, 'broken.yaml'), 'year: abc\n');

  it('checks every file, names the one it cannot read, and exits 2', async () => {
    const r = await yusuan('check', folder);
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/✗ .*broken\.yaml\n {4}无法检查 \/ cannot check: .*year/);
    // The seed's two real errors (30107 → 50501), the czj example's none.
    expect(r.stdout).toMatch(/✗ .*jianxi-2023\.yaml — 2023年洛阳市涧西区社区治理和服务创新办公室部门预算公开：错误 2，/);
    expect(r.stdout).toMatch(/\[错误\] CLS-ECON-MAP .*30107/);
    expect(r.stdout).toMatch(/✓ .*shanghai-czj-2025\.yaml — 上海市财政局2025年单位预算：错误 0，/);
    expect(r.stdout).toContain('共 3 个文件：1 个有错误，1 个无法检查；错误 2，');
    // The findings of all files by rule, errors first: the seed's two, one file each.
    const tally = r.stdout.slice(r.stdout.indexOf('按规则汇总'), r.stdout.indexOf('共 3 个文件'));
    expect(tally.split('\n').slice(1, 3).sort()).toEqual([
      '  [错误] CLS-BUDGET-GOV-MAP：1 处，1 个文件 / 1 in 1 file(s)',
      '  [错误] CLS-ECON-MAP：1 处，1 个文件 / 1 in 1 file(s)',
    ]);
    expect(tally).toMatch(/\[警告\] [A-Z]+-[A-Z-]+：\d+ 处，[12] 个文件/);
  }, 180_000);

  it('gives every file’s counts and findings as JSON', async () => {
    const r = await yusuan('check', folder, '--format', 'json');
    expect(r.code).toBe(2);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.files.map((f) => [f.file.split('/').pop(), f.ok, f.counts?.error])).toEqual([
      ['broken.yaml', false, undefined],
      ['jianxi-2023.yaml', true, 2],
      ['shanghai-czj-2025.yaml', true, 0],
    ]);
    expect(report.files[1]!.findings!.filter((f) => f.ruleId === 'CLS-ECON-MAP')).toHaveLength(1);
    expect(report.summary).toMatchObject({ files: 3, withErrors: 1, failed: 1, error: 2 });
    expect(report.summary.byRule.filter((t) => t.severity === 'error')).toEqual([
      { ruleId: 'CLS-BUDGET-GOV-MAP', severity: 'error', findings: 1, files: 1 },
      { ruleId: 'CLS-ECON-MAP', severity: 'error', findings: 1, files: 1 },
    ]);
  }, 180_000);

  it('exits 1 for files with errors and 0 when none has one', async () => {
    expect((await yusuan('check', SEED_EXAMPLE, CZJ)).code).toBe(1);
    const clean = join(TMP, 'clean');
    mkdirSync(clean);
    copyFileSync(CZJ, join(clean, 'a.yaml'));
    copyFileSync(CZJ, join(clean, 'b.yaml'));
    const r = await yusuan('check', clean);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('共 2 个文件：0 个有错误，0 个无法检查；错误 0，');
  }, 180_000);

  it('refuses an HTML report for several files (exit 2)', async () => {
    const r = await yusuan('check', folder, '--format', 'html');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('html 报告请逐个文件生成');
  }, 60_000);
});

describe('defaultWorkers', () => {
  it('checks on the calling thread on 1 or 2 cores and for one file, else on up to 2 workers, one core left over', () => {
    expect([1, 2].map((cores) => defaultWorkers(50, cores))).toEqual([0, 0]);
    expect([3, 4, 16].map((cores) => defaultWorkers(50, cores))).toEqual([2, 2, 2]);
    expect(defaultWorkers(1, 16)).toBe(0);
    expect(defaultWorkers(2, 16)).toBe(2);
  });
});
