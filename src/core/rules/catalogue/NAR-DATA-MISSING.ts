// NAR-DATA-MISSING: the narrative needs last year's figures, procurement, assets and the profile;
// when the Budget lacks one, that part of the text is left out rather than invented.
import { reportNarrativeFindings } from '../narrative-generation.ts';
import type { Rule } from '../types.ts';

export const rule: Rule = {
  id: 'NAR-DATA-MISSING',
  category: 'narrative',
  severity: 'warning',
  statement: {
    zh: '情况说明所需的事实（上年预算数、政府采购、国有资产、部门概况）应在预算数据中写明，缺少时相应内容不生成。',
    en: 'Facts the narrative needs (last year, procurement, assets, profile) must be in the Budget; missing ones leave that text out.',
  },
  tables: [],
  target: 'budget',
  check(ctx, report) {
    reportNarrativeFindings(ctx, report, 'NAR-DATA-MISSING');
  },
};
