// Reading the narrative (第二部分 情况说明) for rules: finding a section or a (一)(二) subsection by
// its topic, the amounts ("2002.45 万元"), shares ("占 9.54%"), counts ("共 7 个项目") and change
// clauses ("增加 798.31 万元，增长 66.30%") it states, the table figure each statement describes,
// and the comparisons that allow for the narrative's rounding. Pure; integer 分 throughout.
import type { Budget, LastYear, ThreePublic } from '../model/budget.ts';
import { budgetKindOf } from '../model/budget.ts';
import type { DocTable, Document, NarrativeSection, Row } from '../model/document.ts';
import type { Fen } from '../money/money.ts';
import { FEN_PER, formatAmount, formatPercent, roundFen, stepFor } from '../money/money.ts';
import { amountAt, colIndex, findTable, textAt } from './doc-access.ts';
import { checkMemo, docMemo, getDocSlot, getTableSlot, objectMemo, setDocSlot, setTableSlot, slot, tableMemo } from './memo.ts';
import type { Location, Reporter } from './types.ts';

// ——— Sections and topics ———

/** Topics of the explanation part, recognised by heading words (numbering differs by region). */
export const TOPIC = {
  overall: (h) => /收入支出预算总体情况|收支预算总体情况|收支总体情况/.test(h) && !/财政拨款/.test(h),
  income: (h) => /收入预算(总体)?情况/.test(h) && !/支出/.test(h),
  expenditure: (h) => /支出预算(总体)?情况/.test(h) && !/收入|一般公共预算|基本支出|三公|政府性基金|国有资本|财政拨款/.test(h),
  fiscal: (h) => /财政拨款收入支出|财政拨款收支/.test(h),
  generalPublic: (h) => /一般公共预算支出/.test(h) && !/基本支出|三公/.test(h),
  basic: (h) => /基本支出/.test(h) && !/三公/.test(h),
  threePublic: (h) => /三公/.test(h),
  governmentFund: (h) => /政府性基金/.test(h) && !/财政拨款/.test(h),
  stateCapital: (h) => /国有资本经营/.test(h) && !/财政拨款/.test(h),
} satisfies Record<string, (heading: string) => boolean>;

/** A paragraph of the narrative, with its section and index. */
export interface Spot {
  section: NarrativeSection;
  paragraph: number;
  text: string;
}

export function hasNarrative(doc: Document): boolean {
  return (doc.narrative ?? []).some((s) => s.part === 'explanation');
}

/** Reports insufficient data when the document has no 情况说明; returns whether it has one. */
export function requireNarrative(doc: Document, report: Reporter): boolean {
  if (hasNarrative(doc)) return true;
  report.insufficient('文件没有情况说明（第二部分）文字，无法核对');
  return false;
}

const EXPLANATION = slot<NarrativeSection[]>('explanationSections');

/** The sections of the explanation part (shared within a check: do not modify). */
export function explanationSections(doc: Document): NarrativeSection[] {
  const memo = docMemo(doc);
  const hit = getDocSlot(memo, EXPLANATION);
  if (hit !== undefined) return hit;
  return setDocSlot(memo, EXPLANATION, (doc.narrative ?? []).filter((s) => s.part === 'explanation'));
}

/** Spots by topic (the topic function or words), per check. */
const SPOTS = slot<Map<object, Spot[]>>('spots');

function memoSpots(doc: Document, topic: object, find: () => Spot[]): Spot[] {
  const memo = docMemo(doc);
  if (memo === undefined) return find();
  let byTopic = getDocSlot(memo, SPOTS);
  if (byTopic === undefined) byTopic = setDocSlot(memo, SPOTS, new Map());
  let spots = byTopic.get(topic);
  if (spots === undefined) {
    spots = find();
    byTopic.set(topic, spots);
  }
  return spots;
}

/** All paragraphs of the explanation sections whose heading is on the topic (shared within a check: do not modify). */
export function sectionSpots(doc: Document, topic: (heading: string) => boolean): Spot[] {
  return memoSpots(doc, topic, () => explanationSections(doc)
    .filter((s) => topic(s.heading))
    .flatMap((section) => section.paragraphs.map((text, paragraph) => ({ section, paragraph, text }))));
}

