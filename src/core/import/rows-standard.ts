// Row kinds, codes, names and refs of imported tables in the standard (Luoyang) layout, exactly as
// the views in core/tables give them for the same table: functional tables (functional-views.ts),
// 收入表 and “三公” (income-and-three-public-views.ts), economic tables (economic-views.ts) and
// 项目支出表 (project-view.ts). Rows are read from what they print, never from their position.
import type { Row, TableId } from '../model/document.ts';
import type { RowsContext } from './table-access.ts';
import { cellText, codeDigits, colOf, firstText, isTotalLabel, rowCode, setRefs, splitCodeCells } from './table-access.ts';

const FN_KEYS = ['fn.class', 'fn.section', 'fn.item'] as const;
const ECON_KEYS = ['econ.class', 'econ.section'] as const;
const LEVEL_BY_LENGTH: Record<number, Row['kind']> = { 3: 'class', 5: 'section', 7: 'item' };

/** The measure columns of functional tables (facts.ts MEASURE keys) that carry refs. */
const MEASURES = ['total', 'basic', 'basic.wages', 'basic.family', 'basic.goods', 'basic.capital', 'project', 'project.other-operation', 'project.specific-target'];

export const FUNCTIONAL_SCOPE: Partial<Record<TableId, string>> = {
  expenditure: 'all',
  'general-public-expenditure': 'gp',
  'government-fund-expenditure': 'gf',
  'state-capital-expenditure': 'sc',
};

function measureRefs(prefix: string): Record<string, string> {
  return Object.fromEntries(MEASURES.map((m) => [m, `${prefix}:${m}`]));
}

/**
 * Rows with a unit code and no classification code: the first is the department (517), later ones
 * its units (517001 …); rows after a unit belong to it. Calls `each` with the ref prefix in force.
 */
function walkUnits(ctx: RowsContext, prefix: string, unitPrefix: (code: string) => string, each: (row: Row, prefix: string) => void): void {
  const { table } = ctx;
  let current = prefix;
  let department = false;
  for (const row of table.rows) {
    const unit = codeDigits(cellText(table, row, 'unit.code'));
    const fn = rowCode(table, row, FN_KEYS);
    if (unit && !fn) {
      row.code = unit;
      const name = cellText(table, row, 'name');
      if (name) row.name = name;
      if (!department) {
        department = true;
        row.kind = 'department';
        current = prefix;
      } else {
        row.kind = 'unit';
        current = unitPrefix(unit);
      }
      each(row, current);
      continue;
    }
    each(row, current);
  }
}

/** 部门支出预算表, 一般公共预算支出预算表, 政府性基金…, 国有资本经营… (functional-views.ts). */
export function functionalRows(ctx: RowsContext): void {
  const { table } = ctx;
  const base = `exp:${FUNCTIONAL_SCOPE[table.id] ?? 'all'}`;
  walkUnits(ctx, base, (code) => `${base}:unit:${code}`, (row, prefix) => {
    if (row.kind === 'department' || row.kind === 'unit') {
      setRefs(table, row, measureRefs(`${prefix}:total`));
      return;
    }
    const code = rowCode(table, row, FN_KEYS);
    const name = cellText(table, row, 'name');
    if (code && LEVEL_BY_LENGTH[code.length]) {
      row.kind = LEVEL_BY_LENGTH[code.length] as Row['kind'];
      row.code = code;
      if (name) row.name = name;
      splitCodeCells(table, row, FN_KEYS, code);
      setRefs(table, row, measureRefs(`${prefix}:fn:${code}`));
    } else if (isTotalLabel(name || firstText(row))) {
      row.kind = 'total';
      row.name = name || firstText(row);
      setRefs(table, row, measureRefs(`${base}:total`));
    } else {
      row.kind = 'heading';
      if (name) row.name = name;
    }
  });
}

const INCOME_SOURCES = ['general-public-all', 'government-fund', 'state-capital', 'special-account', 'business', 'operating', 'superior-subsidy', 'affiliated', 'other', 'business-fund'];

function incomeRefs(prefix: string): Record<string, string> {
  const refs: Record<string, string> = { total: `${prefix}:grand-total`, 'src.carry-over': `${prefix}:carry-over` };
  for (const s of INCOME_SOURCES) refs[`src.${s}`] = `${prefix}:${s}`;
  return refs;
}

