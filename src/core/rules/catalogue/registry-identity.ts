// Registry of the identity rules (accounting identities within and across tables).
import type { Rule } from '../types.ts';
import { rule as ID_3P_TOTAL } from './ID-3P-TOTAL.ts';
import { rule as ID_3P_VEHICLE } from './ID-3P-VEHICLE.ts';
import { rule as ID_CROSS_DPERF_EXP } from './ID-CROSS-DPERF-EXP.ts';
import { rule as ID_CROSS_ECON_SUM_EXP } from './ID-CROSS-ECON-SUM-EXP.ts';
import { rule as ID_CROSS_EXP_TOTAL } from './ID-CROSS-EXP-TOTAL.ts';
import { rule as ID_CROSS_FISCAL_GF_CLASSES } from './ID-CROSS-FISCAL-GF-CLASSES.ts';
import { rule as ID_CROSS_FISCAL_GP_CLASSES } from './ID-CROSS-FISCAL-GP-CLASSES.ts';
import { rule as ID_CROSS_FISCAL_SC_CLASSES } from './ID-CROSS-FISCAL-SC-CLASSES.ts';
import { rule as ID_CROSS_GP_BASIC_TOTAL } from './ID-CROSS-GP-BASIC-TOTAL.ts';
import { rule as ID_CROSS_GP_PERSONNEL_PUBLIC } from './ID-CROSS-GP-PERSONNEL-PUBLIC.ts';
import { rule as ID_CROSS_GP_WITHIN_EXP } from './ID-CROSS-GP-WITHIN-EXP.ts';
import { rule as ID_CROSS_INCOME_SUMMARY } from './ID-CROSS-INCOME-SUMMARY.ts';
import { rule as ID_CROSS_PERF_AMOUNTS } from './ID-CROSS-PERF-AMOUNTS.ts';
import { rule as ID_CROSS_PERF_PROJECTS } from './ID-CROSS-PERF-PROJECTS.ts';
import { rule as ID_CROSS_PRJ_CATEGORIES } from './ID-CROSS-PRJ-CATEGORIES.ts';
import { rule as ID_CROSS_SAME_FIGURE } from './ID-CROSS-SAME-FIGURE.ts';
import { rule as ID_CROSS_SUMMARY_CLASSES } from './ID-CROSS-SUMMARY-CLASSES.ts';
import { rule as ID_DPERF_SOURCES } from './ID-DPERF-SOURCES.ts';
import { rule as ID_DPERF_STRUCTURE } from './ID-DPERF-STRUCTURE.ts';
import { rule as ID_ECON_BASIC_SPLIT } from './ID-ECON-BASIC-SPLIT.ts';
import { rule as ID_ECON_BASIC_TOTAL } from './ID-ECON-BASIC-TOTAL.ts';
import { rule as ID_ECON_SUM_CLASSES } from './ID-ECON-SUM-CLASSES.ts';
import { rule as ID_ECON_SUM_ROW_SPLIT } from './ID-ECON-SUM-ROW-SPLIT.ts';
import { rule as ID_ECON_SUM_TOTAL } from './ID-ECON-SUM-TOTAL.ts';
import { rule as ID_FISCAL_BALANCE } from './ID-FISCAL-BALANCE.ts';
import { rule as ID_FISCAL_EXP_CLASSES } from './ID-FISCAL-EXP-CLASSES.ts';
import { rule as ID_FISCAL_EXP_GRAND } from './ID-FISCAL-EXP-GRAND.ts';
import { rule as ID_FISCAL_GPA_PART } from './ID-FISCAL-GPA-PART.ts';
import { rule as ID_FISCAL_INCOME_PARTS } from './ID-FISCAL-INCOME-PARTS.ts';
import { rule as ID_FISCAL_ROW_FUNDS } from './ID-FISCAL-ROW-FUNDS.ts';
import { rule as ID_FN_BASIC_SPLIT } from './ID-FN-BASIC-SPLIT.ts';
import { rule as ID_FN_DEPT_TOTAL } from './ID-FN-DEPT-TOTAL.ts';
import { rule as ID_FN_HIERARCHY } from './ID-FN-HIERARCHY.ts';
import { rule as ID_FN_PROJECT_SPLIT } from './ID-FN-PROJECT-SPLIT.ts';
import { rule as ID_FN_TOTAL_ROWS } from './ID-FN-TOTAL-ROWS.ts';
import { rule as ID_INC_ROW_SOURCES } from './ID-INC-ROW-SOURCES.ts';
import { rule as ID_INC_UNITS } from './ID-INC-UNITS.ts';
import { rule as ID_PERF_BLOCK_FUNDS } from './ID-PERF-BLOCK-FUNDS.ts';
import { rule as ID_PERF_UNIT_SUM } from './ID-PERF-UNIT-SUM.ts';
import { rule as ID_PRJ_ROW_FUNDS } from './ID-PRJ-ROW-FUNDS.ts';
import { rule as ID_PRJ_TOTAL } from './ID-PRJ-TOTAL.ts';
import { rule as ID_ROW_BASIC_PROJECT } from './ID-ROW-BASIC-PROJECT.ts';
import { rule as ID_SUM_BALANCE } from './ID-SUM-BALANCE.ts';
import { rule as ID_SUM_EXP_CLASSES } from './ID-SUM-EXP-CLASSES.ts';
import { rule as ID_SUM_EXP_GRAND } from './ID-SUM-EXP-GRAND.ts';
import { rule as ID_SUM_FISCAL_PART } from './ID-SUM-FISCAL-PART.ts';
import { rule as ID_SUM_INCOME_GRAND } from './ID-SUM-INCOME-GRAND.ts';
import { rule as ID_SUM_INCOME_SOURCES } from './ID-SUM-INCOME-SOURCES.ts';

