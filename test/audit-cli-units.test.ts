// The audit command's pieces that need no child process: content sniffing, CSV quoting, folder
// names for --extract, the exit code, and finding a finding's place in an imported document.
import { describe, expect, it } from 'vitest';
import type { Document } from '../src/core/model/document.ts';
import type { Finding } from '../src/core/rules/types.ts';
import { extractNames } from '../src/cli/audit-extract.ts';
import { sniffContent } from '../src/importers/index.ts';
import { csvField, csvText, summaryCsv } from '../src/reports/audit-csv.ts';
import { locateFinding } from '../src/reports/audit-locate.ts';
import { auditExitCode, type AuditEntry } from '../src/reports/audit-model.ts';
import { summaryTable } from '../src/reports/audit-text.ts';

const bytes = (text: string) => new Uint8Array(Buffer.from(text, 'latin1'));

describe('sniffContent', () => {
  it.each([
    ['%PDF-1.7\n…', 'pdf'],
    ['\r\n%PDF-1.4', 'pdf'],
    ['PK\x03\x04\x14\x00', 'xlsx'],
    ['\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00', 'ole'],
    ['\xef\xbb\xbf  {"schema": 1}', 'json'],
    ['2023年部门预算', 'text'],
    ['abc\x00def', 'binary'],
    ['', 'empty'],
  ])('%j is %s', (head, kind) => {
    expect(sniffContent(bytes(head))).toBe(kind);
  });
});

describe('CSV', () => {
  it('quotes commas, quotes and line breaks, and defuses formulas but not negative numbers', () => {
    expect(csvField('一般公共预算')).toBe('一般公共预算');
    expect(csvField('1,234')).toBe('"1,234"');
    expect(csvField('他说"好"')).toBe('"他说""好"""');
    expect(csvField('第一行\n第二行')).toBe('"第一行\n第二行"');
    expect(csvField('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('-12.50')).toBe('-12.50');
    expect(csvField(-5)).toBe('-5');
    expect(csvField(null)).toBe('');
  });

  it('writes a BOM and CRLF lines', () => {
    expect(csvText([['a', 'b'], [1, null]])).toBe('\uFEFFa,b\r\n1,\r\n');
  });

  it('writes the summary with a header and a row per file, bad files with their reason', () => {
    const csv = summaryCsv([
      { file: 'a,b.pdf', template: 'shanghai', tablesFound: 9, tablesExpected: 9, errors: 2, warnings: 1, info: 0, note: '' },
      { file: 'c.pdf', template: '', tablesFound: null, tablesExpected: null, errors: null, warnings: null, info: null, note: '文件是空的 / empty' },
    ]);
    expect(csv).toBe('\uFEFF文件,模板,找到的表,应有的表,错误,警告,提示,说明\r\n"a,b.pdf",shanghai,9,9,2,1,0,\r\nc.pdf,,,,,,,文件是空的 / empty\r\n');
  });
});

describe('summaryTable', () => {
  it('aligns CJK text and totals the counts', () => {
    const text = summaryTable([
      { file: '万里.pdf', template: 'shanghai-dept', tablesFound: 9, tablesExpected: 9, errors: 6, warnings: 2, info: 0, note: '' },
      { file: 'b.pdf', template: '', tablesFound: null, tablesExpected: null, errors: null, warnings: null, info: null, note: '空' },
    ]);
    const lines = text.split('\n');
    expect(lines[0]).toBe('汇总 / summary：2 个文件，其中 1 个无法读取；错误 6，警告 2，提示 0');
    // Padded by display width (a CJK character takes two columns): 万里.pdf (6 characters, 8 columns)
    // and 文件 (2 characters, 4 columns) end up with the next column at the same character index.
    expect(lines[3]!.indexOf('shanghai-dept')).toBe(lines[1]!.indexOf('模板'));
    expect(lines[4]).toContain('无法读取：空');
  });
});

describe('extractNames', () => {
  it('uses the file name, numbering clashes and replacing characters folders cannot hold', () => {
    expect(extractNames(['a/x.pdf', 'b/x.xlsx', 'c/X.txt', 'd/y:z.pdf'])).toEqual(['x', 'x-2', 'X-3', 'y_z']);
  });
});

describe('auditExitCode', () => {
  it('is 2 for any bad input, else 1 for any error, else 0', () => {
    const ok = (error: number) => ({ ok: true, result: { counts: { error } } }) as unknown as AuditEntry;
    expect(auditExitCode([ok(0), ok(0)])).toBe(0);
    expect(auditExitCode([ok(0), ok(3)])).toBe(1);
    expect(auditExitCode([ok(3), { ok: false, file: 'x', error: 'y' }])).toBe(2);
  });
});

describe('locateFinding', () => {
  const doc: Document = {
    schema: 'yusuan/document@1',
    meta: { year: 2023, kind: 'budget', title: 't', department: { code: '', name: '' }, template: 'luoyang', precision: 'printed' },
    tables: [{
      id: 'three-public', number: 8, numberLabel: '八', title: '“三公”', subtitle: [], unit: '万元', decimals: 2,
      columns: [{ key: 'total', kind: 'amount', header: ['合计'] }, { key: 'reception', kind: 'amount', header: ['公务接待费'] }],
      rows: [{ kind: 'total', cells: [100000, 100000], at: { 0: { line: 318 }, 1: { page: 4, x: 10, y: 20 } } }],
      merges: [], notes: [], empty: false, at: { line: 313 },
    }],
    narrative: [{ part: 'explanation', heading: '七、“三公”', paragraphs: ['甲。乙写错了。'], at: [{ line: 108 }] }],
  };
  const finding = (location: Finding['location']): Finding => ({ ruleId: 'X', severity: 'error', message: 'm', messageEn: 'm', location });

  it('takes a cell’s own place and printed text', () => {
    const f = locateFinding(doc, finding({ table: 'three-public', row: 0, column: 'reception' }));
    expect(f).toMatchObject({ at: { page: 4, x: 10, y: 20 }, quote: '0.10', tableIndex: 0, col: 1, location: { source: '第 4 页' } });
  });

  it('falls back to the row, then the table title', () => {
    expect(locateFinding(doc, finding({ table: 'three-public', row: 0 })).location.source).toBe('第 318 行');
    expect(locateFinding(doc, finding({ table: 'three-public' })).location.source).toBe('第 313 行');
  });

  it('places a narrative finding at its paragraph with the sentence quoted, and keeps a rule’s own source', () => {
    const f = locateFinding(doc, finding({ section: '七、“三公”', paragraph: 0, sentence: '乙写错了。' }));
    expect(f).toMatchObject({ at: { line: 108 }, quote: '乙写错了。', sectionIndex: 0, location: { source: '第 108 行' } });
    expect(locateFinding(doc, finding({ table: 'three-public', source: '第 9 页' })).location.source).toBe('第 9 页');
  });

  it('leaves a finding about a missing table without a place', () => {
    const f = locateFinding(doc, finding({ table: 'income' }));
    expect(f.at).toBeUndefined();
    expect(f.location.source).toBeUndefined();
  });
});
