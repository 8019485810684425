// Classification lists (支出功能分类, 部门/政府预算支出经济分类, 部门→政府 mapping) for one year,
// as plain data. The bundled lists come from data/classification/<year>/; a finance bureau's
// official list can be loaded on top (then unknown codes become errors, not warnings).
import type { UnitType } from '../model/budget.ts';

export type ClassLevel = '类' | '款' | '项';

export interface ClassItem {
  code: string;
  name: string;
  level: ClassLevel;
  /** Code one level up; absent for 类. */
  parent?: string;
  /** True when the code and name were seen in a real document or come from an official list. */
  verified: boolean;
  /** Where a bundled row came from (evidence or note of the reference list), for messages. */
  note?: string;
}

/** The three code lists: 支出功能分类, 部门预算支出经济分类, 政府预算支出经济分类. */
export type ClassKind = 'functional' | 'economic-department' | 'economic-government';

export const CLASS_KINDS: readonly ClassKind[] = ['functional', 'economic-department', 'economic-government'];

/** One income-source row of 部门收支总表 / 部门收入总表 (收入来源). */
export interface RevenueSource {
  /** Printed order, 1-based. */
  order: number;
  name: string;
  /** 财政拨款收入 | 单位资金 | 其他资金来源 */
  group: string;
  definition: string;
  /** Other names templates use for the same row. */
  aliases: string[];
  /** Documents the definition was checked against (empty when recalled). */
  evidence: string[];
}

export interface MappingRow {
  /** 部门经济分类 款 */
  department: string;
  /** 政府经济分类 款 for 行政单位 and 参公事业单位 */
  administrative?: string;
  /** 政府经济分类 款 for other 事业单位 */
  institution?: string;
  /** Where a bundled row came from, for messages. */
  note?: string;
}

export interface ClassificationSet {
  year: number;
  /** 'bundled' = the repo's lists (incomplete, partly recalled); 'official' = a bureau's full list loaded. */
  authority: 'bundled' | 'official';
  functional: ReadonlyMap<string, ClassItem>;
  economicDepartment: ReadonlyMap<string, ClassItem>;
  economicGovernment: ReadonlyMap<string, ClassItem>;
  mapping: ReadonlyMap<string, MappingRow>;
  /** Income-source rows (收入来源), when the year's data has them. */
  revenueSources?: readonly RevenueSource[];
}

/** The 政府经济分类 款 a 部门经济分类 款 maps to for a unit type, if the list knows it. */
export function governmentCodeFor(
  set: ClassificationSet,
  departmentCode: string,
  unitType: UnitType,
): string | undefined {
  const row = set.mapping.get(departmentCode);
  if (!row) return undefined;
  return unitType === 'institution' ? row.institution : row.administrative;
}
