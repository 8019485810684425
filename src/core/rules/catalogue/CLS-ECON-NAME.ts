// CLS-ECON-NAME: 部门预算支出经济分类科目名称应与科目表的规范名称一致。
// List-based: a warning against the bundled (incomplete, partly recalled) list, an error against
// a finance bureau's official list; a spelling variant of a name is always a warning.
import { checkEconomicName } from '../classification-helpers.ts';
import type { Rule } from '../types.ts';

export const rule: Rule = {
  id: 'CLS-ECON-NAME',
  category: 'classification',
  severity: 'warning',
  statement: {
    zh: '部门预算支出经济分类科目名称应与科目表的规范名称一致。',
    en: 'The name printed for each department economic code equals its official name.',
  },
  tables: ['general-public-basic-expenditure', 'economic-summary'],
  target: 'document',
  check(ctx, report) {
    checkEconomicName(ctx, report, 'economic-department');
  },
};
