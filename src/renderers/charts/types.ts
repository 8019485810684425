// The shapes the chart modules share: a finished Chart, the caller's options, last year's figures
// and the drawing size.
import type { Fen } from '../../core/money/money.ts';

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

/** Drawing size in CSS pixels. */
export interface Size {
  width: number;
  height: number;
}