const SUBHEADING = /^[（(][一二三四五六七八九十]+[）)]/;

/**
 * The paragraphs about a topic of 其他重要事项 and the like: a section whose heading matches, or a
 * （一）（二） subsection whose subheading matches — the subheading and the paragraphs after it.
 */
export function topicSpots(doc: Document, words: RegExp): Spot[] {
  return words.global || words.sticky ? findTopicSpots(doc, words) : memoSpots(doc, words, () => findTopicSpots(doc, words));
}

function findTopicSpots(doc: Document, words: RegExp): Spot[] {
  const whole = explanationSections(doc).filter((s) => words.test(s.heading));
  if (whole.length > 0) return whole.flatMap((section) => section.paragraphs.map((text, paragraph) => ({ section, paragraph, text })));
  const out: Spot[] = [];
  for (const section of explanationSections(doc)) {
    let inside = false;
    section.paragraphs.forEach((text, paragraph) => {
      if (SUBHEADING.test(text)) inside = words.test(text.length < 60 ? text : text.slice(0, 40));
      if (inside) out.push({ section, paragraph, text });
    });
  }
  return out;
}

/** The sentence (up to 。；！？) around a position of a paragraph. */
export function sentenceAt(text: string, index: number): string {
  const ends = /[。；;！？!?]/g;
  let start = 0;
  let m: RegExpExecArray | null;
  while ((m = ends.exec(text))) {
    const end = m.index + 1;
    if (index < end) return text.slice(start, end).trim();
    start = end;
  }
  return text.slice(start).trim();
}

/** A narrative location: section heading, paragraph and the quoted sentence. */
export function spotLocation(spot: Spot, index = 0): Location {
  return { section: spot.section.heading, paragraph: spot.paragraph, sentence: sentenceAt(spot.text, index) };
}

// ——— Numbers in text ———

export type TextMoneyUnit = '元' | '万元' | '亿元';

export interface StatedAmount {
  fen: Fen;
  /** The number as printed, and its unit. */
  text: string;
  unit: TextMoneyUnit;
  /** One unit of the last printed digit, in 分 (0.01 万元 → 10000). */
  step: Fen;
  start: number;
  end: number;
}

const NUMBER = String.raw`(-?\d[\d,，]*(?:\.\d+)?)`;
const AMOUNT = new RegExp(String.raw`${NUMBER}\s*(亿元|万元|元)`, 'g');

/** Converts a printed number in a unit into 分; undefined when finer than 1 分 or not a number. */
export function toFen(number: string, unit: TextMoneyUnit): { fen: Fen; step: Fen } | undefined {
  const clean = number.replace(/[,，]/g, '');
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(clean);
  if (!m) return undefined;
  const decimals = (m[3] ?? '').length;
  const perUnit = unit === '亿元' ? 10_000 * FEN_PER['万元'] : FEN_PER[unit];
  const scale = 10 ** decimals;
  if (perUnit % scale !== 0) return undefined;
  const step = perUnit / scale;
  const units = Number(`${m[2]}${m[3] ?? ''}`);
  const fen = units * step;
  if (!Number.isSafeInteger(fen)) return undefined;
  return { fen: m[1] === '-' ? -fen : fen, step };
}

const AMOUNTS = slot<Map<string, StatedAmount[]>>('amountsIn');

/** Every amount of money a text states, in order (shared within a check: do not modify). */
export function amountsIn(text: string): StatedAmount[] {
  const memo = checkMemo();
  if (memo === undefined) return findAmounts(text);
  let byText = getDocSlot(memo, AMOUNTS);
  if (byText === undefined) byText = setDocSlot(memo, AMOUNTS, new Map());
  let amounts = byText.get(text);
  if (amounts === undefined) {
    amounts = findAmounts(text);
    byText.set(text, amounts);
  }
  return amounts;
}

