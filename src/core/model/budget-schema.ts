// Validates a Budget file as parsed from YAML or JSON (docs/budget-format.md) into the Budget type.
// Pure: the caller reads the file and says which years have classification data. Every problem
// is collected (not just the first) as an Issue naming its place in the file's own field names,
// e.g. `lines[12].functionCode: "21201x" 不是7位功能分类科目编码`; amounts become integer 分.
import type { MoneyUnit } from '../money/money.ts';
import type { Budget, Department, ExpenditureLine, IncomeEntry, Project, ProjectIndicator, Unit } from './budget.ts';
import {
  FUND_SOURCE_NAMES,
  INDICATOR_KIND_NAMES,
  NATURE_NAMES,
  PROJECT_CATEGORY_NAMES,
  UNIT_TYPE_NAMES,
} from './budget-names.ts';
import {
  DEPARTMENT_CODE,
  ECONOMIC_CODE,
  FUNCTION_CODE,
  GOVERNMENT_ECONOMIC_CODE,
  PROJECT_ID,
  UNIT_CODE,
  readAssets,
  readExplanations,
  readLastYear,
  readPerformance,
  readPerformanceTargets,
  readProcurement,
  readProfile,
  readThreePublic,
} from './budget-schema-parts.ts';
import { checkReferences } from './budget-schema-refs.ts';
import type { EnumSpec, Issue, RawObject } from './schema-reader.ts';
import { IssueList, Reader, describeValue, isObject } from './schema-reader.ts';

export type { Issue } from './schema-reader.ts';

export interface ParseContext {
  /** Years that have classification data; a Budget of another year is an error. */
  knownYears: readonly number[];
  /** Template id used when the file names none (e.g. the CLI's --template). */
  defaultTemplate?: string;
  /** Template ids that exist; when given, the file's `template` must be one of them. */
  templates?: readonly string[];
}

export type ParseBudgetResult =
  | { ok: true; budget: Budget; warnings: Issue[] }
  | { ok: false; issues: Issue[] };

export const BUDGET_SCHEMA_ID = 'yusuan/budget@1';

const TOP_KEYS = [
  'schema', 'year', 'template', 'region', 'date', 'unit', 'department', 'profile', 'income',
  'closingBalance', 'lines', 'projects', 'threePublic', 'procurement', 'assets', 'performance',
  'lastYear', 'explanations', 'performanceTargets',
] as const;

const CARRY_OVER_NAMES = ['上年结转结余', '上年结转', '上年结余', '上年结转和结余', '年初结转和结余'];

const FUND_SOURCE: EnumSpec<keyof typeof FUND_SOURCE_NAMES> = {
  label: '资金来源',
  names: FUND_SOURCE_NAMES,
  explain: (text) =>
    CARRY_OVER_NAMES.includes(text)
      ? `"${text}" 不单独作为资金来源：请写原来的来源（如 一般公共预算拨款），并加 carryOver: true`
      : undefined,
};
const UNIT_TYPE: EnumSpec<keyof typeof UNIT_TYPE_NAMES> = { label: '单位类型', names: UNIT_TYPE_NAMES };
const NATURE: EnumSpec<keyof typeof NATURE_NAMES> = {
  label: '支出性质',
  names: NATURE_NAMES,
  explain: (text) =>
    text === '基本支出' ? '"基本支出" 须细分：写 人员经费（personnel）或 公用经费（public）' : undefined,
};
const CATEGORY: EnumSpec<keyof typeof PROJECT_CATEGORY_NAMES> = { label: '项目类别', names: PROJECT_CATEGORY_NAMES };
const INDICATOR_KIND: EnumSpec<keyof typeof INDICATOR_KIND_NAMES> = { label: '绩效指标类别', names: INDICATOR_KIND_NAMES };

/** Fields as read; a field is undefined when it was missing or wrong (the issue is recorded). */
export type Draft<T> = { [K in keyof T]?: T[K] };
/** `units` is undefined when the list itself is missing, wrong or empty (references are then not checked). */
export type DraftDepartment = Draft<Omit<Department, 'units'>> & { units?: Draft<Unit>[] };

/**
 * Validates `raw` into a Budget. On success returns the Budget and warnings (things that are
 * allowed but probably unintended); otherwise every issue found, at most MAX_ISSUES listed.
 */
