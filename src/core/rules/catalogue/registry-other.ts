// Registry of the performance, plausibility and narrative rules.
import type { Rule } from '../types.ts';
import { rule as ID_3P_BASIC_ITEMS } from './ID-3P-BASIC-ITEMS.ts';
import { rule as NAR_BASIC } from './NAR-BASIC.ts';
import { rule as NAR_CHANGE_DIRECTION } from './NAR-CHANGE-DIRECTION.ts';
import { rule as NAR_CHANGE_REASON } from './NAR-CHANGE-REASON.ts';
import { rule as NAR_DATA_MISSING } from './NAR-DATA-MISSING.ts';
import { rule as NAR_EMPTY_BUDGETS } from './NAR-EMPTY-BUDGETS.ts';
import { rule as NAR_EXPENDITURE } from './NAR-EXPENDITURE.ts';
import { rule as NAR_FISCAL } from './NAR-FISCAL.ts';
import { rule as NAR_GENERAL_PUBLIC } from './NAR-GENERAL-PUBLIC.ts';
import { rule as NAR_GROWTH_RATE } from './NAR-GROWTH-RATE.ts';
import { rule as NAR_INCOME } from './NAR-INCOME.ts';
import { rule as NAR_OPERATING_FUNDS } from './NAR-OPERATING-FUNDS.ts';
import { rule as NAR_PROCUREMENT } from './NAR-PROCUREMENT.ts';
import { rule as NAR_PROJECT_COUNT } from './NAR-PROJECT-COUNT.ts';
import { rule as NAR_QUARTER_PLAN } from './NAR-QUARTER-PLAN.ts';
import { rule as NAR_REASON_MISSING } from './NAR-REASON-MISSING.ts';
import { rule as NAR_THREE_PUBLIC } from './NAR-THREE-PUBLIC.ts';
import { rule as NAR_TOTALS } from './NAR-TOTALS.ts';
import { rule as NAR_VEHICLES } from './NAR-VEHICLES.ts';
import { rule as PERF_COST_INDICATOR } from './PERF-COST-INDICATOR.ts';
import { rule as PERF_COST_VS_AMOUNT } from './PERF-COST-VS-AMOUNT.ts';
import { rule as PERF_DEPT_STRUCTURE } from './PERF-DEPT-STRUCTURE.ts';
import { rule as PERF_INDICATOR_KINDS } from './PERF-INDICATOR-KINDS.ts';
import { rule as PERF_PER_PERSON_COST } from './PERF-PER-PERSON-COST.ts';
import { rule as PERF_PROJECT_HAS_TARGETS } from './PERF-PROJECT-HAS-TARGETS.ts';
import { rule as PERF_RATE_PERCENT } from './PERF-RATE-PERCENT.ts';
import { rule as PERF_SATISFACTION_PERCENT } from './PERF-SATISFACTION-PERCENT.ts';
import { rule as PERF_VALUE_PARSES } from './PERF-VALUE-PARSES.ts';
import { rule as PLS_NEGATIVE_AMOUNT } from './PLS-NEGATIVE-AMOUNT.ts';
import { rule as PLS_PERF_MONEY_WITHIN } from './PLS-PERF-MONEY-WITHIN.ts';
import { rule as PLS_PROJECT_DUPLICATE_NAME } from './PLS-PROJECT-DUPLICATE-NAME.ts';
import { rule as PLS_PROJECT_ZERO_AMOUNT } from './PLS-PROJECT-ZERO-AMOUNT.ts';
import { rule as PLS_SHARES_SUM } from './PLS-SHARES-SUM.ts';
import { rule as PLS_THREE_PUBLIC_BLANK } from './PLS-THREE-PUBLIC-BLANK.ts';
import { rule as PLS_VEHICLE_COSTS_NO_VEHICLES } from './PLS-VEHICLE-COSTS-NO-VEHICLES.ts';
import { rule as PLS_VEHICLE_PURCHASE } from './PLS-VEHICLE-PURCHASE.ts';

export const OTHER_RULES: readonly Rule[] = [
  // Performance targets.
  PERF_PROJECT_HAS_TARGETS,
  PERF_VALUE_PARSES,
  PERF_INDICATOR_KINDS,
  PERF_COST_INDICATOR,
  PERF_COST_VS_AMOUNT,
  PERF_PER_PERSON_COST,
  PERF_SATISFACTION_PERCENT,
  PERF_RATE_PERCENT,
  PERF_DEPT_STRUCTURE,
  // Plausibility (and the “三公” basic-item identity).
  PLS_VEHICLE_COSTS_NO_VEHICLES,
  PLS_VEHICLE_PURCHASE,
  PLS_NEGATIVE_AMOUNT,
  PLS_PROJECT_ZERO_AMOUNT,
  PLS_PROJECT_DUPLICATE_NAME,
  PLS_THREE_PUBLIC_BLANK,
  PLS_PERF_MONEY_WITHIN,
  PLS_SHARES_SUM,
  ID_3P_BASIC_ITEMS,
  // Narrative against the tables.
  NAR_TOTALS,
  NAR_INCOME,
  NAR_EXPENDITURE,
  NAR_FISCAL,
  NAR_GENERAL_PUBLIC,
  NAR_BASIC,
  NAR_THREE_PUBLIC,
  NAR_EMPTY_BUDGETS,
  NAR_OPERATING_FUNDS,
  NAR_PROCUREMENT,
  NAR_PROJECT_COUNT,
  NAR_QUARTER_PLAN,
  NAR_VEHICLES,
  NAR_REASON_MISSING,
  NAR_DATA_MISSING,
  NAR_GROWTH_RATE,
  NAR_CHANGE_DIRECTION,
  NAR_CHANGE_REASON,
];
