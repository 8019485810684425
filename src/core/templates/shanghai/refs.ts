// Shanghai template: which fact (Row.refs reference) each printed cell states, by table and column
// key — data shared by the views (core/tables/shanghai-*.ts) and the importer, so an imported
// Shanghai document carries the refs a generated one does. Placeholders: {code} is the row's
// functional or economic code (类 3 digits, 款 5, 项 7). The families are the Luoyang ones
// (docs/templates.md): exp:{scope}:fn:{code}:{measure}, exp:{scope}:total:{measure},
// exp:gp:econ:{code}:{measure}, income:*, three-public:*; new here: income:fn:*, income:other-all,
// exp:all:fn:{code}:personnel|public, exp:gp:econ:{code}:basic|personnel|public, operating-funds.
import type { TableId } from '../../model/document.ts';

export interface CellRefs {
  /** Rows of a 类/款/项 (or economic 类/款): the ref with {code}. */
  row?: string;
  /** The 合计 row. */
  total?: string;
}

/** Functional tables: 合计 / 基本支出 / 项目支出 of a fund scope (all, gp, gf, sc). */
function functionalRefs(scope: string): Record<string, CellRefs> {
  const out: Record<string, CellRefs> = {};
  for (const m of ['total', 'basic', 'project']) {
    out[m] = { row: `exp:${scope}:fn:{code}:${m}`, total: `exp:${scope}:total:${m}` };
  }
  return out;
}

export const SHANGHAI_REFS: Partial<Record<TableId, Record<string, CellRefs>>> = {
  // 财务收支预算总表: left lines carry the refs in lines.ts. Right 类 lines: prefix exp:all:fn:{code}
  // + the measure; the 支出总计 line: `total` below.
  'income-expenditure-summary': {
    'right.amount': { row: 'exp:all:fn:{code}:total', total: 'exp:grand-total' },
    'right.basic.personnel': { row: 'exp:all:fn:{code}:personnel', total: 'exp:all:total:personnel' },
    'right.basic.public': { row: 'exp:all:fn:{code}:public', total: 'exp:all:total:public' },
    'right.project': { row: 'exp:all:fn:{code}:project', total: 'exp:all:total:project' },
  },
  // 收入预算总表: this year's income arranged by the functional code of what it pays for.
  income: {
    total: { row: 'income:fn:{code}:total', total: 'income:this-year' },
    'src.fiscal': { row: 'income:fn:{code}:fiscal', total: 'income:fiscal-this-year' },
    'src.business': { row: 'income:fn:{code}:business', total: 'income:business' },
    'src.operating': { row: 'income:fn:{code}:operating', total: 'income:operating' },
    'src.other-all': { row: 'income:fn:{code}:other-all', total: 'income:other-all' },
  },
  expenditure: functionalRefs('all'),
  // 财政拨款收支预算总表: right 类 lines and 支出总计 per fund column (left lines: lines.ts).
  'fiscal-summary': {
    'right.fiscal': { row: 'exp:fiscal:fn:{code}:total', total: 'exp:fiscal:grand-total' },
    'right.general-public-all': { row: 'exp:gp:fn:{code}:total', total: 'exp:gp:grand-total' },
    'right.government-fund': { row: 'exp:gf:fn:{code}:total', total: 'exp:gf:grand-total' },
    'right.state-capital': { row: 'exp:sc:fn:{code}:total', total: 'exp:sc:grand-total' },
  },
  'general-public-expenditure': functionalRefs('gp'),
  'government-fund-expenditure': functionalRefs('gf'),
  'state-capital-expenditure': functionalRefs('sc'),
  'general-public-basic-expenditure': {
    total: { row: 'exp:gp:econ:{code}:basic', total: 'exp:gp:total:basic' },
    'basic.personnel': { row: 'exp:gp:econ:{code}:personnel', total: 'exp:gp:total:personnel' },
    'basic.public': { row: 'exp:gp:econ:{code}:public', total: 'exp:gp:total:public' },
  },
  // One row of figures (万元); its refs are on the `total` slot.
  'three-public': {
    total: { total: 'three-public:total' },
    abroad: { total: 'three-public:abroad' },
    reception: { total: 'three-public:reception' },
    vehicle: { total: 'three-public:vehicle' },
    'vehicle.purchase': { total: 'three-public:vehicle-purchase' },
    'vehicle.operation': { total: 'three-public:vehicle-operation' },
    'operating-funds': { total: 'operating-funds' },
  },
};

/** The ref of a cell: the table's pattern for the column, filled with the row's code. */
export function shanghaiRef(table: TableId, columnKey: string, code: string | undefined): string | undefined {
  const refs = SHANGHAI_REFS[table]?.[columnKey];
  if (!refs) return undefined;
  return code === undefined ? refs.total : refs.row?.replace('{code}', code);
}
