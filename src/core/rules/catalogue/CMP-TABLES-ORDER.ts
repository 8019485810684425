// CMP-TABLES-ORDER: the tables follow the template's order (and its numbering), so readers and
// reviewers find 一、部门收支预算表 first and the performance tables last. The tables out of place are
// those outside the longest run that is already in order.
import { requireTemplate } from '../classification-helpers.ts';
import type { TemplateSpec } from '../../templates/types.ts';
import type { DocTable } from '../../model/document.ts';
import type { Reporter, Rule } from '../types.ts';

/** Indexes (into `xs`) of one longest strictly increasing subsequence. */
function longestRun(xs: readonly number[]): Set<number> {
  const best: number[] = xs.map(() => 1);
  const prev: number[] = xs.map(() => -1);
  for (let i = 0; i < xs.length; i++) {
    for (let j = 0; j < i; j++) {
      if ((xs[j] ?? 0) < (xs[i] ?? 0) && (best[j] ?? 0) + 1 > (best[i] ?? 0)) {
        best[i] = (best[j] ?? 0) + 1;
        prev[i] = j;
      }
    }
  }
  let end = 0;
  best.forEach((b, i) => {
    if (b > (best[end] ?? 0)) end = i;
  });
  const out = new Set<number>();
  for (let k = xs.length ? end : -1; k >= 0; k = prev[k] ?? -1) out.add(k);
  return out;
}

/** Table id → its place in the template (the last spec of an id, as a Map built from the list keeps), once per template. */
function orderOf(template: TemplateSpec): ReadonlyMap<string, number> {
  const hit = orders.get(template);
  if (hit !== undefined && hit.tables === template.tables) return hit.order;
  const order = new Map(template.tables.map((t, i) => [t.id, i]));
  orders.set(template, { tables: template.tables, order });
  return order;
}

const orders = new WeakMap<TemplateSpec, { tables: TemplateSpec['tables']; order: Map<string, number> }>();

/** A table in its place is numbered as the template numbers it (when it prints a number). */
function checkNumber(report: Reporter, table: DocTable, spec: TemplateSpec['tables'][number]): void {
  if (table.numberLabel && table.numberLabel !== spec.numberLabel) {
    report.fail({
      message: `${table.title}编号为“${table.numberLabel}”，模板中为“${spec.numberLabel}”`,
      messageEn: `${table.id} is numbered ${table.numberLabel}; the template numbers it ${spec.numberLabel}`,
      location: { table: table.id, tableTitle: table.title },
      expected: spec.numberLabel,
      actual: table.numberLabel,
      hint: '按模板编号，目录与表的编号一致。',
    });
  }
}

export const rule: Rule = {
  id: 'CMP-TABLES-ORDER',
  category: 'completeness',
  severity: 'warning',
  statement: {
    zh: '各表应按模板规定的顺序和编号排列。',
    en: 'Tables appear in the template’s order, with its numbering.',
  },
  tables: [],
  target: 'document',
  check(ctx, report) {
    const template = requireTemplate(ctx, report);
    if (!template) return;
    const order = orderOf(template);
    // The template's tables the document prints, in its order, and each one's place in the template.
    const tables: DocTable[] = [];
    const positions: number[] = [];
    let increasing = true;
    for (let t = 0; t < ctx.doc.tables.length; t++) {
      const table = ctx.doc.tables[t] as DocTable;
      const position = order.get(table.id);
      if (position === undefined) continue;
      if (positions.length > 0 && position <= (positions[positions.length - 1] as number)) increasing = false;
      tables.push(table);
      positions.push(position);
    }
    if (tables.length < 2) return report.notApplicable('文件中模板规定的表不足两张');
    // The usual document prints the tables in the template's order: then every one is in the
    // longest run, and only the numbers are compared.
    if (increasing) {
      for (let k = 0; k < tables.length; k++) {
        report.checked();
        checkNumber(report, tables[k] as DocTable, template.tables[positions[k] as number]!);
      }
      return;
    }
    const inOrder = longestRun(positions);
    tables.forEach((table, k) => {
      report.checked();
      const spec = template.tables[positions[k] ?? 0]!;
      if (!inOrder.has(k)) {
        const before = tables.slice(k + 1).find((_, j) => inOrder.has(k + 1 + j) && (positions[k + 1 + j] ?? 0) > (positions[k] ?? 0));
        report.fail({
          message: `${table.title}排在第 ${ctx.doc.tables.indexOf(table) + 1} 张，按模板应为第${spec.numberLabel}张（${before ? `在“${before.title}”之前` : '排在最后'}）`,
          messageEn: `${table.id} is table ${ctx.doc.tables.indexOf(table) + 1}; the template puts it as number ${positions[k]! + 1}`,
          location: { table: table.id, tableTitle: table.title },
          expected: spec.numberLabel,
          actual: String(ctx.doc.tables.indexOf(table) + 1),
          hint: '按模板顺序排列各表，目录与表的编号一致。',
        });
        return;
      }
      checkNumber(report, table, spec);
    });
  },
};
