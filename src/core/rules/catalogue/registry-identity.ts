// Registry of the identity rules (accounting identities within and across tables).
import type { Rule } from '../types.ts';
import { rule as ID_CROSS_SAME_FIGURE } from './ID-CROSS-SAME-FIGURE.ts';
import { rule as ID_ROW_BASIC_PROJECT } from './ID-ROW-BASIC-PROJECT.ts';

export const IDENTITY_RULES: readonly Rule[] = [ID_ROW_BASIC_PROJECT, ID_CROSS_SAME_FIGURE];
