// readBudgetFile and its helpers: positions in messages, digits that must not be lost, limits.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { validBudget } from '../../test/support/budget-fixture.ts';
import { parseSource, splitPath } from './parse-source.ts';
import { formatFileIssue, readBudgetFile } from './read-budget.ts';
import { firstInvalidUtf8 } from './utf8.ts';

const DIR = mkdtempSync(join(tmpdir(), 'yusuan-read-'));
afterAll(() => rmSync(DIR, { recursive: true, force: true }));
const CTX = { knownYears: [2023] };

function file(name: string, content: string | Buffer): string {
  const path = join(DIR, name);
  writeFileSync(path, content);
  return path;
}

describe('parseSource', () => {
  it('keeps plain numbers a float cannot hold as their text', () => {
    const r = parseSource('a: 410305230000000025533\nb: 0801\nc: 2080505\nd: 12.50\ne: 0.1\n', 'yaml');
    expect(r.ok && r.value).toEqual({ a: '410305230000000025533', b: '0801', c: 2080505, d: 12.5, e: 0.1 });
  });

  it('maps a field path to its line and column, or to the nearest parent that exists', () => {
    const r = parseSource('year: 2023\nlines:\n  - amount: 1\n  - { amount: x }\n', 'yaml');
    if (!r.ok) throw new Error('parse failed');
    expect(r.locate('lines[1].amount')).toEqual({ line: 4, column: 15 });
    expect(r.locate('lines[1].functionCode')).toEqual({ line: 4, column: 5 });
    expect(splitPath('department.units[0].code')).toEqual(['department', 'units', 0, 'code']);
  });

  it('rejects duplicate keys in JSON, with line and column', () => {
    const r = parseSource('{"a": 1,\n "a": 2}', 'json');
    expect(!r.ok && r.problems[0]).toMatchObject({ line: 2, column: 2, message: 'JSON 语法错误：同一层级的键重复（后写的会覆盖先写的，数据会丢失）' });
  });
});

describe('readBudgetFile', () => {
  it('reads the fixture into a Budget', async () => {
    const r = await readBudgetFile(file('ok.yaml', stringify(validBudget())), CTX);
    expect(r.ok && r.budget.lines).toHaveLength(3);
  });

  it('places schema issues at file:line:col', async () => {
    const b = validBudget();
    b.lines[1]!.functionCode = '21201x';
    const text = JSON.stringify(b, null, 2);
    const line = text.split('\n').findIndex((l) => l.includes('"21201x"')) + 1;
    const path = file('bad.json', text);
    const r = await readBudgetFile(path, CTX);
    expect(!r.ok && r.issues.map(formatFileIssue)).toEqual([
      `${path}:${line}:23: lines[1].functionCode: "21201x" 不是7位功能分类科目编码（应为7位数字，如 2120101） / "21201x" is not a 7-digit functional classification code`,
    ]);
  });

  it('refuses files over the limit before reading them', async () => {
    const r = await readBudgetFile(file('big.yaml', 'x'.repeat(2048)), { ...CTX, maxBytes: 1024 });
    expect(!r.ok && r.issues[0]?.message).toBe('文件大小 2.0 KB，超过上限 1.0 KB，未读取；预算数据文件通常不到 1 MB，请确认选对了文件');
  });

  it('says where a file stops being UTF-8', async () => {
    const r = await readBudgetFile(file('gbk.yaml', Buffer.from([0x61, 0x3a, 0x20, 0xc4, 0xe3])), CTX);
    expect(!r.ok && r.issues[0]).toMatchObject({ line: 1, column: 4 });
    expect(firstInvalidUtf8(Buffer.from('年度 ok', 'utf8'))).toBe(-1);
    expect(firstInvalidUtf8(Buffer.from([0xe5, 0xb9]))).toBe(0); // truncated sequence
  });

  it('reports a missing file and a directory without throwing', async () => {
    const missing = await readBudgetFile(join(DIR, 'none.yaml'), CTX);
    expect(!missing.ok && missing.issues[0]?.message).toBe('文件不存在');
    const dir = await readBudgetFile(DIR + '/', CTX);
    expect(dir.ok).toBe(false);
  });
});
