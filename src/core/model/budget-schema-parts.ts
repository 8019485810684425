// The parts of a Budget file besides department, income, lines and projects: “三公”经费, 政府采购,
// 国有资产, 绩效目标, 上年预算数, 部门概况 and 说明. Each reader checks its section's keys and fields
// and returns undefined when the section is absent (or wrong; the issue is already recorded).
import type {
  Assets,
  DepartmentIndicator,
  DepartmentPerformance,
  Explanations,
  LastYear,
  PerformanceTargets,
  Procurement,
  Profile,
  VehicleCounts,
  ThreePublic,
} from './budget.ts';
import type { CodeSpec, IssueList, RawObject, Reader } from './schema-reader.ts';
import { pathOf } from './schema-reader.ts';

/** Removes the spaces of a printed code: "212 01 01" → "2120101". */
const squeeze = (code: string): string => code.replace(/\s+/g, '');

export const FUNCTION_CODE: CodeSpec = {
  label: '7位功能分类科目编码',
  labelEn: '7-digit functional classification code',
  pattern: /^\d{7}$/,
  hint: '7位数字，如 2120101',
  normalize: squeeze,
  explain: (code) =>
    /^\d{3}$|^\d{5}$/.test(code)
      ? `"${code}" 是${code.length === 3 ? '类' : '款'}级编码，支出须写到项级（7位数字，如 2120101）`
      : undefined,
};

export const ECONOMIC_CODE: CodeSpec = {
  label: '5位部门预算支出经济分类科目编码',
  labelEn: '5-digit departmental economic classification code',
  pattern: /^3\d{4}$/,
  hint: '3 开头的5位数字，如 30101',
  normalize: squeeze,
  explain: (code) =>
    /^5\d{4}$/.test(code)
      ? `"${code}" 是政府预算支出经济分类编码；economicCode 应写部门预算支出经济分类（如 30101），政府分类写在 governmentEconomicCode`
      : /^3\d{2}$/.test(code)
        ? `"${code}" 是类级编码，须写到款级（5位数字，如 30101）`
        : undefined,
};

export const GOVERNMENT_ECONOMIC_CODE: CodeSpec = {
  label: '5位政府预算支出经济分类科目编码',
  labelEn: '5-digit government economic classification code',
  pattern: /^5\d{4}$/,
  hint: '5 开头的5位数字，如 50101',
  normalize: squeeze,
  explain: (code) =>
    /^3\d{4}$/.test(code)
      ? `"${code}" 是部门预算支出经济分类编码；governmentEconomicCode 应写政府预算支出经济分类（如 50101）`
      : undefined,
};

export const DEPARTMENT_CODE: CodeSpec = { label: '部门代码', labelEn: 'department code (digits)', pattern: /^\d{1,30}$/, hint: '数字，如 517' };
export const UNIT_CODE: CodeSpec = { label: '单位代码', labelEn: 'unit code (digits)', pattern: /^\d{1,30}$/, hint: '数字，如 517001' };
export const PROJECT_ID: CodeSpec = {
  label: '项目编码',
  labelEn: 'project id (no spaces)',
  pattern: /^[^\s]{1,64}$/,
  hint: '不含空格的编码，如 410305230000000025533',
};

const THREE_PUBLIC: readonly [keyof ThreePublic, string][] = [
  ['abroad', '因公出国（境）费'],
  ['vehiclePurchase', '公务用车购置费'],
  ['vehicleOperation', '公务用车运行维护费'],
  ['reception', '公务接待费'],
];

export function readThreePublic(r: Reader, obj: RawObject, key: string, path: string): ThreePublic | undefined {
  const o = r.object(obj, key, path, '“三公”经费', false);
  if (!o) return undefined;
  const p = pathOf(path, key);
  r.checkKeys(o, p, THREE_PUBLIC.map(([k]) => k));
  const out: Partial<ThreePublic> = {};
  for (const [k, label] of THREE_PUBLIC) out[k] = r.amount(o, k, p, label, true);
  return out as ThreePublic;
}

