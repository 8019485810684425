// What a region's template has no place for — a table, a column of a table, a line of a two-sided
// table, a section of 情况说明 — so that a rule looking for it says 不适用 (the template never prints
// it) instead of 数据不足 (the document should print it but it was not found). Read from the
// TemplateSpec; no I/O.
import type { TableId } from '../model/document.ts';
import { TABLE_NAMES } from '../model/table-names.ts';
import { getTemplate, templateIds } from '../templates/index.ts';
import type { TableSpec, TemplateSpec } from '../templates/types.ts';

const nameOf = (template: TemplateSpec, id: string): string =>
  template.tables.find((t) => t.id === id)?.listTitle ?? TABLE_NAMES[id as TableId] ?? `表“${id}”`;

/** The reason not to apply when the template has no table `id`, else undefined. */
export function lacksTable(template: TemplateSpec, ids: ReadonlySet<string>, id: string): string | undefined {
  return ids.has(id) ? undefined : `${template.name}没有${nameOf(template, id)}，此项不适用`;
}

/** The reason not to apply when the template's table `tableId` has no column `key` (undefined when it has, or has no such table). */
export function lacksColumn(template: TemplateSpec, tableId: string, key: string): string | undefined {
  const spec = template.tables.find((t) => t.id === tableId);
  if (!spec || spec.columns.some((c) => c.key === key)) return undefined;
  return `${template.name}的${spec.listTitle}不设“${columnLabel(tableId, key)}”列，此项不适用`;
}

/** A column's printed name, from a template that prints it (its lowest header label), else its key. */
function columnLabel(tableId: string, key: string): string {
  for (const id of templateIds()) {
    const column = getTemplate(id)?.tables.find((t) => t.id === tableId)?.columns.find((c) => c.key === key);
    const label = column?.header[column.header.length - 1];
    if (label) return label;
  }
  return key;
}

/**
 * The reason not to apply when the template's two-sided table `tableId` has no line printing `ref`;
 * undefined when it has one, or when the table is not two-sided (its rows are not listed in the
 * template, so a row not found is missing from the document).
 */
export function lacksLine(template: TemplateSpec, tableId: string, ref: string, label: string): string | undefined {
  const spec = template.tables.find((t) => t.id === tableId);
  if (!spec) return undefined;
  const refs = lineRefs(spec);
  if (refs === undefined || refs.has(ref)) return undefined;
  // Some lines' refs are prefixes or suffixes the view completes per column (财政拨款收支表: 'total'
  // → 'exp:fiscal:total:total', 'grand-total' → 'exp:fiscal:grand-total'): those count too.
  for (const r of refs) if (ref.endsWith(`:${r}`) || ref.includes(`:${r}:`)) return undefined;
  return `${template.name}的${spec.listTitle}不设“${label}”行，此项不适用`;
}

const refsBySpec = new WeakMap<TableSpec, ReadonlySet<string> | undefined>();

/** The refs of a two-sided table's fixed lines (undefined for other tables). */
function lineRefs(spec: TableSpec): ReadonlySet<string> | undefined {
  if (refsBySpec.has(spec)) return refsBySpec.get(spec);
  let refs: Set<string> | undefined;
  if (spec.left || spec.right || spec.footer) {
    refs = new Set();
    for (const l of [...(spec.left ?? []), ...(spec.right ?? []), ...(spec.footer ?? []).flat()]) if (l.ref) refs.add(l.ref);
  }
  refsBySpec.set(spec, refs);
  return refs;
}

/**
 * The reason not to apply when the template's 情况说明 has no section `isTopic` accepts (Shanghai's has
 * 预算编制说明 and 其他相关情况说明, not Luoyang's 收入支出预算总体情况 …); undefined when it has one,
 * or generates no narrative (nothing to go by).
 */
export function lacksSection(template: TemplateSpec, isTopic: (heading: string) => boolean, what: string): string | undefined {
  const sections = template.narrative?.sections;
  if (!sections || sections.some((s) => isTopic(s.heading))) return undefined;
  return `${template.name}的情况说明没有${what}一节，此项不适用（其中写出的金额由 AUD-NARRATIVE-AMOUNT 与表核对）`;
}
