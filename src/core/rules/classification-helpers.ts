// Shared helpers of the classification and completeness rules (pure): which classification list
// applies, how severe a finding that rests on it is, and the coded rows of the document's tables
// (functional 类/款/项 from the printed parts, economic 部门/政府 款, the 类 labels of the two
// summary tables) read the same way by every rule. This module holds the template, note and
// Budget helpers and gathers the rest: classification-lists.ts, coded-rows.ts, class-labels.ts and
// classification-checks.ts.
import type { Budget, UnitType } from '../model/budget.ts';
import type { DocTable, TableId } from '../model/document.ts';
import type { TemplateSpec } from '../templates/types.ts';
import { figureColumns, hasFigureIn } from './coded-rows.ts';
import type { Reporter, RuleContext } from './types.ts';

export * from './classification-lists.ts';
export * from './coded-rows.ts';
export * from './class-labels.ts';
export * from './classification-checks.ts';

// ——— template and notes ———

/** The template the document was laid out with; reports insufficient data when it is unknown. */
export function requireTemplate(ctx: RuleContext, report: Reporter): TemplateSpec | undefined {
  const t = ctx.template;
  if (!t) {
    report.insufficient('不知道文件所用的公开模板');
    return undefined;
  }
  if (ctx.doc.meta.template && ctx.doc.meta.template !== t.id) {
    report.insufficient(`文件使用的模板是“${ctx.doc.meta.template}”，不是“${t.id}”`);
    return undefined;
  }
  return t;
}

/** A note saying a table has no data: “…无政府性基金预算拨款安排的支出，故此表无数据”, “本表为空表”. */
export const NO_DATA_NOTE = /[此本该]表(?:无数据|为空)|空表|无[^，。；、]{0,30}?(?:安排的?支出|预算拨款|支出|收入|经费)/;

export function isNoDataNote(note: string): boolean {
  return NO_DATA_NOTE.test(note.replace(/[\s\u3000]+/g, ''));
}

/** The budget (预算) a fund-specific table belongs to, by the words a note uses for it. */
export const TABLE_BUDGET: Readonly<Partial<Record<TableId, string>>> = {
  'government-fund-expenditure': '政府性基金',
  'state-capital-expenditure': '国有资本经营',
  'general-public-expenditure': '一般公共预算',
  'general-public-basic-expenditure': '一般公共预算',
};

export const BUDGET_NAMES: readonly string[] = ['政府性基金', '国有资本经营', '一般公共预算'];

/** True when the table prints no figure other than zero (blank or 0.00 everywhere). */
export function hasNoFigures(table: DocTable): boolean {
  const cols = figureColumns(table);
  return !table.rows.some((row) => hasFigureIn(row, cols));
}

// ——— budget ———

export function unitTypeOf(budget: Budget, unitCode: string): UnitType | undefined {
  return budget.department.units.find((u) => u.code === unitCode)?.type;
}

export const UNIT_TYPE_LABEL: Readonly<Record<UnitType, string>> = {
  administrative: '行政单位',
  'civil-service-managed': '参照公务员法管理事业单位',
  institution: '事业单位',
};
