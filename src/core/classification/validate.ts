// Validation of classification data as loaded (bundled JSON or a bureau's list): problems as values.
import type {
  ClassificationSet,
  ClassItem,
  ClassKind,
  ClassLevel,
  MappingRow,
} from './types.ts';
import { CODE_LENGTH, KIND_LABEL, KIND_LEVELS, KIND_PREFIX, levelOf, parentOf } from './lookup.ts';
import { parseRevenueSources } from './revenue.ts';

/** Which list a problem is in. */
export type ListName = ClassKind | 'economic-mapping' | 'revenue-sources';

export const LIST_LABEL: Readonly<Record<ListName, string>> = {
  ...KIND_LABEL,
  'economic-mapping': '部门→政府经济分类对应关系',
  'revenue-sources': '收入来源',
};

export interface ClassificationProblem {
  list: ListName;
  /** 0-based position of the item in its list, when the problem is about one item. */
  index?: number;
  code?: string;
  /** Chinese message naming the list, item and code. */
  message: string;
}

/**
 * Classification data as read from JSON: each list is either an array of items or a data file
 * `{ year, edition, items }`. Nothing is trusted until validated.
 */
export interface RawClassification {
  year: number;
  functional: unknown;
  economicDepartment: unknown;
  economicGovernment: unknown;
  mapping: unknown;
  revenueSources?: unknown;
}

const LEVELS: readonly ClassLevel[] = ['类', '款', '项'];

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function where(list: ListName, index: number | undefined, code?: string): string {
  const pos = index === undefined ? '' : ` 第 ${index + 1} 条`;
  return `${LIST_LABEL[list]}${pos}${code ? ` “${code}”` : ''}`;
}

function problem(list: ListName, index: number | undefined, code: string | undefined, text: string): ClassificationProblem {
  const p: ClassificationProblem = { list, message: `${where(list, index, code)}：${text}` };
  if (index !== undefined) p.index = index;
  if (code !== undefined) p.code = code;
  return p;
}

/** The item array of a list, from an array or a `{ year, edition, items }` data file. */
function itemsOf(list: ListName, raw: unknown, year: number, problems: ClassificationProblem[]): unknown[] {
  if (Array.isArray(raw)) return raw;
  if (isRecord(raw) && Array.isArray(raw.items)) {
    if (raw.year !== undefined && raw.year !== year) {
      problems.push(problem(list, undefined, undefined, `数据文件的年度是 ${String(raw.year)}，应为 ${year}`));
    }
    return raw.items;
  }
  problems.push(problem(list, undefined, undefined, '不是科目列表（应为数组或 { year, edition, items }）'));
  return [];
}

