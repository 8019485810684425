// Places a finding back in the file it came from: for a table finding, the cell's (or row's, or
// table title's) provenance and the printed cell text; for a narrative finding, where the
// paragraph starts and the quoted sentence. Fills location.source when the rule left it empty.
import type { DocTable, Document, SourcePos } from '../core/model/document.ts';
import { formatSourcePos } from '../core/model/document.ts';
import type { Finding } from '../core/rules/types.ts';
import { cellText } from '../renderers/table-text.ts';
import type { LocatedFinding } from './audit-model.ts';

/** The first provenance a row has (its leftmost located cell). */
function firstAt(at: Record<number, SourcePos> | undefined): SourcePos | undefined {
  if (!at) return undefined;
  const keys = Object.keys(at).map(Number).sort((a, b) => a - b);
  return keys.length > 0 ? at[keys[0]!] : undefined;
}

/** A row's printed label for quoting when no single cell is meant: its code and name. */
function rowText(table: DocTable, row: number): string | undefined {
  const r = table.rows[row];
  if (!r) return undefined;
  const label = [r.code, r.name].filter(Boolean).join(' ');
  if (label) return label;
  const texts = r.cells.filter((c): c is string => typeof c === 'string' && c.trim() !== '');
  return texts.slice(0, 2).join(' ') || undefined;
}

export function locateFinding(doc: Document, f: Finding): LocatedFinding {
  const loc = f.location;
  const out: LocatedFinding = { ...f, location: { ...loc } };
  let at: SourcePos | undefined;
  if (loc.table !== undefined) {
    // A template prints a table once; when an imported document has it twice, prefer the titled one.
    const index = doc.tables.findIndex((t) => t.id === loc.table && (loc.tableTitle === undefined || t.title === loc.tableTitle));
    const ti = index >= 0 ? index : doc.tables.findIndex((t) => t.id === loc.table);
    const table = doc.tables[ti];
    if (table) {
      out.tableIndex = ti;
      at = table.at;
      const row = loc.row !== undefined ? table.rows[loc.row] : undefined;
      if (row && loc.row !== undefined) {
        const col = loc.column !== undefined ? table.columns.findIndex((c) => c.key === loc.column) : -1;
        if (col >= 0) {
          out.col = col;
          at = row.at?.[col] ?? firstAt(row.at) ?? at;
          const text = cellText(row.cells[col] ?? null, table);
          out.quote = text !== '' ? text : rowText(table, loc.row);
        } else {
          at = firstAt(row.at) ?? at;
          const text = rowText(table, loc.row);
          if (text !== undefined) out.quote = text;
        }
      }
    }
  } else if (loc.section !== undefined) {
    const si = (doc.narrative ?? []).findIndex((s) => s.heading === loc.section);
    const section = doc.narrative?.[si];
    if (section) {
      out.sectionIndex = si;
      const p = loc.paragraph ?? 0;
      at = section.at?.[p] ?? section.at?.[0] ?? (section.line !== undefined ? { line: section.line } : undefined);
    }
    if (loc.sentence) out.quote = loc.sentence;
  }
  if (at) out.at = at;
  if (!loc.source && at) {
    const text = formatSourcePos(at);
    if (text) out.location.source = text;
  }
  if (loc.source && !out.location.source) out.location.source = loc.source;
  return out;
}
