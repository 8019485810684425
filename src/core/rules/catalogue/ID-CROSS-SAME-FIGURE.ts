// ID-CROSS-SAME-FIGURE: a figure that several tables print (the same fact under the same
// reference, e.g. the 一般公共预算 支出 of 类 212) must be the same in every table.
import { allowance, amountAt, compare } from '../doc-access.ts';
import { docRefs } from '../ref-index.ts';
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
    // The cells are the references each table prints, grouped by reference once per check
    // (docRefs): groups in order of their first cell, each group's cells in table, row and column order.
    const tables = doc.tables;
    const refs = docRefs(doc);
    const { tableOf, rowAt, colAt, start, order } = refs;
    if (order.length === 0) return report.insufficient('文件中的数字没有可对照的语义标注（导入的文件需先识别表格）');
    const valueOf = (cell: number): number =>
      amountAt((tables[tableOf[cell] as number] as DocTable).rows[rowAt[cell] as number], colAt[cell] as number);
    const exact = doc.meta.precision === 'exact';
    const groups = refs.groups;
    for (let group = 0; group < groups; group++) {
      const from = start[group] as number;
      const to = start[group + 1] as number;
      if (to - from < 2) continue;
      // The common case: every cell prints the same figure, so each one's comparison passes.
      // (A table whose unit has no rounding step, e.g. a misprinted one, takes the long way.)
      let value = 0;
      let same = true;
      for (let m = from; m < to && same; m++) {
        const cell = order[m] as number;
        const v = valueOf(cell);
        if (m === from) value = v;
        same = v === value && (exact || allowance(doc, tables[tableOf[cell] as number] as DocTable, 1, report.tolerancePerItem) >= 0);
      }
      if (same) {
        report.checked(to - from);
        continue;
      }
      const list: { table: DocTable; row: number; col: number; value: number }[] = [];
      for (let m = from; m < to; m++) {
        const cell = order[m] as number;
        list.push({ table: tables[tableOf[cell] as number] as DocTable, row: rowAt[cell] as number, col: colAt[cell] as number, value: valueOf(cell) });
      }
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
