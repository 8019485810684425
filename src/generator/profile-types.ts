// Shapes of the curated data the synthetic-budget generator draws from: department kinds
// (主管部门 profiles), project templates and indicator templates. Data only, no logic.
import type { ProjectCategory } from '../core/model/budget.ts';

/** Project size class: S 1–50 万元, M 5–300 万元, L 50–2000 万元. */
export type SizeClass = 'S' | 'M' | 'L';

export interface ProjectTemplate {
  name: string;
  category: ProjectCategory;
  /** 部门经济分类 款 its lines may use (filtered by the unit type's mapping). */
  economic: readonly string[];
  size: SizeClass;
  /** Where its lines go: 'run' = the unit's 行政运行/事业运行 项; 'items' = the profile's project 项. */
  place: 'run' | 'items';
  /** Specific 功能分类 项 for this project (overrides `place`), e.g. 土地开发支出 for 土地开发. */
  items?: readonly string[];
}

/** An indicator template: a name and a value pattern ({n} is replaced by a number). */
export interface IndicatorTemplate {
  name: string;
  /** e.g. "≥{n}个", "100%", "有所改善"; {n} takes a number from `range`. */
  value: string;
  range?: readonly [number, number];
}

export interface InstitutionSpec {
  name: string; // without the region prefix, e.g. 环境卫生服务中心
  /** 事业运行 (or the institution's own) 功能分类 项 for its basic expenditure. */
  run: string;
  type: 'institution' | 'civil-service-managed';
  /** Probability that it has 事业收入 (business income). */
  business: number;
}

export interface DepartmentProfile {
  key: string;
  name: string; // e.g. 城市管理局
  /** The main 款's 01 行政运行 项. */
  run: string;
  /** 项 for projects of the department (02 一般行政管理事务, 99 其他…, specific 项). */
  projectItems: readonly string[];
  institutions: readonly InstitutionSpec[];
  /** Internal divisions (内设机构) named in 预算单位构成. */
  divisions: readonly string[];
  projects: readonly ProjectTemplate[];
  /** 政府性基金 项 and projects, where the department has fund money. */
  fundItems?: readonly string[];
  fundProjects?: readonly ProjectTemplate[];
  duties: readonly string[];
  goal: string;
  tasks: readonly { name: string; content: string }[];
  outputs: readonly IndicatorTemplate[];
  effects: readonly IndicatorTemplate[];
}

/** Compact project-template constructor: t('信息化运维经费', 'o', '30213 30227', 'M', 'run'). */
export function t(
  name: string,
  cat: 'o' | 's',
  economic: string,
  size: SizeClass,
  place: 'run' | 'items' = 'items',
  items?: string,
): ProjectTemplate {
  const tpl: ProjectTemplate = {
    name,
    category: cat === 'o' ? 'other-operation' : 'specific-target',
    economic: economic.split(' '),
    size,
    place,
  };
  if (items) tpl.items = items.split(' ');
  return tpl;
}

/** Compact indicator constructor: ind('覆盖社区数', '≥{n}个', 10, 60). */
export function ind(name: string, value: string, min?: number, max?: number): IndicatorTemplate {
  return min === undefined || max === undefined ? { name, value } : { name, value, range: [min, max] };
}
