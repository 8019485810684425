// The two 上海市普陀区 2026 Excel templates read by readXlsx, against the golden transcribed by hand
// (import-xlsx-putuo-golden.ts): every one of the 9 tables with its sheet, title cell, 编制部门 and
// 单位 lines, header labels (merged labels repeated), the cell of each leaf label and every
// placeholder in the body; the cover as title lines, the 目录 as contents, the text sheets as
// paragraphs with their leftovers (XX, x,xxx, ……) kept exactly (assembled, AUD-TEMPLATE-LEFTOVER
// flags them), template detection on the titles; and a workbook filled in the template's layout.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { assembleDocument } from '../src/core/import/assemble.ts';
import { detectTemplate } from '../src/core/import/detect.ts';
import type { RawDocument, RawTable } from '../src/core/import/raw.ts';
import { rule as leftoverRule } from '../src/core/rules/catalogue/AUD-TEMPLATE-LEFTOVER.ts';
import { runRule } from '../src/core/rules/engine.ts';
import { readXlsx, readXlsxBytes } from '../src/importers/xlsx/index.ts';
import { DEPT_CONTENTS, DEPT_TEMPLATE, UNIT_CONTENTS, UNIT_TEMPLATE, type GoldenTable } from './import-xlsx-putuo-golden.ts';
import { ROOT } from './support/bases.ts';

const CORPUS = resolve(ROOT, 'test', 'fixtures', 'corpus');
const DEPT = resolve(CORPUS, 'shanghai-putuo-2026-dept-template.xlsx');
const UNIT = resolve(CORPUS, 'shanghai-putuo-2026-unit-template.xlsx');

/** Non-empty body cells by address, each checked to sit on the table's own sheet. */
function bodyCells(t: RawTable, sheet: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const row of t.body) {
    for (const c of row) {
      expect(c.at.sheet).toBe(sheet);
      if (c.text !== '') out[c.at.cell!] = c.text;
    }
  }
  return out;
}

function checkTables(raw: RawDocument, golden: GoldenTable[]): void {
  expect(raw.tables.map((t) => t.title)).toEqual(golden.map((g) => g.title));
  golden.forEach((g, i) => {
    const t = raw.tables[i]!;
    expect(t.titleAt, g.title).toEqual({ sheet: g.sheet, cell: g.titleCell });
    expect(t.preamble.map((c) => c.text), g.title).toEqual(g.preamble);
    expect(t.preamble.every((c) => c.at.sheet === g.sheet)).toBe(true);
    expect(t.header.map((row) => row.map((c) => c.text)), g.title).toEqual(g.header);
    expect(t.header.at(-1)!.map((c) => c.at.cell), g.title).toEqual(g.leafCells);
    expect(bodyCells(t, g.sheet), g.title).toEqual(g.body);
    expect(t.notes.map((c) => c.text), g.title).toEqual(g.notes);
    // Every body row has one cell per column.
    for (const row of t.body) expect(row.length).toBe(g.header[0]!.length);
  });
}

describe.each([
  { name: '部门 (dept) template, 17 sheets', file: DEPT, golden: DEPT_TEMPLATE, contents: DEPT_CONTENTS, template: 'shanghai-dept' },
  { name: '单位 (unit) template, 16 sheets', file: UNIT, golden: UNIT_TEMPLATE, contents: UNIT_CONTENTS, template: 'shanghai' },
])('$name', ({ file, golden, contents, template }) => {
  let raw: RawDocument;
  it('reads without warnings', async () => {
    raw = await readXlsx(file);
    expect(raw.source).toEqual({ file, kind: 'xlsx' });
    expect(raw.warnings).toBeUndefined();
  });

  it('finds all 9 tables with title, header, placeholder rows and sheet+cell of each', () => {
    expect(raw.tables).toHaveLength(9);
    checkTables(raw, golden);
  });

  it('reads the 目录 as contents and the cover as title lines', () => {
    expect(raw.contents.map((c) => c.text)).toEqual(contents);
    expect(raw.contents.every((c) => c.at.sheet === '目录')).toBe(true);
    expect(raw.contents[0]!.at.cell).toBe('A4');
    const dept = file === DEPT;
    expect(raw.titleLines.map((c) => [c.at.sheet, c.at.cell, c.text])).toEqual([
      ['封面', 'A3', dept ? '上海市普陀区2026年区级部门预算' : '上海市普陀区2026年区级单位预算'],
      ['封面', 'A9', dept ? '预算主管部门：上海市普陀区XX局' : '预算单位：上海市普陀区XX单位'],
    ]);
  });

  it('keeps the text sheets as paragraphs, leftovers (XX, x,xxx, ……) exactly as printed', () => {
    const w = file === DEPT ? '部门' : '单位';
    const sheets = [...new Set(raw.paragraphs.map((p) => p.at.sheet))];
    expect(sheets).toEqual(
      file === DEPT
        ? ['部门主要职能', '部门机构设置', '名词解释', '部门编制说明', '其他相关情况说明', '项目经费情况说明']
        : ['单位职能', '单位机构设置', '名词解释', '单位编制说明', '其他相关情况说明'],
    );
    const texts = raw.paragraphs.map((p) => p.text);
    expect(texts[0]).toBe(`XX（${w}）主要职能`);
    expect(raw.paragraphs[0]!.at.cell).toBe('A1');
    expect(texts).toContain('2026年部门预算编制说明'.replace('部门', w));
    // Transcribed from 编制说明 A3, first line.
    expect(texts).toContain(
      `2026年，XX收入预算x,xxx万元，其中：财政拨款收入x,xxx万元，比2025年预算增加（减少）XXX万元（持平）；事业收入x,xxx万元；事业单位经营收入x,xxx万元；其他收入x,xxx万元。`,
    );
    expect(texts).toContain('财政拨款收入支出增加（减少）的主要原因是xxxxxx');
    expect(texts).toContain('（九）……：指……。');
    expect(texts.filter((t) => t.includes('x,xxx')).length).toBeGreaterThanOrEqual(2);
    expect(texts.filter((t) => t.includes('XX')).length).toBeGreaterThanOrEqual(10);
    for (const p of raw.paragraphs) expect(p.text).toBe(p.text.trim());
  });

  it(`detectTemplate reads the 9 titles as Shanghai (${template})`, () => {
    const d = detectTemplate(raw.tables.map((t) => t.title));
    expect(d.template).toBe(template);
    expect(d.score).toBe(1);
    expect(d.missing).toEqual([]);
    expect(d.tables.map((t) => t.tableId)).toEqual([
      'income-expenditure-summary',
      'income',
      'expenditure',
      'fiscal-summary',
      'general-public-expenditure',
      'government-fund-expenditure',
      'state-capital-expenditure',
      'general-public-basic-expenditure',
      'three-public',
    ]);
  });
});

