// The audit report as JSON for programs: per file the document's meta (title, year, department,
// template, source), the detection, what the reader could not place, the counts, and every finding
// with its location (location.source filled from the document's provenance), its structured
// place `at` and the quoted text; files that could not be read carry their error. Then the summary
// rows and the findings by rule.
import type { AuditEntry } from './audit-model.ts';
import { auditExitCode, summaryRow } from './audit-model.ts';
import { tallyByRule } from './rule-tally.ts';

export const AUDIT_SCHEMA = 'yusuan/audit@1';

export function auditJson(entries: readonly AuditEntry[]): string {
  const documents = entries.map((e) => {
    if (!e.ok) return { file: e.file, ok: false, error: e.error };
    const { meta } = e.document;
    return {
      file: e.file,
      ok: true,
      kind: e.kind,
      document: {
        title: meta.title,
        year: meta.year,
        department: meta.department,
        template: meta.template,
        precision: meta.precision,
        ...(meta.source && { source: meta.source }),
        ...(meta.contents && { contents: meta.contents }),
        tables: e.document.tables.map((t) => ({ id: t.id, title: t.title, rows: t.rows.length, ...(t.at && { at: t.at }) })),
      },
      detection: e.detection,
      tablesExpected: e.expected,
      problems: e.problems,
      counts: e.result.counts,
      findings: e.findings.map(({ tableIndex: _t, col: _c, sectionIndex: _s, ...f }) => f),
      runs: e.result.runs.map(({ findings: _f, ...r }) => r),
    };
  });
  // byRule: each rule's findings across the files and in how many (as `yusuan check <folder>`).
  const byRule = tallyByRule(entries.map((e) => (e.ok ? e.findings : [])));
  const report = { schema: AUDIT_SCHEMA, exitCode: auditExitCode(entries), documents, summary: entries.map(summaryRow), byRule };
  return `${JSON.stringify(report, null, 2)}\n`;
}
