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
    // Every printed cell by reference; the value most cells agree on is taken as right, and each
    // cell that differs is reported — all of them when no value has a majority.
    const cells = new Map<string, { table: DocTable; row: number; col: number; value: number }[]>();
    for (const table of doc.tables) {
      table.rows.forEach((row, r) => {
        for (const [colText, ref] of Object.entries(row.refs ?? {})) {
          const col = Number(colText);
          const list = cells.get(ref) ?? [];
          list.push({ table, row: r, col, value: amountAt(row, col) });
          cells.set(ref, list);
        }
      });
    }
    if (cells.size === 0) return report.insufficient('文件中的数字没有可对照的语义标注（导入的文件需先识别表格）');
    for (const list of cells.values()) {
      if (list.length < 2) continue;
      const counts = new Map<number, number>();
      for (const c of list) counts.set(c.value, (counts.get(c.value) ?? 0) + 1);
      const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
      const top = ranked[0];
      const majority = top && (ranked.length === 1 || top[1] > (ranked[1]?.[1] ?? 0)) ? top[0] : undefined;
      for (const c of list) {
        const others = list.filter((o) => o !== c);
        const expected = majority ?? others.find((o) => o.value !== c.value)?.value ?? c.value;
        const ref = others.find((o) => o.value === expected) ?? others[0];
        if (!ref) continue;
        compare(doc, report, {
          table: c.table, rowIndex: c.row, col: c.col, expected, actual: c.value, items: 1,
          what: `${ref.table.title}中的同一数字`, whatEn: `the same figure in ${ref.table.id}`,
          hint: `与${ref.table.title}核对，两处应填同一数字。`,
        });
      }
    }
  },
};
