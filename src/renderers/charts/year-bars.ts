// Draws the this-year-against-last-year comparison as ECharts bars: one small panel a figure
// (收支总计, 一般公共预算, “三公”经费), last year grey, this year blue, a missing year marked 未记录.
import type { Fen } from '../../core/money/money.ts';
import { num, type Printed } from './printed.ts';
import { draw, PALETTE, TEXT } from './svg.ts';
import type { Size } from './types.ts';

export interface YearGroup {
  label: string;
  current: Fen;
  last: Fen | undefined;
}

export function yearSvg(id: string, title: string, desc: string, groups: YearGroup[], year: number, unit: Printed, size: Size): string {
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
