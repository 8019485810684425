// Basic expenditure (基本支出) of the synthetic budget: candidate lines per unit — 人员经费 on
// 301/303, 公用经费 on 302 (occasionally 310) — with amounts, of which a chosen number are kept.
import type { ExpenditureLine, FundSource, Nature } from '../core/model/budget.ts';
import { economicAllowed, personnelFunction } from './codes.ts';
import type { Random } from './random.ts';
import type { UnitPlan } from './units.ts';

/** One candidate basic line. Mandatory ones are always kept; the rest are drawn by weight. */
export interface BasicAtom {
  line: ExpenditureLine;
  mandatory: boolean;
  weight: number;
}

/** Amount rule: per head per year in 万元 (h) or a fixed range in 万元 (f). */
interface Rule {
  code: string;
  kind: 'h' | 'f';
  min: number;
  max: number;
  weight: number; // 0 = mandatory
}

const r = (code: string, kind: 'h' | 'f', min: number, max: number, weight: number): Rule => ({
  code, kind, min, max, weight,
});

const PERSONNEL: readonly Rule[] = [
  r('30101', 'h', 1.2, 2.0, 0), r('30102', 'h', 0.8, 1.6, 0), r('30103', 'h', 0.3, 0.9, 5),
  r('30106', 'h', 0.1, 0.3, 2), r('30107', 'h', 1.0, 2.0, 6), r('30108', 'h', 0.45, 0.7, 0),
  r('30109', 'h', 0.15, 0.3, 0), r('30110', 'h', 0.25, 0.5, 0), r('30111', 'h', 0.05, 0.15, 4),
  r('30112', 'h', 0.02, 0.06, 6), r('30113', 'h', 0.4, 0.7, 0), r('30114', 'h', 0.02, 0.08, 1),
  r('30199', 'h', 0.1, 0.8, 6), r('30302', 'f', 0.5, 30, 3), r('30304', 'f', 0.5, 10, 1),
  r('30305', 'f', 0.5, 8, 2), r('30309', 'f', 0.5, 3, 1), r('30399', 'f', 0.5, 5, 2),
];

const PUBLIC: readonly Rule[] = [
  r('30201', 'h', 0.05, 0.2, 0), r('30202', 'f', 0.2, 3, 5), r('30203', 'f', 0.5, 5, 1),
  r('30205', 'f', 0.2, 3, 4), r('30206', 'f', 0.5, 8, 5), r('30207', 'f', 0.2, 3, 6),
  r('30208', 'f', 0.5, 6, 3), r('30209', 'f', 1, 15, 3), r('30211', 'h', 0.02, 0.08, 8),
  r('30212', 'f', 0.5, 4, 0.3), r('30213', 'f', 0.5, 8, 4), r('30214', 'f', 1, 15, 1),
  r('30215', 'f', 0.2, 2, 2), r('30216', 'f', 0.2, 3, 3), r('30217', 'f', 0.05, 1.5, 4),
  r('30218', 'f', 0.5, 8, 1), r('30226', 'f', 0.5, 10, 2), r('30227', 'f', 1, 15, 1),
  r('30228', 'h', 0.03, 0.06, 0), r('30229', 'h', 0.05, 0.12, 0), r('30231', 'f', 0.5, 6, 6),
  r('30239', 'h', 0.1, 0.3, 6), r('30240', 'f', 0.1, 1, 0.5), r('30299', 'f', 0.5, 5, 4),
  r('31002', 'f', 0.5, 8, 1), r('31003', 'f', 1, 15, 0.5), r('31007', 'f', 1, 10, 0.5),
];

