// The narrative from paragraphs: Shanghai's sections named by the 目录 (上海市财政局 2025: the body
// headings “上海市财政局（单位）主要职能” … “其他相关情况说明” typed from `pdftotext -layout`), and
// Luoyang's parts with 名词解释 entries split into term and definition as generated.
import { describe, expect, it } from 'vitest';
import { narrativeSections } from '../src/core/import/narrative.ts';
import type { RawParagraph } from '../src/core/import/raw.ts';

const p = (text: string, page: number): RawParagraph => ({ text, at: { page } });

describe('narrativeSections', () => {
  it('opens Shanghai sections where the body repeats a 目录 entry, department name and year aside', () => {
    const contents = ['一、单位主要职能', '二、单位机构设置', '三、名词解释', '四、单位预算编制说明', '五、单位预算表', '六、其他相关情况说明'];
    const paragraphs = [
      p('上海市2025年市级单位预算', 1),
      p('上海市财政局（单位）主要职能', 2),
      p('上海市财政局是主管全市财政工作的市政府组成部门。', 2),
      p('主要职能包括：', 2),
      p('上海市财政局（单位）机构设置', 3),
      p('上海市财政局设22个内设机构，包括：办公室、政策法规处。', 3),
      p('名词解释', 3),
      p('（一）财政拨款收入：是市级预算主管部门及所属预算单位本年度从本级财政部门取得的财政拨款。', 3),
      p('2025年单位预算编制说明', 4),
      p('2025年，上海市财政局收入预算17,192万元。', 4),
      p('其他相关情况说明', 18),
      p('一、2025年“三公”经费预算情况说明', 18),
    ];
    const s = narrativeSections(paragraphs, { contents, department: '上海市财政局' });
    expect(s.map((x) => [x.part, x.heading, x.paragraphs.length, x.at?.[0]?.page])).toEqual([
      ['profile', '上海市财政局（单位）主要职能', 2, 2],
      ['profile', '上海市财政局（单位）机构设置', 1, 3],
      ['glossary', '名词解释', 1, 3],
      ['explanation', '2025年单位预算编制说明', 1, 4],
      ['explanation', '其他相关情况说明', 1, 18],
    ]);
  });

  it('splits a 名词解释 entry into term and definition, or keeps the line whole', () => {
    const paragraphs = [p('第三部分', 9), p('名词解释', 9), p('一、财政拨款收入：是指同级财政拨付的资金。', 9), p('附件：表', 10), p('不是名词解释', 10)];
    expect(narrativeSections(paragraphs).map((s) => [s.heading, s.paragraphs])).toEqual([['一、财政拨款收入', ['是指同级财政拨付的资金。']]]);
    expect(narrativeSections(paragraphs, { glossary: 'whole' }).map((s) => s.paragraphs)).toEqual([['一、财政拨款收入：是指同级财政拨付的资金。']]);
  });

  it('joins a paragraph a page break cut, keeping where it starts', () => {
    const paragraphs = [p('第二部分', 3), p('一、收入支出预算总体情况说明', 3), p('收入总计2002.45万元，与上年相比', 3), p('增加798.31万元。', 4)];
    const [s] = narrativeSections(paragraphs);
    expect(s?.paragraphs).toEqual(['收入总计2002.45万元，与上年相比增加798.31万元。']);
    expect(s?.at).toEqual([{ page: 3 }]);
  });
});
