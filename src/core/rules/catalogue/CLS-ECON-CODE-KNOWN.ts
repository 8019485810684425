// CLS-ECON-CODE-KNOWN: 部门预算支出经济分类科目编码（基本支出表、支出经济分类汇总表）应是本年度的科目。
// List-based: a warning against the bundled (incomplete, partly recalled) list, an error against
// a finance bureau's official list.
import { checkEconomicKnown } from '../classification-helpers.ts';
import type { Rule } from '../types.ts';

export const rule: Rule = {
  id: 'CLS-ECON-CODE-KNOWN',
  category: 'classification',
  severity: 'warning',
  statement: {
    zh: '部门预算支出经济分类科目编码（基本支出表、支出经济分类汇总表）应是本年度的科目。',
    en: 'Every department economic code in the basic-expenditure and economic summary tables exists in the year’s list.',
  },
  tables: ['general-public-basic-expenditure', 'economic-summary'],
  target: 'document',
  check(ctx, report) {
    checkEconomicKnown(ctx, report, 'economic-department');
  },
};
