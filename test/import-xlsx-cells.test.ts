// Cell text and sheet layout of the Excel reader: numbers as their number format shows them
// (vs text that already carries thousands separators), formulas by their cached result (and a
// warning when there is none), rich text, dates, errors, radicals; hidden sheets skipped with a
// warning; the 目录 sheet as contents; notes under a table; and the header found from the merges
// alone equals the print-title rows on yusuan's own workbooks.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { RawDocument } from '../src/core/import/raw.ts';
import { readXlsxBytes } from '../src/importers/xlsx/index.ts';
import { layoutSheet } from '../src/importers/xlsx/layout.ts';
import { formatNumber } from '../src/importers/xlsx/num-format.ts';
import { readSheet } from '../src/importers/xlsx/sheet-grid.ts';
import { renderXlsx } from '../src/renderers/xlsx.ts';
import { documentOf, seedBudget } from './support/bases.ts';
import { workbook } from './import-xlsx-fixtures.ts';

describe('formatNumber shows a number as Excel does', () => {
  const cases: [number, string | undefined, string][] = [
    [1234.5, '#,##0.00', '1,234.50'],
    [1234.5, '#,##0.00_ ', '1,234.50'],
    [1234567, '#,##0', '1,234,567'],
    [0.1 + 0.2, undefined, '0.3'],
    [0.1 + 0.2, 'General', '0.3'],
    [205, 'General', '205'],
    [1.005, '0.00', '1.01'], // decimal 四舍五入 on 15 digits, not binary toFixed (1.00)
    [2.675, '#,##0.00', '2.68'],
    [-1234.5, '#,##0.00', '-1,234.50'],
    [-1234.5, '#,##0.00;[Red]-#,##0.00', '-1,234.50'],
    [-1234.5, '#,##0.00;(#,##0.00)', '(1,234.50)'],
    [0, '_ * #,##0.00_ ;_ * -#,##0.00_ ;_ * "-"??_ ;_ @_ ', '-'],
    [1234.5, '_ * #,##0.00_ ;_ * -#,##0.00_ ;_ * "-"??_ ;_ @_ ', '1,234.50'],
    [0.125, '0.00%', '12.50%'],
    [12345678, '#,##0.00,', '12,345.68'],
    [1234.5, '#,##0.00"元"', '1,234.50元'],
    [1234.5, '[$¥-804]#,##0.00', '¥1,234.50'],
    [0.5, '#.00', '.50'],
    [3.1, '0.0#', '3.1'],
    [999.995, '#,##0.00', '1,000.00'],
  ];
  for (const [value, fmt, shown] of cases) {
    it(`${value} under ${fmt ?? '(none)'} → ${shown}`, () => expect(formatNumber(value, fmt)).toBe(shown));
  }
});

async function read(build: (wb: ExcelJS.Workbook) => void): Promise<RawDocument> {
  return readXlsxBytes(await workbook(build), 'cells.xlsx');
}