describe('assembled, the templates keep their placeholders for the audit rule to flag', () => {
  it.each([
    ['部门 template', DEPT, 'shanghai-dept', '上海市普陀区XX局'],
    ['单位 template', UNIT, 'shanghai', '上海市普陀区XX单位'],
  ])('%s', async (_name, file, template, department) => {
    const raw = await readXlsx(file);
    const { document, detection } = assembleDocument(raw);
    expect(detection.template).toBe(template);
    expect(document.tables).toHaveLength(9);
    expect(document.meta.year).toBe(2026);
    expect(document.meta.department.name).toBe(department);
    expect(document.meta.contents).toEqual(raw.contents.map((c) => c.text));
    const run = runRule(leftoverRule, { doc: document });
    expect(run.status).toBe('fail');
    const found = run.findings.map((f) => String(f.actual));
    expect(found.some((t) => t.includes('XX'))).toBe(true);
    expect(found.some((t) => t.includes('x,xxx'))).toBe(true);
  });
});

describe('a workbook filled in the 部门 template’s layout', () => {
  /** The dept template with figures typed in: numbers with formats, text with separators, formulas. */
  async function filled(): Promise<Buffer> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(DEPT) as unknown as ArrayBuffer);
    wb.getWorksheet('封面')!.getCell('A9').value = '预算主管部门：上海市普陀区财政局';
    const ws = wb.getWorksheet('部门收支总表')!;
    ws.getCell('A4').value = '编制部门：上海市普陀区财政局';
    const money = (ref: string, value: ExcelJS.CellValue) => {
      ws.getCell(ref).value = value;
      ws.getCell(ref).numFmt = '#,##0.00';
    };
    money('B8', 1234567.89);
    money('B9', { formula: 'B8', result: 1234567.89 });
    ws.getCell('B12').value = '1,000.00'; // typed as text, separators and all
    money('D8', 1235567.89);
    money('B21', { formula: 'SUM(B8,B12)', result: 1235567.89 });
    money('D21', { formula: 'SUM(D8:D20)' }); // never calculated: no cached result
    wb.getWorksheet('项目经费情况说明')!.state = 'hidden';
    const out = await wb.xlsx.writeBuffer();
    return Buffer.from(out as ArrayBuffer);
  }

  it('reads figures with their sheet and cell, reports the formula without a result and the hidden sheet', async () => {
    const raw = await readXlsxBytes(await filled(), 'filled.xlsx');
    const t = raw.tables[0]!;
    const at = (cell: string) => t.body.flat().find((c) => c.at.cell === cell);
    expect(at('B8')).toEqual({ text: '1,234,567.89', at: { sheet: '部门收支总表', cell: 'B8' } });
    expect(at('B9')?.text).toBe('1,234,567.89');
    expect(at('B12')?.text).toBe('1,000.00');
    expect(at('B21')?.text).toBe('1,235,567.89');
    expect(at('D21')?.text).toBe('');
    expect(raw.warnings?.map((w) => w.at)).toEqual([{ sheet: '部门收支总表', cell: 'D21' }, { sheet: '项目经费情况说明' }]);
    expect(raw.paragraphs.some((p) => p.at.sheet === '项目经费情况说明')).toBe(false);

    const { document, problems } = assembleDocument(raw);
    expect(document.meta.department.name).toBe('上海市普陀区财政局');
    const summary = document.tables.find((x) => x.id === 'income-expenditure-summary')!;
    const row = (label: string) => summary.rows.find((r) => r.cells[0] === label)!;
    expect(row('一、财政拨款收入').cells[1]).toBe(123456789);
    expect(row('一、财政拨款收入').at?.[1]).toEqual({ sheet: '部门收支总表', cell: 'B8' });
    expect(row('1. 一般公共预算').cells[1]).toBe(123456789);
    expect(row('二、事业收入').cells[1]).toBe(100000);
    expect(row('收入总计').cells[1]).toBe(123556789);
    expect(summary.empty).toBe(false);
    expect(problems.some((p) => p.at?.cell === 'D21' && /公式没有保存计算结果/.test(p.message))).toBe(true);
  });
});
