// ID-CROSS-SAME-FIGURE: a figure that several tables print (the same fact under the same
// reference, e.g. the 一般公共预算 支出 of 类 212) must be the same in every table.
import { allowance, amountAt, compare } from '../doc-access.ts';
import type { RefPlace } from '../identity-helpers.ts';
import { refsOf } from '../identity-helpers.ts';
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
    // The cells are the references each table prints (refsOf, indexed once per check), in table,
    // row and column order, numbered k: table tableOf[k], place placeOf[k]. A reference printed
    // once maps to its number, one printed more often to the list of its numbers.
    const tableOf: DocTable[] = [];
    const placeOf: RefPlace[] = [];
    const byRef = new Map<string, number | number[]>();
    for (const table of doc.tables) {
      for (const place of refsOf(table).places) {
        const k = placeOf.length;
        tableOf.push(table);
        placeOf.push(place);
        const seen = byRef.get(place.ref);
        if (seen === undefined) byRef.set(place.ref, k);
        else if (typeof seen === 'number') byRef.set(place.ref, [seen, k]);
        else seen.push(k);
      }
    }
    if (byRef.size === 0) return report.insufficient('文件中的数字没有可对照的语义标注（导入的文件需先识别表格）');
    const exact = doc.meta.precision === 'exact';
    for (const indexes of byRef.values()) {
      if (typeof indexes === 'number') continue;
      // The common case: every cell prints the same figure, so each one's comparison passes.
      // (A table whose unit has no rounding step, e.g. a misprinted one, takes the long way.)
      let value = 0;
      let same = true;
      for (let n = 0; n < indexes.length && same; n++) {
        const k = indexes[n] as number;
        const table = tableOf[k] as DocTable;
        const place = placeOf[k] as RefPlace;
        const v = amountAt(table.rows[place.row], place.col);
        if (n === 0) value = v;
        same = v === value && (exact || allowance(doc, table, 1, report.tolerancePerItem) >= 0);
      }
      if (same) {
        report.checked(indexes.length);
        continue;
      }
      const list = indexes.map((k) => {
        const table = tableOf[k] as DocTable;
        const p = placeOf[k] as RefPlace;
        return { table, row: p.row, col: p.col, value: amountAt(table.rows[p.row], p.col) };
      });
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
