// Template specs: a region's disclosure template as data — which canonical tables, in what order,
// with what titles, columns, row labels, units and notes. Views read them; they hold no logic.
import type { MoneyUnit } from '../money/money.ts';
import type { ColumnKind, TableId } from '../model/document.ts';

/** Placeholders usable in titles and notes: {year} {department} {unitWord}. */
export type TemplateText = string;

export interface ColumnSpec {
  key: string;
  kind: ColumnKind;
  header: string[];
  width?: number;
}

/**
 * One printed line of a two-sided summary table (收支总表, 财政拨款收支表). `ref` names the figure
 * the view puts beside the label (see tables/summary-refs.ts); no ref means a label-only line.
 */
export interface LineSpec {
  label: string;
  ref?: string;
  /** Print 0 as "0.00" (show) or leave it blank (blank, the default). */
  zero?: 'show' | 'blank';
}

export interface TableSpec {
  id: TableId;
  /** Printed numbering in the contents (一, 二 …). */
  numberLabel: string;
  /** Title above the table, e.g. "{year}年部门收支预算表". */
  title: TemplateText;
  /** Name in the contents (目录), e.g. "部门收支预算表". */
  listTitle: string;
  subtitle: TemplateText[];
  columns: ColumnSpec[];
  /** Two-sided summary tables: the left (income) and right (expenditure) lines, then the footer. */
  left?: LineSpec[];
  right?: LineSpec[];
  footer?: [LineSpec, LineSpec][];
  /** Functional detail tables: which levels get rows (the Luoyang template prints 项 only). */
  functionalLevels?: ('class' | 'section' | 'item')[];
  /** Note printed when the table has no data ({department} {year}); none means no such note. */
  emptyNote?: TemplateText;
  /** Notes printed under the table always. */
  notes?: TemplateText[];
}

export interface TemplateSpec {
  id: string;
  name: string;
  region: string;
  unit: MoneyUnit;
  decimals: number;
  /** Title of the whole document, e.g. "{year}年{department}部门预算公开". */
  documentTitle: TemplateText;
  /** Heading of the 附件 part, e.g. "附件：{year}年{department}部门预算表". */
  annexTitle: TemplateText;
  tables: TableSpec[];
}

/** Fills {year}, {department} and other placeholders. */
export function fillTemplateText(text: TemplateText, vars: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in vars ? String(vars[name]) : whole,
  );
}