function findAmounts(text: string): StatedAmount[] {
  const out: StatedAmount[] = [];
  for (const m of text.matchAll(AMOUNT)) {
    // Not part of a longer number or code (e.g. "410305230000 元" is not expected in prose).
    const before = text[(m.index ?? 0) - 1] ?? '';
    if (/[\d.]/.test(before)) continue;
    const unit = m[2] as TextMoneyUnit;
    const conv = toFen(m[1] ?? '', unit);
    if (!conv) continue;
    out.push({ fen: conv.fen, text: (m[1] ?? '').replace(/[,，]/g, ''), unit, step: conv.step, start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  }
  return out;
}

/** Words that make a keyword-then-amount match a change rather than the figure itself. */
const CHANGE_WORDS = /增加|减少|增长|下降|上升|降低|相比|较上年|比上年|同比|增幅|降幅|变化/;

export interface Found {
  spot: Spot;
  amount: StatedAmount;
  /** Where the keyword starts in the paragraph. */
  index: number;
}

/**
 * The first amount stated right after a keyword ("基本支出 191.02 万元", "一般公共预算基本支出年初预算为
 * 191.02 万元"): at most `gap` characters between them, none a digit or a clause break, and not a
 * change ("增加 798.31 万元").
 */
export function statedAfter(spots: readonly Spot[], keyword: RegExp, gap = 14): Found | undefined {
  const re = statedAfterPattern(keyword, gap);
  for (const spot of spots) {
    // The matches of matchAll, found with the shared pattern itself (it cannot match empty text).
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(spot.text)) !== null) {
      const filler = m[1] ?? '';
      if (CHANGE_WORDS.test(filler)) continue;
      const unit = m[3] as TextMoneyUnit;
      const conv = toFen(m[2] ?? '', unit);
      if (!conv) continue;
      const numberText = (m[2] ?? '').replace(/[,，]/g, '');
      const end = (m.index ?? 0) + m[0].length;
      const start = end - m[0].length + m[0].lastIndexOf(m[2] ?? '');
      return { spot, index: m.index ?? 0, amount: { fen: conv.fen, text: numberText, unit, step: conv.step, start, end } };
    }
  }
  return undefined;
}

/** The pattern of statedAfter for a keyword and gap, built once (a RegExp's source cannot change). */
function statedAfterPattern(keyword: RegExp, gap: number): RegExp {
  let byGap = statedPatterns.get(keyword);
  if (byGap === undefined) {
    byGap = new Map();
    statedPatterns.set(keyword, byGap);
  }
  let re = byGap.get(gap);
  if (re === undefined) {
    re = new RegExp(String.raw`(?:${keyword.source})([^，。；;、：:,\d%]{0,${gap}}?)${NUMBER}\s*(亿元|万元|元)`, 'g');
    byGap.set(gap, re);
  }
  return re;
}

const statedPatterns = new WeakMap<RegExp, Map<number, RegExp>>();

export interface StatedPercent {
  text: string;
  /** Value × 10^decimals as an integer, and the decimals printed. */
  scaled: number;
  decimals: number;
  start: number;
  end: number;
}

export function percentOf(text: string, start = 0, end = start + text.length): StatedPercent | undefined {
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text.trim());
  if (!m) return undefined;
  const decimals = (m[3] ?? '').length;
  const scaled = Number(`${m[2]}${m[3] ?? ''}`) * (m[1] === '-' ? -1 : 1);
  return { text: text.trim(), scaled, decimals, start, end };
}

/** A share stated right after an amount: "，占 9.54%", "，占比 9.54%", "，占支出合计的 9.54%". */
export function shareAfter(text: string, from: number): StatedPercent | undefined {
  const m = /^\s*[，,]?\s*(?:占|所占比重为|比重为?)[^%\d，。；;]{0,12}?(-?\d+(?:\.\d+)?)\s*[%％]/.exec(text.slice(from));
  if (!m) return undefined;
  const numStart = from + m[0].indexOf(m[1] ?? '');
  return percentOf(m[1] ?? '', numStart, from + m[0].length);
}

/** A count of projects: "共 7 个项目", "7 个项目", "项目 7 个". */
export function projectCountIn(text: string): { n: number; start: number } | undefined {
  const m = /(?:共|涉及|合计)?\s*(\d+)\s*个(?:预算|支出)?项目|项目(?:共)?\s*(\d+)\s*个/.exec(text);
  if (!m) return undefined;
  return { n: Number(m[1] ?? m[2]), start: m.index };
}

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

