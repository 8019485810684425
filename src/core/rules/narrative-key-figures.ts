// The figures a change against last year compares (by its ChangeKey): this year's as the tables
// print it, and last year's as the Budget records it (with 机关运行经费 worked out from the Budget's
// lines). Pure.
import type { Budget, LastYear, ThreePublic } from '../model/budget.ts';
import { budgetKindOf } from '../model/budget.ts';
import type { Document } from '../model/document.ts';
import type { Fen } from '../money/money.ts';
import type { ChangeKey } from './narrative-changes.ts';
import type { Figure } from './narrative-figures.ts';
import { figure } from './narrative-figures.ts';

/** This year's table figure for a change key. */
export function thisYearFigure(doc: Document, key: ChangeKey, budget?: Budget): Figure | undefined {
  switch (key) {
    case 'total': return figure(doc, 'expenditureGrandTotal');
    case 'generalPublic': return figure(doc, 'gpTotal');
    case 'governmentFund': return figure(doc, 'gfTotal');
    case 'stateCapital': return figure(doc, 'scTotal');
    case 'basic': return figure(doc, 'basic');
    case 'project': return figure(doc, 'project');
    case 'threePublic': return figure(doc, 'threePublic');
    case 'abroad': return figure(doc, 'abroad');
    case 'vehicle': return figure(doc, 'vehicle');
    case 'vehiclePurchase': return figure(doc, 'vehiclePurchase');
    case 'vehicleOperation': return figure(doc, 'vehicleOperation');
    case 'reception': return figure(doc, 'reception');
    case 'operatingFunds': {
      const pub = figure(doc, 'public');
      if (pub && budget) {
        // { ...pub, fen, label }: the same keys in the same order.
        const organs = Object.assign({}, pub);
        organs.fen = operatingFunds(budget);
        organs.label = '机关运行经费';
        return organs;
      }
      return pub;
    }
  }
}

function tpSum(t: ThreePublic): Fen {
  return t.abroad + t.vehiclePurchase + t.vehicleOperation + t.reception;
}

/** Last year's figure for a change key from the Budget's lastYear, when recorded. */
export function lastYearFigure(last: LastYear | undefined, key: ChangeKey): Fen | undefined {
  if (!last) return undefined;
  const tp = last.threePublic;
  switch (key) {
    case 'total': return last.total;
    case 'generalPublic': return last.generalPublic;
    case 'governmentFund': return last.governmentFund;
    case 'stateCapital': return last.stateCapital;
    case 'basic': return last.basic;
    case 'project': return last.project;
    case 'threePublic': return tp ? tpSum(tp) : undefined;
    case 'abroad': return tp?.abroad;
    case 'vehicle': return tp ? tp.vehiclePurchase + tp.vehicleOperation : undefined;
    case 'vehiclePurchase': return tp?.vehiclePurchase;
    case 'vehicleOperation': return tp?.vehicleOperation;
    case 'reception': return tp?.reception;
    case 'operatingFunds': return last.operatingFunds;
  }
}

/** 机关运行经费: 公用经费 of the 一般公共预算 basic expenditure of administrative and 参公 units. */
export function operatingFunds(budget: Budget): Fen {
  const organs = new Set(budget.department.units.filter((u) => u.type !== 'institution').map((u) => u.code));
  let sum = 0;
  for (const l of budget.lines) {
    if (l.nature === 'public' && budgetKindOf(l.source) === 'general-public' && organs.has(l.unit)) sum += l.amount;
  }
  return sum;
}
