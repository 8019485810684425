// NAR-EXPENDITURE: the 支出预算总体情况 section states the 支出合计, the 基本支出 and 项目支出 and
// their shares as the 部门支出预算表 prints them (shares recomputed, rounded 四舍五入), and its
// parts add up to its whole.
import type { Claim } from '../narrative-helpers.ts';
import { checkSection, checkStatedSum, foundOf, TOPIC } from '../narrative-helpers.ts';
import type { Rule } from '../types.ts';

const CLAIMS: Claim[] = [
  { keyword: /支出合计|本年支出/, label: '支出合计', key: 'expenditureTotal' },
  { keyword: /基本支出/, label: '基本支出', key: 'basic', shareOf: 'expenditureTotal' },
  { keyword: /项目支出/, label: '项目支出', key: 'project', shareOf: 'expenditureTotal' },
];

export const rule: Rule = {
  id: 'NAR-EXPENDITURE',
  category: 'narrative',
  severity: 'error',
  statement: {
    zh: '情况说明“支出预算总体情况”中的支出合计、基本支出、项目支出及其占比应与部门支出预算表一致。',
    en: 'The expenditure section states the total, basic and project expenditure and their shares as the expenditure table prints them.',
  },
  tables: ['expenditure'],
  target: 'document',
  check({ doc }, report) {
    const r = checkSection(doc, report, TOPIC.expenditure, '支出预算总体情况', CLAIMS, '按部门支出预算表改正说明中的数字和占比。');
    checkStatedSum(report, foundOf(r, '支出合计'), [foundOf(r, '基本支出'), foundOf(r, '项目支出')], '基本支出与项目支出', 'basic and project expenditure');
  },
};
