// Registry of the performance, plausibility and narrative rules.
import type { Rule } from '../types.ts';

export const OTHER_RULES: readonly Rule[] = [];
