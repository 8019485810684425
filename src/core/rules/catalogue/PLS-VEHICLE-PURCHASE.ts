// PLS-VEHICLE-PURCHASE: the cars the department plans to buy this year (上海: “2025年部门预算安排购置
// 车辆0辆”, or the Budget's assets.planned) agree with the “三公” table's 公务用车购置费: a purchase
// budgeted while no car is planned, or cars planned with no purchase money, is worth a look (a car
// bought with money other than 财政拨款 is not in the “三公” table, so this is a warning).
import { vehicleTotal } from '../../model/budget.ts';
import { cellLocation, money } from '../doc-access.ts';
import { ASSETS_STATEMENT, figure, spotLocation, topicSpots } from '../narrative-helpers.ts';
import type { Spot } from '../narrative-helpers.ts';
import type { Rule } from '../types.ts';

function plannedInNarrative(doc: Parameters<Rule['check']>[0]['doc']): { count: number; spot: Spot; index: number } | undefined {
  for (const spot of topicSpots(doc, ASSETS_STATEMENT.words)) {
    const m = ASSETS_STATEMENT.planned.exec(spot.text);
    if (m) return { count: Number(m[1]), spot, index: m.index };
  }
  return undefined;
}


export const rule: Rule = {
  id: 'PLS-VEHICLE-PURCHASE',
  category: 'plausibility',
  severity: 'warning',
  statement: {
    zh: '本年预算安排购置的车辆数应与“三公”经费预算表的公务用车购置费相符：未安排购置车辆时不应有购置费，安排购置车辆时应有购置费（以其他资金购置的应在说明中写明）。',
    en: 'The cars planned for purchase this year agree with the 公务用车购置费 of the “three public” table: no purchase money without a planned car, and purchase money for planned cars.',
  },
  tables: ['three-public'],
  target: 'document',
  check({ doc, budget }, report) {
    const planned = budget?.assets?.planned;
    const stated = planned === undefined ? plannedInNarrative(doc) : undefined;
    const count = planned !== undefined ? vehicleTotal(planned.vehicles) : stated?.count;
    if (count === undefined) return report.notApplicable('没有写本年预算安排购置的车辆数');
    const purchase = figure(doc, 'vehiclePurchase');
    if (purchase === undefined) return report.insufficient('没有“三公”经费预算表的公务用车购置费，无法核对');
    report.checked();
    const where = stated === undefined ? '预算数据（assets.planned）' : '情况说明';
    if (count === 0 && purchase.fen > 0) {
      report.fail({
        message: `“三公”经费预算表安排公务用车购置费 ${money(purchase.table, purchase.fen)}，但${where}写本年预算安排购置车辆 0 辆`,
        messageEn: 'vehicle purchase money is budgeted while no car is planned for purchase',
        location: cellLocation(purchase.table, purchase.row, purchase.col),
        expected: 0,
        actual: purchase.fen,
        hint: '核对本年计划购置的车辆数与公务用车购置费，改正其中写错的一处。',
      });
    } else if (count > 0 && purchase.fen === 0) {
      report.fail({
        message: `${where}写本年预算安排购置车辆 ${count} 辆，但“三公”经费预算表的公务用车购置费为 0`,
        messageEn: `${count} car(s) are planned for purchase while the “three public” table budgets no purchase money`,
        location: stated !== undefined ? spotLocation(stated.spot, stated.index) : cellLocation(purchase.table, purchase.row, purchase.col),
        actual: count,
        hint: '以财政拨款购置的车辆应列入公务用车购置费；以其他资金购置的，应在说明中写明资金来源。',
      });
    }
  },
};
