// Tests for `yusuan classification import` and the store: CSV and XLSX lists, cell-exact errors, exit 2.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isKnownCode } from '../core/classification/lookup.ts';
import { classificationImportCommand, importClassificationFile } from './classification-import.ts';
import { ClassificationStoreError, loadClassification, officialListPath, yusuanHome } from './classification-store.ts';

let dir: string;
let home: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'yusuan-cls-'));
  home = join(dir, 'home');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function xlsx(name: string, sheets: Record<string, (string | number | null)[][]>): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const [sheet, rows] of Object.entries(sheets)) wb.addWorksheet(sheet).addRows(rows);
  const path = join(dir, name);
  await wb.xlsx.writeFile(path);
  return path;
}

describe('classification import (CSV)', () => {
  it('imports a functional list with quoted fields, spaced codes and a level column', async () => {
    const csv = [
      '2023年支出功能分类科目',
      '科目编码,科目名称,级次',
      '212,城乡社区支出,类',
      '212 01,城乡社区管理事务,款',
      '2120101,行政运行,项',
      '2120199,"其它城乡社区管理事务支出",3',
      '2129998,"新科目, 含逗号",项',
      ',注：本表为测试,',
    ].join('\r\n');
    const path = join(dir, '功能科目.csv');
    writeFileSync(path, csv);
    const { exitCode, message } = await classificationImportCommand({ file: path, year: 2023, home });
    expect(message).toContain('支出功能分类科目：读入 5 条，比内置科目表新增 1 条，名称不同 1 条（其中仅写法不同 1 条）');
    expect(message).toContain('2120199：其他城乡社区管理事务支出 → 其它城乡社区管理事务支出');
    expect(message).toContain('跳过没有编码的行 1 行');
    expect(exitCode).toBe(0);
    const stored = JSON.parse(readFileSync(officialListPath(2023, { home }), 'utf8'));
    expect(stored.functional).toHaveLength(5);
    expect(stored.sources[0].file).toBe('功能科目.csv');
    const set = loadClassification(2023, { home })!;
    expect(set.authority).toBe('official');
    expect(isKnownCode(set, 'functional', '2129998')).toBe(true);
    expect(set.functional.get('2129998')?.name).toBe('新科目, 含逗号');
    expect(set.functional.get('2080505')?.name).toBe('机关事业单位基本养老保险缴费支出'); // bundled kept
  });

  it('reads GB18030 CSV (as Excel in China saves it) and infers kinds from code shape', async () => {
    // "编码,名称\n30199,其他工资福利支出\n50101,工资奖金津补贴\n" encoded in GB18030
    const hex =
      'b1e0c2eb2cc3fbb3c60a33303139392cc6e4cbfbb9a4d7cab8a3c0fbd6a7b3f60a35303130312cb9a4d7cabdb1bdf0bdf2b2b9ccf90a';
    const path = join(dir, 'list.csv');
    writeFileSync(path, new Uint8Array(Buffer.from(hex, 'hex')));
    const result = await importClassificationFile(path, 2023, { home });
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.kinds.map((k) => [k.kind, k.read, k.added.length, k.renamed.length])).toEqual([
        ['economic-department', 1, 0, 0],
        ['economic-government', 1, 0, 0],
      ]);
    }
    expect(loadClassification(2023, { home })?.economicDepartment.get('30199')?.name).toBe('其他工资福利支出');
  });

  it('names the cell of a bad code, exits 2 and writes nothing', async () => {
    const path = join(dir, '名录.csv');
    writeFileSync(path, '科目编码,科目名称\n212,城乡社区支出\n21201x,城乡社区管理事务\n');
    const { exitCode, message } = await classificationImportCommand({ file: path, year: 2023, home });
    expect(exitCode).toBe(2);
    expect(message).toContain('名录.csv 第 3 行 A 列：“21201x” 不是科目编码');
    expect(existsSync(officialListPath(2023, { home }))).toBe(false);
  });

  it('rejects an empty file and a file without a header', async () => {
    const empty = join(dir, 'empty.csv');
    writeFileSync(empty, '');
    const r1 = await classificationImportCommand({ file: empty, year: 2023, home });
    expect(r1.exitCode).toBe(2);
    expect(r1.message).toContain('empty.csv：文件是空的');
    const blankLines = join(dir, 'blank.csv');
    writeFileSync(blankLines, '\n,,\n');
    expect((await classificationImportCommand({ file: blankLines, year: 2023, home })).message).toContain('文件是空的');
    const noHeader = join(dir, 'noheader.csv');
    writeFileSync(noHeader, '212,城乡社区支出\n21201,城乡社区管理事务\n');
    const r2 = await classificationImportCommand({ file: noHeader, year: 2023, home });
    expect(r2.exitCode).toBe(2);
    expect(r2.message).toContain('noheader.csv：找不到表头');
    expect(existsSync(officialListPath(2023, { home }))).toBe(false);
  });

  it('rejects a missing file, an unknown --kind, a code of the wrong kind and a missing parent', async () => {
    const missing = await classificationImportCommand({ file: join(dir, 'nope.csv'), year: 2023, home });
    expect(missing.exitCode).toBe(2);
    expect(missing.message).toContain('文件不存在');
    const path = join(dir, 'x.csv');
    writeFileSync(path, '编码,名称\n30101,基本工资\n');
    const badKind = await classificationImportCommand({ file: path, year: 2023, kind: 'revenue', home });
    expect(badKind.exitCode).toBe(2);
    expect(badKind.message).toContain('--kind “revenue” 无效');
    const wrong = await classificationImportCommand({ file: path, year: 2023, kind: 'functional', home });
    expect(wrong.exitCode).toBe(2);
    expect(wrong.message).toContain('x.csv 第 2 行 A 列：“30101” 不是支出功能分类科目的编码');
    writeFileSync(path, '编码,名称\n2999901,孤儿项\n');
    const orphan = await classificationImportCommand({ file: path, year: 2023, home });
    expect(orphan.exitCode).toBe(2);
    expect(orphan.message).toContain('上级科目 29999 不在文件里');
    expect(existsSync(officialListPath(2023, { home }))).toBe(false);
  });

  it('rejects a duplicate code with two names, naming both cells', async () => {
    const path = join(dir, 'dup.csv');
    writeFileSync(path, '编码,名称\n30101,基本工资\n30101,基本工资2\n30102,津贴补贴\n30102,津贴补贴\n');
    const r = await classificationImportCommand({ file: path, year: 2023, home });
    expect(r.exitCode).toBe(2);
    expect(r.message).toContain('dup.csv 第 3 行 A 列：科目 30101 重复，名称“基本工资2”与 dup.csv 第 2 行 A 列 的“基本工资”不同');
  });
});

