// CMP-EMPTY-NOTE-MISSING: a table printed without data (政府性基金, 国有资本经营 and the like) carries
// a note saying why — “…2023年无政府性基金预算拨款安排的支出，故此表无数据。” A blank table without
// one leaves readers unable to tell “nothing budgeted” from “not filled in”: an error.
import { findTable } from '../doc-access.ts';
import { hasNoFigures, isNoDataNote } from '../classification-helpers.ts';
import type { TemplateSpec } from '../../templates/types.ts';
import type { Rule } from '../types.ts';

const NONE: ReadonlySet<string> = new Set();

/** The ids of the template's tables that carry an empty note, once per template. */
function mayBeEmptyIn(template: TemplateSpec): ReadonlySet<string> {
  const hit = emptyNoted.get(template);
  if (hit !== undefined && hit.tables === template.tables) return hit.ids;
  const ids = new Set(template.tables.filter((s) => s.emptyNote).map((s) => s.id));
  emptyNoted.set(template, { tables: template.tables, ids });
  return ids;
}

const emptyNoted = new WeakMap<TemplateSpec, { tables: TemplateSpec['tables']; ids: Set<string> }>();

export const rule: Rule = {
  id: 'CMP-EMPTY-NOTE-MISSING',
  category: 'completeness',
  severity: 'error',
  statement: {
    zh: '无数据的表（如政府性基金、国有资本经营支出表）应附说明，写明无数据的原因。',
    en: 'A table printed without data carries a note explaining why it is empty.',
  },
  tables: ['government-fund-expenditure', 'state-capital-expenditure'],
  target: 'document',
  check({ doc, template }, report) {
    // Empty tables: those the document marks empty, and those of the template's “may be empty”
    // tables (the ones it gives an empty note) that print no figure.
    const mayBeEmpty = template === undefined ? NONE : mayBeEmptyIn(template);
    const empty = doc.tables.filter((t) => t.empty || (mayBeEmpty.has(t.id) && hasNoFigures(t)));
    if (empty.length === 0) return report.notApplicable('没有无数据的表');
    for (const table of empty) {
      report.checked();
      if (table.notes.some(isNoDataNote)) continue;
      const spec = template?.tables.find((s) => s.id === table.id);
      const example = spec?.emptyNote?.replace('{department}', doc.meta.department.name).replace('{year}', String(doc.meta.year));
      report.fail({
        message: `${table.title}没有数据，但没有说明原因${example ? `（应注明如“${example}”）` : ''}`,
        messageEn: `${table.id} is empty without a note saying why`,
        location: { table: table.id, tableTitle: table.title },
        ...(example ? { expected: example } : {}),
        hint: '在表下注明“本部门本年无……预算拨款安排的支出，故此表无数据”。',
      });
    }
  },
};
