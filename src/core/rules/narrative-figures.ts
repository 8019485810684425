// The table figures narrative statements describe (by name: 收入总计, 基本支出, “三公”经费 …), and
// comparing a stated figure, share or rate with them while allowing for the printed rounding:
// percentages recomputed with integers, as money.ts prints them. Pure.
import type { DocTable, Document, Row } from '../model/document.ts';
import type { Fen } from '../money/money.ts';
import { FEN_PER, formatAmount, formatPercent, roundFen, stepFor } from '../money/money.ts';
import { amountAt, colIndex, findTable, textAt } from './doc-access.ts';
import { docMemo, getDocSlot, getTableSlot, setDocSlot, setTableSlot, slot, tableMemo } from './memo.ts';
import type { StatedAmount, StatedPercent } from './narrative-numbers.ts';
import { percentOf } from './narrative-numbers.ts';

// ——— Figures in the tables ———

export interface Figure {
  fen: Fen;
  table: DocTable;
  row: number;
  col: number;
  /** What the figure is, in words (for messages). */
  label: string;
}

/** The figures narrative statements describe, by name. */
export type FigureKey =
  | 'incomeGrandTotal' | 'expenditureGrandTotal' | 'incomeThisYear'
  | 'expenditureTotal' | 'basic' | 'project'
  | 'gpTotal' | 'gpBasic' | 'gpProject' | 'gfTotal' | 'scTotal' | 'fiscalTotal'
  | 'basicTotal' | 'personnel' | 'public'
  | 'threePublic' | 'abroad' | 'vehicle' | 'vehiclePurchase' | 'vehicleOperation' | 'reception'
  | 'projectTotal'
  | `income:${string}`;

const TOTAL_ROW = slot<number>('totalRow');

/** The first total row of a table, or -1. */
export function totalRow(table: DocTable): number {
  const memo = tableMemo(table);
  const hit = getTableSlot(memo, TOTAL_ROW);
  if (hit !== undefined) return hit;
  const rows = table.rows;
  let found = -1;
  for (let r = 0; r < rows.length; r++) {
    if ((rows[r] as Row).kind === 'total') {
      found = r;
      break;
    }
  }
  return setTableSlot(memo, TOTAL_ROW, found);
}

function figureAt(table: DocTable | undefined, row: number, key: string, label: string): Figure | undefined {
  if (!table || row < 0) return undefined;
  const col = colIndex(table, key);
  if (col < 0) return undefined;
  return { fen: amountAt(table.rows[row], col), table, row, col, label };
}

function labelRow(table: DocTable, labelKey: string, test: RegExp): number {
  const c = colIndex(table, labelKey);
  return c < 0 ? -1 : table.rows.findIndex((r) => test.test(textAt(r, c)));
}

/** The figure of a column in a table's total row. */
function totalFigure(doc: Document, id: Parameters<typeof findTable>[1], col: string, label: string): Figure | undefined {
  const table = findTable(doc, id);
  return table ? figureAt(table, totalRow(table), col, label) : undefined;
}

/** Figures by key, per check. */
const FIGURES = slot<Map<string, Figure | null>>('figures');

/** The table figure a key names, or undefined when the document does not print it (shared within a check: do not modify). */
export function figure(doc: Document, key: FigureKey): Figure | undefined {
  const memo = docMemo(doc);
  if (memo === undefined) return findFigure(doc, key);
  let byKey = getDocSlot(memo, FIGURES);
  if (byKey === undefined) byKey = setDocSlot(memo, FIGURES, new Map());
  let fig = byKey.get(key);
  if (fig === undefined) {
    fig = findFigure(doc, key) ?? null;
    byKey.set(key, fig);
  }
  return fig ?? undefined;
}

