// The facts around the expenditure lines of a synthetic budget: “三公” figures (never below the
// matching basic lines), procurement, assets, last year's budget (within ±40%), the department
// profile and the reasons written for the changes.
import type {
  Assets,
  Explanations,
  ExpenditureLine,
  LastYear,
  Procurement,
  Profile,
  ThreePublic,
} from '../core/model/budget.ts';
import { budgetKindOf } from '../core/model/budget.ts';
import { wanToFen } from './basic.ts';
import { FUND_REASONS, REASONS } from './common.ts';
import { LAST_DUTY } from './departments-a.ts';
import type { Random } from './random.ts';
import type { Organisation } from './units.ts';

const sum = (lines: readonly ExpenditureLine[], pred: (l: ExpenditureLine) => boolean): number =>
  lines.reduce((acc, l) => (pred(l) ? acc + l.amount : acc), 0);

/** Scales an amount by a factor, keeping it a multiple of 10,000 分. */
function scale(fen: number, factor: number): number {
  return Math.round((fen * factor) / 10_000) * 10_000;
}

/** A last-year factor: equal 15% of the time, else within ±40% (never exactly at the edge). */
function factor(rng: Random, equal = 0.15): number {
  return rng.chance(equal) ? 1 : rng.float(0.62, 1.38);
}

const econ = (code: string) => (l: ExpenditureLine) => l.economicCode === code;

export function threePublicOf(rng: Random, org: Organisation, lines: readonly ExpenditureLine[]): ThreePublic {
  const anyVehicles = org.plans.some((p) => p.vehicles);
  const extra = (p: number, lo: number, hi: number): number => (rng.chance(p) ? wanToFen(rng.float(lo, hi)) : 0);
  const abroad = sum(lines, econ('30212'));
  const operation = sum(lines, econ('30231'));
  const reception = sum(lines, econ('30217'));
  return {
    abroad: abroad > 0 ? abroad + extra(0.2, 0.5, 3) : 0,
    vehiclePurchase: sum(lines, econ('31013')),
    vehicleOperation: operation + (anyVehicles ? extra(0.3, 0.2, 3) : 0),
    reception: reception + extra(reception > 0 ? 0.3 : 0.5, 0.05, 1),
  };
}

export function procurementOf(rng: Random, lines: readonly ExpenditureLine[]): Procurement {
  const goods = sum(lines, (l) => ['31002', '31003', '31007', '31013'].includes(l.economicCode ?? ''));
  const works = sum(lines, (l) => ['31005', '31006'].includes(l.economicCode ?? ''));
  const serviceBase = sum(
    lines,
    (l) => l.nature === 'project' && ['30209', '30213', '30227'].includes(l.economicCode ?? ''),
  );
  return { goods, works, services: scale(serviceBase, rng.float(0, 0.6)) };
}

export function assetsOf(rng: Random, org: Organisation, year: number): Assets {
  let general = 0;
  let enforcement = 0;
  let special = 0;
  for (const plan of org.plans) {
    if (!plan.vehicles) continue;
    general += rng.int(1, 3);
    if (rng.chance(0.4)) enforcement += rng.int(1, 6);
    if (rng.chance(0.1)) special += rng.int(1, 2);
  }
  return {
    asOf: `${year - 1}年期末`,
    vehicles: { general, enforcement, special, other: 0 },
    generalEquipmentOver50: rng.chance(0.1) ? rng.int(1, 3) : 0,
    specialEquipmentOver100: rng.chance(0.08) ? rng.int(1, 2) : 0,
  };
}

/** 机关运行经费: 公用经费 of the 一般公共预算 basic expenditure of organs and 参公 units. */
export function operatingFundsOf(org: Organisation, lines: readonly ExpenditureLine[]): number {
  const organs = new Set(org.plans.filter((p) => p.unit.type !== 'institution').map((p) => p.unit.code));
  return sum(lines, (l) => l.nature === 'public' && budgetKindOf(l.source) === 'general-public' && organs.has(l.unit));
}

