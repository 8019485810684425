// NAR-OPERATING-FUNDS: the 机关运行经费 / 机构运转经费 the narrative states equals the 公用经费 of the
// 一般公共预算 basic expenditure. 机关运行经费 counts administrative and 参公 units only: with the
// Budget it is computed exactly; from a published document alone it can only be checked not to
// exceed the 公用经费 total. 行政（事业）单位机构运转经费 counts every unit.
import { formatAmount } from '../../money/money.ts';
import { agrees, asStated, figure, operatingFunds, requireNarrative, spotLocation, statedAfter, tableStep, topicSpots } from '../narrative-helpers.ts';
import type { Rule } from '../types.ts';

/** The section's words, which also introduce its figure (a constant: its patterns are built once). */
const WORDS = /机关运行经费|机构运转经费|运转经费|运行经费/;

export const rule: Rule = {
  id: 'NAR-OPERATING-FUNDS',
  category: 'narrative',
  severity: 'error',
  statement: {
    zh: '情况说明中的机关运行经费（机构运转经费）应等于一般公共预算基本支出中的公用经费（机关运行经费只计行政单位和参公单位）。',
    en: 'The operating funds the narrative states equal the public expenditure of the general public basic expenditure (administrative and civil-service-managed units only for 机关运行经费).',
  },
  tables: ['general-public-basic-expenditure'],
  target: 'document',
  check({ doc, budget }, report) {
    if (!requireNarrative(doc, report)) return;
    const spots = topicSpots(doc, WORDS);
    if (spots.length === 0) return report.insufficient('情况说明中没有机关运行经费（机构运转经费）部分');
    const found = statedAfter(spots, WORDS);
    if (!found) return report.notApplicable('机关运行经费部分没有写出金额');
    const pub = figure(doc, 'public');
    if (!pub) return report.insufficient('文件中没有一般公共预算基本支出预算表的公用经费');
    report.checked();
    const s = found.amount;
    const organsOnly = /机关运行经费/.test(found.spot.text.slice(found.index, found.index + 8));
    const step = tableStep(doc, pub.table);
    const stated = `${s.text}${s.unit}`;
    const where = spotLocation(found.spot, s.start);
    if (organsOnly && budget) {
      const expected = operatingFunds(budget);
      if (agrees(s, expected, 0)) return;
      report.fail({
        message: `${found.spot.section.heading}写机关运行经费 ${stated}，按预算数据（行政单位和参公单位的一般公共预算公用经费）应为 ${asStated(expected, s)}`,
        messageEn: `the narrative states 机关运行经费 as ${stated}; the budget gives ${asStated(expected, s)}`,
        location: where, expected, actual: s.fen, difference: s.fen - expected,
        hint: '机关运行经费 = 行政单位和参照公务员法管理事业单位的一般公共预算基本支出中的公用经费。',
      });
      return;
    }
    if (organsOnly) {
      if (s.fen * 2 <= pub.fen * 2 + s.step + step) return;
      report.fail({
        message: `${found.spot.section.heading}写机关运行经费 ${stated}，超过一般公共预算基本支出的公用经费 ${formatAmount(pub.fen, { unit: pub.table.unit, decimals: pub.table.decimals })}${pub.table.unit}`,
        messageEn: `the narrative's 机关运行经费 ${stated} exceeds the public expenditure total`,
        location: where, expected: pub.fen, actual: s.fen, difference: s.fen - pub.fen,
        hint: '机关运行经费是公用经费的一部分，不能超过一般公共预算基本支出的公用经费。',
      });
      return;
    }
    if (agrees(s, pub.fen, step)) return;
    report.fail({
      message: `${found.spot.section.heading}写机构运转经费 ${stated}，但一般公共预算基本支出预算表的公用经费为 ${asStated(pub.fen, s)}`,
      messageEn: `the narrative states the operating funds as ${stated}; the basic expenditure table's public expenditure is ${asStated(pub.fen, s)}`,
      location: where, expected: pub.fen, actual: s.fen, difference: s.fen - pub.fen,
      hint: '机构运转经费 = 一般公共预算基本支出中的公用经费；按表改正。',
    });
  },
};
