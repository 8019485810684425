// Tests for the CSV parser: quoting, escaped quotes, line breaks inside quotes, BOM, CRLF.
import { describe, expect, it } from 'vitest';
import { parseCsv, parseCsvRecords } from './csv.ts';

describe('parseCsv', () => {
  it('handles quoted commas, escaped quotes and line breaks', () => {
    const text = '\ufeffa,b,c\r\n1,"x, y","say ""hi"""\r\n2,"two\nlines",\n';
    const { rows, lines, problems } = parseCsv(text);
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      ['a', 'b', 'c'],
      ['1', 'x, y', 'say "hi"'],
      ['2', 'two\nlines', ''],
    ]);
    expect(lines).toEqual([1, 2, 3]);
  });

  it('keeps a last line without a line break and reports an unclosed quote', () => {
    expect(parseCsv('a,b\n1,2').rows).toEqual([['a', 'b'], ['1', '2']]);
    const bad = parseCsv('a,b\n1,"oops\n');
    expect(bad.problems[0]?.line).toBe(2);
  });

  it('keeps blank lines so row numbers match a spreadsheet', () => {
    expect(parseCsv('a\n\nb\n').rows).toEqual([['a'], [''], ['b']]);
  });
});

describe('parseCsvRecords', () => {
  it('keys fields by header and checks required columns', () => {
    const ok = parseCsvRecords('code,name\n201,"一般公共服务支出"\n', ['code', 'name']);
    expect(ok.problems).toEqual([]);
    expect(ok.records).toEqual([{ line: 2, values: { code: '201', name: '一般公共服务支出' } }]);
    const missing = parseCsvRecords('code\n201\n', ['code', 'name']);
    expect(missing.problems[0]?.message).toContain('name');
  });
});
