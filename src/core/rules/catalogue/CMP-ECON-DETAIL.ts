// CMP-ECON-DETAIL: basic expenditure (基本支出) is shown down to the economic 款: every row of the
// 基本支出表 carries a 5-digit 部门经济分类 款 and a 5-digit 政府经济分类 款, and no basic money in the
// 支出经济分类汇总表 stops at a 类 or sits on a row without a code.
import type { DocTable } from '../../model/document.ts';
import { cellLocation, colIndex, findTable, rowLabel, textAt } from '../doc-access.ts';
import { figureColumns, hasFigureIn, isCode, part } from '../classification-helpers.ts';
import type { Reporter, Rule } from '../types.ts';

const isBasicKey = (k: string): boolean => k.startsWith('basic');

/** Reports a row whose basic expenditure is not detailed to the economic section. */
function fail(report: Reporter, table: DocTable, i: number, col: number, what: string, whatEn: string, code: string): void {
  report.fail({
    message: `${table.title}“${rowLabel(table.rows[i]!)}”的基本支出${what}：应细化到经济分类款级科目`,
    messageEn: `${table.id}: basic expenditure on “${rowLabel(table.rows[i]!)}” ${whatEn}; it must be detailed to the economic section`,
    location: cellLocation(table, i, col),
    actual: code,
    hint: '把这笔基本支出分列到经济分类的款级科目（如 30201 办公费 / 50201 办公经费）。',
  });
}

/** One code column of a row of the 基本支出表: a 5-digit code, else a finding. */
function checkCode(report: Reporter, basic: DocTable, i: number, col: number, label: string, en: string): void {
  report.checked();
  const code = part(textAt(basic.rows[i], col)) ?? '';
  if (isCode(code, 5)) return;
  fail(report, basic, i, col, code ? `${label}只列到“${code}”` : `没有${label}科目`, code ? `has ${en} code “${code}” only` : `has no ${en} code`, code);
}

/** True when one of the codes has 5 characters and starts with `code`. */
function detailedUnder(codes: readonly string[], code: string): boolean {
  for (let k = 0; k < codes.length; k++) {
    const o = codes[k] as string;
    if (o.length === 5 && o.startsWith(code)) return true;
  }
  return false;
}

/** The 类 and 款 columns of a table that has them in separate columns. */
function checkSplit(report: Reporter, summary: DocTable): void {
  const c = colIndex(summary, 'econ.class');
  const s = colIndex(summary, 'econ.section');
  const rows = summary.rows;
  const codes: string[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as (typeof rows)[number];
    codes.push((part(textAt(row, c)) ?? '') + (s >= 0 ? (part(textAt(row, s)) ?? '') : ''));
  }
  const basicFigures = figureColumns(summary, isBasicKey);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as (typeof rows)[number];
    if (row.kind === 'total' || row.kind === 'subtotal' || !hasFigureIn(row, basicFigures)) continue;
    report.checked();
    const code = c >= 0 ? (codes[i] ?? '') : '';
    if (isCode(code, 5)) continue;
    if (isCode(code, 3) && detailedUnder(codes, code)) continue;
    fail(report, summary, i, c, code ? `只列到类“${code}”` : '没有经济分类科目', code ? `stops at class “${code}”` : 'has no economic code', code);
  }
}

export const rule: Rule = {
  id: 'CMP-ECON-DETAIL',
  category: 'completeness',
  severity: 'warning',
  statement: {
    zh: '基本支出应按经济分类细化到款级科目（部门经济分类、政府经济分类均为 5 位编码）。',
    en: 'Basic expenditure is detailed down to the economic section (5-digit department and government codes).',
  },
  tables: ['general-public-basic-expenditure', 'economic-summary'],
  target: 'document',
  check({ doc }, report) {
    const basic = findTable(doc, 'general-public-basic-expenditure');
    const summary = findTable(doc, 'economic-summary');
    if (!basic && !summary) return report.insufficient('文件中没有基本支出表和支出经济分类汇总表');
    if (basic) {
      const econ = colIndex(basic, 'econ.code');
      const gov = colIndex(basic, 'gov.code');
      // Each code column in turn (部门, then 政府), as a plain loop: no tuples taken apart per row.
      const rows = basic.rows;
      const figures = figureColumns(basic);
      for (let i = 0; i < rows.length; i++) {
        const row = rows[i] as (typeof rows)[number];
        if (row.kind === 'total' || row.kind === 'subtotal' || !hasFigureIn(row, figures)) continue;
        if (econ >= 0) checkCode(report, basic, i, econ, '部门经济分类', 'department');
        if (gov >= 0) checkCode(report, basic, i, gov, '政府经济分类', 'government');
      }
    }
    // 类 and 款 in separate columns: the 支出经济分类汇总表, and Shanghai's 基本支出表.
    if (summary) checkSplit(report, summary);
    if (basic && colIndex(basic, 'econ.class') >= 0) checkSplit(report, basic);
  },
};
