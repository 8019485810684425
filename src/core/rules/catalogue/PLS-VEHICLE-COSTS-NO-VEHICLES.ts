// PLS-VEHICLE-COSTS-NO-VEHICLES: 公务用车运行维护费 budgeted (the “三公” table's 公务用车运行费 or the
// basic item 30231) while the department reports no vehicles (the Budget's assets, else the
// narrative's 国有资产占用情况 “共有车辆 0 辆”). A car bought this year explains running costs.
import type { Fen } from '../../money/money.ts';
import { vehicleTotal } from '../../model/budget.ts';
import { amountAt, cellLocation, colIndex, findTable, money, textAt } from '../doc-access.ts';
import type { Location } from '../types.ts';
import type { Rule } from '../types.ts';
import { ASSETS_STATEMENT, figure, topicSpots } from '../narrative-helpers.ts';

/** The count of vehicles the 国有资产占用情况 paragraphs state. */
const VEHICLE_COUNT = /(?:共有|拥有|现有)?(?:各类)?车辆(?:共)?\s*(\d+)\s*辆/;

function vehiclesFromNarrative(doc: Parameters<Rule['check']>[0]['doc']): number | undefined {
  // Module constants: a pattern object found by identity (a literal here is new at every call).
  for (const spot of topicSpots(doc, ASSETS_STATEMENT.words)) {
    const m = VEHICLE_COUNT.exec(spot.text);
    if (m) return Number(m[1]);
  }
  return undefined;
}

export const rule: Rule = {
  id: 'PLS-VEHICLE-COSTS-NO-VEHICLES',
  category: 'plausibility',
  severity: 'warning',
  statement: {
    zh: '部门没有公务用车（国有资产占用情况为 0 辆）时，不应安排公务用车运行维护费。',
    en: 'No vehicle running costs are budgeted while the department reports no vehicles.',
  },
  tables: ['three-public', 'general-public-basic-expenditure'],
  target: 'document',
  check({ doc, budget }, report) {
    // The costs' places; their locations and wording are worked out only for findings.
    const costs: { fen: Fen; where: () => { location: Location; what: string } }[] = [];
    const op = figure(doc, 'vehicleOperation');
    if (op && op.fen > 0) costs.push({ fen: op.fen, where: () => ({ location: cellLocation(op.table, op.row, op.col), what: `“三公”经费预算表的公务用车运行费 ${money(op.table, op.fen)}` }) });
    const basic = findTable(doc, 'general-public-basic-expenditure');
    if (basic) {
      const total = colIndex(basic, 'total');
      const code = colIndex(basic, 'econ.code');
      basic.rows.forEach((row, i) => {
        if ((row.code ?? textAt(row, code)) !== '30231' || amountAt(row, total) <= 0) return;
        costs.push({ fen: amountAt(row, total), where: () => ({ location: cellLocation(basic, i, total), what: `基本支出 30231 公务用车运行维护费 ${money(basic, amountAt(row, total))}` }) });
      });
    }
    const v = budget?.assets?.vehicles;
    const vehicles = v ? vehicleTotal(v) : vehiclesFromNarrative(doc);
    if (vehicles === undefined) {
      if (costs.length > 0) report.insufficient('没有车辆数（预算数据的资产信息或情况说明的国有资产占用情况），无法核对');
      else report.notApplicable('没有安排公务用车运行费');
      return;
    }
    report.checked();
    if (vehicles > 0 || costs.length === 0) return;
    const purchase = figure(doc, 'vehiclePurchase');
    if (purchase && purchase.fen > 0) return; // a car bought this year needs running costs
    for (const c of costs) {
      const { location, what } = c.where();
      report.fail({
        message: `安排了${what}，但部门报告的车辆数为 0 辆`,
        messageEn: 'vehicle running costs are budgeted while the department reports no vehicles',
        location,
        actual: c.fen,
        hint: '核对车辆数（国有资产占用情况）和公务用车运行维护费；若为租车，应在说明中写明。',
      });
    }
  },
};
