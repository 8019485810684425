// Charts for the printed disclosure, drawn on the server as SVG with ECharts (no browser, no
// script in the page): expenditure by 功能分类 类, 基本支出 vs 项目支出, and this year against last
// year (收支总计, 一般公共预算, “三公”经费). Every figure comes from the Document — the tables, and for
// last year the 情况说明's change clauses (“增加 798.31 万元”, “保持一致”) or figures the caller
// passes (the Budget's lastYear) — and every label is printed by formatAmount / formatPercent, so
// a chart never shows a number the tables do not. Output is deterministic: ECharts' instance ids
// are replaced by the chart's own id, hover styles are dropped, animation is off.
import * as echarts from 'echarts/core';
import { BarChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TitleComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import { bundledClassification } from '../core/classification/bundled.ts';
import { functionalItem } from '../core/classification/lookup.ts';
import type { DocTable, Document } from '../core/model/document.ts';
import type { Fen } from '../core/money/money.ts';
import { formatAmount, formatPercent } from '../core/money/money.ts';
import {
  changeClauses, clauseKey, directionOf, explanationSections, figure, statedYears, thisYearFigure, TOPIC,
} from '../core/rules/narrative-helpers.ts';
import { escapeHtml } from './html.ts';

echarts.use([PieChart, BarChart, GridComponent, LegendComponent, TitleComponent, SVGRenderer]);

/** Font of the chart text: the TrueType builds of Noto Sans CJK SC first (see pdf.ts), then the system's. */
export const CHART_FONT = 'Noto Sans CJK SC TT, Noto Sans CJK SC TT Full, Noto Sans CJK SC, Source Han Sans SC, sans-serif';

/** Which 情况说明 section a chart illustrates (by topic); unplaced charts go on a 图表 page. */
export type ChartTopic = 'overall' | 'expenditure' | 'generalPublic' | 'threePublic';

export interface Chart {
  /** Stable id, also the prefix of every id inside the SVG: "chart-by-class". */
  id: string;
  /** 图 1 … numbering is the assembler's; this is the chart's name. */
  title: string;
  /** One sentence under the chart: what it shows, its unit and source (and what is missing). */
  caption: string;
  /** The chart in words for readers who cannot see it (the SVG's <title>/<desc>). */
  alt: string;
  topic: ChartTopic;
  /** Self-contained SVG markup. */
  svg: string;
}

/** Last year's figures for the comparison chart, in 分; absent ones are drawn as this year only. */
export interface LastYearFigures {
  total?: Fen;
  generalPublic?: Fen;
  threePublic?: Fen;
}

export interface ChartOptions {
  /** Last year's figures (e.g. from the Budget's lastYear); else read from the narrative. */
  lastYear?: LastYearFigures;
  /** Drawing size in CSS pixels (the page scales the SVG to its width). Default 640 × 300. */
  width?: number;
  height?: number;
}

const PALETTE = ['#2f5597', '#c55a11', '#548235', '#7f6000', '#5b9bd5', '#a5a5a5', '#7030a0', '#bf9000', '#2e75b6', '#843c0c'];
const TEXT = '#262626';

/** The charts the document supports, in reading order; a chart whose figures are missing is left out. */
export function documentCharts(doc: Document, opts: ChartOptions = {}): Chart[] {
  const size = { width: opts.width ?? 640, height: opts.height ?? 300 };
  const charts: Chart[] = [];
  const year = yearChart(doc, opts.lastYear, size);
  if (year) charts.push(year);
  const split = basicProjectChart(doc, size);
  if (split) charts.push(split);
  const byClass = classChart(doc, size);
  if (byClass) charts.push(byClass);
  return charts;
}

// ——— expenditure by 类 ———

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

function classChart(doc: Document, size: Size): Chart | undefined {
  const slices = expenditureByClass(doc);
  const whole = slices.reduce((a, s) => a + s.fen, 0);
  if (slices.length === 0 || whole <= 0 || slices.some((s) => s.fen < 0)) return undefined;
  const unit = unitOf(doc, 'expenditure');
  const items = slices.map((s, i) => ({
    name: `${s.code} ${s.name}`,
    fen: s.fen,
    label: `${s.code} ${s.name}\n${money(s.fen, unit)}（${formatPercent(s.fen, whole) ?? '—'}%）`,
    color: PALETTE[i % PALETTE.length]!,
  }));
  const title = '部门支出按功能分类（类）构成';
  const words = slices.map((s) => `${s.code} ${s.name} ${money(s.fen, unit)}，占 ${formatPercent(s.fen, whole)}%`).join('；');
  return {
    id: 'chart-by-class',
    title,
    caption: `${doc.meta.year}年部门支出合计 ${money(whole, unit)}，按支出功能分类科目“类”汇总；数据来自部门支出预算表。`,
    alt: `${title}（饼图）：${words}。`,
    topic: 'expenditure',
    svg: pieSvg('chart-by-class', title, `${title}：${words}。`, items, size),
  };
}

// ——— 基本支出 vs 项目支出 ———

function basicProjectChart(doc: Document, size: Size): Chart | undefined {
  const basic = figure(doc, 'basic')?.fen;
  const project = figure(doc, 'project')?.fen;
  if (basic === undefined || project === undefined || basic < 0 || project < 0 || basic + project <= 0) return undefined;
  const whole = basic + project;
  const unit = unitOf(doc, 'expenditure');
  const parts = [
    { name: '基本支出', fen: basic, color: PALETTE[0]! },
    { name: '项目支出', fen: project, color: PALETTE[1]! },
  ];
  const items = parts.map((p) => ({ ...p, label: `${p.name}\n${money(p.fen, unit)}（${formatPercent(p.fen, whole) ?? '—'}%）` }));
  const title = '基本支出与项目支出';
  const words = parts.map((p) => `${p.name} ${money(p.fen, unit)}，占 ${formatPercent(p.fen, whole)}%`).join('；');
  return {
    id: 'chart-basic-project',
    title,
    caption: `${doc.meta.year}年部门支出合计 ${money(whole, unit)} 中基本支出与项目支出的构成；数据来自部门支出预算表合计行。`,
    alt: `${title}（饼图）：${words}。`,
    topic: 'expenditure',
    svg: pieSvg('chart-basic-project', title, `${title}：${words}。`, items, size),
  };
}

// ——— this year vs last year ———

type YearKey = keyof LastYearFigures;
const YEAR_KEYS: { key: YearKey; label: string }[] = [
  { key: 'total', label: '收支总计' },
  { key: 'generalPublic', label: '一般公共预算' },
  { key: 'threePublic', label: '“三公”经费' },
];

/**
 * Last year's 收支总计, 一般公共预算 and “三公”经费 as the 情况说明 states them: a stated last-year
 * amount, else this year's table figure less the stated change (增加 / 减少 …), or this year's
 * figure when the text says 保持一致 / 持平. Figures the text does not compare are absent.
 */
export function lastYearFromNarrative(doc: Document): LastYearFigures {
  const out: LastYearFigures = {};
  for (const section of explanationSections(doc)) {
    section.paragraphs.forEach((text, paragraph) => {
      for (const clause of changeClauses({ section, paragraph, text })) {
        const { key } = clauseKey(clause);
        if (key !== 'total' && key !== 'generalPublic' && key !== 'threePublic') continue;
        if (out[key] !== undefined) continue;
        const current = thisYearFigure(doc, key)?.fen;
        if (current === undefined) continue;
        const stated = statedYears(clause, doc.meta.year);
        if (stated.last) {
          out[key] = stated.last.fen;
          continue;
        }
        const direction = clause.flatWord ? 'flat' : directionOf(clause.amountWord ?? '');
        if (direction === 'flat') out[key] = current;
        else if (direction && clause.amount) out[key] = current - (direction === 'up' ? clause.amount.fen : -clause.amount.fen);
      }
    });
  }
  return out;
}

function yearChart(doc: Document, given: LastYearFigures | undefined, size: Size): Chart | undefined {
  const current: Record<YearKey, Fen | undefined> = {
    total: figure(doc, 'expenditureGrandTotal')?.fen ?? figure(doc, 'expenditureTotal')?.fen,
    generalPublic: figure(doc, 'gpTotal')?.fen,
    threePublic: figure(doc, 'threePublic')?.fen,
  };
  const fromText = lastYearFromNarrative(doc);
  const last: LastYearFigures = { ...fromText, ...definedOnly(given ?? {}) };
  const groups = YEAR_KEYS.filter((k) => current[k.key] !== undefined).map((k) => ({
    ...k,
    current: current[k.key]!,
    last: last[k.key],
  }));
  if (groups.length === 0) return undefined;
  const unit = unitOf(doc, 'income-expenditure-summary');
  const { year } = doc.meta;
  const missing = groups.filter((g) => g.last === undefined).map((g) => g.label);
  const title = `${year}年与${year - 1}年预算对比`;
  const words = groups
    .map((g) => `${g.label}：${year}年 ${money(g.current, unit)}${g.last === undefined ? `，${year - 1}年未记录` : `，${year - 1}年 ${money(g.last, unit)}`}`)
    .join('；');
  const source = given && Object.keys(definedOnly(given)).length > 0 ? '预算数据所记上年预算数' : '情况说明所述与上年的比较';
  const caption =
    missing.length === groups.length
      ? `文件未记录${year - 1}年预算数，仅列${year}年数；单位：${unit.unit}。`
      : `单位：${unit.unit}；${year - 1}年数据来自${source}${missing.length > 0 ? `；${missing.join('、')}未记录上年数，仅列${year}年` : ''}。`;
  return {
    id: 'chart-year',
    title,
    caption,
    alt: `${title}（柱状图）：${words}。`,
    topic: 'overall',
    svg: yearSvg('chart-year', title, `${title}：${words}。`, groups, year, unit, size),
  };
}

function definedOnly(f: LastYearFigures): LastYearFigures {
  const out: LastYearFigures = {};
  for (const k of ['total', 'generalPublic', 'threePublic'] as const) if (f[k] !== undefined) out[k] = f[k];
  return out;
}

// ——— drawing ———

interface Size {
  width: number;
  height: number;
}

interface PieItem {
  name: string;
  fen: Fen;
  label: string;
  color: string;
}

function pieSvg(id: string, title: string, desc: string, items: PieItem[], size: Size): string {
  return draw(id, title, desc, size, {
    color: items.map((i) => i.color),
    series: [
      {
        type: 'pie',
        radius: ['34%', '62%'],
        center: ['50%', '52%'],
        avoidLabelOverlap: true,
        minShowLabelAngle: 0,
        startAngle: 90,
        itemStyle: { borderColor: '#fff', borderWidth: 1 },
        label: { fontSize: 12, lineHeight: 17, color: TEXT },
        labelLine: { length: 14, length2: 18 },
        data: items.map((i) => ({
          name: i.name,
          value: i.fen,
          itemStyle: { color: i.color },
          label: { formatter: i.label.replace(/[{}|]/g, '') },
        })),
      },
    ],
  });
}

interface YearGroup {
  label: string;
  current: Fen;
  last: Fen | undefined;
}

function yearSvg(id: string, title: string, desc: string, groups: YearGroup[], year: number, unit: Printed, size: Size): string {
  // One small panel a figure: the figures differ by orders of magnitude (2002.45 vs 0.10).
  const n = groups.length;
  const gap = 4;
  const panel = (100 - gap * (n + 1)) / n;
  const grid = groups.map((_, i) => ({ left: `${gap + i * (panel + gap)}%`, width: `${panel}%`, top: 44, bottom: 40, containLabel: false }));
  const xAxis = groups.map((g, i) => ({
    type: 'category' as const,
    gridIndex: i,
    data: [`${year - 1}年`, `${year}年`],
    name: g.label,
    nameLocation: 'middle' as const,
    nameGap: 24,
    nameTextStyle: { fontSize: 12, color: TEXT, fontWeight: 'bold' as const },
    axisTick: { show: false },
    axisLabel: { fontSize: 11, color: TEXT },
    axisLine: { lineStyle: { color: '#7f7f7f' } },
  }));
  const yAxis = groups.map((g, i) => ({
    type: 'value' as const,
    gridIndex: i,
    show: false,
    min: 0,
    max: Math.max(g.current, g.last ?? 0, 1) * 1.18,
  }));
  const series = groups.map((g, i) => ({
    type: 'bar' as const,
    xAxisIndex: i,
    yAxisIndex: i,
    barWidth: '46%',
    data: [
      g.last === undefined
        ? { value: 0, itemStyle: { color: 'transparent' }, label: { formatter: '未记录', color: '#7f7f7f' } }
        : { value: g.last, itemStyle: { color: PALETTE[5]! }, label: { formatter: num(g.last, unit) } },
      { value: g.current, itemStyle: { color: PALETTE[0]! }, label: { formatter: num(g.current, unit) } },
    ],
    label: { show: true, position: 'top' as const, fontSize: 11, color: TEXT },
  }));
  return draw(id, title, desc, size, {
    title: { text: `单位：${unit.unit}`, right: 8, top: 6, textStyle: { fontSize: 11, fontWeight: 'normal', color: '#595959' } },
    legend: {
      top: 6,
      left: 8,
      itemWidth: 12,
      itemHeight: 10,
      textStyle: { fontSize: 11, color: TEXT },
      data: [
        { name: `${year - 1}年预算`, itemStyle: { color: PALETTE[5]! } },
        { name: `${year}年预算`, itemStyle: { color: PALETTE[0]! } },
      ],
    },
    grid,
    xAxis,
    yAxis,
    series: [
      ...series,
      // Legend entries only (no data): the two years' colours.
      { type: 'bar', name: `${year - 1}年预算`, data: [], itemStyle: { color: PALETTE[5]! } },
      { type: 'bar', name: `${year}年预算`, data: [], itemStyle: { color: PALETTE[0]! } },
    ],
  });
}

/** Renders an option to deterministic SVG with its title and description for screen readers. */
function draw(id: string, title: string, desc: string, size: Size, option: Record<string, unknown>): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: size.width, height: size.height });
  let svg: string;
  try {
    chart.setOption({ animation: false, textStyle: { fontFamily: CHART_FONT }, aria: { enabled: false }, ...option });
    svg = chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
  return finishSvg(svg, id, title, desc);
}

