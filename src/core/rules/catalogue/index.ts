// The rule catalogue: every registered rule, one file each, named after its id. The meta-test
// (test/rules-catalogue.test.ts) proves ids are unique, equal file names and have fixtures.
import type { Rule } from '../types.ts';
import { rule as CLS_ECON_MAP } from './CLS-ECON-MAP.ts';
import { rule as ID_CROSS_SAME_FIGURE } from './ID-CROSS-SAME-FIGURE.ts';
import { rule as ID_ROW_BASIC_PROJECT } from './ID-ROW-BASIC-PROJECT.ts';

export const CATALOGUE: readonly Rule[] = [
  ID_ROW_BASIC_PROJECT,
  ID_CROSS_SAME_FIGURE,
  CLS_ECON_MAP,
];
