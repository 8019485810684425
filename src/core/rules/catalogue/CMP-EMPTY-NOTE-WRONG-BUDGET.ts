// CMP-EMPTY-NOTE-WRONG-BUDGET: the no-data note of a fund table names that table's budget — the
// 政府性基金 table says “无政府性基金预算拨款安排的支出”. A note naming 国有资本经营 there (pasted
// from the next table) is an error; a note naming no budget at all is a warning.
import { BUDGET_NAMES, isNoDataNote, TABLE_BUDGET } from '../classification-helpers.ts';
import type { Rule } from '../types.ts';
import { withSeverity } from '../types.ts';

export const rule: Rule = {
  id: 'CMP-EMPTY-NOTE-WRONG-BUDGET',
  category: 'completeness',
  severity: 'error',
  statement: {
    zh: '无数据说明应写明本表对应的预算（政府性基金表写政府性基金，国有资本经营表写国有资本经营），不能写成其他预算。',
    en: 'A no-data note names the budget of its own table (government fund, state capital), not another one.',
  },
  tables: ['government-fund-expenditure', 'state-capital-expenditure'],
  target: 'document',
  check({ doc }, report) {
    let notes = 0;
    for (const table of doc.tables) {
      const own = TABLE_BUDGET[table.id];
      if (!own) continue;
      for (const note of table.notes) {
        if (!isNoDataNote(note)) continue;
        notes++;
        report.checked();
        const text = note.replace(/[\s\u3000]+/g, '');
        if (text.includes(own)) continue;
        const others = BUDGET_NAMES.filter((b) => b !== own && text.includes(b));
        report.fail(withSeverity(others.length === 0 ? 'warning' : undefined, {
          message: others.length > 0
            ? `${table.title}的说明写的是“${others.join('、')}”：“${note}”，本表是${own}预算的表`
            : `${table.title}的无数据说明没有写明是哪一项预算：“${note}”（应为${own}）`,
          messageEn: others.length > 0
            ? `${table.id}: the no-data note names ${others.join(', ')}, the table is the ${own} table`
            : `${table.id}: the no-data note does not name the ${own} budget`,
          location: { table: table.id, tableTitle: table.title },
          expected: own,
          actual: note,
          hint: `改为“……无${own}预算拨款安排的支出，故此表无数据”。`,
        }));
      }
    }
    if (notes === 0) report.notApplicable('没有无数据说明');
  },
};
