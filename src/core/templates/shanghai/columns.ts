// Shanghai template: the column layouts (multi-level headers) of its 9 tables, as the municipal
// 2025 unit budget (上海市财政局) and the 普陀区 2026 Excel templates print them. Header paths are
// top row → leaf; repeated labels merge. Keys reuse the Luoyang keys where the meaning is the same
// (total, basic, project, left.*, right.*, basic.personnel, three-public items); the figure each
// cell states is given by refs.ts. The importer matches printed headers to these paths by label.
import type { ColumnSpec } from '../types.ts';

/** The functional code printed split in three columns 类 / 款 / 项, then the name (3 header rows). */
const FUNCTIONAL_HEAD: ColumnSpec[] = [
  { key: 'fn.class', kind: 'code', header: ['项目', '功能分类科目编码', '类'], width: 5 },
  { key: 'fn.section', kind: 'code', header: ['项目', '功能分类科目编码', '款'], width: 4 },
  { key: 'fn.item', kind: 'code', header: ['项目', '功能分类科目编码', '项'], width: 4 },
  { key: 'name', kind: 'text', header: ['项目', '功能分类科目名称', '功能分类科目名称'], width: 30 },
];

/** 支出预算总表 and the three 支出功能分类预算表: 合计 / 基本支出 / 项目支出 under a group label. */
export function functionalColumns(group: string): ColumnSpec[] {
  return [
    ...FUNCTIONAL_HEAD,
    { key: 'total', kind: 'amount', header: [group, '合计', '合计'], width: 14 },
    { key: 'basic', kind: 'amount', header: [group, '基本支出', '基本支出'], width: 14 },
    { key: 'project', kind: 'amount', header: [group, '项目支出', '项目支出'], width: 14 },
  ];
}

/** 收入预算总表: income by functional code and source (财政拨款 / 事业 / 经营 / 其他). */
export const INCOME_COLUMNS: ColumnSpec[] = [
  ...FUNCTIONAL_HEAD,
  { key: 'total', kind: 'amount', header: ['收入预算', '合计', '合计'], width: 14 },
  { key: 'src.fiscal', kind: 'amount', header: ['收入预算', '财政拨款收入', '财政拨款收入'], width: 14 },
  { key: 'src.business', kind: 'amount', header: ['收入预算', '事业收入', '事业收入'], width: 12 },
  { key: 'src.operating', kind: 'amount', header: ['收入预算', '事业单位经营收入', '事业单位经营收入'], width: 12 },
  { key: 'src.other-all', kind: 'amount', header: ['收入预算', '其他收入', '其他收入'], width: 12 },
];

/**
 * 财务收支预算总表, unit template (预算单位; the municipal 2025 PDF and 普陀区 unit template):
 * 本年支出 预算数 split 合计 / 基本支出（人员经费 / 公用经费）/ 项目支出.
 */
export const SUMMARY_COLUMNS_UNIT: ColumnSpec[] = [
  { key: 'left.label', kind: 'text', header: ['本年收入', '项目', '项目', '项目'], width: 24 },
  { key: 'left.amount', kind: 'amount', header: ['本年收入', '预算数', '预算数', '预算数'], width: 14 },
  { key: 'right.label', kind: 'text', header: ['本年支出', '项目', '项目', '项目'], width: 24 },
  { key: 'right.amount', kind: 'amount', header: ['本年支出', '预算数', '合计', '合计'], width: 14 },
  { key: 'right.basic.personnel', kind: 'amount', header: ['本年支出', '预算数', '基本支出', '人员经费'], width: 14 },
  { key: 'right.basic.public', kind: 'amount', header: ['本年支出', '预算数', '基本支出', '公用经费'], width: 14 },
  { key: 'right.project', kind: 'amount', header: ['本年支出', '预算数', '项目支出', '项目支出'], width: 14 },
];

/** 财务收支预算总表, department template (部门; 普陀区): one 预算数 column per side. */
export const SUMMARY_COLUMNS_DEPT: ColumnSpec[] = [
  { key: 'left.label', kind: 'text', header: ['本年收入', '项目'], width: 26 },
  { key: 'left.amount', kind: 'amount', header: ['本年收入', '预算数'], width: 16 },
  { key: 'right.label', kind: 'text', header: ['本年支出', '项目'], width: 26 },
  { key: 'right.amount', kind: 'amount', header: ['本年支出', '预算数'], width: 16 },
];

/** 财政拨款收支预算总表: expenditure by 类 in four fund columns. */
export const FISCAL_COLUMNS: ColumnSpec[] = [
  { key: 'left.label', kind: 'text', header: ['财政拨款收入', '项目'], width: 22 },
  { key: 'left.amount', kind: 'amount', header: ['财政拨款收入', '预算数'], width: 14 },
  { key: 'right.label', kind: 'text', header: ['财政拨款支出', '项目'], width: 24 },
  { key: 'right.fiscal', kind: 'amount', header: ['财政拨款支出', '合计'], width: 14 },
  { key: 'right.general-public-all', kind: 'amount', header: ['财政拨款支出', '一般公共预算'], width: 14 },
  { key: 'right.government-fund', kind: 'amount', header: ['财政拨款支出', '政府性基金预算'], width: 14 },
  { key: 'right.state-capital', kind: 'amount', header: ['财政拨款支出', '国有资本经营预算'], width: 14 },
];

/** 一般公共预算基本支出部门预算经济分类预算表: 部门经济分类 类 and 款 rows. */
export const BASIC_ECONOMIC_COLUMNS: ColumnSpec[] = [
  { key: 'econ.class', kind: 'code', header: ['项目', '经济分类科目编码', '类'], width: 5 },
  { key: 'econ.section', kind: 'code', header: ['项目', '经济分类科目编码', '款'], width: 4 },
  { key: 'econ.name', kind: 'text', header: ['项目', '部门经济分类科目名称', '部门经济分类科目名称'], width: 30 },
  { key: 'total', kind: 'amount', header: ['一般公共预算基本支出', '合计', '合计'], width: 14 },
  { key: 'basic.personnel', kind: 'amount', header: ['一般公共预算基本支出', '人员经费', '人员经费'], width: 14 },
  { key: 'basic.public', kind: 'amount', header: ['一般公共预算基本支出', '公用经费', '公用经费'], width: 14 },
];

/** “三公”经费和机关运行经费预算表 (万元): 公务接待费 is printed before 公务用车. */
export const THREE_PUBLIC_COLUMNS: ColumnSpec[] = [
  { key: 'total', kind: 'amount', header: ['“三公”经费预算数', '合计', '合计'], width: 12 },
  { key: 'abroad', kind: 'amount', header: ['“三公”经费预算数', '因公出国(境)费', '因公出国(境)费'], width: 12 },
  { key: 'reception', kind: 'amount', header: ['“三公”经费预算数', '公务接待费', '公务接待费'], width: 12 },
  { key: 'vehicle', kind: 'amount', header: ['“三公”经费预算数', '公务用车购置及运行费', '小计'], width: 12 },
  { key: 'vehicle.purchase', kind: 'amount', header: ['“三公”经费预算数', '公务用车购置及运行费', '购置费'], width: 12 },
  { key: 'vehicle.operation', kind: 'amount', header: ['“三公”经费预算数', '公务用车购置及运行费', '运行费'], width: 12 },
  { key: 'operating-funds', kind: 'amount', header: ['机关运行经费预算数', '机关运行经费预算数', '机关运行经费预算数'], width: 14 },
];
