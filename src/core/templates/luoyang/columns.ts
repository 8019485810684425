// Luoyang template: the column layouts (multi-level headers) of its tables, as the 2023 template
// prints them. Repeated labels in a header path merge vertically (see renderers' header grid).
import type { ColumnSpec } from '../types.ts';

/** Functional detail tables (部门支出预算表, 一般公共预算支出预算表, 政府性基金…, 国有资本经营…). */
export const FUNCTIONAL_COLUMNS: ColumnSpec[] = [
  { key: 'fn.class', kind: 'code', header: ['科目编码', '科目编码', '类'], width: 5 },
  { key: 'fn.section', kind: 'code', header: ['科目编码', '科目编码', '款'], width: 4 },
  { key: 'fn.item', kind: 'code', header: ['科目编码', '科目编码', '项'], width: 4 },
  { key: 'unit.code', kind: 'code', header: ['单位代码', '单位代码', '单位代码'], width: 8 },
  { key: 'name', kind: 'text', header: ['单位（科目名称）', '单位（科目名称）', '单位（科目名称）'], width: 30 },
  { key: 'total', kind: 'amount', header: ['合计', '合计', '合计'], width: 11 },
  { key: 'basic', kind: 'amount', header: ['基本支出', '小计', '小计'], width: 11 },
  { key: 'basic.wages', kind: 'amount', header: ['基本支出', '人员经费', '工资福利支出'], width: 11 },
  { key: 'basic.family', kind: 'amount', header: ['基本支出', '人员经费', '对个人和家庭的补助'], width: 11 },
  { key: 'basic.goods', kind: 'amount', header: ['基本支出', '公用经费', '商品和服务支出'], width: 11 },
  { key: 'basic.capital', kind: 'amount', header: ['基本支出', '公用经费', '资本性支出'], width: 11 },
  { key: 'project', kind: 'amount', header: ['项目支出', '小计', '小计'], width: 11 },
  { key: 'project.other-operation', kind: 'amount', header: ['项目支出', '其他运转类', '其他运转类'], width: 11 },
  { key: 'project.specific-target', kind: 'amount', header: ['项目支出', '特定目标类', '特定目标类'], width: 11 },
];

export const SUMMARY_COLUMNS: ColumnSpec[] = [
  { key: 'left.label', kind: 'text', header: ['收入', '项目'], width: 30 },
  { key: 'left.amount', kind: 'amount', header: ['收入', '金额'], width: 12 },
  { key: 'right.label', kind: 'text', header: ['支出', '项目'], width: 30 },
  { key: 'right.amount', kind: 'amount', header: ['支出', '金额'], width: 12 },
];

/** Right-side amount columns carry a fund scope the view appends to each line's ref. */
export const FISCAL_COLUMNS: ColumnSpec[] = [
  { key: 'left.label', kind: 'text', header: ['收入', '项 目', '项 目'], width: 26 },
  { key: 'left.amount', kind: 'amount', header: ['收入', '金 额', '金 额'], width: 12 },
  { key: 'right.label', kind: 'text', header: ['支出', '项 目', '项 目'], width: 30 },
  { key: 'right.fiscal', kind: 'amount', header: ['支出', '合 计', '合 计'], width: 12 },
  { key: 'right.general-public-all', kind: 'amount', header: ['支出', '一般公共预算', '小 计'], width: 12 },
  { key: 'right.general-public', kind: 'amount', header: ['支出', '一般公共预算', '其中：财政拨款'], width: 12 },
  { key: 'right.government-fund', kind: 'amount', header: ['支出', '政府性基金', '政府性基金'], width: 12 },
  { key: 'right.state-capital', kind: 'amount', header: ['支出', '国有资本经营预算', '国有资本经营预算'], width: 12 },
];