/**
 * Makes ECharts' SVG stable and accessible: its instance ids (zr0-, zr1- … count up per process)
 * become the chart id, the hover-only style block and the SSR metadata attributes go, and the
 * root gains role="img", a <title> and a <desc>.
 */
export function finishSvg(svg: string, id: string, title: string, desc: string): string {
  let out = svg.replace(/\bzr\d+-/g, `${id}-`).replace(/ ecmeta_[a-z_]+="[^"]*"/g, '');
  const style = /<style[^>]*><!\[CDATA\[([^]*?)\]\]>\s*<\/style>/.exec(out);
  const selectors = style ? [...style[1]!.matchAll(/([^{}]+)\{[^}]*\}/g)].map((m) => m[1]!.trim()) : [];
  if (style && selectors.every((s) => s.includes(':hover'))) {
    // Hover effects only: nothing for paper. Drop them and the classes they hang on.
    out = out.replace(style[0], '').replace(new RegExp(` class="${id}-cls-\\d+"`, 'g'), '');
  }
  return out.replace(
    /^<svg\b([^>]*)>/,
    (_m, attrs: string) =>
      `<svg${attrs} role="img" aria-labelledby="${id}-title ${id}-desc">` +
      `<title id="${id}-title">${escapeHtml(title)}</title><desc id="${id}-desc">${escapeHtml(desc)}</desc>`,
  );
}

/** How a table prints money: its unit and decimals (万元, 2 when the table is absent). */
interface Printed {
  unit: DocTable['unit'];
  decimals: number;
}

function unitOf(doc: Document, id: DocTable['id']): Printed {
  const t = doc.tables.find((x) => x.id === id);
  return { unit: t?.unit ?? '万元', decimals: t?.decimals ?? 2 };
}

function num(fen: Fen, p: Printed): string {
  return formatAmount(fen, { unit: p.unit, decimals: p.decimals });
}

function money(fen: Fen, p: Printed): string {
  return `${num(fen, p)}${p.unit}`;
}

/** The topic test of a chart topic, for placing charts after the section they illustrate. */
export function topicTest(topic: ChartTopic): (heading: string) => boolean {
  return TOPIC[topic];
}
