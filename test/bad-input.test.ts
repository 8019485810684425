// Bad input through the real command line: each malformed Budget file is rendered with
// `node bin/yusuan.js render <file> --format html --out <dir>` in a child process. Every case must
// exit 2, print a message that starts with the file and names the place, and leave the output
// directory empty (no partial or temporary file).
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { PROJECT_ID, validBudget, type RawBudget } from './support/budget-fixture.ts';

const ROOT = resolve(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin', 'yusuan.js');
const TMP = mkdtempSync(join(tmpdir(), 'yusuan-bad-input-'));
const HOME = join(TMP, 'home'); // an empty yusuan home: only the bundled 2023 lists are known
mkdirSync(HOME);
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

interface Run {
  code: number;
  stdout: string;
  stderr: string;
  ms: number;
}

function yusuan(args: string[]): Promise<Run> {
  const started = Date.now();
  return new Promise((done) => {
    execFile(process.execPath, [BIN, ...args], { timeout: 60_000, env: { ...process.env, YUSUAN_HOME: HOME } }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === 'number' ? err.code : -1) : 0;
      done({ code, stdout, stderr, ms: Date.now() - started });
    });
  });
}

/** A YAML file of the fixture after `mutate`. */
const yamlOf = (mutate: (b: RawBudget) => void): string => {
  const b = validBudget();
  mutate(b);
  return stringify(b);
};

const BILLION_LAUGHS = [
  'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
  ...'bcdefghi'.split('').map((x, i) => `${x}: &${x} [${Array(9).fill(`*${'abcdefgh'[i]}`).join(',')}]`),
  '',
].join('\n');

interface Case {
  name: string;
  file: string;
  /** File content, or a function that creates the file at the given path. */
  content: string | Buffer | ((path: string) => void);
  /** Texts the output must contain after the file name (each checked separately). */
  expected: (string | RegExp)[];
}

const CASES: Case[] = [
  { name: 'missing required field department.name', file: 'no-name.yaml', content: yamlOf((b) => delete (b.department as Partial<RawBudget['department']>).name), expected: [/:\d+:\d+: department\.name: 缺少部门名称/] },
  { name: 'text where a number belongs', file: 'abc.yaml', content: yamlOf((b) => (b.lines[0]!.amount = 'abc')), expected: [/:\d+:\d+: lines\[0\]\.amount: “abc” 不是金额/] },
  { name: '8-digit functional code', file: 'code8.yaml', content: yamlOf((b) => (b.lines[0]!.functionCode = '21201011')), expected: ['lines[0].functionCode: "21201011" 不是7位功能分类科目编码'] },
  { name: 'negative amount', file: 'negative.yaml', content: yamlOf((b) => (b.lines[1]!.amount = -10)), expected: ['lines[1].amount: 金额不能为负数'] },
  { name: 'duplicate project ids', file: 'dup-project.yaml', content: yamlOf((b) => b.projects.push({ ...b.projects[0] })), expected: [`projects[1].id: 项目编码 "${PROJECT_ID}" 重复（与 projects[0] 相同）`] },
  { name: 'a year without classification data', file: 'y2031.yaml', content: yamlOf((b) => (b.year = 2031)), expected: ['year: 2031 年没有分类科目数据（已有：2023、2024、2025）'] },
  { name: 'wrong type (units: "x")', file: 'units-x.yaml', content: yamlOf((b) => ((b.department as Record<string, unknown>).units = 'x')), expected: ['department.units: 应为列表（预算单位），实际是文本 "x"'] },
  { name: 'amount beyond safe integers (unquoted YAML number)', file: 'huge.yaml', content: yamlOf(() => {}).replace('amount: 49.81', 'amount: 99999999999999999'), expected: ['lines[0].amount: “99999999999999999” 超出可精确表示的金额范围'] },
  { name: 'sub-分 precision', file: 'sub-fen.yaml', content: yamlOf((b) => (b.lines[0]!.amount = '49.8100001')), expected: ['lines[0].amount: “49.8100001” 精确到分以下（万元最多 6 位小数）'] },
  { name: 'unknown top-level key (typo)', file: 'typo.yaml', content: yamlOf((b) => ((b.lastyear = b.lastYear), delete b.lastYear)), expected: ['lastyear: 未知字段 "lastyear"（是否想写 "lastYear"？）'] },
  { name: 'project line whose project does not exist', file: 'no-project.yaml', content: yamlOf((b) => (b.lines[2]!.project = 'P9')), expected: [`lines[2].project: 项目 "P9" 不在 projects 中（已有：${PROJECT_ID}）`] },
  { name: 'basic line without economicCode', file: 'no-econ.yaml', content: yamlOf((b) => delete b.lines[0]!.economicCode), expected: ['lines[0].economicCode: 基本支出（人员经费）行必须写 economicCode'] },
  { name: 'line of a unit not in department.units', file: 'bad-unit.yaml', content: yamlOf((b) => (b.lines[1]!.unit = '517009')), expected: ['lines[1].unit: 单位 "517009" 不在 department.units 中（已有：517001）'] },
  { name: 'unknown fund source', file: 'source.yaml', content: yamlOf((b) => (b.income[0]!.source = '一般公共预算')), expected: ['income[0].source: "一般公共预算" 不是资金来源'] },
  { name: 'an empty file', file: 'empty.yaml', content: '', expected: [': 文件是空的'] },
  {
    name: 'non-UTF-8 bytes (GBK)',
    file: 'gbk.yaml',
    content: Buffer.concat([Buffer.from('schema: yusuan/budget@1\nyear: 2023\nregion: '), Buffer.from([0xc4, 0xe3, 0xba, 0xc3]), Buffer.from('\n')]),
    expected: [':3:9: 第 3 行第 9 列（字节偏移 43）不是合法的 UTF-8 编码', 'GBK'],
  },
  { name: 'YAML alias bomb (billion laughs)', file: 'bomb.yaml', content: BILLION_LAUGHS, expected: ['YAML 别名（*引用）展开超过 100 次'] },
  {
    name: 'a 50 MB file',
    file: 'big.yaml',
    content: (path) => {
      writeFileSync(path, yamlOf(() => {}));
      truncateSync(path, 50 * 1024 * 1024);
    },
    expected: ['文件大小 50.0 MB，超过上限 20.0 MB，未读取'],
  },
  { name: 'invalid YAML syntax', file: 'syntax.yaml', content: 'schema: yusuan/budget@1\nyear: 2023\nlines: [1, 2\ntemplate: luoyang\n', expected: [/:4:1: YAML 语法错误/] },
  { name: 'duplicate key', file: 'dup-key.yaml', content: 'year: 2023\ntemplate: luoyang\nyear: 2024\n', expected: [':3:1: YAML 语法错误：同一层级的键重复'] },
  { name: 'invalid JSON', file: 'broken.json', content: '{\n  "year": 2023,\n  "template": luoyang\n}\n', expected: [/:3:15: JSON 语法错误/] },
  { name: 'a file that is not a mapping', file: 'list.json', content: '[1, 2]', expected: ['文件内容应为一个映射'] },
  { name: 'an unsupported extension', file: 'budget.md', content: 'year: 2023\n', expected: ['不支持的文件类型 ".md"'] },
  {
    name: 'a published PDF, which audit reads',
    file: 'published.pdf',
    content: '%PDF-1.4\n',
    expected: ['不支持的文件类型 ".pdf"', '已公开的文件请用 yusuan audit'],
  },
];

