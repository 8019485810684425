// The Shanghai layout's views by canonical table id (TableSpec.layout 'shanghai'); tables/index.ts
// dispatches to them. Tables the Shanghai template does not print keep the standard views.
import type { TableId } from '../model/document.ts';
import type { TableView } from './context.ts';
import { shanghaiFunctionalView, shanghaiIncomeView } from './shanghai-functional-views.ts';
import { shanghaiBasicEconomicView, shanghaiThreePublicView } from './shanghai-other-views.ts';
import { shanghaiTwoSidedView } from './shanghai-summary-views.ts';

export const SHANGHAI_VIEWS: Partial<Record<TableId, TableView>> = {
  'income-expenditure-summary': shanghaiTwoSidedView,
  income: shanghaiIncomeView,
  expenditure: shanghaiFunctionalView('all'),
  'fiscal-summary': shanghaiTwoSidedView,
  'general-public-expenditure': shanghaiFunctionalView('gp'),
  'government-fund-expenditure': shanghaiFunctionalView('gf'),
  'state-capital-expenditure': shanghaiFunctionalView('sc'),
  'general-public-basic-expenditure': shanghaiBasicEconomicView,
  'three-public': shanghaiThreePublicView,
};