describe('classification import (XLSX)', () => {
  it('imports sheets by kind from sheet names, with numeric codes, and merges with a stored list', async () => {
    const path = await xlsx('名录.xlsx', {
      说明: [['本文件为测试用科目名录']],
      功能科目: [['2023年支出功能分类科目'], ['科目编码', '科目名称'], [212, '城乡社区支出'], ['212 01 99', '其他城乡社区管理事务支出'], [2129998, '测试新项']],
      部门经济分类: [['编码', '名称', '级次'], [302, '商品和服务支出', '类'], [30232, '测试新款', '款']],
    });
    const r = await classificationImportCommand({ file: path, year: 2023, home });
    expect(r.message).toContain('支出功能分类科目：读入 3 条，比内置科目表新增 1 条');
    expect(r.message).toContain('部门预算支出经济分类科目：读入 2 条，比内置科目表新增 1 条');
    expect(r.exitCode).toBe(0);
    // a second file adds the government list; the first import is kept
    const gov = await xlsx('政府经济.xlsx', { Sheet1: [['code', 'name'], [50101, '工资奖金津补贴'], ['50299', '其他商品和服务支出']] });
    expect((await classificationImportCommand({ file: gov, year: 2023, home })).exitCode).toBe(0);
    const set = loadClassification(2023, { home })!;
    expect(isKnownCode(set, 'functional', '2129998')).toBe(true);
    expect(isKnownCode(set, 'economic-department', '30232')).toBe(true);
    expect(set.economicGovernment.get('50101')?.verified).toBe(true);
  });

  it('names sheet and cell for a bad code in an xlsx and writes nothing', async () => {
    // code column in C, the bad code in C17, as a bureau's sheet might have it
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('功能科目');
    ws.addRows([['', '', '科目编码', '科目名称'], ['', '', '212', '城乡社区支出']]);
    ws.getCell('C17').value = '21201x';
    ws.getCell('D17').value = '城乡社区管理事务';
    const path = join(dir, '名录.xlsx');
    await wb.xlsx.writeFile(path);
    const r = await classificationImportCommand({ file: path, year: 2023, home });
    expect(r.exitCode).toBe(2);
    expect(r.message).toContain('名录.xlsx 工作表“功能科目” C17：“21201x” 不是科目编码');
    expect(existsSync(officialListPath(2023, { home }))).toBe(false);
  });

  it('rejects a level that contradicts the code, an empty workbook and a non-xlsx file', async () => {
    const lv = await xlsx('lv.xlsx', { 功能: [['科目编码', '科目名称', '级次'], ['21201', '城乡社区管理事务', '项']] });
    const r = await classificationImportCommand({ file: lv, year: 2023, home });
    expect(r.exitCode).toBe(2);
    expect(r.message).toContain('lv.xlsx 工作表“功能” C2：级次是“项”，但编码 21201 是款级科目');
    const empty = await xlsx('empty.xlsx', { Sheet1: [] });
    expect((await classificationImportCommand({ file: empty, year: 2023, home })).message).toContain('empty.xlsx：文件是空的');
    const fake = join(dir, 'fake.xlsx');
    writeFileSync(fake, 'not a zip');
    const f = await classificationImportCommand({ file: fake, year: 2023, home });
    expect(f.exitCode).toBe(2);
    expect(f.message).toContain('fake.xlsx：无法作为 Excel (.xlsx) 文件读取');
    expect(existsSync(officialListPath(2023, { home }))).toBe(false);
  });
});

describe('classification store', () => {
  it('uses YUSUAN_HOME, returns bundled data without a stored list, and reports a corrupt store', () => {
    const saved = process.env.YUSUAN_HOME;
    process.env.YUSUAN_HOME = home;
    try {
      expect(yusuanHome()).toBe(home);
      expect(officialListPath(2023)).toBe(join(home, 'classification', '2023', 'official.json'));
    } finally {
      if (saved === undefined) delete process.env.YUSUAN_HOME;
      else process.env.YUSUAN_HOME = saved;
    }
    expect(loadClassification(2023, { home })?.authority).toBe('bundled');
    expect(loadClassification(1999, { home })).toBeUndefined();
    const path = officialListPath(2023, { home });
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, '{ not json');
    expect(() => loadClassification(2023, { home })).toThrow(ClassificationStoreError);
    expect(() => loadClassification(2023, { home })).toThrow(/official\.json 不是有效的 JSON/);
  });
});
