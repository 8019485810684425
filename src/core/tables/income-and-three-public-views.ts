// 部门收入预算表 (income by unit and source) and 一般公共预算“三公”经费预算表 (the three items).
import type { FundSource, IncomeEntry } from '../model/budget.ts';
import type { CellValue, Row } from '../model/document.ts';
import type { TableView } from './context.ts';
import { rowFrom } from './context.ts';
import { blankZero, incomeSum } from './facts.ts';

const SOURCE_COLUMNS: Record<string, FundSource[]> = {
  'src.general-public-all': ['general-public', 'general-public-nontax'],
  'src.government-fund': ['government-fund'],
  'src.state-capital': ['state-capital'],
  'src.special-account': ['special-account'],
  'src.business': ['business'],
  'src.operating': ['operating'],
  'src.superior-subsidy': ['superior-subsidy'],
  'src.affiliated': ['affiliated'],
  'src.other': ['other'],
  'src.business-fund': ['business-fund'],
};

function incomeCells(entries: IncomeEntry[]): Record<string, CellValue> {
  const out: Record<string, CellValue> = { total: blankZero(incomeSum(entries, () => true)) };
  for (const [key, sources] of Object.entries(SOURCE_COLUMNS)) {
    out[key] = blankZero(incomeSum(entries, (e) => !e.carryOver && sources.includes(e.source)));
  }
  out['src.carry-over'] = blankZero(incomeSum(entries, (e) => e.carryOver === true));
  return out;
}

function incomeRefs(prefix: string): Record<string, string> {
  const refs: Record<string, string> = { total: `${prefix}:grand-total` };
  for (const key of Object.keys(SOURCE_COLUMNS)) refs[key] = `${prefix}:${key.slice(4)}`;
  refs['src.carry-over'] = `${prefix}:carry-over`;
  return refs;
}

export const incomeView: TableView = (ctx) => {
  const { budget } = ctx;
  const dept = budget.department;
  const rows: Row[] = [
    rowFrom(ctx, 'total', { name: '合计', ...incomeCells(budget.income) }, { name: '合计', refs: incomeRefs('income') }),
  ];
  if (budget.income.length === 0) return { rows, empty: true };
  rows.push(rowFrom(ctx, 'department', { 'unit.code': dept.code, name: dept.name, ...incomeCells(budget.income) },
    { code: dept.code, name: dept.name, refs: incomeRefs('income') }));
  if (dept.units.length > 1) {
    for (const unit of dept.units) {
      const entries = budget.income.filter((e) => e.unit === unit.code);
      if (entries.length === 0) continue;
      rows.push(rowFrom(ctx, 'unit', { 'unit.code': unit.code, name: unit.name, ...incomeCells(entries) },
        { code: unit.code, name: unit.name, refs: incomeRefs(`income:unit:${unit.code}`) }));
    }
  }
  return { rows };
};

export const threePublicView: TableView = (ctx) => {
  const t = ctx.budget.threePublic;
  const values = t
    ? {
        total: blankZero(t.abroad + t.vehiclePurchase + t.vehicleOperation + t.reception),
        abroad: blankZero(t.abroad),
        vehicle: blankZero(t.vehiclePurchase + t.vehicleOperation),
        'vehicle.purchase': blankZero(t.vehiclePurchase),
        'vehicle.operation': blankZero(t.vehicleOperation),
        reception: blankZero(t.reception),
      }
    : {};
  const refs = {
    total: 'three-public:total', abroad: 'three-public:abroad', vehicle: 'three-public:vehicle',
    'vehicle.purchase': 'three-public:vehicle-purchase', 'vehicle.operation': 'three-public:vehicle-operation',
    reception: 'three-public:reception',
  };
  return { rows: [rowFrom(ctx, 'total', values, { refs })], empty: !t };
};