export const INCOME_COLUMNS: ColumnSpec[] = [
  { key: 'unit.code', kind: 'code', header: ['单位代码', '单位代码'], width: 9 },
  { key: 'name', kind: 'text', header: ['单位名称', '单位名称'], width: 30 },
  { key: 'total', kind: 'amount', header: ['合计', '合计'], width: 11 },
  { key: 'src.general-public-all', kind: 'amount', header: ['本年收入', '一般公共预算'], width: 11 },
  { key: 'src.government-fund', kind: 'amount', header: ['本年收入', '政府性基金预算'], width: 11 },
  { key: 'src.state-capital', kind: 'amount', header: ['本年收入', '国有资本经营预算'], width: 11 },
  { key: 'src.special-account', kind: 'amount', header: ['本年收入', '财政专户管理资金'], width: 11 },
  { key: 'src.business', kind: 'amount', header: ['本年收入', '事业收入'], width: 11 },
  { key: 'src.operating', kind: 'amount', header: ['本年收入', '事业单位经营收入'], width: 11 },
  { key: 'src.superior-subsidy', kind: 'amount', header: ['本年收入', '上级补助收入'], width: 11 },
  { key: 'src.affiliated', kind: 'amount', header: ['本年收入', '附属单位上缴收入'], width: 11 },
  { key: 'src.other', kind: 'amount', header: ['本年收入', '其他收入'], width: 11 },
  { key: 'src.business-fund', kind: 'amount', header: ['本年收入', '用事业基金弥补收支差额'], width: 11 },
  { key: 'src.carry-over', kind: 'amount', header: ['上年结转结余', '上年结转结余'], width: 11 },
];

export const BASIC_ECONOMIC_COLUMNS: ColumnSpec[] = [
  { key: 'econ.code', kind: 'code', header: ['部门预算支出经济分类科目', '科目编码'], width: 9 },
  { key: 'econ.name', kind: 'text', header: ['部门预算支出经济分类科目', '科目名称'], width: 26 },
  { key: 'gov.code', kind: 'code', header: ['政府预算支出经济分类科目', '科目编码'], width: 9 },
  { key: 'gov.name', kind: 'text', header: ['政府预算支出经济分类科目', '科目名称'], width: 22 },
  { key: 'total', kind: 'amount', header: ['本年一般公共预算基本支出', '合计'], width: 11 },
  { key: 'basic.personnel', kind: 'amount', header: ['本年一般公共预算基本支出', '人员经费'], width: 11 },
  { key: 'basic.public', kind: 'amount', header: ['本年一般公共预算基本支出', '公用经费'], width: 11 },
];

export const ECONOMIC_SUMMARY_COLUMNS: ColumnSpec[] = [
  { key: 'econ.class', kind: 'code', header: ['科目编码', '类'], width: 5 },
  { key: 'econ.section', kind: 'code', header: ['科目编码', '款'], width: 4 },
  { key: 'name', kind: 'text', header: ['科目名称', '科目名称'], width: 28 },
  { key: 'total', kind: 'amount', header: ['合计', '合计'], width: 11 },
  { key: 'basic.personnel', kind: 'amount', header: ['基本支出', '人员经费'], width: 11 },
  { key: 'basic.public', kind: 'amount', header: ['基本支出', '公用经费'], width: 11 },
  { key: 'project', kind: 'amount', header: ['项目支出', '项目支出'], width: 11 },
];

export const THREE_PUBLIC_COLUMNS: ColumnSpec[] = [
  { key: 'total', kind: 'amount', header: ['“三公”经费合计', '“三公”经费合计'], width: 14 },
  { key: 'abroad', kind: 'amount', header: ['因公出国（境）费', '因公出国（境）费'], width: 14 },
  { key: 'vehicle', kind: 'amount', header: ['公务用车购置及运行费', '小计'], width: 12 },
  { key: 'vehicle.purchase', kind: 'amount', header: ['公务用车购置及运行费', '公务用车购置费'], width: 14 },
  { key: 'vehicle.operation', kind: 'amount', header: ['公务用车购置及运行费', '公务用车运行费'], width: 14 },
  { key: 'reception', kind: 'amount', header: ['公务接待费', '公务接待费'], width: 12 },
];

