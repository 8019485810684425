// CSV for people who open it in Excel: UTF-8 with a byte-order mark (so Excel reads Chinese
// correctly), CRLF line ends, fields quoted when they hold a comma, quote or line break (RFC 4180),
// and text that Excel would run as a formula (=, +, -, @ at the start) prefixed with an apostrophe.
import type { DocTable } from '../core/model/document.ts';
import { headerDepth } from '../core/tables/header-grid.ts';
import { formatAmount } from '../core/money/money.ts';
import type { SummaryRow } from './audit-model.ts';

const BOM = '\uFEFF';
const NUMBER = /^-?\d+(\.\d+)?$/;

/** One field: quoted when needed; formula-like text made inert. */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text) && !NUMBER.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The whole file: BOM, then one CRLF-terminated line per row. */
export function csvText(rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  return BOM + rows.map((r) => `${r.map(csvField).join(',')}\r\n`).join('');
}

export const SUMMARY_HEADER = ['文件', '模板', '找到的表', '应有的表', '错误', '警告', '提示', '说明'];

export function summaryCsv(rows: readonly SummaryRow[]): string {
  return csvText([
    SUMMARY_HEADER,
    ...rows.map((r) => [r.file, r.template, r.tablesFound, r.tablesExpected, r.errors, r.warnings, r.info, r.note]),
  ]);
}

/**
 * A recovered table as it is printed: title, 单位 line, the header rows (a merged label repeated
 * over the columns it spans), the body with amounts as plain numbers in the table's unit (no
 * thousands separators, so Excel reads them as numbers), then the notes.
 */
export function tableCsv(table: DocTable): string {
  const rows: (string | number | null)[][] = [[table.title], ...table.subtitle.map((s) => [s]), [`单位：${table.unit}`]];
  // Each column's header path, padded with its last label: a merged label repeats over its span.
  const depth = headerDepth(table.columns);
  for (let level = 0; level < depth; level++) {
    rows.push(table.columns.map((c) => c.header[Math.min(level, c.header.length - 1)] ?? ''));
  }
  for (const r of table.rows) {
    rows.push(r.cells.map((v) => (typeof v === 'number' ? formatAmount(v, { unit: table.unit, decimals: table.decimals }) : v)));
  }
  for (const note of table.notes) rows.push([note]);
  return csvText(rows);
}