describe.concurrent('yusuan render: bad input exits 2, names the place and writes nothing', () => {
  it.each(CASES)('$name', async ({ file, content, expected }) => {
    const dir = mkdtempSync(join(TMP, 'case-'));
    const input = join(dir, file);
    const out = join(dir, 'out');
    if (typeof content === 'function') content(input);
    else writeFileSync(input, content);
    const run = await yusuan(['render', input, '--format', 'html', '--out', out]);
    expect(run.code).toBe(2);
    for (const text of expected) {
      if (typeof text === 'string') expect(run.stderr).toContain(`${input}`), expect(run.stderr).toContain(text);
      else expect(run.stderr).toMatch(new RegExp(escape(input) + text.source));
    }
    expect(readdirSync(out)).toEqual([]);
  });

  it('fails fast on a huge file without reading it', async () => {
    const dir = mkdtempSync(join(TMP, 'huge-'));
    const input = join(dir, 'huge.yaml');
    writeFileSync(input, 'year: 2023\n');
    truncateSync(input, 2 * 1024 * 1024 * 1024); // 2 GB, sparse
    const run = await yusuan(['render', input, '--format', 'html', '--out', join(dir, 'out')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${input}: 文件大小 2048.0 MB，超过上限 20.0 MB`);
    expect(run.ms).toBeLessThan(20_000);
  });

  it('renders the good file of a directory and reports the bad one', async () => {
    const dir = mkdtempSync(join(TMP, 'dir-'));
    const inputs = join(dir, 'inputs');
    const out = join(dir, 'out');
    mkdirSync(inputs);
    writeFileSync(join(inputs, 'a-bad.yaml'), yamlOf((b) => (b.lines[0]!.amount = 'abc')));
    writeFileSync(join(inputs, 'b-good.yaml'), yamlOf(() => {}));
    writeFileSync(join(inputs, 'notes.txt'), 'not a budget');
    const run = await yusuan(['render', inputs, '--format', 'html', '--out', out]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${join(inputs, 'a-bad.yaml')}:`);
    expect(run.stderr).toContain('lines[0].amount: “abc” 不是金额');
    expect(run.stderr).toContain('1 个成功，1 个失败');
    expect(run.stderr).toContain(`输出目录：${out}`);
    expect(readdirSync(out)).toEqual(['b-good.html']);
  });

  it.each([
    ['--format svg', ['--format', 'svg'], '未知的输出格式 "svg"（可用：html、xlsx、json'],
    ['--template nowhere', ['--template', 'nowhere'], '未知的模板 "nowhere"（可用：luoyang'],
  ])('refuses %s listing the valid values', async (_name, extra, message) => {
    const dir = mkdtempSync(join(TMP, 'opt-'));
    const input = join(dir, 'ok.yaml');
    writeFileSync(input, yamlOf(() => {}));
    const run = await yusuan(['render', input, '--out', join(dir, 'out'), ...extra]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
