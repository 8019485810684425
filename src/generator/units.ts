// The department and its budget units for a synthetic budget: region, names, codes, unit types,
// headcounts and which units have 事业收入 or official vehicles.
import type { Department, Unit } from '../core/model/budget.ts';
import { REGIONS } from './common.ts';
import { PROFILES_A } from './departments-a.ts';
import { PROFILES_B } from './departments-b.ts';
import type { DepartmentProfile } from './profile-types.ts';
import type { Random } from './random.ts';

export const PROFILES: readonly DepartmentProfile[] = [...PROFILES_A, ...PROFILES_B];

/** A unit with what the generator needs to know about it beyond the model's Unit. */
export interface UnitPlan {
  unit: Unit;
  /** 功能分类 项 of its basic expenditure: 行政运行 for the organ, 事业运行 (or its own) otherwise. */
  run: string;
  /** Short name without the region, used in project names. */
  short: string;
  headcount: number;
  /** Has 事业收入 (business income) lines. */
  business: boolean;
  /** Owns official vehicles (so may budget 30231 公务用车运行维护费). */
  vehicles: boolean;
}

export interface Organisation {
  profile: DepartmentProfile;
  region: string;
  /** 6-digit administrative-division code of the region (the start of project ids). */
  regionCode: string;
  department: Department;
  plans: UnitPlan[];
}

/** Most units a profile allows (the organ plus its institutions). */
export function maxUnits(profile: DepartmentProfile): number {
  return Math.min(4, profile.institutions.length + 1);
}

/** Chooses a profile that can hold `units` units. */
export function pickProfile(rng: Random, units: number): DepartmentProfile {
  const fitting = PROFILES.filter((p) => maxUnits(p) >= units);
  return rng.pick(fitting.length > 0 ? fitting : PROFILES);
}

/** Builds the department with `units` units (clamped to what the profile allows). */
export function buildOrganisation(rng: Random, profile: DepartmentProfile, units: number): Organisation {
  const city = rng.pick(REGIONS);
  const [district, suffix] = rng.pick(city.districts);
  const region = `${city.city}${district}`;
  const code = String(rng.int(101, 999));
  const name = `${region}${profile.name}`;
  const count = Math.max(1, Math.min(units, maxUnits(profile)));
  const institutions = rng.sample(profile.institutions, count - 1);
  const plans: UnitPlan[] = [
    {
      unit: { code: `${code}001`, name, type: 'administrative' },
      run: profile.run,
      short: profile.name,
      headcount: rng.int(6, 40),
      business: false,
      vehicles: rng.chance(0.55),
    },
  ];
  institutions.forEach((inst, i) => {
    const type = inst.type === 'civil-service-managed' && rng.chance(0.2) ? 'institution' : inst.type;
    plans.push({
      unit: { code: `${code}${String(i + 2).padStart(3, '0')}`, name: `${region}${inst.name}`, type },
      run: inst.run,
      short: inst.name,
      headcount: rng.int(5, 40),
      business: type === 'institution' && rng.chance(inst.business),
      vehicles: rng.chance(0.35),
    });
  });
  return {
    profile,
    region,
    regionCode: `${city.code}${suffix}`,
    department: { code, name, units: plans.map((p) => p.unit) },
    plans,
  };
}
