// Bad input to `yusuan audit`, through the real CLI: each unreadable file exits 2 with a message that
// names it and says what is wrong (Chinese, then English); in a folder, the bad file becomes a
// summary row with its error and the good files are still audited.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_TEXT } from './support/bases.ts';
import { audit, CORPUS } from './audit-cli-run.ts';

const TMP = mkdtempSync(join(tmpdir(), 'yusuan-audit-bad-'));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));
const PDF = join(CORPUS, 'shanghai-czj-2025-unit-budget.pdf');
const XLSX = join(CORPUS, 'shanghai-putuo-2026-dept-template.xlsx');

/** An OLE compound file whose directory names a “Workbook” stream: what Excel 97–2003 writes. */
function oldXls(): Buffer {
  const b = Buffer.alloc(1024);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(b, 0);
  b.write('Workbook', 512, 'utf16le');
  b.writeUInt16LE(18, 512 + 64);
  b[512 + 66] = 2;
  return b;
}

const half = (file: string) => {
  const bytes = readFileSync(file);
  return bytes.subarray(0, Math.floor(bytes.length / 2));
};

const CASES: { name: string; file: string; content: () => Buffer | string; expected: string[] }[] = [
  { name: 'a zero-byte PDF', file: 'empty.pdf', content: () => '', expected: ['文件是空的（0 字节）', 'the file is empty'] },
  { name: 'text named .pdf', file: 'seed-as.pdf', content: () => readFileSync(SEED_TEXT), expected: ['扩展名错误：文件名是“.pdf”，但内容是纯文本', 'wrong extension'] },
  { name: 'a PDF named .xlsx', file: 'pdf-as.xlsx', content: () => readFileSync(PDF), expected: ['扩展名错误：文件名是“.xlsx”，但内容是PDF 文件'] },
  { name: 'a workbook named .txt', file: 'xlsx-as.txt', content: () => readFileSync(XLSX), expected: ['扩展名错误：文件名是“.txt”，但内容是Excel 工作簿'] },
  { name: 'a truncated PDF', file: 'truncated.pdf', content: () => half(PDF), expected: ['PDF 文件不完整', 'truncated'] },
  { name: 'a truncated workbook', file: 'truncated.xlsx', content: () => half(XLSX), expected: ['Excel 文件不完整', 'truncated'] },
  { name: 'an old .xls', file: 'old.xls', content: oldXls, expected: ['旧版 Excel 格式（.xls', 'save it as .xlsx'] },
  { name: 'GBK text', file: 'gbk.txt', content: () => Buffer.from([0x32, 0x30, 0x32, 0x33, 0xc4, 0xea, 0x0a]), expected: ['第 1 行第 5 列（字节偏移 4）不是合法的 UTF-8 编码'] },
  { name: 'a Budget JSON', file: 'budget.json', content: () => '{"schema":"yusuan/budget@1"}', expected: ['这是预算数据文件（Budget），不是公开文件；请用 yusuan check'] },
  { name: 'JSON that is not a Document', file: 'other.json', content: () => '{"a":1}', expected: ['schema 应为 "yusuan/document@1"'] },
  { name: 'broken JSON', file: 'broken.json', content: () => '{"schema": "yusuan/document@1",', expected: ['不是有效的 JSON'] },
  { name: 'an unsupported type', file: 'notes.docx', content: () => readFileSync(XLSX), expected: ['不支持的文件类型“.docx”'] },
  { name: 'text over the size limit', file: 'huge.txt', content: () => Buffer.alloc(21 * 1024 * 1024, 0x61), expected: ['文件大小 21.0 MB，超过上限 20.0 MB，未读取'] },
  { name: 'text that is no disclosure', file: 'poem.txt', content: () => '床前明月光，疑是地上霜。\n举头望明月，低头思故乡。\n', expected: ['这不像是部门预算公开文件'] },
];

beforeAll(() => {
  for (const c of CASES) writeFileSync(join(TMP, c.file), c.content());
});

describe('yusuan audit refuses bad input with exit 2 and a message naming the file', () => {
  // One run with every bad file: each is reported on its own, none stops the others.
  it('names each bad file and what is wrong with it', async () => {
    const r = await audit([...CASES.map((c) => c.file), 'nowhere.pdf'], TMP);
    expect(r.code).toBe(2);
    for (const c of CASES) {
      const line = r.stderr.split('\n').find((l) => l.startsWith(`${c.file}: `));
      expect(line, `${c.name}\n${r.stderr}`).toBeDefined();
      for (const text of c.expected) expect(line, c.name).toContain(text);
    }
    expect(r.stderr).toContain('nowhere.pdf: 文件或目录不存在');
    // The report lists each as unreadable and pretends to have checked none.
    expect(r.stdout.match(/无法读取：/g)?.length).toBeGreaterThanOrEqual(CASES.length + 1);
    expect(r.stdout).not.toContain('结果：错误');
  }, 170_000);

  // Alone, as a person would first try: exit 2, the message on stderr, in every report format.
  it.each([
    ['empty.pdf', 'text', '文件是空的（0 字节）'],
    ['seed-as.pdf', 'json', '扩展名错误'],
    ['truncated.pdf', 'html', 'PDF 文件不完整'],
  ])('%s (--format %s)', async (file, format, message) => {
    const r = await audit([file, '--format', format], TMP);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${file}: ${message}`);
    if (format === 'json') expect(JSON.parse(r.stdout)).toMatchObject({ exitCode: 2, documents: [{ file, ok: false, error: expect.stringContaining(message) }] });
    if (format === 'html') expect(r.stdout).toContain(`无法读取：${message}`);
  }, 170_000);
});

describe('a folder with one bad file', () => {
  it('audits the others, reports the bad one as a summary row, exits 2 and writes the summary CSV', async () => {
    const dir = join(TMP, 'folder');
    mkdirSync(join(dir, 'b'), { recursive: true });
    copyFileSync(SEED_TEXT, join(dir, 'a-seed.txt'));
    writeFileSync(join(dir, 'b', 'empty.pdf'), '');
    writeFileSync(join(dir, 'b', 'ignored.md'), '# not audited');
    writeFileSync(join(dir, '.hidden.pdf'), '');
    const r = await audit(['folder', '--summary', 'summary.csv'], TMP);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('folder/b/empty.pdf: 文件是空的（0 字节）');
    // The good file was audited in full.
    expect(r.stdout).toContain('━━ 审核 folder/a-seed.txt ━━');
    expect(r.stdout).toContain('预算表：找到 11 张，应有 13 张');
    expect(r.stdout).toMatch(/汇总 \/ summary：2 个文件，其中 1 个无法读取/);
    const csv = readFileSync(join(TMP, 'summary.csv'), 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe('文件,模板,找到的表,应有的表,错误,警告,提示,说明');
    // Sorted walk: a-seed.txt before b/empty.pdf; hidden and unsupported files are skipped.
    expect(lines).toHaveLength(4);
    expect(lines[1]).toMatch(/^folder\/a-seed\.txt,luoyang,11,13,\d+,\d+,\d+,$/);
    expect(lines[2]).toBe('folder/b/empty.pdf,,,,,,,文件是空的（0 字节） / the file is empty (0 bytes)');
    expect(lines[3]).toBe('');
  }, 170_000);
});