export const PROJECT_COLUMNS: ColumnSpec[] = [
  { key: 'category', kind: 'text', header: ['类型', '类型'], width: 11 },
  { key: 'name', kind: 'text', header: ['项目名称', '项目名称'], width: 30 },
  { key: 'unit.name', kind: 'text', header: ['项目单位', '项目单位'], width: 24 },
  { key: 'total', kind: 'amount', header: ['合计', '合计'], width: 11 },
  { key: 'now.general-public-all', kind: 'amount', header: ['本年拨款', '一般公共预算'], width: 11 },
  { key: 'now.government-fund', kind: 'amount', header: ['本年拨款', '政府性基金预算'], width: 11 },
  { key: 'now.state-capital', kind: 'amount', header: ['本年拨款', '国有资本经营预算'], width: 11 },
  { key: 'carry.general-public-all', kind: 'amount', header: ['财政拨款结转结余', '一般公共预算'], width: 11 },
  { key: 'carry.government-fund', kind: 'amount', header: ['财政拨款结转结余', '政府性基金预算'], width: 11 },
  { key: 'carry.state-capital', kind: 'amount', header: ['财政拨款结转结余', '国有资本经营预算'], width: 11 },
  { key: 'special-account', kind: 'amount', header: ['财政专户管理资金', '财政专户管理资金'], width: 11 },
  { key: 'unit-funds', kind: 'amount', header: ['单位资金', '单位资金'], width: 11 },
];

/** A form: no header rows; its own label rows (部门名称, 预算情况, 一级指标 …) are body rows. */
export const DEPARTMENT_PERFORMANCE_COLUMNS: ColumnSpec[] = [
  { key: 'c1', kind: 'text', header: [], width: 14 },
  { key: 'c2', kind: 'text', header: [], width: 16 },
  { key: 'c3', kind: 'text', header: [], width: 22 },
  { key: 'c4', kind: 'text', header: [], width: 14 },
  { key: 'c5', kind: 'text', header: [], width: 50 },
];

export const PROJECT_PERFORMANCE_COLUMNS: ColumnSpec[] = [
  { key: 'code', kind: 'code', header: ['单位编码（项目编码）', '单位编码（项目编码）', '单位编码（项目编码）'], width: 22 },
  { key: 'name', kind: 'text', header: ['项目单位（项目名称）', '项目单位（项目名称）', '项目单位（项目名称）'], width: 24 },
  { key: 'total', kind: 'amount', header: ['项目金额（万元）', '资金总额', '资金总额'], width: 10 },
  { key: 'government', kind: 'amount', header: ['项目金额（万元）', '政府预算资金', '政府预算资金'], width: 10 },
  { key: 'special-account', kind: 'amount', header: ['项目金额（万元）', '财政专户管理资金', '财政专户管理资金'], width: 10 },
  { key: 'unit-funds', kind: 'amount', header: ['项目金额（万元）', '单位资金', '单位资金'], width: 10 },
  { key: 'cost.name', kind: 'text', header: ['绩效目标', '成本指标', '三级指标'], width: 18 },
  { key: 'cost.value', kind: 'text', header: ['绩效目标', '成本指标', '指标值'], width: 11 },
  { key: 'output.name', kind: 'text', header: ['绩效目标', '产出指标', '三级指标'], width: 18 },
  { key: 'output.value', kind: 'text', header: ['绩效目标', '产出指标', '指标值'], width: 11 },
  { key: 'effect.name', kind: 'text', header: ['绩效目标', '效益指标', '三级指标'], width: 18 },
  { key: 'effect.value', kind: 'text', header: ['绩效目标', '效益指标', '指标值'], width: 11 },
  { key: 'satisfaction.name', kind: 'text', header: ['绩效目标', '满意度指标', '三级指标'], width: 16 },
  { key: 'satisfaction.value', kind: 'text', header: ['绩效目标', '满意度指标', '指标值'], width: 9 },
];
