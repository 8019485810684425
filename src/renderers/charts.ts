// Charts for the printed disclosure, drawn on the server as SVG with ECharts (no browser, no
// script in the page): expenditure by 功能分类 类, 基本支出 vs 项目支出, and this year against last
// year (收支总计, 一般公共预算, “三公”经费). Every figure comes from the Document — the tables, and for
// last year the 情况说明's change clauses or figures the caller passes (the Budget's lastYear) — and
// every label is printed by formatAmount / formatPercent, so a chart never shows a number the tables
// do not. Output is deterministic (see charts/svg.ts). This is the entry; the parts are in charts/.
import type { Document } from '../core/model/document.ts';
import { TOPIC } from '../core/rules/narrative-helpers.ts';
import { basicProjectChart, classChart } from './charts/expenditure.ts';
import type { Chart, ChartOptions, ChartTopic } from './charts/types.ts';
import { yearChart } from './charts/year-compare.ts';

export { CHART_FONT, finishSvg } from './charts/svg.ts';
export { expenditureByClass, type ClassSlice } from './charts/expenditure.ts';
export { lastYearFromNarrative } from './charts/year-compare.ts';
export type { Chart, ChartOptions, ChartTopic, LastYearFigures } from './charts/types.ts';

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

/** The topic test of a chart topic, for placing charts after the section they illustrate. */
export function topicTest(topic: ChartTopic): (heading: string) => boolean {
  return TOPIC[topic];
}
