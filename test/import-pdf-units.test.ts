// The PDF reader's pieces on hand-made positioned text (no PDF needed): joining wrapped cell and
// paragraph lines, the printed forms it recognises, where a table body starts, columns and rows
// rebuilt from text positions (a name wrapped onto a second line; a label printed above and below
// its row's figures; an empty column known only from its header), paragraphs split at indents and
// numbered headings, and the bytes sniffed before parsing.
import { describe, expect, it } from 'vitest';
import { chunksOf, joinWrapped, lineOf, type Line } from '../src/importers/pdf/lines.ts';
import type { TextRun } from '../src/importers/pdf/page-content.ts';
import { paragraphsOf } from '../src/importers/pdf/paragraphs.ts';
import { firstBodyRow, isAmount, isCode, isFooterText, isNoteText, isPreambleText, looksLikeTitle } from '../src/importers/pdf/patterns.ts';
import { hasEofMarker, sniffPdf, xrefPastEnd } from '../src/importers/pdf/sniff.ts';
import { bodyRows, columnsOf, headerRows, labelsOf } from '../src/importers/pdf/text-table.ts';

const SIZE = 10;
/** A run of text at x on the line whose baseline is at base (CJK: 1 em a character). */
function run(text: string, x: number, base: number, size = SIZE): TextRun {
  const width = [...text].reduce((w, ch) => w + (/[\x20-\x7e]/.test(ch) ? 0.5 : 1) * size, 0);
  return { text, x, x2: x + width, base, top: base - 0.88 * size, bottom: base + 0.12 * size, size };
}
function line(base: number, ...parts: [string, number][]): Line {
  return lineOf(1, chunksOf(parts.map(([t, x]) => run(t, x, base))));
}
/** Right-aligned amount ending at x2. */
const right = (text: string, x2: number): [string, number] => [text, x2 - text.length * 0.5 * SIZE];
const cells = (rows: { text: string }[][]): string[] => rows.map((r) => r.map((c) => c.text).join('|'));

describe('joining wrapped text', () => {
  it('joins Chinese directly, Latin words and punctuation with a space, digits directly', () => {
    expect(joinWrapped(['机关事业单位基本养老保险缴费支', '出'])).toBe('机关事业单位基本养老保险缴费支出');
    expect(joinWrapped(['1、资金来源:', '(1) 政府预算资金'])).toBe('1、资金来源: (1) 政府预算资金');
    expect(joinWrapped(['410305230000', '000016469'])).toBe('410305230000000016469');
    expect(joinWrapped(['≤1469.54万', '元'])).toBe('≤1469.54万元');
  });

  it('keeps a figure and the label printed right after it apart', () => {
    const l = lineOf(1, chunksOf([run('171,915,169', 100, 50), run('一、一般公共服务支出', 157, 50)]));
    expect(l.chunks.map((c) => c.text)).toEqual(['171,915,169', '一、一般公共服务支出']);
  });
});

describe('printed forms', () => {
  it('amounts, codes, titles, preamble lines, notes and footers', () => {
    for (const a of ['171,915,169', '2002.45', '0', '-3.20', '12.50%']) expect(isAmount(a), a).toBe(true);
    for (const a of ['2023-01-01', '2023年', '≥95%', '一']) expect(isAmount(a), a).toBe(false);
    for (const c of ['212', '212 01 01', '2120101', '517001', '05']) expect(isCode(c), c).toBe(true);
    expect(looksLikeTitle('2025年预算单位财务收支预算总表')).toBe(true);
    expect(looksLikeTitle('区级部门(单位)整体绩效目标表')).toBe(true);
    expect(looksLikeTitle('其他相关情况说明')).toBe(false);
    for (const p of ['编制单位：上海市财政局', '编制部门：上海市普陀区人民政府万里街道办事处', '部门名称：洛阳市', '单位：元', '单位:万元', '（2023年度）', '(2023年度)']) expect(isPreambleText(p), p).toBe(true);
    for (const n of ['注：本部门2023年无政府性基金预算财政拨款安排的预算，故本表为空表。', '备注：…故此表无数据。', '本表为空']) expect(isNoteText(n), n).toBe(true);
    for (const f of ['第 1 页 共 26 页', '- 3 -', '12', '3 / 26']) expect(isFooterText(f), f).toBe(true);
    expect(isFooterText('第一部分')).toBe(false);
  });

  it('finds where the body starts: a figure or code, else a row label, else the 合计 of an empty table', () => {
    expect(firstBodyRow([['项目', '预算数'], ['一、财政拨款收入', '171,915,169']])).toBe(1);
    expect(firstBodyRow([['“三公”经费预算数'], ['合计', '因公出国(境)费'], ['346.30', '288.70']])).toBe(2);
    expect(firstBodyRow([['项目'], ['类', '款', '项'], ['合计']])).toBe(2);
    expect(firstBodyRow([['项目'], ['类', '款']])).toBe(-1);
  });
});

