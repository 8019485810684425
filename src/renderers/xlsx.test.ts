// Tests of the Excel renderer: the workbook is read back with exceljs and checked for sheet names,
// merged headers, numeric amounts with their format, text codes, frozen panes, body merges, notes,
// print setup and properties; plus the layout helpers (sheet names, CJK widths).
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { renderXlsx } from './xlsx.ts';
import { displayWidth, SheetNames, SHEET_NAME_MAX } from './xlsx-layout.ts';
import { largeTestDocument, testDocument } from './test-document.ts';

async function load(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  return wb;
}

function sheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
}

/** The row number of the first row whose column `col` holds `text`. */
function findRow(ws: ExcelJS.Worksheet, col: number, text: string): number {
  for (let r = 1; r <= ws.rowCount; r++) if (ws.getRow(r).getCell(col).value === text) return r;
  throw new Error(`no row with ${text}`);
}

describe('renderXlsx', async () => {
  const doc = testDocument();
  const buffer = await renderXlsx(doc);
  const wb = await load(buffer);

  it('writes one sheet per table, named by number and title without the year', () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      '一 部门收支预算表', '三 部门支出预算表', '九 政府性基金支出预算表', '十二 部门（单位）整体绩效目标表',
    ]);
    expect(wb.creator).toBe('yusuan');
    expect(wb.title).toBe(doc.meta.title);
  });

  it('prints the title, 部门名称 and unit rows above the table', () => {
    const ws = sheet(wb, '三 部门支出预算表');
    expect(ws.getCell('A1').value).toBe('2023年部门支出预算表');
    expect(ws.getCell('A1').font?.bold).toBe(true);
    expect(ws.getCell('A1').alignment?.horizontal).toBe('center');
    expect(ws.getCell('A2').value).toBe('部门名称：洛阳市涧西区社区治理和服务创新办公室');
    expect(ws.getCell('A3').value).toBe('单位：万元');
    expect(ws.getCell('A3').alignment?.horizontal).toBe('right');
    expect(ws.model.merges).toEqual(expect.arrayContaining(['A1:N1', 'A2:N2', 'A3:N3']));
  });

  it('merges the multi-level header as the header grid says', () => {
    const ws = sheet(wb, '三 部门支出预算表');
    expect(ws.model.merges).toEqual(expect.arrayContaining([
      'A4:C5', 'D4:D6', 'E4:E6', 'F4:F6', 'G4:K4', 'L4:N4', 'G5:G6', 'H5:I5', 'J5:K5', 'L5:L6', 'M5:M6', 'N5:N6',
    ]));
    expect(ws.model.merges).toHaveLength(3 + 12);
    expect(ws.getCell('A4').value).toBe('科目编码');
    expect(ws.getCell('A6').value).toBe('类');
    expect(ws.getCell('I6').value).toBe('对个人和家庭的补助');
    expect(ws.getCell('G4').font?.bold).toBe(true);
    expect(ws.getCell('K4').border?.right?.style).toBe('thin'); // covered header cells keep borders
  });

  it('writes amounts as numbers with a number format, codes as text', () => {
    const ws = sheet(wb, '三 部门支出预算表');
    const r = findRow(ws, 5, '行政运行');
    const row = ws.getRow(r);
    expect(row.getCell(6).value).toBe(161.73);
    expect(row.getCell(6).numFmt).toBe('#,##0.00');
    expect(row.getCell(8).value).toBe(134.1);
    expect(row.getCell(9).value).toBeNull(); // blank stays blank
    expect(row.getCell(9).border?.top?.style).toBe('thin');
    expect(row.getCell(1).value).toBe('212');
    expect(row.getCell(2).value).toBe('01');
    expect(typeof row.getCell(3).value).toBe('string');
    expect(row.getCell(2).numFmt).toBe('@');
    const total = ws.getRow(findRow(ws, 5, '合计'));
    expect(total.getCell(6).value).toBe(2002.45);
    expect(total.getCell(6).font?.bold).toBe(true);
    const summary = sheet(wb, '一 部门收支预算表');
    expect(summary.getRow(findRow(summary, 3, '年终结转结余')).getCell(4).value).toBe(0);
  });

  it('freezes the rows above the body and sets up printing', () => {
    const ws = sheet(wb, '三 部门支出预算表');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 6, topLeftCell: 'A7' });
    expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, paperSize: 9 });
    expect(ws.pageSetup.printTitlesRow).toBe('4:6');
    expect(sheet(wb, '一 部门收支预算表').pageSetup.orientation).toBe('portrait');
  });

  it('sizes columns from hints, headers and values, CJK counted double', () => {
    const ws = sheet(wb, '三 部门支出预算表');
    const widths = ws.columns.map((c) => c.width ?? 0);
    expect(widths[4]).toBeGreaterThanOrEqual(displayWidth('洛阳市涧西区社区治理和服务创新办公室'));
    expect(widths[8]).toBeGreaterThanOrEqual(displayWidth('对个人和家庭的补助'));
    expect(Math.max(...widths)).toBeLessThanOrEqual(50);
  });

  it('prints an empty table with its note under it', () => {
    const ws = sheet(wb, '九 政府性基金支出预算表');
    const note = '备注：洛阳市涧西区社区治理和服务创新办公室2023年无政府性基金预算拨款安排的支出，故此表无数据。';
    const r = findRow(ws, 1, note);
    expect(r).toBeGreaterThan(7);
    expect(ws.model.merges).toContain(`A${r}:N${r}`);
    expect(ws.getCell(`A${r}`).alignment?.wrapText).toBe(true);
  });

  it('applies body merges (整体绩效目标表)', () => {
    const ws = sheet(wb, '十二 部门（单位）整体绩效目标表');
    // Title, (2023年度), 单位 — then the form from row 4.
    expect(ws.model.merges).toEqual(expect.arrayContaining(['B4:E4', 'A5:A7', 'C5:E5', 'C8:E8', 'A10:A11', 'B10:B11']));
    expect(ws.getCell('A5').value).toBe('年度主要任务');
    expect(ws.getCell('C8').value).toBe(2002.45); // a number in a text column is money
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
  });

  it('gives the same bytes for the same document', async () => {
    expect((await renderXlsx(testDocument())).equals(buffer)).toBe(true);
  });

  it('renders a 13-table document of 50 rows a table', async () => {
    const big = await load(await renderXlsx(largeTestDocument(50)));
    expect(big.worksheets).toHaveLength(13);
    expect(big.worksheets[7]!.name).toBe('八 一般公共预算“三公”经费预算表');
  });
});

describe('SheetNames', () => {
  it('removes characters Excel refuses, keeps names short and unique', () => {
    const names = new SheetNames();
    expect(names.take('一 收入/支出[表]:*?\\')).toBe('一 收入_支出_表_____');
    expect(names.take("'引号'")).toBe('引号');
    const long = '十三 '.padEnd(40, '很');
    const a = names.take(long);
    const b = names.take(long);
    expect(a).toHaveLength(SHEET_NAME_MAX);
    expect(b).toHaveLength(SHEET_NAME_MAX);
    expect(b.endsWith('(2)')).toBe(true);
    expect(names.take('Sheet')).toBe('Sheet');
    expect(names.take('SHEET')).toBe('SHEET(2)');
    expect(names.take('   ')).toMatch(/^Sheet\d+$/);
  });

  it('counts CJK and full-width characters double', () => {
    expect(displayWidth('abc')).toBe(3);
    expect(displayWidth('行政运行')).toBe(8);
    expect(displayWidth('（）“”')).toBe(8);
  });
});
