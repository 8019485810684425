// NAR-REASON-MISSING: when a figure changes against last year beyond the threshold, the Budget
// must give the reason; yusuan's narrative never invents one.
import { reportNarrativeFindings } from '../narrative-generation.ts';
import type { Rule } from '../types.ts';

export const rule: Rule = {
  id: 'NAR-REASON-MISSING',
  category: 'narrative',
  severity: 'warning',
  statement: {
    zh: '收支总计、一般公共预算或“三公”经费与上年相比有变化时，预算数据应写明原因；生成的说明不代写原因。',
    en: 'When totals, the general public budget or the “three public” expenses change against last year, the Budget must give the reason; the narrative never invents one.',
  },
  tables: [],
  target: 'budget',
  check(ctx, report) {
    reportNarrativeFindings(ctx, report, 'NAR-REASON-MISSING');
  },
};
