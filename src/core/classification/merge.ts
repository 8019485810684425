// Laying a finance bureau's official list over a set (pure): overlay items replace or add.
import type { ClassificationSet, ClassItem, ClassKind, MappingRow } from './types.ts';

/** Items of an official list, by list; any list may be missing. */
export interface ClassificationOverlay {
  functional?: ClassItem[];
  economicDepartment?: ClassItem[];
  economicGovernment?: ClassItem[];
  mapping?: MappingRow[];
}

/** The overlay key of a list kind. */
export const OVERLAY_KEY: Readonly<Record<ClassKind, 'functional' | 'economicDepartment' | 'economicGovernment'>> = {
  functional: 'functional',
  'economic-department': 'economicDepartment',
  'economic-government': 'economicGovernment',
};

function overlaid<T>(base: ReadonlyMap<string, T>, items: readonly T[] | undefined, key: (t: T) => string): Map<string, T> {
  const out = new Map(base);
  for (const item of items ?? []) out.set(key(item), item);
  return out;
}

/** An empty set for a year without bundled lists, to lay an official list over. */
export function emptyClassification(year: number): ClassificationSet {
  return {
    year,
    authority: 'bundled',
    functional: new Map(),
    economicDepartment: new Map(),
    economicGovernment: new Map(),
    mapping: new Map(),
  };
}

/**
 * A new set: base items, with overlay items replacing those of the same code and adding new
 * ones. The result has the given authority (normally 'official'). Neither input is changed.
 * Validate the result with validateSet when the overlay comes from a user.
 */
export function mergeClassification(
  base: ClassificationSet,
  overlay: ClassificationOverlay,
  authority: ClassificationSet['authority'],
): ClassificationSet {
  const code = (i: ClassItem): string => i.code;
  const set: ClassificationSet = {
    year: base.year,
    authority,
    functional: overlaid(base.functional, overlay.functional, code),
    economicDepartment: overlaid(base.economicDepartment, overlay.economicDepartment, code),
    economicGovernment: overlaid(base.economicGovernment, overlay.economicGovernment, code),
    mapping: overlaid(base.mapping, overlay.mapping, (r) => r.department),
  };
  if (base.revenueSources) set.revenueSources = base.revenueSources;
  return set;
}

/** Merges two overlays (later wins per code), e.g. a stored one and a newly imported file. */
export function mergeOverlays(a: ClassificationOverlay, b: ClassificationOverlay): ClassificationOverlay {
  const out: ClassificationOverlay = {};
  for (const key of ['functional', 'economicDepartment', 'economicGovernment'] as const) {
    const items = [...overlaid(new Map<string, ClassItem>(), [...(a[key] ?? []), ...(b[key] ?? [])], (i) => i.code).values()];
    if (items.length > 0) out[key] = items;
  }
  const rows = [...overlaid(new Map<string, MappingRow>(), [...(a.mapping ?? []), ...(b.mapping ?? [])], (r) => r.department).values()];
  if (rows.length > 0) out.mapping = rows;
  return out;
}
