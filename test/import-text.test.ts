// The text reader: title lines, 目录, paragraphs and tab-separated tables with their titles,
// preambles and notes, each piece with its line; page breaks inside a table, headers repeated on a
// new page, cells broken over lines, short rows; odd text read without throwing.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { joinBrokenLines } from '../src/core/import/labels.ts';
import { readText } from '../src/importers/text/index.ts';
import { narrativeFromText } from '../src/importers/narrative-text.ts';
import { SEED_TEXT } from './support/bases.ts';

const TEXT = [
  '**2024 年某某局', // 1
  '部门预算公开**', // 2
  '2024 年 2 月', // 3
  '目 录', // 4
  '- 一、部门收支预算表', // 5
  '- 二、部门支出预算表', // 6
  '第一部分', // 7
  '一、主要职责', // 8
  '负责某某工作。', // 9
  '2024年部门支出预算表', // 10
  '部门名称：某某局', // 11
  '单位：万元', // 12
  '科目编码\t\t\t单位代码\t单位（科目名称）\t合计', // 13
  '类\t款\t项\t\t\t', // 14
  '\t\t\t\t合计\t12.00', // 15
  '', // 16 (page break)
  '科目编码\t\t\t单位代码\t单位（科目名称）\t合计', // 17 repeated header
  '类\t款\t项\t\t\t', // 18
  '212\t01\t01\t\t行政 运行\t12.00', // 19
  '221\t02', // 20 short row
  '备注：本表为示例。', // 21
  '2024年政府性基金支出预算表', // 22
  '单位：万元', // 23
  '科目编码\t\t\t单位代码\t单位（科目名称）\t合计', // 24
  '\t\t\t\t合计\t', // 25
  '附言一段。', // 26
].join('\n');

describe('readText', () => {
  const raw = readText(TEXT, 'x.txt');

  it('reads the title lines, the contents and the paragraphs with their lines', () => {
    expect(raw.source).toEqual({ file: 'x.txt', kind: 'text' });
    expect(raw.titleLines.map((c) => [c.at.line, c.text])).toEqual([[1, '2024 年某某局'], [2, '部门预算公开'], [3, '2024 年 2 月']]);
    expect(raw.contents.map((c) => [c.at.line, c.text])).toEqual([[5, '一、部门收支预算表'], [6, '二、部门支出预算表']]);
    expect(raw.paragraphs.map((p) => [p.at.line, p.text])).toEqual([[7, '第一部分'], [8, '一、主要职责'], [9, '负责某某工作。'], [26, '附言一段。']]);
  });

  it('cuts tables with title, preamble, header, body and notes; drops the header repeated after a page break', () => {
    expect(raw.tables.map((t) => [t.title, t.titleAt.line])).toEqual([['2024年部门支出预算表', 10], ['2024年政府性基金支出预算表', 22]]);
    const [t, gf] = raw.tables;
    expect(t?.preamble.map((c) => c.text)).toEqual(['部门名称：某某局', '单位：万元']);
    expect(t?.header.map((r) => r.map((c) => c.text))).toEqual([
      ['科目编码', '', '', '单位代码', '单位（科目名称）', '合计'],
      ['类', '款', '项', '', '', ''],
    ]);
    expect(t?.body.map((r) => [r[0]?.at.line, r.map((c) => c.text)])).toEqual([
      [15, ['', '', '', '', '合计', '12.00']],
      [19, ['212', '01', '01', '', '行政运行', '12.00']],
      [20, ['221', '02', '', '', '', '']],
    ]);
    expect(t?.notes.map((c) => [c.at.line, c.text])).toEqual([[21, '备注：本表为示例。']]);
    // A table whose only row is an empty 合计 still has its header.
    expect(gf?.header).toHaveLength(1);
    expect(gf?.body.map((r) => r.map((c) => c.text))).toEqual([['', '', '', '', '合计', '']]);
  });

  it('joins what a PDF broke over lines inside a cell and keeps printed spaces', () => {
    expect(joinBrokenLines('加强社区队伍建 设')).toBe('加强社区队伍建设');
    expect(joinBrokenLines('410305230000 000016469')).toBe('410305230000000016469');
    expect(joinBrokenLines('实现专款专用， 按月足额发放')).toBe('实现专款专用，按月足额发放');
    expect(joinBrokenLines('1. 是否符合')).toBe('1. 是否符合');
    expect(joinBrokenLines('(1) 政府预算资金')).toBe('(1) 政府预算资金');
  });

  it('reads odd text without throwing', () => {
    for (const text of ['', '\n\n', '\t\t\n\t', '目 录', '只有一行', '表\n\t1\t2\n注：x']) {
      const r = readText(text, 'odd.txt');
      expect(r.source.kind).toBe('text');
    }
    expect(readText('\t\t\n\t', 'odd.txt').tables).toEqual([]);
  });

  it('reads the seed: 3 title lines, 19 contents entries, 11 tables, the narrative from 第一部分 to 附件', () => {
    const seed = readText(readFileSync(SEED_TEXT, 'utf8'), SEED_TEXT);
    expect(seed.titleLines).toHaveLength(3);
    expect(seed.contents).toHaveLength(19);
    expect(seed.tables).toHaveLength(11);
    expect(seed.tables.map((t) => t.header.length)).toEqual([2, 3, 3, 3, 2, 2, 3, 3, 2, 6, 3]);
    expect(seed.paragraphs[0]).toEqual({ text: '第一部分', at: { line: 35 } });
    expect(seed.paragraphs.at(-1)?.at.line).toBe(167);
    // The narrative reader keeps its sections: 2 of 第一部分, 10 of 第二部分, 10 名词解释.
    const narrative = narrativeFromText(readFileSync(SEED_TEXT, 'utf8'));
    expect(narrative.map((s) => s.part).join(',')).toBe(['profile', 'profile', ...Array(10).fill('explanation'), ...Array(10).fill('glossary')].join(','));
    expect(narrative[2]?.at).toEqual([{ line: 75 }]);
  });
});
