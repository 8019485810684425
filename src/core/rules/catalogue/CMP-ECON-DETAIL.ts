// CMP-ECON-DETAIL: basic expenditure (基本支出) is shown down to the economic 款: every row of the
// 基本支出表 carries a 5-digit 部门经济分类 款 and a 5-digit 政府经济分类 款, and no basic money in the
// 支出经济分类汇总表 stops at a 类 or sits on a row without a code.
import type { DocTable } from '../../model/document.ts';
import { cellLocation, colIndex, findTable, rowLabel, textAt } from '../doc-access.ts';
import { figureColumns, hasFigureIn, isCode, part } from '../classification-helpers.ts';
import type { Rule } from '../types.ts';

const isBasicKey = (k: string): boolean => k.startsWith('basic');

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
    const fail = (table: DocTable, i: number, col: number, what: string, whatEn: string, code: string): void =>
      report.fail({
        message: `${table.title}“${rowLabel(table.rows[i]!)}”的基本支出${what}：应细化到经济分类款级科目`,
        messageEn: `${table.id}: basic expenditure on “${rowLabel(table.rows[i]!)}” ${whatEn}; it must be detailed to the economic section`,
        location: cellLocation(table, i, col),
        actual: code,
        hint: '把这笔基本支出分列到经济分类的款级科目（如 30201 办公费 / 50201 办公经费）。',
      });
    if (basic) {
      const econ = colIndex(basic, 'econ.code');
      const gov = colIndex(basic, 'gov.code');
      // Each code column in turn (部门, then 政府), as a plain loop: no tuples taken apart per row.
      const check = (i: number, col: number, label: string, en: string): void => {
        report.checked();
        const code = part(textAt(basic.rows[i], col)) ?? '';
        if (isCode(code, 5)) return;
        fail(basic, i, col, code ? `${label}只列到“${code}”` : `没有${label}科目`, code ? `has ${en} code “${code}” only` : `has no ${en} code`, code);
      };
      const rows = basic.rows;
      const figures = figureColumns(basic);
      for (let i = 0; i < rows.length; i++) {
        const row = rows[i] as (typeof rows)[number];
        if (row.kind === 'total' || row.kind === 'subtotal' || !hasFigureIn(row, figures)) continue;
        if (econ >= 0) check(i, econ, '部门经济分类', 'department');
        if (gov >= 0) check(i, gov, '政府经济分类', 'government');
      }
    }
    // 类 and 款 in separate columns: the 支出经济分类汇总表, and Shanghai's 基本支出表.
    const splitTables = [summary, basic && colIndex(basic, 'econ.class') >= 0 ? basic : undefined];
    for (const summary of splitTables) {
      if (!summary) continue;
      const c = colIndex(summary, 'econ.class');
      const s = colIndex(summary, 'econ.section');
      const codes = summary.rows.map((row) => (part(textAt(row, c)) ?? '') + (s >= 0 ? (part(textAt(row, s)) ?? '') : ''));
      const basicFigures = figureColumns(summary, isBasicKey);
      summary.rows.forEach((row, i) => {
        if (row.kind === 'total' || row.kind === 'subtotal' || !hasFigureIn(row, basicFigures)) return;
        report.checked();
        const code = c >= 0 ? (codes[i] ?? '') : '';
        if (isCode(code, 5)) return;
        if (isCode(code, 3) && codes.some((o) => o.length === 5 && o.startsWith(code))) return;
        fail(summary, i, c, code ? `只列到类“${code}”` : '没有经济分类科目', code ? `stops at class “${code}”` : 'has no economic code', code);
      });
    }
  },
};
