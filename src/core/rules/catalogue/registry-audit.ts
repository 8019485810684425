// Registry of the audit rules: checks aimed at published documents read back from PDF, Excel or
// text — narrative figures against the tables, recomputed rates, numbered items, template
// leftovers, repeated paragraphs, 部门/单位 wording, the contents, 元/万元 and empty-table notes.
import type { Rule } from '../types.ts';
import { rule as AUD_CONTENTS_TABLES } from './AUD-CONTENTS-TABLES.ts';
import { rule as AUD_DEPT_UNIT_WORDING } from './AUD-DEPT-UNIT-WORDING.ts';
import { rule as AUD_DUPLICATE_PARAGRAPH } from './AUD-DUPLICATE-PARAGRAPH.ts';
import { rule as AUD_EMPTY_NOTE_SCOPE } from './AUD-EMPTY-NOTE-SCOPE.ts';
import { rule as AUD_ITEM_HEADING } from './AUD-ITEM-HEADING.ts';
import { rule as AUD_NARRATIVE_AMOUNT } from './AUD-NARRATIVE-AMOUNT.ts';
import { rule as AUD_RATE_RECOMPUTE } from './AUD-RATE-RECOMPUTE.ts';
import { rule as AUD_TEMPLATE_LEFTOVER } from './AUD-TEMPLATE-LEFTOVER.ts';
import { rule as AUD_UNIT_FACTOR } from './AUD-UNIT-FACTOR.ts';

export const AUDIT_RULES: readonly Rule[] = [
  // The narrative's figures.
  AUD_NARRATIVE_AMOUNT,
  AUD_UNIT_FACTOR,
  AUD_RATE_RECOMPUTE,
  AUD_ITEM_HEADING,
  // The document as a whole.
  AUD_TEMPLATE_LEFTOVER,
  AUD_DUPLICATE_PARAGRAPH,
  AUD_DEPT_UNIT_WORDING,
  AUD_CONTENTS_TABLES,
  AUD_EMPTY_NOTE_SCOPE,
];
