// NAR-GENERAL-PUBLIC: the 一般公共预算支出预算情况 section states the 一般公共预算 total, its 基本支出
// and 项目支出 and their shares as the 一般公共预算支出预算表 prints them.
import type { Claim } from '../narrative-helpers.ts';
import { checkSection, checkStatedSum, foundOf, TOPIC } from '../narrative-helpers.ts';
import type { Rule } from '../types.ts';

const CLAIMS: Claim[] = [
  { keyword: /一般公共预算支出|一般公共预算/, label: '一般公共预算支出', key: 'gpTotal' },
  { keyword: /基本支出/, label: '基本支出', key: 'gpBasic', shareOf: 'gpTotal' },
  { keyword: /项目支出/, label: '项目支出', key: 'gpProject', shareOf: 'gpTotal' },
];

export const rule: Rule = {
  id: 'NAR-GENERAL-PUBLIC',
  category: 'narrative',
  severity: 'error',
  statement: {
    zh: '情况说明“一般公共预算支出预算情况”中的支出总额、基本支出、项目支出及其占比应与一般公共预算支出预算表一致。',
    en: 'The general public budget section states its total, basic and project expenditure and shares as the general public expenditure table prints them.',
  },
  tables: ['general-public-expenditure'],
  target: 'document',
  check({ doc }, report) {
    const r = checkSection(doc, report, TOPIC.generalPublic, '一般公共预算支出预算情况', CLAIMS, '按一般公共预算支出预算表改正说明中的数字和占比。');
    checkStatedSum(report, foundOf(r, '一般公共预算支出'), [foundOf(r, '基本支出'), foundOf(r, '项目支出')], '基本支出与项目支出', 'basic and project expenditure');
  },
};
