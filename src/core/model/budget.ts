// The Budget: a department-year's facts, as validated from what a finance officer writes.
// Every standard table is a pure view of it (see ../tables). Amounts are integer 分.
import type { Fen } from '../money/money.ts';

/** Unit types; they decide the 部门→政府 economic mapping and who counts for 机关运行经费. */
export type UnitType =
  | 'administrative' // 行政单位
  | 'civil-service-managed' // 参照公务员法管理事业单位（参公）
  | 'institution'; // 事业单位

/** Fund sources (资金来源 / 收入来源). The first four are 财政拨款. */
export type FundSource =
  | 'general-public' // 一般公共预算拨款（财政拨款）
  | 'general-public-nontax' // 一般公共预算 — 纳入预算管理的非税收入安排
  | 'government-fund' // 政府性基金预算拨款
  | 'state-capital' // 国有资本经营预算拨款
  | 'special-account' // 财政专户管理资金
  | 'business' // 事业收入
  | 'operating' // 事业单位经营收入
  | 'superior-subsidy' // 上级补助收入
  | 'affiliated' // 附属单位上缴收入
  | 'other' // 其他收入
  | 'business-fund'; // 用事业基金弥补收支差额

export const FUND_SOURCES: readonly FundSource[] = [
  'general-public',
  'general-public-nontax',
  'government-fund',
  'state-capital',
  'special-account',
  'business',
  'operating',
  'superior-subsidy',
  'affiliated',
  'other',
  'business-fund',
];

/** Which budget a source belongs to (一般公共预算 / 政府性基金 / 国有资本经营 / 非财政拨款). */
export type BudgetKind = 'general-public' | 'government-fund' | 'state-capital' | 'non-fiscal';

export function budgetKindOf(source: FundSource): BudgetKind {
  switch (source) {
    case 'general-public':
    case 'general-public-nontax':
      return 'general-public';
    case 'government-fund':
      return 'government-fund';
    case 'state-capital':
      return 'state-capital';
    default:
      return 'non-fiscal';
  }
}

/** 财政拨款 = 一般公共预算 + 政府性基金 + 国有资本经营. */
export function isFiscal(source: FundSource): boolean {
  return budgetKindOf(source) !== 'non-fiscal';
}

/** Nature of an expenditure line: 基本支出（人员经费 / 公用经费）or 项目支出. */
export type Nature = 'personnel' | 'public' | 'project';

/** Project categories (项目类别) of the Henan template. */
export type ProjectCategory = 'other-operation' | 'specific-target'; // 其他运转类 / 特定目标类

export interface Unit {
  code: string; // 单位代码, e.g. 517001
  name: string;
  type: UnitType;
}

export interface Department {
  code: string; // 部门代码, e.g. 517
  name: string;
  units: Unit[];
}

/** One income fact: an amount from a source, optionally for one unit, optionally carried over. */
export interface IncomeEntry {
  source: FundSource;
  amount: Fen;
  unit?: string;
  /** 上年结转结余 of this source rather than this year's income. */
  carryOver?: boolean;
}

/** One expenditure fact: the atom every table sums. */
export interface ExpenditureLine {
  unit: string; // 单位代码
  source: FundSource;
  /** Funded from last year's carry-over of `source` (财政拨款结转结余). */
  carryOver?: boolean;
  functionCode: string; // 支出功能分类 项, 7 digits
  economicCode?: string; // 部门预算支出经济分类 款, 5 digits; required for basic expenditure
  /** 政府预算支出经济分类 款 as the document states it; derived from the official mapping if absent. */
  governmentEconomicCode?: string;
  nature: Nature;
  project?: string; // project id, required when nature is 'project'
  amount: Fen;
}

/** Performance indicator of a project: 成本 / 产出 / 效益 / 满意度. */
export type IndicatorKind = 'cost' | 'output' | 'effect' | 'satisfaction';

export interface ProjectIndicator {
  kind: IndicatorKind;
  name: string; // 三级指标
  value: string; // 指标值 as written, e.g. "≥95%", "≤19000元", "有所改善"
  level2?: string; // 二级指标 where the template has one
}

export interface Project {
  id: string; // 项目编码
  name: string;
  unit: string;
  category: ProjectCategory;
  /** Stated purpose / description (项目概述), optional. */
  description?: string;
  indicators: ProjectIndicator[];
}

