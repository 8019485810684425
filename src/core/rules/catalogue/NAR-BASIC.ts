// NAR-BASIC: the 一般公共预算基本支出预算情况 section states the 基本支出, 人员经费 and 公用经费 and
// their shares as the 一般公共预算基本支出预算表 prints them.
import type { Claim } from '../narrative-helpers.ts';
import { checkSection, checkStatedSum, foundOf, TOPIC } from '../narrative-helpers.ts';
import type { Rule } from '../types.ts';

const CLAIMS: Claim[] = [
  { keyword: /基本支出/, label: '基本支出', key: 'basicTotal' },
  { keyword: /人员经费/, label: '人员经费', key: 'personnel', shareOf: 'basicTotal' },
  { keyword: /公用经费/, label: '公用经费', key: 'public', shareOf: 'basicTotal' },
];

export const rule: Rule = {
  id: 'NAR-BASIC',
  category: 'narrative',
  severity: 'error',
  statement: {
    zh: '情况说明“一般公共预算基本支出预算情况”中的基本支出、人员经费、公用经费及其占比应与一般公共预算基本支出预算表一致。',
    en: 'The basic expenditure section states basic, personnel and public expenditure and shares as the basic expenditure table prints them.',
  },
  tables: ['general-public-basic-expenditure'],
  target: 'document',
  check({ doc }, report) {
    const r = checkSection(doc, report, TOPIC.basic, '一般公共预算基本支出预算情况', CLAIMS, '按一般公共预算基本支出预算表改正说明中的数字和占比。');
    checkStatedSum(report, foundOf(r, '基本支出'), [foundOf(r, '人员经费'), foundOf(r, '公用经费')], '人员经费与公用经费', 'personnel and public expenditure');
  },
};