export function lastYearOf(
  rng: Random,
  lines: readonly ExpenditureLine[],
  threePublic: ThreePublic,
  operatingFunds: number,
): LastYear {
  const total = sum(lines, () => true);
  const gp = sum(lines, (l) => budgetKindOf(l.source) === 'general-public');
  const fund = sum(lines, (l) => l.source === 'government-fund');
  const basic = sum(lines, (l) => l.nature !== 'project');
  const same = rng.chance(0.15);
  // Now and then last year had 政府性基金 money and this year has none; it is carved so that the
  // total stays within ±40%.
  const fundGone = fund === 0 && !same && rng.chance(0.1);
  const f = same ? 1 : fundGone ? rng.float(0.62, 1.1) : factor(rng, 0);
  const lastGp = scale(gp, f);
  const lastFund = fund > 0 ? scale(fund, same ? 1 : factor(rng)) : fundGone ? scale(lastGp, rng.float(0.05, 0.25)) : 0;
  const lastOther = scale(total - gp - fund, same ? 1 : factor(rng));
  const lastTotal = lastGp + lastFund + lastOther;
  const lastBasic = Math.min(lastTotal, scale(basic, same ? 1 : rng.float(0.9, 1.1)));
  const item = (fen: number): number =>
    fen > 0 ? scale(fen, factor(rng, 0.5)) : rng.chance(0.15) ? wanToFen(rng.float(0.1, 2)) : 0;
  return {
    total: lastTotal,
    generalPublic: lastGp,
    governmentFund: lastFund,
    stateCapital: 0,
    basic: lastBasic,
    project: lastTotal - lastBasic,
    threePublic: {
      abroad: item(threePublic.abroad),
      vehiclePurchase: item(threePublic.vehiclePurchase),
      vehicleOperation: item(threePublic.vehicleOperation),
      reception: item(threePublic.reception),
    },
    operatingFunds: scale(operatingFunds, factor(rng, 0.3)),
  };
}

/** A reason for a change from `last` to `now`, matching its sign. */
function reason(rng: Random, now: number, last: number, list: typeof REASONS | typeof FUND_REASONS = REASONS): string {
  if (now > last) return rng.pick(list.increase);
  if (now < last) return rng.pick(list.decrease);
  return rng.pick(list.flat);
}

export function explanationsOf(
  rng: Random,
  lines: readonly ExpenditureLine[],
  threePublic: ThreePublic,
  last: LastYear,
  year: number,
): Explanations {
  const total = sum(lines, () => true);
  const gp = sum(lines, (l) => budgetKindOf(l.source) === 'general-public');
  const fund = sum(lines, (l) => l.source === 'government-fund');
  const tp = threePublic.abroad + threePublic.vehiclePurchase + threePublic.vehicleOperation + threePublic.reception;
  const ltp = last.threePublic;
  const lastTp = ltp ? ltp.abroad + ltp.vehiclePurchase + ltp.vehicleOperation + ltp.reception : 0;
  const totalChange = reason(rng, total, last.total ?? 0);
  const sameDirection = Math.sign(total - (last.total ?? 0)) === Math.sign(gp - (last.generalPublic ?? 0));
  const out: Explanations = {
    totalChange,
    // As in the seed, the 一般公共预算 reason repeats the overall one when both move the same way.
    generalPublicChange: sameDirection ? totalChange : reason(rng, gp, last.generalPublic ?? 0),
    threePublicChange: tp === lastTp ? '严格执行中央八项规定精神，“三公”经费预算与上年持平。'
      : tp > lastTp ? '根据工作需要，公务接待及公务用车运行支出有所增加。'
        : '落实过紧日子要求，严格控制“三公”经费支出。',
    operatingFundsUse: '主要保障机构正常运转及正常履职需要所需支出，包含办公费、水电费、差旅费、工会经费、福利费等。',
    performanceNote: `${year}年预算项目均按要求编制了绩效目标，从项目成本、产出、效益、满意度等方面设置了绩效指标。`,
    transferPayments: `${year}年无负责管理的专项转移支付项目。`,
  };
  if (fund > 0 || (last.governmentFund ?? 0) > 0) out.governmentFundChange = reason(rng, fund, last.governmentFund ?? 0, FUND_REASONS);
  // Shanghai's 编制说明 gives one reason for the whole 财政拨款 change; with 政府性基金 changed too, the
  // overall reason stands for it (no further random draw: the rest of the budget stays as it was).
  if (fund !== (last.governmentFund ?? 0)) out.fiscalChange = totalChange;
  return out;
}

export function profileOf(rng: Random, org: Organisation): Profile {
  const picked = new Set(rng.sample(org.profile.duties, rng.int(2, Math.min(7, org.profile.duties.length))));
  const duties = [...org.profile.duties.filter((d) => picked.has(d)), LAST_DUTY];
  const name = org.department.name;
  const divisions = rng.sample(org.profile.divisions, rng.int(2, org.profile.divisions.length)).join('、');
  const composition =
    org.plans.length === 1
      ? `${name}无所属预算单位，部门预算包括：${divisions}的预算。`
      : `${name}部门预算由本级预算和所属${org.plans.length - 1}个单位预算组成，包括：${org.plans
          .map((p) => p.unit.name)
          .join('、')}。`;
  return { duties, composition };
}
