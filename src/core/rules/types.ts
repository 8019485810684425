// Rules and findings as values: a rule states one requirement of a disclosure and checks it on a
// Document (tables as printed) or on a Budget (facts); every run ends as pass, fail, not
// applicable or insufficient data, so nothing unchecked is reported as passed.
import type { ClassificationSet } from '../classification/types.ts';
import type { Budget } from '../model/budget.ts';
import type { Document, TableId } from '../model/document.ts';
import type { Fen } from '../money/money.ts';
import type { TemplateSpec } from '../templates/types.ts';

export type Severity = 'error' | 'warning' | 'info';
export type Category = 'identity' | 'classification' | 'narrative' | 'completeness' | 'performance' | 'plausibility';

/** Where a finding points: a table cell, or a paragraph and sentence, or a Budget field path. */
export interface Location {
  table?: TableId;
  /** Title of the table as printed, for readers. */
  tableTitle?: string;
  /** Row index in the table body (0-based) and the row's code or label. */
  row?: number;
  rowLabel?: string;
  /** Column key and its printed header. */
  column?: string;
  columnLabel?: string;
  /** Narrative location. */
  section?: string;
  paragraph?: number;
  sentence?: string;
  /** Budget field path (fact-level rules), e.g. lines[3].economicCode. */
  path?: string;
  /** Provenance of an imported figure (page and position, sheet and cell, line). */
  source?: string;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string; // Chinese
  messageEn: string;
  location: Location;
  expected?: Fen | string;
  actual?: Fen | string;
  difference?: Fen;
  /** Tolerance used, in 分, when the comparison allowed rounding. */
  tolerance?: Fen;
  hint?: string;
}

export type RunStatus = 'pass' | 'fail' | 'not-applicable' | 'insufficient-data';

export interface RuleRun {
  ruleId: string;
  status: RunStatus;
  findings: Finding[];
  /** Why a rule did not apply or could not be checked. */
  reason?: string;
  /** How many comparisons the rule made (a pass with 0 checks is reported as not applicable). */
  checks: number;
}

/** What a rule can read. `budget` is present for generated documents and for Budget checks. */
export interface RuleContext {
  doc: Document;
  budget?: Budget;
  template?: TemplateSpec;
  classification?: ClassificationSet;
}

/** A finding before the engine stamps rule id and severity on it. */
export type Draft = Omit<Finding, 'ruleId' | 'severity'> & { severity?: Severity };

/**
 * The draft with a severity of its own, placed first — what `{ ...(severity ? { severity } : {}),
 * message, … }` builds, without the cost of spreading a small object first (slow in this V8).
 */
export function withSeverity(severity: Severity | undefined, draft: Draft): Draft {
  return severity === undefined ? draft : Object.assign({ severity }, draft);
}

/** What a rule's check reports into. */
export interface Reporter {
  /** Counts one comparison made. */
  checked(n?: number): void;
  fail(draft: Draft): void;
  notApplicable(reason: string): void;
  insufficient(reason: string): void;
  /** The rule's tolerance (分 per summed item), after configuration. */
  readonly tolerancePerItem: Fen | undefined;
  /**
   * When the document's template has no table `id` (Shanghai has no 项目支出预算表): the reason to
   * give for not applying, else undefined. A missing table the template has is insufficient data.
   */
  templateLacks?(id: string): string | undefined;
  /** Likewise for a column of a table (by key) the template's table does not have. */
  templateLacksColumn?(tableId: string, key: string): string | undefined;
  /** Likewise for a line (by ref) the template's two-sided table does not have. */
  templateLacksLine?(tableId: string, ref: string, label: string): string | undefined;
  /** Likewise for a section of 情况说明 (by its heading; `what` names it) the template's narrative does not have. */
  templateLacksSection?(isTopic: (heading: string) => boolean, what: string): string | undefined;
}

export interface Rule {
  id: string;
  category: Category;
  severity: Severity;
  statement: { zh: string; en: string };
  /** Tables the rule reads (empty for rules that read only the Budget or the narrative). */
  tables: TableId[];
  /** 'document' rules read ctx.doc; 'budget' rules need ctx.budget. */
  target: 'document' | 'budget';
  /**
   * Rounding tolerance per summed item in units of the table's last printed digit (1 = one unit
   * of the last digit per item, as domain.md says). Absent for exact rules.
   */
  tolerance?: number;
  check(ctx: RuleContext, report: Reporter): void;
}
