// Server-side drawing of a chart option to SVG with ECharts (SSR, no browser, no script in the
// page), made deterministic and accessible; the shared font and colours of every chart.
import * as echarts from 'echarts/core';
import { BarChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TitleComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import { escapeHtml } from '../html.ts';
import type { Size } from './types.ts';

echarts.use([PieChart, BarChart, GridComponent, LegendComponent, TitleComponent, SVGRenderer]);

/** Font of the chart text: the TrueType builds of Noto Sans CJK SC first (see pdf.ts), then the system's. */
export const CHART_FONT = 'Noto Sans CJK SC TT, Noto Sans CJK SC TT Full, Noto Sans CJK SC, Source Han Sans SC, sans-serif';

export const PALETTE = ['#2f5597', '#c55a11', '#548235', '#7f6000', '#5b9bd5', '#a5a5a5', '#7030a0', '#bf9000', '#2e75b6', '#843c0c'];
export const TEXT = '#262626';

/** Renders an option to deterministic SVG with its title and description for screen readers. */
export function draw(id: string, title: string, desc: string, size: Size, option: Record<string, unknown>): string {
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
