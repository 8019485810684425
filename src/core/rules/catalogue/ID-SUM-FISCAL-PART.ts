// ID-SUM-FISCAL-PART: in 部门收支预算表 “其中：财政拨款” is part of 一般公共预算 and cannot exceed it.
import { requireTable } from '../doc-access.ts';
import { checkAtMost, requireRef } from '../identity-helpers.ts';
import type { Rule } from '../types.ts';

export const rule: Rule = {
  id: 'ID-SUM-FISCAL-PART',
  category: 'identity',
  severity: 'error',
  statement: { zh: '部门收支预算表中“其中：财政拨款”不应大于一般公共预算收入。', en: 'In the income and expenditure summary, the appropriation line (of which) does not exceed general public budget income.' },
  tables: ['income-expenditure-summary'],
  target: 'document',
  tolerance: 0,
  check({ doc }, report) {
    const table = requireTable(doc, report, 'income-expenditure-summary');
    if (!table) return;
    const whole = requireRef(table, report, 'income:general-public-all', '一般公共预算');
    const part = requireRef(table, report, 'income:general-public', '其中：财政拨款');
    if (!whole || !part) return;
    checkAtMost(doc, report, part, whole.value, '一般公共预算收入', 'general public budget income',
      '“其中：财政拨款”是一般公共预算收入的一部分；核对两行金额。');
  },
};
