// The registry of table views: for each canonical table id, the pure function that derives it
// from a Budget. A template chooses which of them to print, in which order, with which labels.
import type { TableId } from '../model/document.ts';
import type { TableSpec } from '../templates/types.ts';
import type { TableView, ViewContext } from './context.ts';
import { basicEconomicView, economicSummaryView } from './economic-views.ts';
import { functionalView } from './functional-views.ts';
import { incomeView, threePublicView } from './income-and-three-public-views.ts';
import { departmentPerformanceView, projectPerformanceView } from './performance-views.ts';
import { projectExpenditureView } from './project-view.ts';
import { fiscalSummaryView, incomeExpenditureSummaryView } from './summary-views.ts';
import { SHANGHAI_VIEWS } from './shanghai-views.ts';

/** Views of a layout variant (TableSpec.layout), by table id; a table without one uses the standard view. */
const LAYOUTS: Record<NonNullable<TableSpec['layout']>, Partial<Record<TableId, TableView>>> = { shanghai: SHANGHAI_VIEWS };

const STANDARD_VIEWS: Record<TableId, TableView> = {
  'income-expenditure-summary': incomeExpenditureSummaryView,
  income: incomeView,
  expenditure: functionalView('all'),
  'fiscal-summary': fiscalSummaryView,
  'general-public-expenditure': functionalView('gp'),
  'general-public-basic-expenditure': basicEconomicView,
  'economic-summary': economicSummaryView,
  'three-public': threePublicView,
  'government-fund-expenditure': functionalView('gf'),
  'state-capital-expenditure': functionalView('sc'),
  'project-expenditure': projectExpenditureView,
  'department-performance': departmentPerformanceView,
  'project-performance': projectPerformanceView,
};

/** The view of each table id: the template's layout variant where it has one, else the standard view. */
export const TABLE_VIEWS: Record<TableId, TableView> = Object.fromEntries(
  Object.entries(STANDARD_VIEWS).map(([id, view]) => [
    id,
    (ctx: ViewContext) => ((ctx.spec.layout && LAYOUTS[ctx.spec.layout][id as TableId]) || view)(ctx),
  ]),
) as Record<TableId, TableView>;
