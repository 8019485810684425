// Registry of the classification and completeness rules.
import type { Rule } from '../types.ts';
import { rule as CLS_ECON_MAP } from './CLS-ECON-MAP.ts';

export const CLASSIFICATION_RULES: readonly Rule[] = [CLS_ECON_MAP];
