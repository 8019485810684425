// What an audit run produces, for every report format: one entry per input file — either the
// document read, how it was recognised, what the reader could not place and the findings, each
// located back in the file (page, sheet and cell, line) with the printed text it concerns — or the
// reason the file could not be read. Also the exit code and the summary rows.
import type { Detection, ImportProblem, Imported } from '../importers/index.ts';
import type { Document, SourcePos } from '../core/model/document.ts';
import type { CheckResult } from '../core/rules/engine.ts';
import type { Finding } from '../core/rules/types.ts';
import { locateFinding } from './audit-locate.ts';

/** A finding with where it sits in the file and what is printed there. */
export interface LocatedFinding extends Finding {
  /** Structured place in the source file (location.source is its printed form). */
  at?: SourcePos;
  /** The printed cell text or sentence the finding concerns. */
  quote?: string;
  /** Index of the table in document.tables, the body row and the column, when it concerns a table. */
  tableIndex?: number;
  col?: number;
  /** Index of the narrative section, when it concerns the narrative. */
  sectionIndex?: number;
}

export interface AuditedDocument {
  ok: true;
  file: string;
  kind: Imported['kind'];
  document: Document;
  detection: Detection;
  problems: ImportProblem[];
  result: CheckResult;
  findings: LocatedFinding[];
  /** Tables the template expects (found + missing). */
  expected: number;
}

export interface FailedInput {
  ok: false;
  file: string;
  /** Chinese first, English after “ / ”. */
  error: string;
}

export type AuditEntry = AuditedDocument | FailedInput;

/** One line of the closing summary (and of the CSV). */
export interface SummaryRow {
  file: string;
  template: string;
  tablesFound: number | null;
  tablesExpected: number | null;
  errors: number | null;
  warnings: number | null;
  info: number | null;
  /** Why the file could not be read; '' when it was. */
  note: string;
}

/** Builds the audited entry: findings located in the document and its source. */
export function auditedDocument(file: string, imported: Imported, result: CheckResult): AuditedDocument {
  const { document, detection } = imported;
  const findings = result.findings.map((f) => locateFinding(document, f));
  const found = detection.tables.length;
  return {
    ok: true,
    file,
    kind: imported.kind,
    document,
    detection,
    problems: imported.problems,
    result,
    findings,
    expected: found + detection.missing.length,
  };
}

export function summaryRow(e: AuditEntry): SummaryRow {
  if (!e.ok) return { file: e.file, template: '', tablesFound: null, tablesExpected: null, errors: null, warnings: null, info: null, note: e.error };
  const c = e.result.counts;
  return {
    file: e.file,
    template: e.detection.template ?? '',
    tablesFound: e.detection.tables.length,
    tablesExpected: e.expected,
    errors: c.error,
    warnings: c.warning,
    info: c.info,
    note: '',
  };
}

/** 2 when any input was bad, else 1 when any document has an error finding, else 0. */
export function auditExitCode(entries: readonly AuditEntry[]): number {
  if (entries.some((e) => !e.ok)) return 2;
  return entries.some((e) => e.ok && e.result.counts.error > 0) ? 1 : 0;
}