/** Reads one list's items; items that cannot be used (bad code, level or name) are dropped. */
export function parseItems(
  kind: ClassKind,
  rawItems: readonly unknown[],
): { items: ClassItem[]; problems: ClassificationProblem[] } {
  const items: ClassItem[] = [];
  const problems: ClassificationProblem[] = [];
  const seen = new Map<string, number>();
  rawItems.forEach((raw, index) => {
    if (!isRecord(raw)) {
      problems.push(problem(kind, index, undefined, '不是对象'));
      return;
    }
    const code = raw.code;
    if (typeof code !== 'string' || !/^\d+$/.test(code)) {
      problems.push(problem(kind, index, typeof code === 'string' ? code : String(code), '编码应为数字字符串'));
      return;
    }
    const byLength = levelOf(code);
    if (!byLength || !KIND_LEVELS[kind].includes(byLength)) {
      const allowed = KIND_LEVELS[kind].map((l) => `${l} ${CODE_LENGTH[l]} 位`).join('、');
      problems.push(problem(kind, index, code, `编码位数不对（${code.length} 位；应为 ${allowed}）`));
      return;
    }
    if (!code.startsWith(KIND_PREFIX[kind])) {
      problems.push(problem(kind, index, code, `不是${KIND_LABEL[kind]}的编码（应以 ${KIND_PREFIX[kind]} 开头）`));
      return;
    }
    let level: ClassLevel = byLength;
    if (raw.level !== undefined) {
      if (typeof raw.level !== 'string' || !LEVELS.includes(raw.level as ClassLevel)) {
        problems.push(problem(kind, index, code, `级次“${String(raw.level)}”无效（应为 类/款/项）`));
        return;
      }
      level = raw.level as ClassLevel;
      if (level !== byLength) {
        problems.push(problem(kind, index, code, `级次是“${level}”，但 ${code.length} 位编码是“${byLength}”`));
        return;
      }
    }
    const name = raw.name;
    if (typeof name !== 'string' || name.trim() === '') {
      problems.push(problem(kind, index, code, '名称为空'));
      return;
    }
    const expectedParent = parentOf(code);
    if (raw.parent !== undefined && raw.parent !== expectedParent) {
      const text = expectedParent
        ? `上级科目写的是“${String(raw.parent)}”，应为编码前缀 ${expectedParent}`
        : `类级科目不应有上级科目（写的是“${String(raw.parent)}”）`;
      problems.push(problem(kind, index, code, text));
    }
    if (raw.verified !== undefined && typeof raw.verified !== 'boolean') {
      problems.push(problem(kind, index, code, 'verified 应为 true 或 false'));
    }
    const first = seen.get(code);
    if (first !== undefined) {
      problems.push(problem(kind, index, code, `编码重复（第 ${first + 1} 条已有）`));
      return;
    }
    seen.set(code, index);
    const item: ClassItem = { code, name: name.trim(), level, verified: raw.verified === true };
    if (expectedParent) item.parent = expectedParent;
    if (typeof raw.note === 'string' && raw.note !== '') item.note = raw.note;
    items.push(item);
  });
  return { items, problems };
}

/** Every 款/项 must have its parent in the list (or in `alsoKnown`, e.g. the base of an overlay). */
export function checkHierarchy(
  kind: ClassKind,
  items: Iterable<ClassItem>,
  alsoKnown?: ReadonlyMap<string, ClassItem>,
): ClassificationProblem[] {
  const all = [...items];
  const codes = new Set(all.map((i) => i.code));
  const problems: ClassificationProblem[] = [];
  for (const item of all) {
    const parent = parentOf(item.code);
    if (parent && !codes.has(parent) && !alsoKnown?.has(parent)) {
      problems.push(problem(kind, undefined, item.code, `上级科目 ${parent} 不存在`));
    }
  }
  return problems;
}

/** Reads mapping rows; blank targets become absent. */
export function parseMapping(rawRows: readonly unknown[]): { rows: MappingRow[]; problems: ClassificationProblem[] } {
  const rows: MappingRow[] = [];
  const problems: ClassificationProblem[] = [];
  const seen = new Set<string>();
  rawRows.forEach((raw, index) => {
    if (!isRecord(raw) || typeof raw.department !== 'string' || !/^\d{5}$/.test(raw.department)) {
      const code = isRecord(raw) ? String(raw.department) : undefined;
      problems.push(problem('economic-mapping', index, code, '部门经济分类款级编码应为 5 位数字'));
      return;
    }
    const row: MappingRow = { department: raw.department };
    for (const key of ['administrative', 'institution'] as const) {
      const v = raw[key];
      if (v === undefined || v === null || v === '') continue;
      if (typeof v !== 'string' || !/^\d{5}$/.test(v)) {
        problems.push(problem('economic-mapping', index, raw.department, `对应的政府经济分类“${String(v)}”不是 5 位款级编码`));
        continue;
      }
      row[key] = v;
    }
    if (typeof raw.note === 'string' && raw.note !== '') row.note = raw.note;
    if (seen.has(row.department)) {
      problems.push(problem('economic-mapping', index, row.department, '部门经济分类科目重复出现'));
      return;
    }
    seen.add(row.department);
    rows.push(row);
  });
  return { rows, problems };
}

