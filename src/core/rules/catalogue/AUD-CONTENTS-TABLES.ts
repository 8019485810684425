// AUD-CONTENTS-TABLES: the 目录 lists the tables the document prints, in the order printed and under
// their printed titles. A table listed but not printed is an error (the reader is promised it); a
// table printed but not listed, out of the contents' order, or titled otherwise than the contents
// say (year apart from 区级 / 市级 prefixes and bracket shapes) is a warning.
import type { DocTable } from '../../model/document.ts';
import { formatSourcePos } from '../../model/document.ts';
import { PROJECT_FORM_TITLE } from '../../model/table-names.ts';
import type { ContentsEntry } from '../audit/contents.ts';
import { inOrder, similarity, tableEntries, titleKey, titleYear } from '../audit/contents.ts';
import type { Location, Rule } from '../types.ts';

function tableLocation(t: DocTable): Location {
  const loc: Location = { table: t.id, tableTitle: t.title };
  if (t.at) loc.source = formatSourcePos(t.at);
  return loc;
}

const entryLocation = (e: ContentsEntry): Location => ({ section: '目录', paragraph: e.index, sentence: e.text });

export const rule: Rule = {
  id: 'AUD-CONTENTS-TABLES',
  category: 'completeness',
  severity: 'warning',
  statement: {
    zh: '目录所列的表应与文件中的表一致：所列之表都已印出，印出的表都已列入，顺序相同，标题相符。',
    en: 'The contents list the tables the document prints: none missing or extra, in the same order, under the same titles.',
  },
  tables: [],
  target: 'document',
  check({ doc }, report) {
    const contents = doc.meta.contents;
    if (!contents || contents.length === 0) return report.notApplicable('文件没有目录（或读入时未取得目录）');
    const entries = tableEntries(contents);
    if (entries.length === 0) return report.notApplicable('目录没有列出表');
    const tables = doc.tables;
    const pairOf = new Map<ContentsEntry, number>();
    const used = new Set<number>();
    // Same title first, then the most alike remaining one.
    for (const e of entries) {
      const k = titleKey(e.title);
      const i = tables.findIndex((t, j) => !used.has(j) && titleKey(t.title) === k);
      if (i >= 0) {
        pairOf.set(e, i);
        used.add(i);
      }
    }
    for (const e of entries) {
      if (pairOf.has(e)) continue;
      let best = -1;
      let score = 0.75;
      tables.forEach((t, j) => {
        if (used.has(j)) return;
        const s = similarity(titleKey(e.title), titleKey(t.title));
        if (s >= score) {
          score = s;
          best = j;
        }
      });
      if (best >= 0) {
        pairOf.set(e, best);
        used.add(best);
      }
    }
    for (const e of entries) {
      report.checked();
      const i = pairOf.get(e);
      if (i === undefined) {
        report.fail({
          severity: 'error',
          message: `目录列有“${e.title}”，但文件中没有这张表`,
          messageEn: `the contents list “${e.title}” but the document has no such table`,
          location: entryLocation(e),
          expected: e.title,
          hint: '补印该表（无数据的表也应印出并说明原因），或从目录中删去。',
        });
        continue;
      }
      const t = tables[i] as DocTable;
      const ey = titleYear(e.title);
      const ty = titleYear(t.title);
      if (titleKey(e.title) !== titleKey(t.title) || (ey !== undefined && ty !== undefined && ey !== ty)) {
        report.fail({
          message: `目录写“${e.title}”，表的标题是“${t.title}”`,
          messageEn: `the contents call the table “${e.title}”, its title is “${t.title}”`,
          location: tableLocation(t),
          expected: e.title,
          actual: t.title,
          hint: '目录与表的标题应一字不差。',
        });
      }
    }
    // Project performance forms (财政项目支出绩效目标填报表, one a project) come under a section of
    // the contents such as “八、绩效目标”, not as tables of their own.
    const formsListed = contents.some((c) => /绩效目标/.test(c));
    tables.forEach((t, j) => {
      report.checked();
      if (used.has(j) || (formsListed && PROJECT_FORM_TITLE.test(t.title))) return;
      report.fail({
        message: `${t.title}没有列入目录`,
        messageEn: `${t.id} is printed but not listed in the contents`,
        location: tableLocation(t),
        actual: t.title,
        hint: '在目录中列出每一张表。',
      });
    });
    const paired = entries.filter((e) => pairOf.has(e));
    const positions = paired.map((e) => pairOf.get(e) as number);
    const ok = inOrder(positions);
    paired.forEach((e, k) => {
      if (ok.has(k)) return;
      const t = tables[positions[k] as number] as DocTable;
      report.fail({
        message: `目录中“${e.title}”排在第 ${entries.indexOf(e) + 1} 张，文件中该表是第 ${(positions[k] as number) + 1} 张`,
        messageEn: `${t.id} is out of the contents' order`,
        location: tableLocation(t),
        expected: String(entries.indexOf(e) + 1),
        actual: String((positions[k] as number) + 1),
        hint: '按目录顺序排列各表（或改正目录）。',
      });
    });
  },
};
