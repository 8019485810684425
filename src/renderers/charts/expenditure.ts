// The two expenditure composition charts: expenditure by 功能分类 类 (from the 部门支出预算表, else
// the 收支总表's 类 lines) and 基本支出 vs 项目支出 (the table's 合计 row).
import { bundledClassification } from '../../core/classification/bundled.ts';
import { functionalItem } from '../../core/classification/lookup.ts';
import type { Document } from '../../core/model/document.ts';
import type { Fen } from '../../core/money/money.ts';
import { figure } from '../../core/rules/narrative-helpers.ts';
import { pieChart } from './pie.ts';
import { money, unitOf } from './printed.ts';
import { PALETTE } from './svg.ts';
import type { Chart, Size } from './types.ts';

export interface ClassSlice {
  code: string;
  name: string;
  fen: Fen;
}

/**
 * Expenditure by 功能分类 类: the 部门支出预算表's 项 rows summed by their 类 (the first three
 * digits), named by the year's classification list, else by the 收支总表's 类 line; when the table
 * has no 项 rows, its 类 rows, else the 收支总表's 类 lines themselves. Zero classes are left out.
 */
export function expenditureByClass(doc: Document): ClassSlice[] {
  const table = doc.tables.find((t) => t.id === 'expenditure');
  const summaryNames = summaryClassLines(doc);
  const names = new Map(summaryNames.map((s) => [s.code, s.name]));
  const classification = bundledClassification(doc.meta.year);
  const nameOf = (code: string): string =>
    (classification && functionalItem(classification, code)?.name) || names.get(code) || `${code} 类`;
  const sums = new Map<string, Fen>();
  if (table) {
    const total = table.columns.findIndex((c) => c.key === 'total');
    const rowsOf = (kind: 'item' | 'class') => table.rows.filter((r) => r.kind === kind && /^\d{3}/.test(r.code ?? ''));
    const rows = rowsOf('item').length > 0 ? rowsOf('item') : rowsOf('class');
    if (total >= 0) {
      for (const r of rows) {
        const v = r.cells[total];
        if (typeof v !== 'number') continue;
        const code = (r.code ?? '').slice(0, 3);
        sums.set(code, (sums.get(code) ?? 0) + v);
      }
    }
  }
  if (sums.size === 0) for (const s of summaryNames) sums.set(s.code, s.fen);
  return [...sums.entries()]
    .filter(([, fen]) => fen !== 0)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([code, fen]) => ({ code, name: nameOf(code), fen }));
}

/** The 收支总表's 类 lines (ref exp:all:fn:NNN:total) with their printed names, numbering removed. */
function summaryClassLines(doc: Document): ClassSlice[] {
  const summary = doc.tables.find((t) => t.id === 'income-expenditure-summary');
  if (!summary) return [];
  const out: ClassSlice[] = [];
  for (const row of summary.rows) {
    for (const [col, ref] of Object.entries(row.refs ?? {})) {
      const m = /^exp:all:fn:(\d{3}):total$/.exec(ref);
      if (!m) continue;
      const c = Number(col);
      const label = row.cells[c - 1];
      const value = row.cells[c];
      const name = typeof label === 'string' ? label.replace(/^[（(]?[一二三四五六七八九十百]+[）)、.]\s*/, '').trim() : '';
      out.push({ code: m[1]!, name, fen: typeof value === 'number' ? value : 0 });
    }
  }
  return out;
}

/** The pie of expenditure by 类; absent when there are no classes or one is negative. */
export function classChart(doc: Document, size: Size): Chart | undefined {
  const slices = expenditureByClass(doc);
  const whole = slices.reduce((a, s) => a + s.fen, 0);
  if (slices.length === 0 || whole <= 0 || slices.some((s) => s.fen < 0)) return undefined;
  const unit = unitOf(doc, 'expenditure');
  return pieChart(
    {
      id: 'chart-by-class',
      title: '部门支出按功能分类（类）构成',
      topic: 'expenditure',
      unit,
      parts: slices.map((s, i) => ({ name: `${s.code} ${s.name}`, fen: s.fen, color: PALETTE[i % PALETTE.length]! })),
      caption: (all) => `${doc.meta.year}年部门支出合计 ${money(all, unit)}，按支出功能分类科目“类”汇总；数据来自部门支出预算表。`,
    },
    size,
  );
}

/** The pie of 基本支出 and 项目支出; absent when either figure is missing or negative. */
export function basicProjectChart(doc: Document, size: Size): Chart | undefined {
  const basic = figure(doc, 'basic')?.fen;
  const project = figure(doc, 'project')?.fen;
  if (basic === undefined || project === undefined || basic < 0 || project < 0 || basic + project <= 0) return undefined;
  const unit = unitOf(doc, 'expenditure');
  return pieChart(
    {
      id: 'chart-basic-project',
      title: '基本支出与项目支出',
      topic: 'expenditure',
      unit,
      parts: [
        { name: '基本支出', fen: basic, color: PALETTE[0]! },
        { name: '项目支出', fen: project, color: PALETTE[1]! },
      ],
      caption: (whole) => `${doc.meta.year}年部门支出合计 ${money(whole, unit)} 中基本支出与项目支出的构成；数据来自部门支出预算表合计行。`,
    },
    size,
  );
}