/** 事业收入 lines of institutions: a smaller share of some personnel and public 款. */
const BUSINESS: readonly Rule[] = [
  r('30102', 'h', 0.1, 0.6, 0), r('30101', 'h', 0.1, 0.6, 4), r('30107', 'h', 0.2, 0.8, 4),
  r('30199', 'h', 0.05, 0.3, 2), r('30201', 'h', 0.02, 0.08, 4), r('30206', 'f', 0.2, 4, 3),
  r('30213', 'f', 0.2, 5, 3), r('30218', 'f', 0.5, 10, 3), r('30299', 'f', 0.2, 3, 2),
];

/** “三公” items (and 公务用车购置): only ever on 一般公共预算 lines. */
export const THREE_PUBLIC_CODES: ReadonlySet<string> = new Set(['30212', '30217', '30231', '31013']);

/** Rounds 万元 to a multiple of 0.01 万元 (10,000 分), within [min, max] 万元. */
export function wanToFen(wan: number, min = 0.01, max = Infinity): number {
  const clamped = Math.min(max, Math.max(min, wan));
  return Math.round(clamped * 100) * 10_000;
}

function amountOf(rng: Random, rule: Rule, plan: UnitPlan, nature: Nature): number {
  const base = rng.float(rule.min, rule.max) * (rule.kind === 'h' ? plan.headcount : 1);
  return nature === 'personnel' ? wanToFen(base, 0.5, 80) : wanToFen(base, 0.01, 60);
}

function isPersonnel(code: string): boolean {
  return code.startsWith('301') || code.startsWith('303');
}

function allowed(code: string, plan: UnitPlan): boolean {
  const type = plan.unit.type;
  if (!economicAllowed(code, type)) return false;
  if (code === '30103') return type !== 'institution'; // 奖金: organs; 绩效工资 for institutions
  if (code === '30107') return type === 'institution';
  if (code === '30111') return type !== 'institution'; // 公务员医疗补助: organs and 参公
  if (code === '30231') return plan.vehicles;
  return true;
}

function mandatory(code: string, plan: UnitPlan, rule: Rule): boolean {
  if (code === '30103') return plan.unit.type !== 'institution';
  if (code === '30107') return plan.unit.type === 'institution';
  if (code === '30231') return true; // only offered to units with vehicles: they budget running costs
  return rule.weight === 0;
}

/** All candidate basic lines of one unit (general-public, plus 事业收入 where it has some). */
export function basicAtoms(rng: Random, plan: UnitPlan, withOther: boolean): BasicAtom[] {
  const atoms: BasicAtom[] = [];
  const add = (rule: Rule, source: FundSource, must: boolean): void => {
    const nature: Nature = isPersonnel(rule.code) ? 'personnel' : 'public';
    const fn = nature === 'personnel' ? personnelFunction(rule.code, plan.unit.type, plan.run) : plan.run;
    atoms.push({
      line: {
        unit: plan.unit.code,
        source,
        functionCode: fn,
        economicCode: rule.code,
        nature,
        amount: amountOf(rng, rule, plan, nature),
      },
      mandatory: must,
      weight: must ? 0 : rule.weight,
    });
  };
  for (const rule of [...PERSONNEL, ...PUBLIC]) {
    if (allowed(rule.code, plan)) add(rule, 'general-public', mandatory(rule.code, plan, rule));
  }
  if (plan.business) {
    for (const rule of BUSINESS) {
      if (allowed(rule.code, plan) && !THREE_PUBLIC_CODES.has(rule.code)) {
        add(rule, 'business', rule.weight === 0);
      }
    }
  }
  if (withOther) add(r('30299', 'f', 0.5, 5, 0), 'other', true);
  return atoms;
}

/** Keeps the mandatory atoms and `extra` more drawn by weight; returns lines in a stable order. */
export function chooseBasic(rng: Random, atoms: readonly BasicAtom[], extra: number): ExpenditureLine[] {
  const optional = atoms.filter((a) => !a.mandatory);
  const chosen = new Set<BasicAtom>(rng.weightedSample(optional, (a) => a.weight, extra));
  return atoms.filter((a) => a.mandatory || chosen.has(a)).map((a) => a.line);
}