/** Mapping sources must be 部门 款 of the list, targets 政府 款 of the list. */
export function checkMapping(
  rows: Iterable<MappingRow>,
  department: ReadonlyMap<string, ClassItem>,
  government: ReadonlyMap<string, ClassItem>,
): ClassificationProblem[] {
  const problems: ClassificationProblem[] = [];
  for (const row of rows) {
    if (!department.has(row.department)) {
      problems.push(problem('economic-mapping', undefined, row.department, '部门经济分类科目表里没有这个编码'));
    }
    for (const [key, label] of [['administrative', '行政单位'], ['institution', '事业单位']] as const) {
      const target = row[key];
      if (target !== undefined && !government.has(target)) {
        problems.push(problem('economic-mapping', undefined, row.department, `${label}对应的政府经济分类 ${target} 不在政府经济分类科目表里`));
      }
    }
  }
  return problems;
}

function toMap(items: readonly ClassItem[]): Map<string, ClassItem> {
  return new Map(items.map((i) => [i.code, i]));
}

/** Hierarchy and mapping checks on a built set (for example after merging an official list). */
export function validateSet(set: ClassificationSet): ClassificationProblem[] {
  return [
    ...checkHierarchy('functional', set.functional.values()),
    ...checkHierarchy('economic-department', set.economicDepartment.values()),
    ...checkHierarchy('economic-government', set.economicGovernment.values()),
    ...checkMapping(set.mapping.values(), set.economicDepartment, set.economicGovernment),
  ];
}

/**
 * Validates raw data and builds the set from the usable items. Bundled data with any problem is
 * a bug in the repository: it throws an Error listing the problems. For a user-loaded list the
 * problems are returned beside the set, for the caller to report.
 */
export function buildClassificationSet(
  raw: RawClassification,
  authority: ClassificationSet['authority'],
): { set: ClassificationSet; problems: ClassificationProblem[] } {
  const problems: ClassificationProblem[] = [];
  if (!Number.isInteger(raw.year) || raw.year < 1990 || raw.year > 2200) {
    problems.push({ list: 'functional', message: `年度“${String(raw.year)}”无效` });
  }
  const lists = {} as Record<ClassKind, ClassItem[]>;
  for (const [kind, value] of [
    ['functional', raw.functional],
    ['economic-department', raw.economicDepartment],
    ['economic-government', raw.economicGovernment],
  ] as const) {
    const parsed = parseItems(kind, itemsOf(kind, value, raw.year, problems));
    problems.push(...parsed.problems, ...checkHierarchy(kind, parsed.items));
    lists[kind] = parsed.items;
  }
  const mapping = parseMapping(itemsOf('economic-mapping', raw.mapping, raw.year, problems));
  problems.push(...mapping.problems);
  const department = toMap(lists['economic-department']);
  const government = toMap(lists['economic-government']);
  problems.push(...checkMapping(mapping.rows, department, government));
  const set: ClassificationSet = {
    year: raw.year,
    authority,
    functional: toMap(lists.functional),
    economicDepartment: department,
    economicGovernment: government,
    mapping: new Map(mapping.rows.map((r) => [r.department, r])),
  };
  if (raw.revenueSources !== undefined) {
    const revenue = parseRevenueSources(itemsOf('revenue-sources', raw.revenueSources, raw.year, problems));
    problems.push(...revenue.problems);
    set.revenueSources = revenue.rows;
  }
  if (authority === 'bundled' && problems.length > 0) {
    throw new Error(formatProblems(`内置的 ${raw.year} 年分类数据有错（程序缺陷）/ bundled classification data is corrupt`, problems));
  }
  return { set, problems };
}

/** Validates raw data without keeping the set. */
export function validateClassification(raw: RawClassification): ClassificationProblem[] {
  return buildClassificationSet(raw, 'official').problems;
}

/** A heading and the first `max` problems, one per line. */
export function formatProblems(heading: string, problems: readonly ClassificationProblem[], max = 30): string {
  const lines = problems.slice(0, max).map((p) => `  - ${p.message}`);
  if (problems.length > max) lines.push(`  …… 另有 ${problems.length - max} 处 / ${problems.length - max} more`);
  return `${heading}:\n${lines.join('\n')}`;
}
