// NAR-INCOME: the 收入预算总体情况 section states the 收入合计 and each source (一般公共预算收入 …)
// with its share as the tables print them.
import type { Claim } from '../narrative-helpers.ts';
import { checkSection, TOPIC } from '../narrative-helpers.ts';
import type { Rule } from '../types.ts';

const SHARE = 'incomeThisYear' as const;
const CLAIMS: Claim[] = [
  { keyword: /收入合计|本年收入/, label: '收入合计', key: 'incomeThisYear' },
  { keyword: /一般公共预算(?:拨款)?收入|一般公共预算拨款/, label: '一般公共预算收入', key: 'income:src.general-public-all', shareOf: SHARE },
  { keyword: /政府性基金(?:预算)?(?:拨款)?收入/, label: '政府性基金收入', key: 'income:src.government-fund', shareOf: SHARE },
  { keyword: /国有资本经营(?:预算)?(?:拨款)?收入/, label: '国有资本经营收入', key: 'income:src.state-capital', shareOf: SHARE },
  { keyword: /财政专户管理资金(?:收入)?/, label: '财政专户管理资金', key: 'income:src.special-account', shareOf: SHARE },
  { keyword: /(?<!单位经营)(?<!单位)事业收入/, label: '事业收入', key: 'income:src.business', shareOf: SHARE },
  { keyword: /事业单位经营收入|经营收入/, label: '事业单位经营收入', key: 'income:src.operating', shareOf: SHARE },
  { keyword: /上级补助收入/, label: '上级补助收入', key: 'income:src.superior-subsidy', shareOf: SHARE },
  { keyword: /附属单位上缴收入/, label: '附属单位上缴收入', key: 'income:src.affiliated', shareOf: SHARE },
  { keyword: /其他收入/, label: '其他收入', key: 'income:src.other', shareOf: SHARE },
  { keyword: /用事业基金弥补收支差额/, label: '用事业基金弥补收支差额', key: 'income:src.business-fund', shareOf: SHARE },
];

export const rule: Rule = {
  id: 'NAR-INCOME',
  category: 'narrative',
  severity: 'error',
  statement: {
    zh: '情况说明“收入预算总体情况”中的收入合计和各项收入（及其占比）应与部门收支预算表、部门收入预算表一致。',
    en: 'The income section states the year’s income and each source (and its share) as the tables print them.',
  },
  tables: ['income-expenditure-summary', 'income'],
  target: 'document',
  check({ doc }, report) {
    checkSection(doc, report, TOPIC.income, '收入预算总体情况', CLAIMS, '按部门收入预算表改正说明中的收入数字。');
  },
};