/** 部门收入预算表 (income-and-three-public-views.ts): 合计, the department, its units. */
export function incomeRows(ctx: RowsContext): void {
  const { table } = ctx;
  walkUnits(ctx, 'income', (code) => `income:unit:${code}`, (row, prefix) => {
    if (row.kind === 'department' || row.kind === 'unit') {
      setRefs(table, row, incomeRefs(prefix));
      return;
    }
    const name = cellText(table, row, 'name') || firstText(row);
    if (isTotalLabel(name)) {
      row.kind = 'total';
      row.name = name;
      setRefs(table, row, incomeRefs('income'));
    } else {
      row.kind = 'heading';
      if (name) row.name = name;
    }
  });
}

/** 一般公共预算基本支出预算表 (economic-views.ts): 合计, then 部门经济分类 款 with their 政府 款. */
export function basicEconomicRows(ctx: RowsContext): void {
  const { table } = ctx;
  for (const row of table.rows) {
    const econ = codeDigits(cellText(table, row, 'econ.code'));
    const name = cellText(table, row, 'econ.name');
    if (econ) {
      row.kind = econ.length === 3 ? 'class' : 'item';
      row.code = econ;
      if (name) row.name = name;
      const gov = codeDigits(cellText(table, row, 'gov.code'));
      setRefs(table, row, row.kind === 'item' ? { total: `exp:gp:econ:${econ}:basic:${gov}` } : {});
    } else if (isTotalLabel(cellText(table, row, 'econ.code') || name || firstText(row))) {
      row.kind = 'total';
      row.name = '合计';
      setRefs(table, row, { total: 'exp:gp:total:basic', 'basic.personnel': 'exp:gp:total:personnel', 'basic.public': 'exp:gp:total:public' });
    } else {
      row.kind = 'heading';
      if (name) row.name = name;
    }
  }
}

function economicRefs(prefix: string): Record<string, string> {
  return { total: `${prefix}:total`, 'basic.personnel': `${prefix}:personnel`, 'basic.public': `${prefix}:public`, project: `${prefix}:project` };
}

/** 支出经济分类汇总表 (economic-views.ts): 合计, 类 and 款 rows, a row for project money without one. */
export function economicSummaryRows(ctx: RowsContext): void {
  const { table } = ctx;
  for (const row of table.rows) {
    const code = rowCode(table, row, ECON_KEYS);
    const name = cellText(table, row, 'name');
    if (code.length === 3 || code.length === 5) {
      row.kind = code.length === 3 ? 'class' : 'item';
      row.code = code;
      if (name) row.name = name;
      const cls = colOf(table, 'econ.class');
      const sec = colOf(table, 'econ.section');
      if (cls >= 0) row.cells[cls] = code.slice(0, 3);
      if (sec >= 0) row.cells[sec] = code.length === 5 ? code.slice(3) : null;
      setRefs(table, row, economicRefs(`exp:all:econ:${code}`));
    } else if (isTotalLabel(name || firstText(row))) {
      row.kind = 'total';
      row.name = name || '合计';
      setRefs(table, row, economicRefs('exp:all:total'));
    } else {
      row.kind = 'item';
      if (name) row.name = name;
      delete row.refs;
    }
  }
}

const THREE_PUBLIC_REFS: Record<string, string> = {
  total: 'three-public:total', abroad: 'three-public:abroad', vehicle: 'three-public:vehicle',
  'vehicle.purchase': 'three-public:vehicle-purchase', 'vehicle.operation': 'three-public:vehicle-operation',
  reception: 'three-public:reception',
};

/** 一般公共预算“三公”经费预算表: one row of figures. */
export function threePublicRows(ctx: RowsContext): void {
  for (const row of ctx.table.rows) {
    row.kind = 'total';
    setRefs(ctx.table, row, THREE_PUBLIC_REFS);
  }
}

/**
 * 项目支出预算表 (project-view.ts): the unlabeled 合计 row, the department row (its code printed in
 * the 项目名称 column, its name in 项目单位), then one row per project. Projects carry no code in
 * this table; `codes` (project name → code, from the project performance table) supplies it.
 */
export function projectRows(ctx: RowsContext, codes: ReadonlyMap<string, string>): void {
  const { table } = ctx;
  const totalRefs = { total: 'exp:all:total:project' };
  for (const row of table.rows) {
    const name = cellText(table, row, 'name');
    const category = cellText(table, row, 'category');
    const unitName = cellText(table, row, 'unit.name');
    if (!category && codeDigits(name)) {
      row.kind = 'department';
      row.code = codeDigits(name);
      if (unitName) row.name = unitName;
      setRefs(table, row, totalRefs);
    } else if (!category && (!name || isTotalLabel(name))) {
      row.kind = 'total';
      setRefs(table, row, totalRefs);
    } else {
      row.kind = 'project';
      if (name) row.name = name;
      const code = codes.get(name);
      if (code) {
        row.code = code;
        setRefs(table, row, { total: `project:${code}:total` });
      } else delete row.refs;
    }
  }
}
