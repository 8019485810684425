// The classification lists shipped with yusuan (data/classification/<year>/), validated once and cached.
import functional2023 from '../../../data/classification/2023/functional.json' with { type: 'json' };
import economicDepartment2023 from '../../../data/classification/2023/economic-department.json' with { type: 'json' };
import economicGovernment2023 from '../../../data/classification/2023/economic-government.json' with { type: 'json' };
import mapping2023 from '../../../data/classification/2023/economic-mapping.json' with { type: 'json' };
import revenueSources2023 from '../../../data/classification/2023/revenue-sources.json' with { type: 'json' };
import type { ClassificationSet } from './types.ts';
import { buildClassificationSet, type RawClassification } from './validate.ts';

/**
 * The 2023 lists for a year. 2024 and 2025 have no bundled lists of their own yet: they carry the
 * 2023 lists forward (same authority 'bundled', so an unknown or renamed code is only a warning)
 * until the year's official list is imported (`yusuan classification import`).
 */
function lists2023(year: number): RawClassification {
  const asOf = (list: { year: number }): unknown => ({ ...list, year });
  return {
    year,
    functional: asOf(functional2023),
    economicDepartment: asOf(economicDepartment2023),
    economicGovernment: asOf(economicGovernment2023),
    mapping: asOf(mapping2023),
    revenueSources: asOf(revenueSources2023),
  };
}

/** Raw data per bundled year; JSON is typed loosely on purpose — it is validated on first use. */
const RAW: ReadonlyMap<number, RawClassification> = new Map([2023, 2024, 2025].map((y) => [y, lists2023(y)]));

const cache = new Map<number, ClassificationSet>();

/** Budget years that have bundled lists, ascending. */
export function bundledYears(): number[] {
  return [...RAW.keys()].sort((a, b) => a - b);
}

/**
 * The bundled lists for a year (authority 'bundled': incomplete and partly recalled, so unknown
 * codes are warnings), or undefined when the year has none. Throws only if the shipped data is
 * corrupt, which is a bug caught by the tests.
 */
export function bundledClassification(year: number): ClassificationSet | undefined {
  const hit = cache.get(year);
  if (hit) return hit;
  const raw = RAW.get(year);
  if (!raw) return undefined;
  const { set } = buildClassificationSet(raw, 'bundled');
  cache.set(year, set);
  return set;
}