export interface DepartmentIndicator {
  level1: string; // 一级指标, e.g. 产出指标
  level2: string;
  name: string; // 三级指标
  value: string;
  note?: string; // 指标值说明
}

export interface DepartmentPerformance {
  goal: string; // 年度履职目标
  tasks: { name: string; content: string }[]; // 年度主要任务
  indicators: DepartmentIndicator[];
}

/** “三公” budget figures; they include project money, so they are facts, not sums of lines. */
export interface ThreePublic {
  abroad: Fen; // 因公出国（境）费
  vehiclePurchase: Fen; // 公务用车购置费
  vehicleOperation: Fen; // 公务用车运行维护费
  reception: Fen; // 公务接待费
}

/** Last year's budget figures the narrative compares against (all optional). */
export interface LastYear {
  total?: Fen; // 收支总计
  generalPublic?: Fen; // 一般公共预算收支
  governmentFund?: Fen;
  stateCapital?: Fen;
  basic?: Fen;
  project?: Fen;
  threePublic?: ThreePublic;
  operatingFunds?: Fen; // 机关运行经费
}

export interface Procurement {
  goods: Fen;
  works: Fen;
  services: Fen;
}

/** Vehicles by kind. The five optional kinds split 一般公务用车 as the Shanghai template prints it. */
export interface VehicleCounts {
  general: number; // 一般公务用车
  enforcement: number; // 执法执勤用车
  special: number; // 特种专业技术用车
  other: number; // 其他用车
  ministerial?: number; // 部级领导干部用车
  leading?: number; // 主要领导干部用车
  confidential?: number; // 机要通信用车
  emergency?: number; // 应急保障用车
  retired?: number; // 离退休干部用车
}
/** All the vehicles: the four kinds (the five Shanghai kinds split 一般公务用车 and are not added again). */
export function vehicleTotal(v: VehicleCounts): number {
  return v.general + v.enforcement + v.special + v.other;
}
export interface Assets {
  asOf?: string; // e.g. "2022年期末"
  vehicles: VehicleCounts;
  generalEquipmentOver50: number; // 单位价值50万元以上通用设备（套）
  specialEquipmentOver100: number; // 单位价值100万元以上专用设备（套）
  /** 单价100万元（含）以上设备（不含车辆）, any kind (Shanghai). */
  equipmentOver100?: number;
  /** This year's budgeted purchases (本年预算安排购置, Shanghai). */
  planned?: { vehicles: VehicleCounts; equipmentOver100: number };
}
/** Projects with performance targets (编报绩效目标的项目) and their budget, as stated (Shanghai). */
export interface PerformanceTargets {
  projects: number;
  amount: Fen;
}
export interface Profile {
  /** Paragraphs printed before the numbered duties (“上海市财政局是主管全市财政工作的市政府组成部门。”, “主要职能包括：”). */
  intro?: string[];
  duties: string[]; // 主要职责
  composition: string; // 预算单位构成情况
}

/** Reasons and statements people write; the narrative uses them and never invents them. */
export interface Explanations {
  totalChange?: string; // 收支总计变化原因
  generalPublicChange?: string;
  governmentFundChange?: string;
  stateCapitalChange?: string;
  threePublicChange?: string;
  fiscalChange?: string; // 财政拨款收入支出变化原因 (Shanghai 编制说明)
  operatingFundsUse?: string;
  performanceNote?: string;
  transferPayments?: string; // 专项转移支付项目情况
  [key: string]: string | undefined;
}

export interface Budget {
  schema: 'yusuan/budget@1';
  year: number;
  template: string; // template id, e.g. "luoyang"
  /** Optional region label, e.g. 洛阳市涧西区. */
  region?: string;
  /** Date of the document (封面日期), e.g. "2023 年 3 月". */
  date?: string;
  department: Department;
  profile?: Profile;
  income: IncomeEntry[];
  /** 年终结转结余 planned at year end (usually 0). */
  closingBalance?: Fen;
  lines: ExpenditureLine[];
  projects: Project[];
  threePublic?: ThreePublic;
  procurement?: Procurement;
  assets?: Assets;
  performance?: DepartmentPerformance;
  lastYear?: LastYear;
  explanations?: Explanations;
  performanceTargets?: PerformanceTargets;
}