function findFigure(doc: Document, key: FigureKey): Figure | undefined {
  switch (key) {
    case 'incomeGrandTotal': {
      const summary = findTable(doc, 'income-expenditure-summary');
      return summary ? figureAt(summary, totalRow(summary), 'left.amount', '收入总计') : undefined;
    }
    case 'expenditureGrandTotal': {
      const summary = findTable(doc, 'income-expenditure-summary');
      return summary ? figureAt(summary, totalRow(summary), 'right.amount', '支出总计') : undefined;
    }
    case 'incomeThisYear': {
      const summary = findTable(doc, 'income-expenditure-summary');
      if (summary) {
        const r = labelRow(summary, 'left.label', /本年收入合计|本年收入小计/);
        if (r >= 0) return figureAt(summary, r, 'left.amount', '本年收入合计');
      }
      return undefined;
    }
    case 'expenditureTotal': return totalFigure(doc, 'expenditure', 'total', '部门支出合计');
    case 'basic': return totalFigure(doc, 'expenditure', 'basic', '基本支出');
    case 'project': return totalFigure(doc, 'expenditure', 'project', '项目支出');
    case 'gpTotal': return totalFigure(doc, 'general-public-expenditure', 'total', '一般公共预算支出合计');
    case 'gpBasic': return totalFigure(doc, 'general-public-expenditure', 'basic', '一般公共预算基本支出');
    case 'gpProject': return totalFigure(doc, 'general-public-expenditure', 'project', '一般公共预算项目支出');
    case 'gfTotal': return totalFigure(doc, 'government-fund-expenditure', 'total', '政府性基金支出合计');
    case 'scTotal': return totalFigure(doc, 'state-capital-expenditure', 'total', '国有资本经营支出合计');
    case 'fiscalTotal': return totalFigure(doc, 'fiscal-summary', 'right.fiscal', '财政拨款支出合计');
    case 'basicTotal': return totalFigure(doc, 'general-public-basic-expenditure', 'total', '一般公共预算基本支出合计');
    case 'personnel': return totalFigure(doc, 'general-public-basic-expenditure', 'basic.personnel', '人员经费');
    case 'public': return totalFigure(doc, 'general-public-basic-expenditure', 'basic.public', '公用经费');
    case 'threePublic': return totalFigure(doc, 'three-public', 'total', '“三公”经费合计');
    case 'abroad': return totalFigure(doc, 'three-public', 'abroad', '因公出国（境）费');
    case 'vehicle': return totalFigure(doc, 'three-public', 'vehicle', '公务用车购置及运行费');
    case 'vehiclePurchase': return totalFigure(doc, 'three-public', 'vehicle.purchase', '公务用车购置费');
    case 'vehicleOperation': return totalFigure(doc, 'three-public', 'vehicle.operation', '公务用车运行费');
    case 'reception': return totalFigure(doc, 'three-public', 'reception', '公务接待费');
    case 'projectTotal': return totalFigure(doc, 'project-expenditure', 'total', '项目支出预算表合计');
    default: {
      const col = key.slice('income:'.length);
      const table = findTable(doc, 'income');
      const header = table?.columns.find((c) => c.key === col)?.header.filter((h) => h !== '');
      return totalFigure(doc, 'income', col, header?.[header.length - 1] ?? '收入');
    }
  }
}

/** The project rows of the 项目支出预算表 (kind 'project', or named non-total rows of imports). */
const PROJECT_ROWS = slot<{ row: Row; index: number; name: string }[]>('narrativeProjectRows');

/** Shared within a check: do not modify. */
export function projectRows(table: DocTable): { row: Row; index: number; name: string }[] {
  const memo = tableMemo(table);
  const hit = getTableSlot(memo, PROJECT_ROWS);
  if (hit !== undefined) return hit;
  const nameCol = colIndex(table, 'name');
  const out: { row: Row; index: number; name: string }[] = [];
  const rows = table.rows;
  for (let index = 0; index < rows.length; index++) {
    const row = rows[index] as Row;
    if (row.kind === 'total' || row.kind === 'subtotal' || row.kind === 'department' || row.kind === 'unit' || row.kind === 'heading') continue;
    const name = ((nameCol >= 0 ? textAt(row, nameCol) : '') || row.name || '').trim();
    if (row.kind === 'project' || name !== '') out.push({ row, index, name });
  }
  return setTableSlot(memo, PROJECT_ROWS, out);
}

// ——— Comparing stated and table figures ———

/** The 分 step of a table's printed figures when the document was read from print, else 0. */
export function tableStep(doc: Document, table: Pick<DocTable, 'unit' | 'decimals'>): Fen {
  return doc.meta.precision === 'exact' ? 0 : stepFor(table.unit, table.decimals);
}

