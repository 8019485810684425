// The functional expenditure tables several rules walk over, and their column keys.
import type { TableId } from '../model/document.ts';

export const FUNCTIONAL_TABLES: TableId[] = [
  'expenditure',
  'general-public-expenditure',
  'government-fund-expenditure',
  'state-capital-expenditure',
];
