// The composition (ring) chart: draws parts of a whole as an ECharts pie, every label and the
// chart's words printed from the figures as the source table prints them.
import type { Fen } from '../../core/money/money.ts';
import { formatPercent } from '../../core/money/money.ts';
import { money, type Printed } from './printed.ts';
import { draw, TEXT } from './svg.ts';
import type { Chart, ChartTopic, Size } from './types.ts';

export interface PiePart {
  name: string;
  fen: Fen;
  color: string;
}

interface PieItem extends PiePart {
  label: string;
}

export interface PieSpec {
  id: string;
  title: string;
  topic: ChartTopic;
  /** How the source table prints money. */
  unit: Printed;
  /** The parts, none negative, their sum above zero. */
  parts: PiePart[];
  /** The sentence under the chart, given the whole. */
  caption: (whole: Fen) => string;
}

/** A pie chart of the parts, labelled “name\namount（share%）” and described in words. */
export function pieChart(spec: PieSpec, size: Size): Chart {
  const { id, title, unit, parts } = spec;
  const whole = parts.reduce((a, p) => a + p.fen, 0);
  const items = parts.map((p) => ({ ...p, label: `${p.name}\n${money(p.fen, unit)}（${formatPercent(p.fen, whole) ?? '—'}%）` }));
  const words = parts.map((p) => `${p.name} ${money(p.fen, unit)}，占 ${formatPercent(p.fen, whole)}%`).join('；');
  return {
    id,
    title,
    caption: spec.caption(whole),
    alt: `${title}（饼图）：${words}。`,
    topic: spec.topic,
    svg: pieSvg(id, title, `${title}：${words}。`, items, size),
  };
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