describe('cell values', () => {
  it('numbers by numFmt, text as written, formulas by their result, rich text, dates, errors', async () => {
    const raw = await read((wb) => {
      const ws = wb.addWorksheet('表');
      ws.getCell('A1').value = '2025年收入预算表';
      ws.mergeCells('A1:D1');
      ws.getRow(2).values = ['项目', '数值', '文本', '公式'];
      ws.getRow(3).values = ['甲', 1234.5, '1,234.56', { formula: 'B3*2', result: 2469 }];
      ws.getCell('B3').numFmt = '#,##0.00';
      ws.getCell('D3').numFmt = '#,##0.00';
      ws.getRow(4).values = ['乙', new Date(Date.UTC(2025, 2, 31)), { richText: [{ text: '部' }, { text: '⻔' }] }, { formula: 'B4+1' }];
      ws.getRow(5).values = ['丙', { error: '#DIV/0!' }, ' 带空格 ', { sharedFormula: 'D3', result: 7 }];
    });
    const t = raw.tables[0]!;
    expect(t.title).toBe('2025年收入预算表');
    expect(t.header.map((r) => r.map((c) => c.text))).toEqual([['项目', '数值', '文本', '公式']]);
    expect(t.body.map((r) => r.map((c) => c.text))).toEqual([
      ['甲', '1,234.50', '1,234.56', '2,469.00'],
      ['乙', '2025-03-31', '部门', ''],
      ['丙', '#DIV/0!', ' 带空格 ', '7'],
    ]);
    expect(t.body[1]![3]!.at).toEqual({ sheet: '表', cell: 'D4' });
    expect(raw.warnings?.map((w) => w.text)).toEqual([expect.stringMatching(/^工作表“表” D4：公式没有保存计算结果.* \/ sheet "表" D4: the formula has no saved result/)]);
    expect(raw.warnings?.[0]?.at).toEqual({ sheet: '表', cell: 'D4' });
  });

  it('hidden sheets are skipped with a warning; the cover and 目录 become title lines and contents', async () => {
    const raw = await read((wb) => {
      const cover = wb.addWorksheet('封面');
      cover.getCell('A3').value = '上海市普陀区2026年区级部门预算';
      cover.getCell('A9').value = '预算主管部门：上海市普陀区XX局';
      const toc = wb.addWorksheet('目录');
      toc.getCell('A1').value = '目  录';
      toc.getCell('A3').value = '一、部门主要职能  ………………………… 3';
      toc.getCell('A4').value = '    1. 2026年部门财务收支预算总表  ……………………';
      toc.getCell('A5').value = '二、名词解释\n三、部门预算编制说明 ...... 12';
      const secret = wb.addWorksheet('底稿');
      secret.getCell('A1').value = '内部数据';
      secret.state = 'hidden';
      const text = wb.addWorksheet('部门主要职能');
      text.getCell('A1').value = 'XX（部门）主要职能';
      text.getCell('A3').value = '    XX是…。\n    主要职能包括：\n\n    1.';
    });
    expect(raw.titleLines.map((c) => [c.at.cell, c.text])).toEqual([
      ['A3', '上海市普陀区2026年区级部门预算'],
      ['A9', '预算主管部门：上海市普陀区XX局'],
    ]);
    expect(raw.contents.map((c) => c.text)).toEqual(['一、部门主要职能', '1. 2026年部门财务收支预算总表', '二、名词解释', '三、部门预算编制说明']);
    expect(raw.paragraphs.map((p) => [p.at.sheet, p.at.cell, p.text])).toEqual([
      ['部门主要职能', 'A1', 'XX（部门）主要职能'],
      ['部门主要职能', 'A3', 'XX是…。'],
      ['部门主要职能', 'A3', '主要职能包括：'],
      ['部门主要职能', 'A3', '1.'],
    ]);
    expect(raw.warnings?.map((w) => w.text)).toEqual(['工作表“底稿”已隐藏，未读取 / hidden sheet "底稿" skipped']);
    expect(JSON.stringify(raw)).not.toContain('内部数据');
  });

  it('notes under a table; body merges in body coordinates; cells right of the table are reported', async () => {
    const raw = await read((wb) => {
      const ws = wb.addWorksheet('三公');
      ws.getCell('A1').value = '2025年“三公”经费预算表';
      ws.mergeCells('A1:C1');
      ws.getCell('A2').value = '单位：元';
      ws.getRow(3).values = ['合计', '因公出国（境）费', '公务接待费'];
      ws.getRow(4).values = [100, 60, 40];
      ws.getRow(5).values = ['其中：', '本级'];
      ws.mergeCells('B5:C5');
      ws.getCell('E4').value = '草稿';
      ws.getCell('A7').value = '注：本表按一般公共预算财政拨款填列。';
      ws.getCell('A8').value = '本表无政府性基金。';
    });
    const t = raw.tables[0]!;
    expect(t.preamble.map((c) => c.text)).toEqual(['单位：元']);
    expect(t.body.map((r) => r.map((c) => c.text))).toEqual([
      ['100', '60', '40'],
      ['其中：', '本级', ''],
    ]);
    expect(t.merges).toEqual([{ row: 1, col: 1, rowSpan: 1, colSpan: 2 }]);
    expect(t.notes.map((n) => [n.at.cell, n.text])).toEqual([
      ['A7', '注：本表按一般公共预算财政拨款填列。'],
      ['A8', '本表无政府性基金。'],
    ]);
    expect(raw.warnings?.map((w) => w.at.cell)).toEqual(['E4']);
  });
});

describe('titles', () => {
  it('a 单位 line beside the title on the same row is preamble; a sheet without a title row is text', async () => {
    const raw = await read((wb) => {
      const ws = wb.addWorksheet('支出');
      ws.getCell('A1').value = '2025年部门支出预算表';
      ws.getCell('D1').value = '单位：万元';
      ws.getRow(2).values = ['科目编码', '科目名称', '合计', '基本支出'];
      ws.getRow(3).values = ['201', '一般公共服务支出', 12.5, 12.5];
      const loose = wb.addWorksheet('草稿');
      loose.getRow(1).values = ['甲', '乙'];
      loose.getRow(2).values = ['丙', '丁'];
    });
    expect(raw.tables.map((t) => [t.title, t.preamble.map((c) => `${c.at.cell}=${c.text}`)])).toEqual([['2025年部门支出预算表', ['D1=单位：万元']]]);
    expect(raw.tables[0]!.body.map((r) => r.map((c) => c.text))).toEqual([['201', '一般公共服务支出', '12.5', '12.5']]);
    expect(raw.paragraphs.map((p) => p.text)).toEqual(['甲', '乙', '丙', '丁']);
  });
});

describe('the header found from the merges alone', () => {
  it('equals the print-title rows on every table of the seed workbook (yusuan XLSX)', async () => {
    const doc = documentOf(await seedBudget());
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await renderXlsx(doc)) as unknown as ArrayBuffer);
    let compared = 0;
    for (const ws of wb.worksheets) {
      const withHints = layoutSheet(readSheet(ws).grid);
      ws.pageSetup.printTitlesRow = undefined as unknown as string;
      ws.views = [];
      const without = layoutSheet(readSheet(ws).grid);
      expect(withHints.kind).toBe('table');
      if (withHints.kind !== 'table') continue;
      if (withHints.table.header.length === 0) continue; // 整体绩效目标表 has no header rows: only the frozen pane says so
      expect(without).toEqual(withHints);
      compared++;
    }
    expect(compared).toBe(12);
  });
});
