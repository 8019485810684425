// The canonical tables' names in Chinese, for messages where the template gives none of its own.
import type { TableId } from './document.ts';

/**
 * The title of a project's performance form (Shanghai district 财政项目支出绩效目标填报表, 申报表 in some
 * years): printed one a project, outside the template's numbered tables.
 */
export const PROJECT_FORM_TITLE = /项目支出绩效目标(?:填报|申报)表$/;

/** Names of the canonical tables when the template does not give its own. */
export const TABLE_NAMES: Record<TableId, string> = {
  'income-expenditure-summary': '部门收支预算表',
  income: '部门收入预算表',
  expenditure: '部门支出预算表',
  'fiscal-summary': '财政拨款收支预算表',
  'general-public-expenditure': '一般公共预算支出预算表',
  'general-public-basic-expenditure': '一般公共预算基本支出预算表',
  'economic-summary': '支出经济分类汇总表',
  'three-public': '一般公共预算“三公”经费预算表',
  'government-fund-expenditure': '政府性基金支出预算表',
  'state-capital-expenditure': '国有资本经营支出预算表',
  'project-expenditure': '项目支出预算表',
  'department-performance': '部门（单位）整体绩效目标表',
  'project-performance': '部门预算项目绩效目标表',
};