export function readProcurement(r: Reader, root: RawObject): Procurement | undefined {
  const o = r.object(root, 'procurement', '', '政府采购预算', false);
  if (!o) return undefined;
  r.checkKeys(o, 'procurement', ['goods', 'works', 'services']);
  return {
    goods: r.amount(o, 'goods', 'procurement', '货物类采购', true) ?? 0,
    works: r.amount(o, 'works', 'procurement', '工程类采购', true) ?? 0,
    services: r.amount(o, 'services', 'procurement', '服务类采购', true) ?? 0,
  };
}

/** Kinds of 一般公务用车 the Shanghai template prints one by one (optional: other templates print 一般公务用车 only). */
const VEHICLE_DETAIL: readonly [keyof VehicleCounts, string][] = [
  ['ministerial', '部级领导干部用车'],
  ['leading', '主要领导干部用车'],
  ['confidential', '机要通信用车'],
  ['emergency', '应急保障用车'],
  ['retired', '离退休干部用车'],
];

function readVehicles(r: Reader, o: RawObject, p: string, required: boolean): VehicleCounts {
  const v = r.object(o, 'vehicles', p, '车辆数', required);
  const vp = pathOf(p, 'vehicles');
  if (v) r.checkKeys(v, vp, ['general', 'enforcement', 'special', 'other', ...VEHICLE_DETAIL.map(([k]) => k)]);
  const out: VehicleCounts = {
    general: (v && r.count(v, 'general', vp, '一般公务用车', true)) ?? 0,
    enforcement: (v && r.count(v, 'enforcement', vp, '执法执勤用车', true)) ?? 0,
    special: (v && r.count(v, 'special', vp, '特种专业技术用车', true)) ?? 0,
    other: (v && r.count(v, 'other', vp, '其他用车', true)) ?? 0,
  };
  for (const [k, label] of VEHICLE_DETAIL) {
    const n = v ? r.count(v, k, vp, label, false) : undefined;
    if (n !== undefined) out[k] = n;
  }
  return out;
}

export function readAssets(r: Reader, root: RawObject): Assets | undefined {
  const o = r.object(root, 'assets', '', '国有资产占用情况', false);
  if (!o) return undefined;
  const p = 'assets';
  r.checkKeys(o, p, ['asOf', 'vehicles', 'generalEquipmentOver50', 'specialEquipmentOver100', 'equipmentOver100', 'planned']);
  const asOf = r.text(o, 'asOf', p, '资产统计时点', false);
  const equipmentOver100 = r.count(o, 'equipmentOver100', p, '单价100万元（含）以上设备（不含车辆）', false);
  const planned = r.object(o, 'planned', p, '本年预算安排购置', false);
  const pp = pathOf(p, 'planned');
  if (planned) r.checkKeys(planned, pp, ['vehicles', 'equipmentOver100']);
  return {
    ...(asOf !== undefined && { asOf }),
    vehicles: readVehicles(r, o, p, true),
    generalEquipmentOver50: r.count(o, 'generalEquipmentOver50', p, '单位价值50万元以上通用设备', true) ?? 0,
    specialEquipmentOver100: r.count(o, 'specialEquipmentOver100', p, '单位价值100万元以上专用设备', true) ?? 0,
    ...(equipmentOver100 !== undefined && { equipmentOver100 }),
    ...(planned && {
      planned: {
        vehicles: readVehicles(r, planned, pp, true),
        equipmentOver100: r.count(planned, 'equipmentOver100', pp, '购置单价100万元（含）以上设备', true) ?? 0,
      },
    }),
  };
}

export function readPerformanceTargets(r: Reader, root: RawObject): PerformanceTargets | undefined {
  const o = r.object(root, 'performanceTargets', '', '编报绩效目标的项目', false);
  if (!o) return undefined;
  r.checkKeys(o, 'performanceTargets', ['projects', 'amount']);
  return {
    projects: r.count(o, 'projects', 'performanceTargets', '项目个数', true) ?? 0,
    amount: r.amount(o, 'amount', 'performanceTargets', '涉及项目预算资金', true) ?? 0,
  };
}