export function parseBudget(raw: unknown, ctx: ParseContext): ParseBudgetResult {
  const issues = new IssueList();
  const warnings = new IssueList();
  if (!isObject(raw)) {
    const what = describeValue(raw);
    return {
      ok: false,
      issues: [{ path: '', message: `文件内容应为一个映射（year: …、department: … 等键值），实际是${what}`, messageEn: 'the file must hold a mapping of fields' }],
    };
  }
  const r = new Reader(issues);
  r.checkKeys(raw, '', TOP_KEYS);
  r.unit = readMoneyUnit(r, raw);
  readSchemaId(r, raw, warnings);
  const year = readYear(r, raw, ctx.knownYears);
  const template = readTemplate(r, raw, ctx);
  const region = r.text(raw, 'region', '', '地区名称', false);
  const date = r.text(raw, 'date', '', '文件日期', false);
  const department = readDepartment(r, raw);
  const income = r.each(r.array(raw, 'income', '', '收入', true), 'income', '收入', (o, p) => readIncome(r, o, p));
  const closingBalance = r.amount(raw, 'closingBalance', '', '年终结转结余', false);
  const lines = r.each(r.array(raw, 'lines', '', '支出行', true), 'lines', '支出行', (o, p) => readLine(r, o, p));
  const projects = r.each(r.array(raw, 'projects', '', '项目', false), 'projects', '项目', (o, p) => readProject(r, o, p));
  const optional = {
    threePublic: readThreePublic(r, raw, 'threePublic', ''),
    procurement: readProcurement(r, raw),
    assets: readAssets(r, raw),
    performance: readPerformance(r, raw),
    lastYear: readLastYear(r, raw),
    profile: readProfile(r, raw),
    explanations: readExplanations(r, raw, warnings),
    performanceTargets: readPerformanceTargets(r, raw),
  };
  if (department) checkReferences(r, warnings, department, income, lines, projects);
  if (issues.size > 0) return { ok: false, issues: issues.list() };

  // No issue was recorded, so every required field of every draft is present.
  const budget: Budget = {
    schema: BUDGET_SCHEMA_ID,
    year: year as number,
    template: template as string,
    ...(region !== undefined && { region }),
    ...(date !== undefined && { date }),
    department: department as Department,
    income: income as IncomeEntry[],
    ...(closingBalance !== undefined && { closingBalance }),
    lines: lines as ExpenditureLine[],
    projects: projects as Project[],
  };
  for (const [key, value] of Object.entries(optional)) {
    if (value !== undefined) Object.assign(budget, { [key]: value });
  }
  return { ok: true, budget, warnings: warnings.list() };
}

function readMoneyUnit(r: Reader, raw: RawObject): MoneyUnit {
  const v = raw.unit;
  if (v === undefined || v === null || v === '万元') return '万元';
  if (v === '元') return '元';
  r.issues.add('unit', `金额单位只能是 万元 或 元，实际是${describeValue(v)}`, 'unit must be 万元 or 元');
  return '万元';
}

function readSchemaId(r: Reader, raw: RawObject, warnings: IssueList): void {
  const v = raw.schema;
  if (v === undefined || v === null) {
    warnings.add('schema', `未写 schema，按 ${BUDGET_SCHEMA_ID} 读取`, `no schema given; read as ${BUDGET_SCHEMA_ID}`);
  } else if (v !== BUDGET_SCHEMA_ID) {
    r.issues.add('schema', `不认识的文件格式 ${describeValue(v)}（应为 ${BUDGET_SCHEMA_ID}）`, `unknown schema (expected ${BUDGET_SCHEMA_ID})`);
  }
}

function readYear(r: Reader, raw: RawObject, knownYears: readonly number[]): number | undefined {
  const v = raw.year;
  if (v === undefined || v === null) return r.missing('year', '预算年度（如 2023）');
  const n = typeof v === 'string' && /^\s*\d{4}\s*$/.test(v) ? Number(v) : v;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 1990 || n > 2100) {
    return r.wrongType('year', '四位数的年份（如 2023）', v);
  }
  if (!knownYears.includes(n)) {
    const known = [...knownYears].sort((a, b) => a - b).join('、') || '无';
    r.issues.add(
      'year',
      `${n} 年没有分类科目数据（已有：${known}）；可先用 yusuan classification import 导入该年的科目`,
      `no classification data for ${n} (available: ${known})`,
    );
  }
  return n;
}

function readTemplate(r: Reader, raw: RawObject, ctx: ParseContext): string | undefined {
  const id = r.text(raw, 'template', '', '地区模板 id（如 luoyang）', ctx.defaultTemplate === undefined);
  if (id === undefined) return ctx.defaultTemplate;
  if (ctx.templates && !ctx.templates.includes(id)) {
    const list = ctx.templates.join('、');
    r.issues.add('template', `"${id}" 不是已知的地区模板（可用：${list}）`, `unknown template "${id}" (available: ${ctx.templates.join(', ')})`);
  }
  return id;
}

