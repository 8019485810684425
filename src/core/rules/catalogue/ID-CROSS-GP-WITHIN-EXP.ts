// ID-CROSS-GP-WITHIN-EXP: the 一般公共预算 is part of all money, so no figure of the 一般公共预算支出
// 预算表 can exceed the 部门支出预算表's figure in the same row (same unit and code) and column.
import type { DocTable } from '../../model/document.ts';
import { amountAt, colIndex, requireTable, textAt } from '../doc-access.ts';
import { amountCols, checkAtMostAt, failAt, fnCodes, hasFigure } from '../identity-helpers.ts';
import type { Rule } from '../types.ts';

/** Row keys: the same row of two functional tables has the same unit, kind and code. */
function rowKeys(table: DocTable): string[] {
  const unitCol = colIndex(table, 'unit.code');
  const codes = fnCodes(table);
  let unit = '';
  return table.rows.map((row, i) => {
    if (row.kind === 'unit') unit = row.code ?? (textAt(row, unitCol) || row.name || '');
    if (row.kind === 'total' || row.kind === 'department') return row.kind;
    return row.kind === 'unit' ? `unit:${unit}` : `${unit}:${row.kind}:${codes[i] as string}`;
  });
}

export const rule: Rule = {
  id: 'ID-CROSS-GP-WITHIN-EXP',
  category: 'identity',
  severity: 'error',
  statement: { zh: '一般公共预算支出预算表各行各列不应大于部门支出预算表中同一科目的数字（部分不能大于整体）。', en: 'No figure of the general public budget expenditure table exceeds the expenditure table’s figure for the same row and column.' },
  tables: ['general-public-expenditure', 'expenditure'],
  target: 'document',
  tolerance: 0,
  check({ doc }, report) {
    const gp = requireTable(doc, report, 'general-public-expenditure');
    const exp = requireTable(doc, report, 'expenditure');
    if (!gp || !exp) return;
    // Each key's row in the expenditure table (the last, when a key repeats).
    const expKeys = new Map<string, number>();
    const expRowKeys = rowKeys(exp);
    for (let i = 0; i < expRowKeys.length; i++) expKeys.set(expRowKeys[i] as string, i);
    const gpKeys = rowKeys(gp);
    const cols = amountCols(gp);
    const hint = '一般公共预算支出是部门全部支出的一部分；核对两表中该科目的数字。';
    // The expenditure table's column of each amount column (by key), once.
    const expCols = cols.map((col) => colIndex(exp, gp.columns[col]?.key as string));
    const what = `${exp.title}中同一科目的数字`;
    const whatEn = `the same figure in ${exp.id}`;
    for (let i = 0; i < gp.rows.length; i++) {
      const row = gp.rows[i] as (typeof gp.rows)[number];
      if (!hasFigure(row, cols)) continue;
      const j = expKeys.get(gpKeys[i] ?? '');
      if (j === undefined) {
        report.checked();
        failAt(report, gp, i, undefined, `${gp.title}中的“${row.code ?? ''} ${row.name ?? ''}”在${exp.title}中没有对应的行`, `row ${row.code ?? ''} is missing from ${exp.id}`, hint);
        continue;
      }
      for (let k = 0; k < cols.length; k++) {
        const ec = expCols[k] as number;
        if (ec < 0) continue;
        checkAtMostAt(doc, report, gp, i, cols[k] as number, amountAt(exp.rows[j], ec), what, whatEn, hint);
      }
    }
  },
};
