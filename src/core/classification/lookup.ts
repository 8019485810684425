// Pure look-ups on a ClassificationSet: items by code, code prefixes (类/款), name comparison.
import type { ClassificationSet, ClassItem, ClassKind, ClassLevel } from './types.ts';

/** Digits per level: 类 3, 款 5, 项 7. */
export const CODE_LENGTH: Readonly<Record<ClassLevel, number>> = { 类: 3, 款: 5, 项: 7 };

/** The first digit every code of a list starts with (功能 2xx, 部门经济 3xx, 政府经济 5xx). */
export const KIND_PREFIX: Readonly<Record<ClassKind, string>> = {
  functional: '2',
  'economic-department': '3',
  'economic-government': '5',
};

/** Levels a list has: 功能分类 类/款/项; the economic lists 类/款 only. */
export const KIND_LEVELS: Readonly<Record<ClassKind, readonly ClassLevel[]>> = {
  functional: ['类', '款', '项'],
  'economic-department': ['类', '款'],
  'economic-government': ['类', '款'],
};

/** Chinese name of a list, for messages. */
export const KIND_LABEL: Readonly<Record<ClassKind, string>> = {
  functional: '支出功能分类科目',
  'economic-department': '部门预算支出经济分类科目',
  'economic-government': '政府预算支出经济分类科目',
};

/**
 * A code as printed ("212 01 01", "２１２０１０１") to its canonical digit string ("2120101").
 * Strips all whitespace and converts full-width digits; anything else is left for the caller to reject.
 */
export function normaliseCode(printed: string): string {
  return printed
    .replace(/[\s\u3000]+/g, '')
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 0x30));
}

/** The level a code's length denotes (3 类, 5 款, 7 项), or undefined. */
export function levelOf(code: string): ClassLevel | undefined {
  if (!/^\d+$/.test(code)) return undefined;
  return code.length === 3 ? '类' : code.length === 5 ? '款' : code.length === 7 ? '项' : undefined;
}

/** The code one level up ("2120101" → "21201", "21201" → "212", "212" → undefined). */
export function parentOf(code: string): string | undefined {
  if (code.length === 7) return code.slice(0, 5);
  if (code.length === 5) return code.slice(0, 3);
  return undefined;
}

/** The 类 of a code (its first 3 digits), or undefined when the code is shorter. */
export function classOf(code: string): string | undefined {
  const c = normaliseCode(code);
  return c.length >= 3 ? c.slice(0, 3) : undefined;
}

/** The 款 of a code (its first 5 digits), or undefined when the code is a 类 or shorter. */
export function sectionOf(code: string): string | undefined {
  const c = normaliseCode(code);
  return c.length >= 5 ? c.slice(0, 5) : undefined;
}

/** The map of one list of a set. */
export function listOf(set: ClassificationSet, kind: ClassKind): ReadonlyMap<string, ClassItem> {
  switch (kind) {
    case 'functional':
      return set.functional;
    case 'economic-department':
      return set.economicDepartment;
    case 'economic-government':
      return set.economicGovernment;
  }
}

/** The item of a list for a code (printed forms such as "212 01 01" are accepted). */
export function itemOf(set: ClassificationSet, kind: ClassKind, code: string): ClassItem | undefined {
  return listOf(set, kind).get(normaliseCode(code));
}

/** 支出功能分类 item (类, 款 or 项). */
export function functionalItem(set: ClassificationSet, code: string): ClassItem | undefined {
  return itemOf(set, 'functional', code);
}

/** 部门预算支出经济分类 item (类 or 款). */
export function economicItem(set: ClassificationSet, code: string): ClassItem | undefined {
  return itemOf(set, 'economic-department', code);
}

/** 政府预算支出经济分类 item (类 or 款). */
export function governmentItem(set: ClassificationSet, code: string): ClassItem | undefined {
  return itemOf(set, 'economic-government', code);
}

/** Whether the list knows the code. With a bundled set, false is a hint (the list is incomplete). */
export function isKnownCode(set: ClassificationSet, kind: ClassKind, code: string): boolean {
  return itemOf(set, kind, code) !== undefined;
}

/** The list a code belongs to by its shape: 2xx (or 7 digits) 功能, 3xx 部门经济, 5xx 政府经济. */
export function kindOfCode(code: string): ClassKind | undefined {
  const c = normaliseCode(code);
  if (!/^\d+$/.test(c)) return undefined;
  if (c.length === 7 || c.startsWith('2')) return 'functional';
  if (c.startsWith('3')) return 'economic-department';
  if (c.startsWith('5')) return 'economic-government';
  return undefined;
}

/**
 * A name reduced for comparison: spaces removed, 其它 ≡ 其他, full-width ≡ half-width parentheses.
 * (The official spelling is 其他 and full-width （）; documents often drift from it.)
 */
export function normaliseName(name: string): string {
  return name
    .replace(/[\s\u3000]+/g, '')
    .replace(/其它/g, '其他')
    .replace(/（/g, '(')
    .replace(/）/g, ')');
}

/**
 * How a printed name compares with the official one: 'same' (identical apart from surrounding
 * spaces), 'variant' (equal after normaliseName: 其它, half-width parentheses, inner spaces) or
 * 'different'.
 */
export function nameVariant(official: string, printed: string): 'same' | 'variant' | 'different' {
  const a = official.trim();
  const b = printed.trim();
  if (a === b) return 'same';
  return normaliseName(a) === normaliseName(b) ? 'variant' : 'different';
}
