// PLS-NEGATIVE-AMOUNT: no table of a budget disclosure prints a negative amount (a budget neither
// spends nor receives less than nothing; reductions are written as smaller figures).
import { cellLocation, money } from '../doc-access.ts';
import { amountCells } from '../amount-cells.ts';
import type { Rule } from '../types.ts';

export const rule: Rule = {
  id: 'PLS-NEGATIVE-AMOUNT',
  category: 'plausibility',
  severity: 'error',
  statement: {
    zh: '预算表中的金额不应为负数。',
    en: 'No amount in the budget tables is negative.',
  },
  tables: [],
  target: 'document',
  check({ doc }, report) {
    for (const table of doc.tables) {
      const columns = table.columns;
      const rows = table.rows;
      // The usual table has no negative amount: its printed amounts counted row by row, in the order
      // they lie in memory, and checked in one step — in the walk over the table's cells that
      // CMP-UNIT shares (amountCells).
      const printedAll = amountCells(table).printed;
      if (printedAll >= 0) {
        if (printedAll > 0) report.checked(printedAll);
        continue;
      }
      // Column by column, row by row (the order findings are reported in).
      for (let col = 0; col < columns.length; col++) {
        const c = columns[col] as (typeof columns)[number];
        if (c.kind !== 'amount') continue;
        let printed = 0;
        for (let r = 0; r < rows.length; r++) {
          const v = (rows[r] as (typeof rows)[number]).cells[col];
          if (typeof v !== 'number') continue;
          printed++;
          if (v >= 0) continue;
          report.checked(printed);
          printed = 0;
          const loc = cellLocation(table, r, col);
          report.fail({
            message: `${table.title}“${loc.rowLabel ?? ''}”行“${loc.columnLabel ?? ''}”为负数 ${money(table, v)}`,
            messageEn: `${table.id} row “${loc.rowLabel ?? ''}” column ${c.key} is negative`,
            location: loc,
            actual: v,
            hint: '预算金额不能为负；核对是否误填了减少额或符号。',
          });
        }
        if (printed > 0) report.checked(printed);
      }
    }
  },
};
