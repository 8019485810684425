// AUD-EMPTY-NOTE-SCOPE: the note an empty table carries (“注：本部门2023年无政府性基金预算财政拨款安排
// 的预算，故本表为空表。”) speaks of this document: its budget year and its own department (by name or
// as 本部门 / 本单位). A note copied from last year's file (2022年) or from another department's is
// an error. Which budget the note names is CMP-EMPTY-NOTE-WRONG-BUDGET's.
import { formatSourcePos } from '../../model/document.ts';
import { isNoDataNote } from '../classification-helpers.ts';
import { foldName } from '../audit/text.ts';
import type { Location, Rule } from '../types.ts';

/** The entity a no-data note speaks for: its text before the year (or before 无), without 注：. */
export function noteSubject(note: string): string {
  const body = note.replace(/^\s*(?:备注|注|说明)\s*[:：]\s*/, '');
  const m = /\d{4}\s*年|无/.exec(body);
  return (m ? body.slice(0, m.index) : '').trim();
}

const YEARS = /(\d{4})\s*年/g;

/** The years a note names other than `year`, in order (matchAll's matches, without its copy of the pattern). */
function yearsOtherThan(note: string, year: number): number[] {
  const out: number[] = [];
  YEARS.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = YEARS.exec(note)) !== null) {
    const y = Number(m[1]);
    if (y !== year) out.push(y);
  }
  return out;
}

export const rule: Rule = {
  id: 'AUD-EMPTY-NOTE-SCOPE',
  category: 'completeness',
  severity: 'error',
  statement: {
    zh: '空表的说明应写本文件的预算年度和本部门（单位）名称（或“本部门”“本单位”），不能是照抄的其他年度或其他部门的说明。',
    en: 'An empty table’s note states this document’s budget year and its own department (or 本部门 / 本单位), not another year’s or department’s.',
  },
  tables: ['government-fund-expenditure', 'state-capital-expenditure'],
  target: 'document',
  check({ doc }, report) {
    const year = doc.meta.year;
    const dept = foldName(doc.meta.department.name);
    let notes = 0;
    for (const t of doc.tables) {
      for (const note of t.notes) {
        if (!isNoDataNote(note)) continue;
        notes++;
        const loc: Location = { table: t.id, tableTitle: t.title, sentence: note };
        if (t.at) loc.source = formatSourcePos(t.at);
        report.checked();
        const years = yearsOtherThan(note, year);
        if (years.length > 0) {
          report.fail({
            message: `${t.title}的说明写的是 ${years.join('、')} 年：“${note}”，本文件是 ${year} 年预算`,
            messageEn: `${t.id}: the no-data note speaks of ${years.join(', ')}, the budget year is ${year}`,
            location: loc, expected: String(year), actual: note,
            hint: `改为“……${year}年无……预算拨款安排的支出，故本表无数据”。`,
          });
        }
        const who = foldName(noteSubject(note));
        report.checked();
        if (!who || /^(?:本|我|该)(?:部门|单位)$/.test(who) || (dept && (who.includes(dept) || dept.includes(who)))) continue;
        if (!/[\u4e00-\u9fff]{4,}/.test(who)) continue;
        report.fail({
          message: `${t.title}的说明写的是“${noteSubject(note)}”：“${note}”，本文件是“${doc.meta.department.name}”的预算`,
          messageEn: `${t.id}: the no-data note names “${noteSubject(note)}”, not the document’s “${doc.meta.department.name}”`,
          location: loc, expected: doc.meta.department.name, actual: noteSubject(note),
          hint: '说明中写本部门（单位）的名称，或写“本部门”“本单位”。',
        });
      }
    }
    if (notes === 0) report.notApplicable('没有空表说明');
  },
};
