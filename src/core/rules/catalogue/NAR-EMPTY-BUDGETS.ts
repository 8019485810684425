// NAR-EMPTY-BUDGETS: “无政府性基金预算拨款安排的支出” (and likewise 国有资本经营) is written only when the
// matching expenditure table has no data, and an amount the section states is the table's total.
import type { TableId } from '../../model/document.ts';
import { findTable, money } from '../doc-access.ts';
import type { FigureKey } from '../narrative-helpers.ts';
import { agrees, asStated, figure, requireNarrative, sectionSpots, spotLocation, statedAfter, tableStep, TOPIC } from '../narrative-helpers.ts';
import type { Rule } from '../types.ts';

const BUDGETS: { name: string; topic: (h: string) => boolean; none: RegExp; keyword: RegExp; table: TableId; key: FigureKey }[] = [
  { name: '政府性基金', topic: TOPIC.governmentFund, none: /无[^。；，,]{0,16}?政府性基金|政府性基金[^。；，,]{0,16}?(?:无|没有)/, keyword: /政府性基金(?:预算)?(?:拨款)?(?:安排的)?(?:支出)?(?:预算)?/, table: 'government-fund-expenditure', key: 'gfTotal' },
  { name: '国有资本经营', topic: TOPIC.stateCapital, none: /无[^。；，,]{0,16}?国有资本经营|国有资本经营[^。；，,]{0,16}?(?:无|没有)/, keyword: /国有资本经营(?:预算)?(?:拨款)?(?:安排的)?(?:支出)?(?:预算)?/, table: 'state-capital-expenditure', key: 'scTotal' },
];

export const rule: Rule = {
  id: 'NAR-EMPTY-BUDGETS',
  category: 'narrative',
  severity: 'error',
  statement: {
    zh: '只有当政府性基金（国有资本经营）支出预算表无数据时，情况说明才能写“无政府性基金（国有资本经营）预算拨款安排的支出”；写出的金额应与该表合计一致。',
    en: 'The narrative says there is no government-fund (state-capital) expenditure only when that table is empty, and any amount it states is the table total.',
  },
  tables: ['government-fund-expenditure', 'state-capital-expenditure'],
  target: 'document',
  check({ doc }, report) {
    if (!requireNarrative(doc, report)) return;
    let sections = 0;
    for (const b of BUDGETS) {
      const spots = sectionSpots(doc, b.topic);
      if (spots.length === 0) continue;
      sections++;
      const table = findTable(doc, b.table);
      if (!table) continue;
      let data = 0;
      for (const row of table.rows) for (const c of row.cells) if (typeof c === 'number' && c !== 0) data = Math.max(data, Math.abs(c));
      const none = spots.map((s) => ({ s, m: b.none.exec(s.text) })).find((x) => x.m);
      if (none?.m) {
        report.checked();
        if (data > 0) {
          const total = figure(doc, b.key);
          report.fail({
            message: `${none.s.section.heading}写“无${b.name}预算拨款安排的支出”，但${table.title}有数据${total ? `（合计 ${money(table, total.fen)}）` : ''}`,
            messageEn: `the narrative says there is no ${b.table} expenditure, but that table has data`,
            location: spotLocation(none.s, none.m.index),
            ...(total ? { actual: total.fen } : {}),
            hint: `按${table.title}如实说明${b.name}支出；表中数据有误时改正表格。`,
          });
        }
      }
      const stated = statedAfter(spots, b.keyword);
      const total = figure(doc, b.key);
      if (stated && total) {
        report.checked();
        if (!agrees(stated.amount, total.fen, tableStep(doc, total.table))) {
          report.fail({
            message: `${stated.spot.section.heading}写${b.name}支出 ${stated.amount.text}${stated.amount.unit}，${table.title}合计为 ${asStated(total.fen, stated.amount)}`,
            messageEn: `the narrative states ${stated.amount.text} ${stated.amount.unit} of ${b.table} expenditure; the table totals ${asStated(total.fen, stated.amount)}`,
            location: spotLocation(stated.spot, stated.amount.start),
            expected: total.fen,
            actual: stated.amount.fen,
            difference: stated.amount.fen - total.fen,
            hint: `按${table.title}改正说明中的数字。`,
          });
        }
      }
    }
    if (sections > 0) return;
    const lacks = report.templateLacksSection?.((h) => TOPIC.governmentFund(h) || TOPIC.stateCapital(h), '政府性基金、国有资本经营支出');
    if (lacks !== undefined) report.notApplicable(lacks);
    else report.insufficient('情况说明中没有政府性基金、国有资本经营支出部分');
  },
};
