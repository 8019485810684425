// NAR-THREE-PUBLIC: the “三公”经费 section states the total and each item (因公出国（境）费, 公务用车
// 购置及运行费 = 购置费 + 运行维护费, 公务接待费) as the “三公”经费预算表 prints them, and its items add
// up to its total. Shanghai has no such section: its 其他相关情况说明 opens with the subsection
// “一、2025年“三公”经费预算情况说明”, read in its place; 万里 2023 writes 公务车购置及运行费 and
// 公务车用车运行费 there, read as the same items.
import type { Claim } from '../narrative-helpers.ts';
import { checkSection, checkStatedSum, foundOf, TOPIC } from '../narrative-helpers.ts';
import type { Rule } from '../types.ts';

const CLAIMS: Claim[] = [
  { keyword: /三公[”"]?经费/, label: '“三公”经费', key: 'threePublic' },
  { keyword: /因公出国[（(]境[)）]费(?:用)?|因公出国费/, label: '因公出国（境）费', key: 'abroad' },
  { keyword: /公务用?车购置[及和]运行(?:维护)?费/, label: '公务用车购置及运行费', key: 'vehicle' },
  { keyword: /公务用车购置费/, label: '公务用车购置费', key: 'vehiclePurchase' },
  { keyword: /公务用?车(?:用车)?运行(?:维护)?费/, label: '公务用车运行维护费', key: 'vehicleOperation' },
  { keyword: /公务接待费/, label: '公务接待费', key: 'reception' },
];

/** The heading line of Shanghai's subsection: “一、2025年“三公”经费预算情况说明”. */
const SUBSECTION = /三公[”"]?经费/;

export const rule: Rule = {
  id: 'NAR-THREE-PUBLIC',
  category: 'narrative',
  severity: 'error',
  statement: {
    zh: '情况说明中“三公”经费合计及因公出国（境）费、公务用车购置及运行费（购置费、运行维护费）、公务接待费应与“三公”经费预算表一致，分项之和应等于合计。',
    en: 'The “three public” section states the total and each item as the table prints them, and the items add up to the total.',
  },
  tables: ['three-public'],
  target: 'document',
  check({ doc }, report) {
    const r = checkSection(doc, report, TOPIC.threePublic, '“三公”经费支出预算情况', CLAIMS, '按“三公”经费预算表改正说明中的数字。', SUBSECTION);
    const vehicle = foundOf(r, '公务用车购置及运行费');
    checkStatedSum(report, foundOf(r, '“三公”经费'), [foundOf(r, '因公出国（境）费'), vehicle, foundOf(r, '公务接待费')], '因公出国（境）费、公务用车购置及运行费、公务接待费', 'the three items');
    checkStatedSum(report, vehicle, [foundOf(r, '公务用车购置费'), foundOf(r, '公务用车运行维护费')], '公务用车购置费与运行维护费', 'vehicle purchase and running');
  },
};
