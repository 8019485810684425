// CLS-GOV-CODE-KNOWN: 基本支出表中的政府预算支出经济分类科目编码应是本年度的科目。
// List-based: a warning against the bundled (incomplete, partly recalled) list, an error against
// a finance bureau's official list.
import { checkEconomicKnown } from '../classification-helpers.ts';
import type { Rule } from '../types.ts';

export const rule: Rule = {
  id: 'CLS-GOV-CODE-KNOWN',
  category: 'classification',
  severity: 'warning',
  statement: {
    zh: '基本支出表中的政府预算支出经济分类科目编码应是本年度的科目。',
    en: 'Every government economic code in the basic-expenditure table exists in the year’s list.',
  },
  tables: ['general-public-basic-expenditure'],
  target: 'document',
  check(ctx, report) {
    checkEconomicKnown(ctx, report, 'economic-government');
  },
};
