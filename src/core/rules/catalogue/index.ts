// The rule catalogue: every registered rule, one file each, named after its id. The meta-test
// (test/rules-catalogue.test.ts) proves ids are unique, equal file names and have fixtures.
import type { Rule } from '../types.ts';
import { CLASSIFICATION_RULES } from './registry-classification.ts';
import { IDENTITY_RULES } from './registry-identity.ts';
import { OTHER_RULES } from './registry-other.ts';
import { AUDIT_RULES } from './registry-audit.ts';

export const CATALOGUE: readonly Rule[] = [...IDENTITY_RULES, ...CLASSIFICATION_RULES, ...OTHER_RULES, ...AUDIT_RULES];
