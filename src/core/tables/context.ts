// What a table view receives and returns: the Budget, the template's spec for the table, the
// classification lists; a view returns rows (and merges, notes) for the template's columns.
import type { ClassificationSet } from '../classification/types.ts';
import type { Budget, ProjectCategory } from '../model/budget.ts';
import type { CellValue, Merge, Row, RowKind } from '../model/document.ts';
import type { TableSpec, TemplateSpec } from '../templates/types.ts';

export interface ViewContext {
  budget: Budget;
  spec: TableSpec;
  template: TemplateSpec;
  classification: ClassificationSet;
  /** Placeholder values for titles and notes: year, department. */
  vars: Record<string, string | number>;
  categories: ReadonlyMap<string, ProjectCategory>;
}

export interface ViewResult {
  rows: Row[];
  merges?: Merge[];
  /** True when the table has no figures; the template's emptyNote is then printed. */
  empty?: boolean;
}

export type TableView = (ctx: ViewContext) => ViewResult;

/**
 * Makes a row from a record keyed by column key: unknown keys print blank. `refs` maps column
 * keys to semantic references and is turned into column indexes.
 */
export function rowFrom(
  ctx: ViewContext,
  kind: RowKind,
  values: Record<string, CellValue | undefined>,
  extra: { code?: string; name?: string; refs?: Record<string, string> } = {},
): Row {
  const cols = ctx.spec.columns;
  const row: Row = { kind, cells: cols.map((c) => values[c.key] ?? null) };
  if (extra.code !== undefined) row.code = extra.code;
  if (extra.name !== undefined) row.name = extra.name;
  if (extra.refs) {
    const refs: Record<number, string> = {};
    cols.forEach((c, i) => {
      const ref = extra.refs?.[c.key];
      if (ref) refs[i] = ref;
    });
    if (Object.keys(refs).length > 0) row.refs = refs;
  }
  return row;
}