export const IDENTITY_RULES: readonly Rule[] = [
  // within one table
  ID_ROW_BASIC_PROJECT,
  ID_3P_TOTAL,
  ID_3P_VEHICLE,
  ID_DPERF_SOURCES,
  ID_DPERF_STRUCTURE,
  ID_ECON_BASIC_SPLIT,
  ID_ECON_BASIC_TOTAL,
  ID_ECON_SUM_CLASSES,
  ID_ECON_SUM_ROW_SPLIT,
  ID_ECON_SUM_TOTAL,
  ID_FISCAL_BALANCE,
  ID_FISCAL_EXP_CLASSES,
  ID_FISCAL_EXP_GRAND,
  ID_FISCAL_GPA_PART,
  ID_FISCAL_INCOME_PARTS,
  ID_FISCAL_ROW_FUNDS,
  ID_FN_BASIC_SPLIT,
  ID_FN_DEPT_TOTAL,
  ID_FN_HIERARCHY,
  ID_FN_PROJECT_SPLIT,
  ID_FN_TOTAL_ROWS,
  ID_INC_ROW_SOURCES,
  ID_INC_UNITS,
  ID_PERF_BLOCK_FUNDS,
  ID_PERF_UNIT_SUM,
  ID_PRJ_ROW_FUNDS,
  ID_PRJ_TOTAL,
  ID_SUM_BALANCE,
  ID_SUM_EXP_CLASSES,
  ID_SUM_EXP_GRAND,
  ID_SUM_FISCAL_PART,
  ID_SUM_INCOME_GRAND,
  ID_SUM_INCOME_SOURCES,
  // across tables
  ID_CROSS_SAME_FIGURE,
  ID_CROSS_DPERF_EXP,
  ID_CROSS_ECON_SUM_EXP,
  ID_CROSS_EXP_TOTAL,
  ID_CROSS_FISCAL_GF_CLASSES,
  ID_CROSS_FISCAL_GP_CLASSES,
  ID_CROSS_FISCAL_SC_CLASSES,
  ID_CROSS_GP_BASIC_TOTAL,
  ID_CROSS_GP_PERSONNEL_PUBLIC,
  ID_CROSS_GP_WITHIN_EXP,
  ID_CROSS_INCOME_SUMMARY,
  ID_CROSS_PERF_AMOUNTS,
  ID_CROSS_PERF_PROJECTS,
  ID_CROSS_PRJ_CATEGORIES,
  ID_CROSS_SUMMARY_CLASSES,
];
