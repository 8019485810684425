// Registry of the classification and completeness rules.
import type { Rule } from '../types.ts';
import { rule as CLS_BUDGET_ECON_FN } from './CLS-BUDGET-ECON-FN.ts';
import { rule as CLS_BUDGET_ECON_KNOWN } from './CLS-BUDGET-ECON-KNOWN.ts';
import { rule as CLS_BUDGET_FN_KNOWN } from './CLS-BUDGET-FN-KNOWN.ts';
import { rule as CLS_BUDGET_GOV_MAP } from './CLS-BUDGET-GOV-MAP.ts';
import { rule as CLS_BUDGET_NATURE_ECON } from './CLS-BUDGET-NATURE-ECON.ts';
import { rule as CLS_CODE_PARENT_ROW } from './CLS-CODE-PARENT-ROW.ts';
import { rule as CLS_ECON_CODE_KNOWN } from './CLS-ECON-CODE-KNOWN.ts';
import { rule as CLS_ECON_MAP } from './CLS-ECON-MAP.ts';
import { rule as CLS_ECON_NAME } from './CLS-ECON-NAME.ts';
import { rule as CLS_ECON_ONE_NAME } from './CLS-ECON-ONE-NAME.ts';
import { rule as CLS_FN_CODE_FORMAT } from './CLS-FN-CODE-FORMAT.ts';
import { rule as CLS_FN_CODE_KNOWN } from './CLS-FN-CODE-KNOWN.ts';
import { rule as CLS_FN_HIERARCHY } from './CLS-FN-HIERARCHY.ts';
import { rule as CLS_FN_NAME } from './CLS-FN-NAME.ts';
import { rule as CLS_FN_ONE_NAME } from './CLS-FN-ONE-NAME.ts';
import { rule as CLS_GOV_CODE_KNOWN } from './CLS-GOV-CODE-KNOWN.ts';
import { rule as CLS_GOV_NAME } from './CLS-GOV-NAME.ts';
import { rule as CLS_SUMMARY_CLASS_NAME } from './CLS-SUMMARY-CLASS-NAME.ts';
import { rule as CLS_SUMMARY_CLASS_NUMBER } from './CLS-SUMMARY-CLASS-NUMBER.ts';
import { rule as CMP_DEPT_NAME } from './CMP-DEPT-NAME.ts';
import { rule as CMP_ECON_DETAIL } from './CMP-ECON-DETAIL.ts';
import { rule as CMP_EMPTY_NOTE_MISSING } from './CMP-EMPTY-NOTE-MISSING.ts';
import { rule as CMP_EMPTY_NOTE_WRONG_BUDGET } from './CMP-EMPTY-NOTE-WRONG-BUDGET.ts';
import { rule as CMP_FN_DETAIL } from './CMP-FN-DETAIL.ts';
import { rule as CMP_NOTE_ON_DATA } from './CMP-NOTE-ON-DATA.ts';
import { rule as CMP_TABLE_TITLE } from './CMP-TABLE-TITLE.ts';
import { rule as CMP_TABLES_ORDER } from './CMP-TABLES-ORDER.ts';
import { rule as CMP_TABLES_PRESENT } from './CMP-TABLES-PRESENT.ts';
import { rule as CMP_SECTIONS_PRESENT } from './CMP-SECTIONS-PRESENT.ts';
import { rule as CMP_UNIT } from './CMP-UNIT.ts';

export const CLASSIFICATION_RULES: readonly Rule[] = [
  CLS_BUDGET_ECON_FN,
  CLS_BUDGET_ECON_KNOWN,
  CLS_BUDGET_FN_KNOWN,
  CLS_BUDGET_GOV_MAP,
  CLS_BUDGET_NATURE_ECON,
  CLS_CODE_PARENT_ROW,
  CLS_ECON_CODE_KNOWN,
  CLS_ECON_MAP,
  CLS_ECON_NAME,
  CLS_ECON_ONE_NAME,
  CLS_FN_CODE_FORMAT,
  CLS_FN_CODE_KNOWN,
  CLS_FN_HIERARCHY,
  CLS_FN_NAME,
  CLS_FN_ONE_NAME,
  CLS_GOV_CODE_KNOWN,
  CLS_GOV_NAME,
  CLS_SUMMARY_CLASS_NAME,
  CLS_SUMMARY_CLASS_NUMBER,
  CMP_DEPT_NAME,
  CMP_ECON_DETAIL,
  CMP_EMPTY_NOTE_MISSING,
  CMP_EMPTY_NOTE_WRONG_BUDGET,
  CMP_FN_DETAIL,
  CMP_NOTE_ON_DATA,
  CMP_TABLE_TITLE,
  CMP_TABLES_ORDER,
  CMP_TABLES_PRESENT,
  CMP_SECTIONS_PRESENT,
  CMP_UNIT,
];
