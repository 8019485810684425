// The Chinese names a Budget file may use for each enumerated value of the Budget model (unit
// type, fund source, nature, project category, indicator kind), official name first. The same
// tables give the official name for printing: UNIT_TYPE_NAMES[type][0].
import type { FundSource, IndicatorKind, Nature, ProjectCategory, UnitType } from './budget.ts';

export const UNIT_TYPE_NAMES: Readonly<Record<UnitType, readonly string[]>> = {
  administrative: ['行政单位'],
  'civil-service-managed': ['参公事业单位', '参照公务员法管理事业单位'],
  institution: ['事业单位'],
};

/** Names per docs/budget-format.md and the 收入 rows of real 收支总表 (with or without 收入). */
export const FUND_SOURCE_NAMES: Readonly<Record<FundSource, readonly string[]>> = {
  'general-public': ['一般公共预算拨款', '财政拨款', '一般公共预算拨款收入', '一般公共预算财政拨款', '一般公共预算财政拨款收入'],
  'general-public-nontax': ['一般公共预算非税收入'],
  'government-fund': ['政府性基金预算拨款', '政府性基金预算拨款收入', '政府性基金预算财政拨款'],
  'state-capital': ['国有资本经营预算拨款', '国有资本经营预算拨款收入', '国有资本经营预算财政拨款'],
  'special-account': ['财政专户管理资金', '财政专户管理资金收入'],
  business: ['事业收入'],
  operating: ['事业单位经营收入', '经营收入'],
  'superior-subsidy': ['上级补助收入'],
  affiliated: ['附属单位上缴收入'],
  other: ['其他收入'],
  'business-fund': ['用事业基金弥补收支差额'],
};

export const NATURE_NAMES: Readonly<Record<Nature, readonly string[]>> = {
  personnel: ['人员经费'],
  public: ['公用经费'],
  project: ['项目支出'],
};

export const PROJECT_CATEGORY_NAMES: Readonly<Record<ProjectCategory, readonly string[]>> = {
  'other-operation': ['其他运转类'],
  'specific-target': ['特定目标类'],
};

export const INDICATOR_KIND_NAMES: Readonly<Record<IndicatorKind, readonly string[]>> = {
  cost: ['成本指标', '成本'],
  output: ['产出指标', '产出'],
  effect: ['效益指标', '效益'],
  satisfaction: ['满意度指标', '满意度'],
};
