// Projects (项目支出) of the synthetic budget: names, 21-digit ids, owners, categories, 1–3 lines
// each on valid 功能/经济 codes, amounts of 1–2000 万元, and their performance indicators.
import type { ExpenditureLine, FundSource, Project } from '../core/model/budget.ts';
import { THREE_PUBLIC_CODES, wanToFen } from './basic.ts';
import { economicAllowed } from './codes.ts';
import { COMMON_PROJECTS, VEHICLE_PROJECT } from './common.ts';
import { projectIndicators } from './indicators.ts';
import type { ProjectTemplate, SizeClass } from './profile-types.ts';
import type { Random } from './random.ts';
import type { Organisation, UnitPlan } from './units.ts';

/** A project decided but not yet expanded into lines. */
export interface ProjectPlan {
  template: ProjectTemplate;
  owner: UnitPlan;
  kind: 'ordinary' | 'fund' | 'vehicle';
  name: string;
  /** Distinct (功能 项, 经济 款) pairs its lines may use. */
  options: [string, string][];
  lines: number;
}

const SIZE: Record<SizeClass, [number, number]> = { S: [1, 50], M: [5, 300], L: [50, 2000] };

/** Line-count draw: 1 (50%), 2 (35%), 3 (15%), limited by the project's options. */
function drawLines(rng: Random, max: number): number {
  const x = rng.next();
  return Math.min(max, x < 0.5 ? 1 : x < 0.85 ? 2 : 3);
}

function optionsFor(
  rng: Random,
  org: Organisation,
  tpl: ProjectTemplate,
  owner: UnitPlan,
  kind: ProjectPlan['kind'],
): [string, string][] {
  const allowed = tpl.economic.filter((c) => economicAllowed(c, owner.unit.type));
  const econ = allowed.length > 0 ? allowed : ['30299'];
  const items =
    tpl.items ??
    (kind === 'fund'
      ? (org.profile.fundItems ?? [])
      : tpl.place === 'run' || owner.unit.code !== org.plans[0]?.unit.code
        ? [owner.run]
        : org.profile.projectItems);
  const primary = rng.pick(items);
  const alt = items.length > 1 ? rng.pick(items.filter((i) => i !== primary)) : undefined;
  const out: [string, string][] = econ.map((e) => [primary, e]);
  if (alt) for (const e of econ) out.push([alt, e]);
  return out.slice(0, 3);
}

/** A name not yet used in this budget, built from the template like real ones are. */
function uniqueName(rng: Random, base: string, owner: UnitPlan, isOrgan: boolean, year: number, used: Set<string>): string {
  const prefixes = [rng.chance(0.45) ? `${year}年` : '', isOrgan ? '' : owner.short];
  const candidates = [
    prefixes.join('') + base,
    `${year}年${base}`,
    base,
    `${owner.short}${base}`,
    `${year}年${owner.short}${base}`,
  ];
  for (let m = 1; m <= 12; m++) candidates.push(`${m}月份${base}`);
  for (const c of candidates) {
    if (!used.has(c)) return used.add(c), c;
  }
  for (let k = 2; ; k++) {
    const c = `${base}（第${k}批）`;
    if (!used.has(c)) return used.add(c), c;
  }
}

/**
 * Plans `count` projects: some 政府性基金 projects where the profile has fund 项 (about 30% of
 * departments), now and then a vehicle purchase, the rest ordinary; 65% belong to the organ.
 */
export function planProjects(rng: Random, org: Organisation, count: number, year: number): ProjectPlan[] {
  const { profile, plans } = org;
  const organ = plans[0] as UnitPlan;
  const used = new Set<string>();
  const out: ProjectPlan[] = [];
  const add = (tpl: ProjectTemplate, owner: UnitPlan, kind: ProjectPlan['kind']): void => {
    const options = optionsFor(rng, org, tpl, owner, kind);
    const name = uniqueName(rng, tpl.name, owner, owner === organ, year, used);
    out.push({ template: tpl, owner, kind, name, options, lines: drawLines(rng, options.length) });
  };
  const fund = profile.fundProjects ?? [];
  if (fund.length > 0 && rng.chance(0.3)) {
    const n = Math.min(count - 1, rng.int(1, Math.min(3, fund.length)));
    for (const tpl of rng.sample(fund, n)) add(tpl, organ, 'fund');
  }
  if (organ.vehicles && out.length < count - 1 && rng.chance(0.1)) add(VEHICLE_PROJECT, organ, 'vehicle');
  const pool = [...profile.projects, ...profile.projects, ...COMMON_PROJECTS];
  while (out.length < count) {
    const owner = plans.length > 1 && rng.chance(0.35) ? rng.pick(plans.slice(1)) : organ;
    add(rng.pick(pool), owner, 'ordinary');
  }
  return out;
}

/** Source of a project line: fund projects use 政府性基金; institutions with 事业收入 sometimes use it. */
function sourceOf(rng: Random, plan: ProjectPlan, index: number): FundSource {
  if (plan.kind === 'fund') return 'government-fund';
  if (plan.owner.business && index === plan.lines - 1 && index > 0 && rng.chance(0.5)) return 'business';
  if (plan.owner.business && plan.lines === 1 && rng.chance(0.1)) return 'business';
  return 'general-public';
}

/** Expands plans into projects and their lines; ids are 21 digits: region, year, serial. */
export function buildProjects(
  rng: Random,
  org: Organisation,
  planned: readonly ProjectPlan[],
  year: number,
): { projects: Project[]; lines: ExpenditureLine[] } {
  const projects: Project[] = [];
  const lines: ExpenditureLine[] = [];
  let serial = rng.int(10_000, 600_000);
  const yy = String(year % 100).padStart(2, '0');
  for (const plan of planned) {
    serial += rng.int(1, 40);
    const id = `${org.regionCode}${yy}0000000${String(serial).padStart(6, '0')}`;
    const [lo, hi] = plan.kind === 'vehicle' ? [10, 30] : SIZE[plan.template.size];
    const amount = wanToFen(rng.logUniform(lo, hi), 1, 2000);
    const parts = rng.split(amount / 10_000, plan.lines);
    plan.options.slice(0, parts.length).forEach(([functionCode, economicCode], i) => {
      lines.push({
        unit: plan.owner.unit.code,
        source: THREE_PUBLIC_CODES.has(economicCode) ? 'general-public' : sourceOf(rng, plan, i),
        functionCode,
        economicCode,
        nature: 'project',
        project: id,
        amount: (parts[i] ?? 0) * 10_000,
      });
    });
    projects.push({
      id,
      name: plan.name,
      unit: plan.owner.unit.code,
      category: plan.template.category,
      indicators: projectIndicators(rng, amount, org.profile),
    });
  }
  return { projects, lines };
}