/** The table figure a key names, or undefined when the document does not print it. */
/** The figure of a column in a table's total row. */
function totalFigure(doc: Document, id: Parameters<typeof findTable>[1], col: string, label: string): Figure | undefined {
  const table = findTable(doc, id);
  return table ? figureAt(table, totalRow(table), col, label) : undefined;
}

export function figure(doc: Document, key: FigureKey): Figure | undefined {
  const summary = findTable(doc, 'income-expenditure-summary');
  switch (key) {
    case 'incomeGrandTotal':
      return summary ? figureAt(summary, totalRow(summary), 'left.amount', '收入总计') : undefined;
    case 'expenditureGrandTotal':
      return summary ? figureAt(summary, totalRow(summary), 'right.amount', '支出总计') : undefined;
    case 'incomeThisYear': {
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
    const name = (nameCol >= 0 ? textAt(row, nameCol) : '') || row.name || '';
    if (row.kind === 'project' || name.trim() !== '') out.push({ row, index, name: name.trim() });
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

function scaledPercent(text: string | null): number | undefined {
  if (text === null) return undefined;
  return percentOf(text)?.scaled;
}

/**
 * The range of percentages (scaled to `decimals`) that num / den can print as when num and den
 * are each known only to ±half: [min, max], or undefined when den can be zero or negative.
 */
export function ratioRange(num: Fen, den: Fen, halfNum: Fen, halfDen: Fen, decimals: number): [number, number] | undefined {
  const values: number[] = [];
  for (const n of [num - halfNum, num + halfNum]) {
    for (const d of [den - halfDen, den + halfDen]) {
      if (d <= 0) return undefined;
      const v = scaledPercent(formatPercent(n, d, decimals));
      if (v !== undefined) values.push(v);
    }
  }
  return [Math.min(...values), Math.max(...values)];
}

/** The share part / whole printed with the stated decimals, and whether the stated share agrees. */
export function shareAgrees(stated: StatedPercent, part: Fen, whole: Fen, halfPart: Fen, halfWhole: Fen): { ok: boolean; expected: string } {
  const exact = formatPercent(part, whole, stated.decimals) ?? '—';
  const range = ratioRange(part, whole, halfPart, halfWhole, stated.decimals);
  if (!range) return { ok: false, expected: exact };
  return { ok: stated.scaled >= range[0] && stated.scaled <= range[1], expected: exact };
}

// ——— Changes against last year ———

export type Direction = 'up' | 'down' | 'flat';

const UP = ['增加', '增长', '上升', '提高', '增多', '增幅'];
const DOWN = ['减少', '下降', '降低', '减小', '缩减', '压减', '降幅'];

export function directionOf(word: string): Direction | undefined {
  if (UP.some((w) => word.startsWith(w))) return 'up';
  if (DOWN.some((w) => word.startsWith(w))) return 'down';
  if (/持平|一致|不变|相同|无变化|没有变化/.test(word)) return 'flat';
  return undefined;
}

export const DIRECTION_ZH: Record<Direction, string> = { up: '增加', down: '减少', flat: '持平' };

export interface ChangeClause {
  spot: Spot;
  /** Text naming what changed ("收支总计各", "一般公共预算收支预算", "预算数与 2022 年相比"). */
  subject: string;
  /** Position of the clause (its first direction word) in the paragraph. */
  index: number;
  amountWord?: string;
  amount?: StatedAmount;
  rateWord?: string;
  rate?: StatedPercent;
  flatWord?: string;
}

const DIR_WORDS = '增加|增长|上升|提高|增多|减少|下降|降低|减小|缩减|压减';
const CHANGE_AMOUNT = new RegExp(String.raw`(${DIR_WORDS})\s*了?\s*${NUMBER}\s*(亿元|万元|元)`, 'g');
const RATE_AFTER = new RegExp(String.raw`^\s*[，,]?\s*(?:同比)?(增长|下降|上升|降低|增加|减少|增幅为?|降幅为?)\s*了?\s*(-?\d+(?:\.\d+)?)\s*[%％]`);
const RATE_ONLY = new RegExp(String.raw`(增长|下降|上升|降低|增加|减少|增幅为?|降幅为?)\s*了?\s*(-?\d+(?:\.\d+)?)\s*[%％]`, 'g');
const FLAT = /持平|保持一致|基本一致|保持不变|没有变化|无变化|不变|相同/g;

/** The subject of a clause: the text before `index` back to the last clause break. */
function subjectBefore(text: string, index: number): string {
  const before = text.slice(0, index);
  let cut = -1;
  for (const p of CLAUSE_BREAKS) cut = Math.max(cut, before.lastIndexOf(p));
  return before.slice(cut + 1).trim();
}

const CLAUSE_BREAKS = ['，', '。', '；', '：', ',', ';', ':'];

const CLAUSES = slot<{ text: string; clauses: ChangeClause[] }[]>('changeClauses');

/**
 * Every change clause of a paragraph: amount (and rate), rate alone, or 持平 / 保持一致. Worked out
 * once per paragraph per check (the clauses of the first spot asked for): do not modify.
 */
export function changeClauses(spot: Spot): ChangeClause[] {
  const memo = objectMemo(spot.section);
  if (memo === undefined) return findChangeClauses(spot);
  const byParagraph = getTableSlot(memo, CLAUSES) ?? setTableSlot(memo, CLAUSES, []);
  const hit = byParagraph[spot.paragraph];
  if (hit !== undefined && hit.text === spot.text) return hit.clauses;
  const clauses = findChangeClauses(spot);
  if (hit === undefined) byParagraph[spot.paragraph] = { text: spot.text, clauses };
  return clauses;
}

function findChangeClauses(spot: Spot): ChangeClause[] {
  const text = spot.text;
  const out: ChangeClause[] = [];
  const covered: [number, number][] = [];
  for (const m of text.matchAll(CHANGE_AMOUNT)) {
    const index = m.index ?? 0;
    const unit = m[3] as TextMoneyUnit;
    const conv = toFen(m[2] ?? '', unit);
    if (!conv) continue;
    const end = index + m[0].length;
    const numStart = index + m[0].lastIndexOf(m[2] ?? '');
    const clause: ChangeClause = {
      spot, subject: subjectBefore(text, index), index, amountWord: m[1] ?? '',
      amount: { fen: conv.fen, text: (m[2] ?? '').replace(/[,，]/g, ''), unit, step: conv.step, start: numStart, end },
    };
    const r = RATE_AFTER.exec(text.slice(end));
    let clauseEnd = end;
    if (r) {
      const rStart = end + r[0].lastIndexOf(r[2] ?? '');
      const rate = percentOf(r[2] ?? '', rStart, end + r[0].length);
      if (rate) {
        clause.rateWord = r[1] ?? '';
        clause.rate = rate;
        clauseEnd = end + r[0].length;
      }
    }
    covered.push([index, clauseEnd]);
    out.push(clause);
  }
  for (const m of text.matchAll(RATE_ONLY)) {
    const index = m.index ?? 0;
    if (covered.some(([a, b]) => index >= a && index < b)) continue;
    const rStart = index + m[0].lastIndexOf(m[2] ?? '');
    const rate = percentOf(m[2] ?? '', rStart, index + m[0].length);
    if (!rate) continue;
    out.push({ spot, subject: subjectBefore(text, index), index, rateWord: m[1] ?? '', rate });
  }
  for (const m of text.matchAll(FLAT)) {
    const index = m.index ?? 0;
    // Only comparisons with last year ("与 2022 年相比保持一致"), not "与职责一致": the full sentence
    // up to the word (to its 。, across ；) must compare with a year.
    const before = text.slice(0, index);
    const sentence = before.slice(Math.max(before.lastIndexOf('。'), before.lastIndexOf('！'), before.lastIndexOf('？')) + 1);
    if (!/相比|上年|同比|\d{4}\s*年/.test(sentence)) continue;
    out.push({ spot, subject: subjectBefore(text, index), index, flatWord: m[0] });
  }
  return out.sort((a, b) => a.index - b.index);
}

/** Which figure a subject names (most specific first); undefined when it names none. */
export type ChangeKey = 'total' | 'generalPublic' | 'governmentFund' | 'stateCapital' | 'basic' | 'project'
  | 'threePublic' | 'abroad' | 'vehicle' | 'vehiclePurchase' | 'vehicleOperation' | 'reception' | 'operatingFunds';

export function subjectKey(subject: string): ChangeKey | undefined {
  if (/购置及运行|购置和运行/.test(subject)) return 'vehicle';
  if (/公务用车运行|车辆运行|运行维护费/.test(subject)) return 'vehicleOperation';
  if (/公务用车购置|车辆购置|购置费/.test(subject)) return 'vehiclePurchase';
  if (/出国/.test(subject)) return 'abroad';
  if (/接待/.test(subject)) return 'reception';
  if (/三公/.test(subject)) return 'threePublic';
  if (/机关运行经费|机构运转经费|运转经费|运行经费/.test(subject)) return 'operatingFunds';
  if (/政府性基金/.test(subject)) return 'governmentFund';
  if (/国有资本经营/.test(subject)) return 'stateCapital';
  if (/基本支出/.test(subject)) return 'basic';
  if (/项目支出/.test(subject)) return 'project';
  if (/一般公共预算/.test(subject)) return 'generalPublic';
  if (/收支总计|收入总计|支出总计|收支总预算|收支预算总计|总计/.test(subject)) return 'total';
  return undefined;
}

/** The label an amount carries: the text before it back to the last clause break. */
export function labelOf(text: string, amount: StatedAmount): string {
  return subjectBefore(text, amount.start);
}

/**
 * What a clause compares: its subject's key; for a generic subject ("预算数与 2022 年相比") the key
 * of the nearest amount stated before it in the paragraph; and that amount.
 */
const CLAUSE_KEY = slot<{ key?: ChangeKey; nearest?: StatedAmount }>('clauseKey');

export function clauseKey(clause: ChangeClause): { key?: ChangeKey; nearest?: StatedAmount } {
  // Clauses are shared within a check (changeClauses): each one's key is worked out once.
  const memo = objectMemo(clause);
  const hit = getTableSlot(memo, CLAUSE_KEY);
  if (hit !== undefined) return hit;
  return setTableSlot(memo, CLAUSE_KEY, findClauseKey(clause));
}

function findClauseKey(clause: ChangeClause): { key?: ChangeKey; nearest?: StatedAmount } {
  const direct = subjectKey(clause.subject);
  const before = amountsIn(clause.spot.text).filter((a) => a.end <= clause.index && !(clause.amount && a.start === clause.amount.start));
  const nearest = before[before.length - 1];
  if (direct) {
    // The nearest amount stated for the same key, if any.
    const same = [...before].reverse().find((a) => subjectKey(labelOf(clause.spot.text, a)) === direct);
    return same ? { key: direct, nearest: same } : { key: direct };
  }
  if (!nearest) return {};
  const key = subjectKey(labelOf(clause.spot.text, nearest));
  return key ? { key, nearest } : { nearest };
}

/** This year's table figure for a change key. */
export function thisYearFigure(doc: Document, key: ChangeKey, budget?: Budget): Figure | undefined {
  switch (key) {
    case 'total': return figure(doc, 'expenditureGrandTotal');
    case 'generalPublic': return figure(doc, 'gpTotal');
    case 'governmentFund': return figure(doc, 'gfTotal');
    case 'stateCapital': return figure(doc, 'scTotal');
    case 'basic': return figure(doc, 'basic');
    case 'project': return figure(doc, 'project');
    case 'threePublic': return figure(doc, 'threePublic');
    case 'abroad': return figure(doc, 'abroad');
    case 'vehicle': return figure(doc, 'vehicle');
    case 'vehiclePurchase': return figure(doc, 'vehiclePurchase');
    case 'vehicleOperation': return figure(doc, 'vehicleOperation');
    case 'reception': return figure(doc, 'reception');
    case 'operatingFunds': {
      const pub = figure(doc, 'public');
      if (pub && budget) {
        // { ...pub, fen, label }: the same keys in the same order.
        const organs = Object.assign({}, pub);
        organs.fen = operatingFunds(budget);
        organs.label = '机关运行经费';
        return organs;
      }
      return pub;
    }
  }
}

function tpSum(t: ThreePublic): Fen {
  return t.abroad + t.vehiclePurchase + t.vehicleOperation + t.reception;
}

/** Last year's figure for a change key from the Budget's lastYear, when recorded. */
export function lastYearFigure(last: LastYear | undefined, key: ChangeKey): Fen | undefined {
  if (!last) return undefined;
  const tp = last.threePublic;
  switch (key) {
    case 'total': return last.total;
    case 'generalPublic': return last.generalPublic;
    case 'governmentFund': return last.governmentFund;
    case 'stateCapital': return last.stateCapital;
    case 'basic': return last.basic;
    case 'project': return last.project;
    case 'threePublic': return tp ? tpSum(tp) : undefined;
    case 'abroad': return tp?.abroad;
    case 'vehicle': return tp ? tp.vehiclePurchase + tp.vehicleOperation : undefined;
    case 'vehiclePurchase': return tp?.vehiclePurchase;
    case 'vehicleOperation': return tp?.vehicleOperation;
    case 'reception': return tp?.reception;
    case 'operatingFunds': return last.operatingFunds;
  }
}

/** 机关运行经费: 公用经费 of the 一般公共预算 basic expenditure of administrative and 参公 units. */
export function operatingFunds(budget: Budget): Fen {
  const organs = new Set(budget.department.units.filter((u) => u.type !== 'institution').map((u) => u.code));
  let sum = 0;
  for (const l of budget.lines) {
    if (l.nature === 'public' && budgetKindOf(l.source) === 'general-public' && organs.has(l.unit)) sum += l.amount;
  }
  return sum;
}

// ——— Claims: a keyword, the figure it states, and an optional share ———

export interface Claim {
  /** Words that introduce the figure ("基本支出", "人员经费"). */
  keyword: RegExp;
  /** What the figure is, in words. */
  label: string;
  key: FigureKey;
  /** The figure a share stated after the amount is of ("占 9.54%"). */
  shareOf?: FigureKey;
}

export interface ClaimResult {
  claim: Claim;
  found: Found;
  figure?: Figure;
}

/**
 * Checks each claim found in the spots against its table figure (and its share), reporting a
 * finding per disagreement. Returns what was found, for sums within the text.
 */
export function checkClaims(doc: Document, report: Reporter, spots: readonly Spot[], claims: readonly Claim[], hint: string): ClaimResult[] {
  const results: ClaimResult[] = [];
  for (const claim of claims) {
    const found = statedAfter(spots, claim.keyword);
    if (!found) continue;
    const fig = figure(doc, claim.key);
    results.push(fig ? { claim, found, figure: fig } : { claim, found });
    if (!fig) continue;
    report.checked();
    const step = tableStep(doc, fig.table);
    const s = found.amount;
    if (!agrees(s, fig.fen, step)) {
      report.fail({
        message: `${found.spot.section.heading}写${claim.label} ${s.text}${s.unit}，但${fig.table.title}的${fig.label}为 ${asStated(fig.fen, s)}`,
        messageEn: `the narrative states ${claim.label} as ${s.text} ${s.unit}, but ${fig.table.id} prints ${asStated(fig.fen, s)}`,
        location: spotLocation(found.spot, s.start),
        expected: fig.fen,
        actual: s.fen,
        difference: s.fen - fig.fen,
        hint,
      });
    }
    if (!claim.shareOf) continue;
    const share = shareAfter(found.spot.text, s.end);
    if (!share) continue;
    const whole = figure(doc, claim.shareOf);
    if (!whole) continue;
    report.checked();
    const r = shareAgrees(share, fig.fen, whole.fen, tableStep(doc, fig.table) / 2, tableStep(doc, whole.table) / 2);
    if (!r.ok) {
      report.fail({
        message: `${found.spot.section.heading}写${claim.label}占 ${share.text}%，按表中数字 ${formatAmount(fig.fen, { unit: fig.table.unit, decimals: fig.table.decimals })} ÷ ${formatAmount(whole.fen, { unit: whole.table.unit, decimals: whole.table.decimals })} 应为 ${r.expected}%`,
        messageEn: `the narrative states the share of ${claim.label} as ${share.text}%, the tables give ${r.expected}%`,
        location: spotLocation(found.spot, share.start),
        expected: `${r.expected}%`,
        actual: `${share.text}%`,
        hint: '占比 = 该项 ÷ 合计 × 100%，保留两位小数四舍五入；按表中数字重算后改正。',
      });
    }
  }
  return results;
}

/** Checks that stated parts add up to a stated whole (each part allows one unit of its last digit). */
export function checkStatedSum(report: Reporter, whole: Found | undefined, parts: readonly (Found | undefined)[], what: string, whatEn: string): void {
  const present = parts.filter((p): p is Found => p !== undefined);
  if (!whole || present.length < 2) return;
  report.checked();
  const sum = present.reduce((a, p) => a + p.amount.fen, 0);
  const tol = present.reduce((a, p) => a + p.amount.step, 0);
  if (Math.abs(sum - whole.amount.fen) <= tol) return;
  report.fail({
    message: `${whole.spot.section.heading}中${what}合计 ${asStated(sum, whole.amount)}，与所写的 ${whole.amount.text}${whole.amount.unit}不符`,
    messageEn: `the parts of ${whatEn} add up to ${asStated(sum, whole.amount)}, not the stated ${whole.amount.text} ${whole.amount.unit}`,
    location: spotLocation(whole.spot, whole.amount.start),
    expected: sum,
    actual: whole.amount.fen,
    difference: whole.amount.fen - sum,
    tolerance: tol,
    hint: '核对各分项与合计，改正打错的数字（允许每个分项末位一个单位的四舍五入误差）。',
  });
}

/**
 * The common shape of a section rule: requires the narrative and the section, checks the claims
 * found there, and reports not applicable when the section states none of them.
 */
export function checkSection(
  doc: Document,
  report: Reporter,
  topic: (heading: string) => boolean,
  what: string,
  claims: readonly Claim[],
  hint: string,
): ClaimResult[] | undefined {
  if (!requireNarrative(doc, report)) return undefined;
  const spots = sectionSpots(doc, topic);
  if (spots.length === 0) {
    report.insufficient(`情况说明中没有${what}部分`);
    return undefined;
  }
  const results = checkClaims(doc, report, spots, claims, hint);
  if (results.length === 0) report.notApplicable(`${what}部分没有写出可核对的数字`);
  return results;
}

/** The result of a claim by its label, for sums within the text. */
export function foundOf(results: readonly ClaimResult[] | undefined, label: string): Found | undefined {
  return results?.find((r) => r.claim.label === label)?.found;
}

/** Rounds 分 to a printed step (四舍五入). */
export function roundTo(fen: Fen, step: Fen): Fen {
  return roundFen(fen, step);
}

/**
 * The amounts a paragraph states for last year and this year before a clause ("2022年当年预算执行数为
 * 1.48万元，2023年预算安排2.63万元，比2022年预算执行数增加77.70%"), recognised by the year in their
 * labels (or 上年 / 本年).
 */
const STATED_YEARS = slot<{ year: number; years: { last?: StatedAmount; current?: StatedAmount } }>('statedYears');

export function statedYears(clause: ChangeClause, year: number): { last?: StatedAmount; current?: StatedAmount } {
  const memo = objectMemo(clause);
  const hit = getTableSlot(memo, STATED_YEARS);
  if (hit !== undefined && hit.year === year) return hit.years;
  return setTableSlot(memo, STATED_YEARS, { year, years: findStatedYears(clause, year) }).years;
}

function findStatedYears(clause: ChangeClause, year: number): { last?: StatedAmount; current?: StatedAmount } {
  const text = clause.spot.text;
  const sentenceStart = Math.max(text.lastIndexOf('。', clause.index - 1), -1) + 1;
  const before = amountsIn(text).filter((a) => a.start >= sentenceStart && a.end <= clause.index);
  let years = yearPatterns.get(year);
  if (years === undefined) {
    years = { lastRe: new RegExp(String.raw`${year - 1}\s*年|上年|上一年`), thisRe: new RegExp(String.raw`${year}\s*年|本年|今年`) };
    yearPatterns.set(year, years);
  }
  const { lastRe, thisRe } = years;
  const out: { last?: StatedAmount; current?: StatedAmount } = {};
  for (const a of before) {
    const label = labelOf(text, a);
    if (lastRe.test(label)) out.last = a;
    else if (thisRe.test(label)) out.current = a;
  }
  return out;
}

/** The patterns of statedYears per budget year (without the g flag: no state between uses). */
const yearPatterns = new Map<number, { lastRe: RegExp; thisRe: RegExp }>();
