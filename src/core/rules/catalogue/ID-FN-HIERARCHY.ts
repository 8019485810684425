// ID-FN-HIERARCHY: in every functional expenditure table each aggregate row equals the rows under
// it: the department row = Σ unit rows; a unit row = Σ its 类 (or 项) rows; 类 = Σ 款; 款 = Σ 项 —
// wherever the template prints those rows.
import type { DocTable, Document } from '../../model/document.ts';
import { FUNCTIONAL_TABLES } from '../functional-tables.ts';
import { amountCols, checkSumAt, childRows, fnShape, presentTables, tableHasFigures, topRows } from '../identity-helpers.ts';
import type { Reporter, Rule } from '../types.ts';

const LEVEL_WORD: Record<string, string> = { department: '部门', unit: '单位', class: '类', section: '款' };

/** The hint by the parent row's kind, written once (not at each of the many sums that pass). */
const HINT_OF = new Map(Object.entries(LEVEL_WORD).map(([kind, word]) => [kind, `${word}行应等于其下各行之和；逐行核对。`]));
const OTHER_HINT = '行应等于其下各行之和；逐行核对。';

function sumCheck(doc: Document, report: Reporter, table: DocTable, parent: number, children: number[], what: string, whatEn: string): void {
  const hint = HINT_OF.get(table.rows[parent]?.kind ?? '') ?? OTHER_HINT;
  for (const col of amountCols(table)) checkSumAt(doc, report, table, parent, col, children, col, true, what, whatEn, hint);
}

export const rule: Rule = {
  id: 'ID-FN-HIERARCHY',
  category: 'identity',
  severity: 'error',
  statement: { zh: '支出表中部门等于所属各单位之和，单位等于其各科目之和，类等于所属各款之和，款等于所属各项之和。', en: 'In every expenditure table, the department equals the sum of its units, a unit the sum of its rows, a class the sum of its sections, a section the sum of its items.' },
  tables: FUNCTIONAL_TABLES,
  target: 'document',
  tolerance: 1,
  check({ doc }, report) {
    let aggregates = 0;
    for (const table of presentTables(doc, report, FUNCTIONAL_TABLES)) {
      if (!tableHasFigures(table)) continue;
      const shape = fnShape(table);
      const units = shape.blocks.flatMap((b) => (b.unitRow === undefined ? [] : [b.unitRow]));
      const whole = shape.department ?? shape.total;
      if (units.length > 0 && whole !== undefined) {
        aggregates++;
        sumCheck(doc, report, table, whole, units, '各单位之和', 'the sum of the units');
      }
      for (const block of shape.blocks) {
        if (block.unitRow !== undefined && block.rows.length > 0) {
          aggregates++;
          sumCheck(doc, report, table, block.unitRow, topRows(table, block.rows), '本单位各科目之和', 'the sum of the unit’s rows');
        }
        for (const i of block.rows) {
          const kind = table.rows[i]?.kind;
          if (kind !== 'class' && kind !== 'section') continue;
          aggregates++;
          sumCheck(doc, report, table, i, childRows(table, block.rows, i), kind === 'class' ? '所属各款（项）之和' : '所属各项之和', kind === 'class' ? 'the sum of its sections' : 'the sum of its items');
        }
      }
    }
    if (aggregates === 0) report.notApplicable('支出表只有一个单位且只印到项，没有单位行和类、款行');
  },
};
