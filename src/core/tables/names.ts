// Official names of codes for the tables, from the year's classification lists; an unknown code
// prints as the code's own placeholder so the table stays complete and the rules can report it.
import type { ClassificationSet } from '../classification/types.ts';

export function functionalName(set: ClassificationSet, code: string): string {
  return set.functional.get(code)?.name ?? `（未知功能科目 ${code}）`;
}

export function economicName(set: ClassificationSet, code: string): string {
  return set.economicDepartment.get(code)?.name ?? `（未知经济科目 ${code}）`;
}

export function governmentName(set: ClassificationSet, code: string): string {
  return set.economicGovernment.get(code)?.name ?? `（未知政府经济科目 ${code}）`;
}