/**
 * True when a stated amount is the table figure as the narrative prints it: for exact documents
 * the figure rounded (四舍五入) to the narrative's last digit; for printed ones, within half a step of
 * each.
 */
export function agrees(stated: StatedAmount, fen: Fen, step: Fen): boolean {
  if (step === 0) return roundFen(fen, stated.step) === stated.fen;
  return Math.abs(stated.fen - fen) * 2 <= stated.step + step;
}

/** Prints 分 in the narrative's unit and decimals: 191.02 万元. */
export function asStated(fen: Fen, stated: Pick<StatedAmount, 'unit' | 'step'>): string {
  if (stated.unit === '亿元') return `${formatAmount(fen, { unit: '万元', decimals: Math.max(0, Math.round(Math.log10(FEN_PER['万元'] / Math.min(stated.step, FEN_PER['万元'])))) })}万元`;
  const decimals = Math.max(0, Math.round(Math.log10(FEN_PER[stated.unit] / stated.step)));
  return `${formatAmount(fen, { unit: stated.unit, decimals })}${stated.unit}`;
}

/**
 * formatPercent(part, whole, decimals) as the number it prints × 10^decimals (-0 where it prints
 * “-0.00”), without the text: null from a zero base. Integer arithmetic in doubles while every
 * intermediate stays exact (|part| × 100 × 10^decimals and |whole| up to 2^52), else the text's.
 */
export function percentScaled(part: Fen, whole: Fen, decimals: number): number | null {
  if (whole === 0) return null;
  const an = Math.abs(part) * 100 * 10 ** decimals;
  const ad = Math.abs(whole);
  if (!(an <= 2 ** 52 && ad <= 2 ** 52 && Number.isInteger(an) && Number.isInteger(ad) && decimals >= 0 && decimals <= 15)) {
    const text = formatPercent(part, whole, decimals);
    return text === null ? null : (percentOf(text)?.scaled ?? null);
  }
  // q = an ÷ ad rounded half up, as formatPercent's BigInt division and remainder.
  let q = Math.floor(an / ad);
  let r = an - q * ad;
  while (r < 0) {
    q--;
    r += ad;
  }
  while (r >= ad) {
    q++;
    r -= ad;
  }
  if (r * 2 >= ad) q++;
  const negative = part < 0 !== whole < 0 && part !== 0;
  return negative ? -q : q;
}

/**
 * The range of percentages (scaled to `decimals`) that num / den can print as when num and den
 * are each known only to ±half: [min, max], or undefined when den can be zero or negative.
 */
export function ratioRange(num: Fen, den: Fen, halfNum: Fen, halfDen: Fen, decimals: number): [number, number] | undefined {
  const d1 = den - halfDen;
  const d2 = den + halfDen;
  // The four corners in the order (num − half, den − half), (num − half, den + half), (num + half, …).
  if (d1 <= 0) return undefined;
  if (d2 <= 0) return undefined;
  const n1 = num - halfNum;
  const n2 = num + halfNum;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < 4; i++) {
    const v = percentScaled(i < 2 ? n1 : n2, i % 2 === 0 ? d1 : d2, decimals);
    if (v === null) continue;
    min = Math.min(min, v);
    max = Math.max(max, v);
  }
  return [min, max];
}

/** The share part / whole printed with the stated decimals, and whether the stated share agrees. */
export function shareAgrees(stated: StatedPercent, part: Fen, whole: Fen, halfPart: Fen, halfWhole: Fen): { ok: boolean; expected: string } {
  const ok = shareInRange(stated, part, whole, halfPart, halfWhole);
  return { ok, expected: formatPercent(part, whole, stated.decimals) ?? '—' };
}

/** shareAgrees without the expected share's text (worked out only for a finding). */
export function shareInRange(stated: StatedPercent, part: Fen, whole: Fen, halfPart: Fen, halfWhole: Fen): boolean {
  const range = ratioRange(part, whole, halfPart, halfWhole, stated.decimals);
  if (!range) return false;
  return stated.scaled >= range[0] && stated.scaled <= range[1];
}
