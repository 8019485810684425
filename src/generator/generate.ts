// generateBudget: a realistic synthetic department budget, deterministic for a seed. Pure (no I/O);
// every code comes from codes.ts, every amount is a multiple of 100 元, and income equals
// expenditure source by source, so the budget balances.
import { FUND_SOURCES, type Budget, type ExpenditureLine, type IncomeEntry } from '../core/model/budget.ts';
import { basicAtoms, chooseBasic } from './basic.ts';
import {
  assetsOf,
  explanationsOf,
  lastYearOf,
  operatingFundsOf,
  procurementOf,
  profileOf,
  threePublicOf,
} from './extras.ts';
import { departmentPerformance } from './indicators.ts';
import { buildProjects, planProjects, type ProjectPlan } from './projects.ts';
import { Random } from './random.ts';
import { buildOrganisation, pickProfile } from './units.ts';

export interface GenerateOptions {
  /** Expenditure line count range, inclusive (default [20, 300]). */
  lines?: [number, number];
  /** Project count range, inclusive (default [5, 60]). */
  projects?: [number, number];
  /** Budget year (default 2023; the codes are always the 2023 lists). */
  year?: number;
  /** Number of budget units, 1–4 (default: chosen from the size). */
  units?: number;
}

const DEFAULT_LINES: [number, number] = [20, 300];
const DEFAULT_PROJECTS: [number, number] = [5, 60];

function range([a, b]: [number, number], floor: number): [number, number] {
  const lo = Math.max(floor, Math.round(Math.min(a, b)));
  return [lo, Math.max(lo, Math.round(Math.max(a, b)))];
}

/** Adjusts per-project line counts so that the basic lines needed fit between min and max. */
function fitProjectLines(plans: ProjectPlan[], target: number, minBasic: number, maxBasic: number): void {
  let total = plans.reduce((a, p) => a + p.lines, 0);
  for (let i = plans.length - 1; i >= 0 && target - total < minBasic; i--) {
    const p = plans[i] as ProjectPlan;
    while (p.lines > 1 && target - total < minBasic) (p.lines--, total--);
  }
  for (let i = 0; i < plans.length && target - total > maxBasic; i++) {
    const p = plans[i] as ProjectPlan;
    while (p.lines < p.options.length && target - total > maxBasic) (p.lines++, total++);
  }
}

/** Income entries per unit and source that sum exactly to the lines of that unit and source. */
function incomeOf(lines: readonly ExpenditureLine[], unitOrder: readonly string[]): IncomeEntry[] {
  const totals = new Map<string, number>();
  for (const l of lines) {
    const key = `${l.source}|${l.unit}`;
    totals.set(key, (totals.get(key) ?? 0) + l.amount);
  }
  const out: IncomeEntry[] = [];
  for (const source of FUND_SOURCES) {
    for (const unit of unitOrder) {
      const amount = totals.get(`${source}|${unit}`);
      if (amount !== undefined) out.push({ source, amount, unit });
    }
  }
  return out;
}

export function generateBudget(seed: number, opts: GenerateOptions = {}): Budget {
  const rng = new Random(seed);
  const year = opts.year ?? 2023;
  const [lMin, lMax] = range(opts.lines ?? DEFAULT_LINES, 1);
  const [pMin, pMax] = range(opts.projects ?? DEFAULT_PROJECTS, 0);

  // Size first: the line count (log-uniform, so small departments are common), then units.
  const target = Math.min(lMax, Math.max(lMin, Math.floor(rng.logUniform(lMin, lMax + 1))));
  let units = opts.units ?? Math.round(target / 80 + rng.float(0.3, 1.5));
  units = Math.max(1, Math.min(4, units));
  if (opts.units === undefined) {
    // Enough units that basic lines (≈40 a unit) and project lines (≤2.5 a project) reach the target.
    while (units < 4 && units * 40 + 2.5 * Math.min(pMax, target) < target) units++;
  }
  const org = buildOrganisation(rng, pickProfile(rng, units), units);

  const withOther = rng.chance(0.05);
  const atoms = org.plans.flatMap((plan, i) => basicAtoms(rng, plan, withOther && i === 0));
  const minBasic = atoms.filter((a) => a.mandatory).length;
  const maxBasic = atoms.length;

  const pHi = Math.min(pMax, Math.max(pMin, target - minBasic));
  const projectCount = Math.min(pHi, Math.max(pMin, Math.round(target * rng.float(0.12, 0.4))));
  const plans = planProjects(rng, org, projectCount, year);
  fitProjectLines(plans, target, minBasic, maxBasic);
  const projectLines = plans.reduce((a, p) => a + p.lines, 0);
  const extra = Math.max(0, Math.min(maxBasic - minBasic, target - projectLines - minBasic));

  const basic = chooseBasic(rng, atoms, extra);
  const built = buildProjects(rng, org, plans, year);
  const lines = [...basic, ...built.lines];

  const threePublic = threePublicOf(rng, org, lines);
  const lastYear = lastYearOf(rng, lines, threePublic, operatingFundsOf(org, lines));
  return {
    schema: 'yusuan/budget@1',
    year,
    template: 'luoyang',
    region: org.region,
    date: `${year} 年 ${rng.int(1, 3)} 月`,
    department: org.department,
    profile: profileOf(rng, org),
    income: incomeOf(lines, org.department.units.map((u) => u.code)),
    closingBalance: 0,
    lines,
    projects: built.projects,
    threePublic,
    procurement: procurementOf(rng, lines),
    assets: assetsOf(rng, org, year),
    performance: departmentPerformance(rng, org.profile),
    lastYear,
    explanations: explanationsOf(rng, lines, threePublic, lastYear, year),
  };
}

/** `n` budgets for seeds seed, seed + 1, …, seed + n − 1. */
export function generateBudgets(n: number, seed = 1, opts: GenerateOptions = {}): Budget[] {
  return Array.from({ length: Math.max(0, n) }, (_, i) => generateBudget(seed + i, opts));
}
