// ID-FISCAL-GPA-PART: in 财政拨款收支预算表 “其中：财政拨款” is part of 一般公共预算 — on the income
// side and in every expenditure row — and cannot exceed it.
import { amountAt, requireColumns, requireTable } from '../doc-access.ts';
import { checkAtMost, checkAtMostAt, hasFigure, refCell } from '../identity-helpers.ts';
import type { Rule } from '../types.ts';

const HINT = '“其中：财政拨款”是一般公共预算的一部分，不能大于一般公共预算小计；核对两列。';

export const rule: Rule = {
  id: 'ID-FISCAL-GPA-PART',
  category: 'identity',
  severity: 'error',
  statement: { zh: '财政拨款收支预算表中“其中：财政拨款”不应大于一般公共预算（收入行和各支出行）。', en: 'In the fiscal appropriation summary, the appropriation (of which) does not exceed the general public budget, for income and every expenditure row.' },
  tables: ['fiscal-summary'],
  target: 'document',
  tolerance: 0,
  check({ doc }, report) {
    const table = requireTable(doc, report, 'fiscal-summary');
    if (!table) return;
    const c = requireColumns(table, report, ['right.general-public-all', 'right.general-public'] as const);
    if (!c) return;
    const whole = refCell(table, 'income:general-public-all');
    const part = refCell(table, 'income:general-public');
    if (whole && part) checkAtMost(doc, report, part, whole.value, '一般公共预算拨款', 'general public budget income', HINT);
    const cols = [c['right.general-public-all'], c['right.general-public']];
    for (let i = 0; i < table.rows.length; i++) {
      const row = table.rows[i];
      if (!hasFigure(row, cols)) continue;
      checkAtMostAt(doc, report, table, i, c['right.general-public'], amountAt(row, c['right.general-public-all']), '一般公共预算小计', 'the general public budget subtotal', HINT);
    }
  },
};
