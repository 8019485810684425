// Builds the Document of a Budget under a template: every table of the template, in order, each
// a pure view of the Budget, with titles, subtitles and notes filled in.
import type { ClassificationSet } from '../classification/types.ts';
import type { Budget } from '../model/budget.ts';
import type { DocTable, Document } from '../model/document.ts';
import { buildNarrative } from '../narrative/index.ts';
import type { ViewContext } from '../tables/context.ts';
import { projectCategories } from '../tables/facts.ts';
import { TABLE_VIEWS } from '../tables/index.ts';
import type { TemplateSpec } from '../templates/types.ts';
import { fillTemplateText } from '../templates/types.ts';

export interface BuildContext {
  template: TemplateSpec;
  classification: ClassificationSet;
}

export function buildDocument(budget: Budget, ctx: BuildContext): Document {
  const { template } = ctx;
  const vars = { year: budget.year, department: budget.department.name };
  const categories = projectCategories(budget);
  const tables: DocTable[] = template.tables.map((spec, i) => {
    const view: ViewContext = { budget, spec, template, classification: ctx.classification, vars, categories };
    const result = TABLE_VIEWS[spec.id](view);
    const empty = result.empty ?? false;
    const notes = (spec.notes ?? []).map((n) => fillTemplateText(n, vars));
    if (empty && spec.emptyNote) notes.push(fillTemplateText(spec.emptyNote, vars));
    return {
      id: spec.id,
      number: i + 1,
      numberLabel: spec.numberLabel,
      title: fillTemplateText(spec.title, vars),
      shortTitle: spec.listTitle,
      subtitle: spec.subtitle.map((s) => fillTemplateText(s, vars)),
      unit: spec.unit ?? template.unit,
      decimals: spec.decimals ?? template.decimals,
      columns: spec.columns.map((c) => ({ ...c, header: [...c.header] })),
      rows: result.rows,
      merges: result.merges ?? [],
      notes,
      empty,
    };
  });
  const meta: Document['meta'] = {
    year: budget.year,
    kind: 'budget',
    title: fillTemplateText(template.documentTitle, vars),
    department: { code: budget.department.code, name: budget.department.name },
    unitTypes: [...new Set(budget.department.units.map((u) => u.type))],
    template: template.id,
    precision: 'exact',
  };
  if (budget.date) meta.date = budget.date;
  const doc: Document = { schema: 'yusuan/document@1', meta, tables };
  // The narrative reads the built tables' figures; its findings are reported by checkBudget.
  if (template.narrative) doc.narrative = buildNarrative(budget, doc, template).sections;
  return doc;
}