describe('tables from text positions', () => {
  // 类 款 项 | 功能分类科目名称 | 合计 (right at 300) | 事业收入 (nothing printed under it)
  const header = [line(15, ['项目', 112], ['收入预算', 295]), line(35, ['功能分类科目名称', 120], ['合计', 260], ['事业收入', 330]), line(55, ['类', 20], ['款', 45], ['项', 70])];

  it('matches body columns to the lowest labels and keeps an empty labelled column', () => {
    const body = [line(75, ['201', 15], ['一般公共服务支出', 100], right('2,976,800', 300)), line(100, ['201', 15], ['05', 42], ['06', 67], ['统计管理', 100], right('26,300', 300))];
    const labels = labelsOf(header);
    const cols = columnsOf(labels, body);
    expect(cols.map((c) => c.leaf?.text)).toEqual(['类', '款', '项', '功能分类科目名称', '合计', '事业收入']);
    expect(cells(bodyRows(1, cols, body))).toEqual(['201|||一般公共服务支出|2,976,800|', '201|05|06|统计管理|26,300|']);
    const rows = headerRows(1, cols, labels, { x: 15, x2: 380 });
    expect(cells(rows)[0]).toBe('项目|项目|项目|项目|收入预算|收入预算');
    expect(cells(rows)[rows.length - 1]!).toBe('类|款|项|功能分类科目名称|合计|事业收入');
  });

  it('joins a name wrapped onto the next line, and a label printed above and below its figures', () => {
    const body = [
      line(75, ['208', 15], ['05', 42], ['05', 67], ['机关事业单位基本养老保险缴费支', 100], right('4,412,547', 330)),
      line(86, ['出', 100]),
      line(100, ['208', 15], ['05', 42], ['06', 67], ['机关事业单位职业年金缴费支出', 100], right('2,206,272', 330)),
      line(118, ['四、文化旅游体育', 100]),
      line(124, right('200,000', 330)),
      line(130, ['与传媒支出', 100]),
      line(150, ['合计', 110], right('6,818,819', 330)),
    ];
    const cols = columnsOf([], body);
    expect(cells(bodyRows(1, cols, body))).toEqual([
      '208|05|05|机关事业单位基本养老保险缴费支出|4,412,547',
      '208|05|06|机关事业单位职业年金缴费支出|2,206,272',
      '|||四、文化旅游体育与传媒支出|200,000',
      '|||合计|6,818,819',
    ]);
  });
});

describe('paragraphs', () => {
  it('joins wrapped lines; a new paragraph at an indent, a numbered heading or a short line', () => {
    const full = '一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十';
    const lines = [
      line(20, ['一、部门主要职能', 40]),
      line(40, [full.slice(0, 28), 40]),
      line(55, [full, 40]),
      line(70, ['完。', 40]),
      line(90, [full.slice(0, 29), 40]),
      line(105, ['结束。', 40]),
    ];
    lines[1]!.x = 60; // indented first lines
    lines[4]!.x = 60;
    const p = paragraphsOf(lines);
    expect(p.map((x) => x.text.length)).toEqual([8, 28 + 30 + 2, 29 + 3]);
    expect(p[0]!.at).toEqual({ page: 1, x: 40, y: 11.2 });
  });
});

describe('sniffing the bytes', () => {
  const enc = new TextEncoder();
  it('a PDF header, an end marker, a trailer that points past the end', () => {
    expect(sniffPdf(enc.encode('%PDF-1.7\n'))).toBe(true);
    expect(sniffPdf(enc.encode('PK\u0003\u0004'))).toBe(false);
    expect(hasEofMarker(enc.encode('%PDF-1.4\n...\n%%EOF\n'))).toBe(true);
    expect(hasEofMarker(enc.encode('%PDF-1.4\n...'))).toBe(false);
    expect(xrefPastEnd(enc.encode('%PDF-1.4\nstartxref\n99999\n%%EOF\n'))).toBe(true);
    expect(xrefPastEnd(enc.encode('%PDF-1.4\nxref\nstartxref\n9\n%%EOF\n'))).toBe(false);
  });
});
