// ID-CROSS-SAME-FIGURE: a figure that several tables print (the same fact under the same
// reference, e.g. the 一般公共预算 支出 of 类 212) must be the same in every table.
import { amountAt, compare } from '../doc-access.ts';
import type { DocTable } from '../../model/document.ts';
import type { Rule } from '../types.ts';

export const rule: Rule = {
  id: 'ID-CROSS-SAME-FIGURE',
  category: 'identity',
  severity: 'error',
  statement: {
    zh: '同一数字在各表中出现时必须一致（如各表的类合计、基本支出合计、项目支出合计）。',
    en: 'A figure shown in several tables must be the same in all of them.',
  },
  tables: [],
  target: 'document',
  tolerance: 0,
  check({ doc }, report) {
    const first = new Map<string, { table: DocTable; row: number; col: number }>();
    let refsSeen = 0;
    doc.tables.forEach((table) => {
      table.rows.forEach((row, r) => {
        for (const [colText, ref] of Object.entries(row.refs ?? {})) {
          const col = Number(colText);
          refsSeen++;
          const seen = first.get(ref);
          if (!seen) {
            first.set(ref, { table, row: r, col });
            continue;
          }
          if (seen.table === table && seen.row === r) continue;
          const expected = amountAt(seen.table.rows[seen.row], seen.col);
          compare(doc, report, {
            table, rowIndex: r, col, expected, actual: amountAt(row, col), items: 1,
            what: `${seen.table.title}中的同一数字`, whatEn: `the same figure in ${seen.table.id}`,
            hint: `与${seen.table.title}核对，两处应填同一数字。`,
          });
        }
      });
    });
    if (refsSeen === 0) report.insufficient('文件中的数字没有可对照的语义标注（导入的文件需先识别表格）');
  },
};