function readDepartment(r: Reader, raw: RawObject): DraftDepartment | undefined {
  const o = r.object(raw, 'department', '', '部门信息（department: code、name、units）', true);
  if (!o) return undefined;
  const p = 'department';
  r.checkKeys(o, p, ['code', 'name', 'units']);
  const list = r.array(o, 'units', p, '预算单位', true);
  if (list && list.length === 0) r.issues.add('department.units', '至少要有一个预算单位', 'at least one unit is required');
  const units = r.each(list, 'department.units', '预算单位', (u, up): Draft<Unit> => {
    r.checkKeys(u, up, ['code', 'name', 'type']);
    return {
      code: r.code(u, 'code', up, UNIT_CODE, true),
      name: r.text(u, 'name', up, '单位名称', true),
      type: r.enumeration(u, 'type', up, UNIT_TYPE, true),
    };
  });
  return {
    code: r.code(o, 'code', p, DEPARTMENT_CODE, true),
    name: r.text(o, 'name', p, '部门名称', true),
    ...(units.length > 0 && units.length === list?.length && { units }),
  };
}

function readIncome(r: Reader, o: RawObject, p: string): Draft<IncomeEntry> {
  r.checkKeys(o, p, ['source', 'amount', 'unit', 'carryOver']);
  const carryOver = r.bool(o, 'carryOver', p, '是否上年结转结余');
  return {
    source: r.enumeration(o, 'source', p, FUND_SOURCE, true),
    amount: r.amount(o, 'amount', p, '金额', true),
    unit: r.code(o, 'unit', p, UNIT_CODE, false),
    ...(carryOver !== undefined && { carryOver }),
  };
}

function readLine(r: Reader, o: RawObject, p: string): Draft<ExpenditureLine> {
  r.checkKeys(o, p, [
    'unit', 'source', 'carryOver', 'functionCode', 'economicCode', 'governmentEconomicCode', 'nature', 'project', 'amount',
  ]);
  const line: Draft<ExpenditureLine> = {
    unit: r.code(o, 'unit', p, UNIT_CODE, true),
    source: r.enumeration(o, 'source', p, FUND_SOURCE, true),
    functionCode: r.code(o, 'functionCode', p, FUNCTION_CODE, true),
    economicCode: r.code(o, 'economicCode', p, ECONOMIC_CODE, false),
    governmentEconomicCode: r.code(o, 'governmentEconomicCode', p, GOVERNMENT_ECONOMIC_CODE, false),
    nature: r.enumeration(o, 'nature', p, NATURE, true),
    project: r.code(o, 'project', p, PROJECT_ID, false),
    amount: r.amount(o, 'amount', p, '金额', true),
  };
  const carryOver = r.bool(o, 'carryOver', p, '是否由上年结转结余安排');
  if (carryOver !== undefined) line.carryOver = carryOver;
  return dropUndefined(line);
}

function readProject(r: Reader, o: RawObject, p: string): Draft<Project> {
  r.checkKeys(o, p, ['id', 'name', 'unit', 'category', 'description', 'indicators']);
  const ip = `${p}.indicators`;
  const indicators = r.each(r.array(o, 'indicators', p, '项目绩效指标', false), ip, '绩效指标', (t, tp) => {
    r.checkKeys(t, tp, ['kind', 'name', 'value', 'level2']);
    const level2 = r.text(t, 'level2', tp, '二级指标', false);
    const item: Draft<ProjectIndicator> = {
      kind: r.enumeration(t, 'kind', tp, INDICATOR_KIND, true),
      name: r.text(t, 'name', tp, '三级指标名称', true),
      value: r.text(t, 'value', tp, '指标值', true),
    };
    return level2 === undefined ? item : { ...item, level2 };
  });
  const description = r.text(o, 'description', p, '项目概述', false);
  return dropUndefined({
    id: r.code(o, 'id', p, PROJECT_ID, true),
    name: r.text(o, 'name', p, '项目名称', true),
    unit: r.code(o, 'unit', p, UNIT_CODE, true),
    category: r.enumeration(o, 'category', p, CATEGORY, true),
    description,
    indicators: indicators as ProjectIndicator[],
  });
}

/** Leaves optional fields out rather than present-but-undefined, so the Budget prints cleanly as JSON. */
function dropUndefined<T extends object>(draft: T): T {
  for (const key of Object.keys(draft) as (keyof T)[]) if (draft[key] === undefined) delete draft[key];
  return draft;
}