export function readPerformance(r: Reader, root: RawObject): DepartmentPerformance | undefined {
  const o = r.object(root, 'performance', '', '部门整体绩效目标', false);
  if (!o) return undefined;
  const p = 'performance';
  r.checkKeys(o, p, ['goal', 'tasks', 'indicators']);
  const tasks = r.each(r.array(o, 'tasks', p, '年度主要任务', false), pathOf(p, 'tasks'), '年度主要任务', (t, tp) => {
    r.checkKeys(t, tp, ['name', 'content']);
    return { name: r.text(t, 'name', tp, '任务名称', true) ?? '', content: r.text(t, 'content', tp, '主要内容', true) ?? '' };
  });
  const ip = pathOf(p, 'indicators');
  const indicators = r.each(r.array(o, 'indicators', p, '绩效指标', false), ip, '绩效指标', (t, tp) => {
    r.checkKeys(t, tp, ['level1', 'level2', 'name', 'value', 'note']);
    const note = r.text(t, 'note', tp, '指标值说明', false);
    const item: DepartmentIndicator = {
      level1: r.text(t, 'level1', tp, '一级指标', true) ?? '',
      level2: r.text(t, 'level2', tp, '二级指标', true) ?? '',
      name: r.text(t, 'name', tp, '三级指标', true) ?? '',
      value: r.text(t, 'value', tp, '指标值', true) ?? '',
    };
    return note === undefined ? item : { ...item, note };
  });
  return { goal: r.text(o, 'goal', p, '年度履职目标', true) ?? '', tasks, indicators };
}

const LAST_YEAR_AMOUNTS: readonly [Exclude<keyof LastYear, 'threePublic'>, string][] = [
  ['total', '上年收支总计'],
  ['generalPublic', '上年一般公共预算收支'],
  ['governmentFund', '上年政府性基金预算收支'],
  ['stateCapital', '上年国有资本经营预算收支'],
  ['basic', '上年基本支出'],
  ['project', '上年项目支出'],
  ['operatingFunds', '上年机关运行经费'],
];

export function readLastYear(r: Reader, root: RawObject): LastYear | undefined {
  const o = r.object(root, 'lastYear', '', '上年预算数', false);
  if (!o) return undefined;
  const p = 'lastYear';
  r.checkKeys(o, p, [...LAST_YEAR_AMOUNTS.map(([k]) => k), 'threePublic']);
  const out: LastYear = {};
  for (const [k, label] of LAST_YEAR_AMOUNTS) {
    const v = r.amount(o, k, p, label, false);
    if (v !== undefined) out[k] = v;
  }
  const tp = readThreePublic(r, o, 'threePublic', p);
  if (tp) out.threePublic = tp;
  return out;
}

export function readProfile(r: Reader, root: RawObject): Profile | undefined {
  const o = r.object(root, 'profile', '', '部门概况', false);
  if (!o) return undefined;
  r.checkKeys(o, 'profile', ['intro', 'duties', 'composition']);
  const intro = r.texts(o, 'intro', 'profile', '主要职责前的说明', false);
  return {
    ...(intro !== undefined && intro.length > 0 && { intro }),
    duties: r.texts(o, 'duties', 'profile', '主要职责', true) ?? [],
    composition: r.text(o, 'composition', 'profile', '预算单位构成情况', true) ?? '',
  };
}

/** Explanation keys the narrative uses; others are kept but warned about (a typo is never used). */
export const EXPLANATION_KEYS: readonly string[] = [
  'totalChange',
  'generalPublicChange',
  'governmentFundChange',
  'stateCapitalChange',
  'threePublicChange',
  'fiscalChange',
  'operatingFundsUse',
  'performanceNote',
  'transferPayments',
];

/** “主要用于” of a 类 in the Shanghai 编制说明: fiscalUse.201 (the 类's 3-digit code). */
export const FISCAL_USE_KEY = /^fiscalUse\.\d{3}$/;

export function readExplanations(r: Reader, root: RawObject, warnings: IssueList): Explanations | undefined {
  const o = r.object(root, 'explanations', '', '说明', false);
  if (!o) return undefined;
  const out: Explanations = {};
  for (const key of Object.keys(o)) {
    const text = r.text(o, key, 'explanations', '说明文字', false);
    if (text !== undefined) out[key] = text;
    if (!EXPLANATION_KEYS.includes(key) && !FISCAL_USE_KEY.test(key)) {
      warnings.add(
        pathOf('explanations', key),
        `"${key}" 不是已知的说明项，文中不会用到（已知：${EXPLANATION_KEYS.join('、')}）`,
        `unknown explanation key "${key}"; it will not be used`,
      );
    }
  }
  return out;
}
