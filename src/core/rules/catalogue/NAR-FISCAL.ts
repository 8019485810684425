// NAR-FISCAL: the 财政拨款收入支出预算总体情况 section states the 一般公共预算, 政府性基金 and 国有资本
// 经营 figures the expenditure tables print.
import type { Claim } from '../narrative-helpers.ts';
import { checkSection, TOPIC } from '../narrative-helpers.ts';
import type { Rule } from '../types.ts';

const CLAIMS: Claim[] = [
  { keyword: /财政拨款(?:收入|支出|收支)?(?:总?预算)?(?:总计|合计)?/, label: '财政拨款收支', key: 'fiscalTotal' },
  { keyword: /一般公共预算/, label: '一般公共预算收支', key: 'gpTotal' },
  { keyword: /政府性基金/, label: '政府性基金收支', key: 'gfTotal' },
  { keyword: /国有资本经营/, label: '国有资本经营收支', key: 'scTotal' },
];

export const rule: Rule = {
  id: 'NAR-FISCAL',
  category: 'narrative',
  severity: 'error',
  statement: {
    zh: '情况说明“财政拨款收入支出预算总体情况”中的一般公共预算、政府性基金、国有资本经营收支数应与财政拨款收支预算表及各支出表一致。',
    en: 'The fiscal appropriation section states the general public, government fund and state capital figures the tables print.',
  },
  tables: ['fiscal-summary', 'general-public-expenditure', 'government-fund-expenditure', 'state-capital-expenditure'],
  target: 'document',
  check({ doc }, report) {
    checkSection(doc, report, TOPIC.fiscal, '财政拨款收入支出预算总体情况', CLAIMS, '按财政拨款收支预算表改正说明中的数字。');
  },
};
