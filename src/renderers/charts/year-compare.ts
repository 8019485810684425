// This year against last year (收支总计, 一般公共预算, “三公”经费): last year's figures as the
// caller gives them (the Budget's lastYear) or as the 情况说明's change clauses state them
// (“增加 798.31 万元”, “保持一致”), and the comparison chart built from them.
import type { Document } from '../../core/model/document.ts';
import type { Fen } from '../../core/money/money.ts';
import {
  changeClauses, clauseKey, directionOf, explanationSections, figure, statedYears, thisYearFigure,
} from '../../core/rules/narrative-helpers.ts';
import { money, unitOf } from './printed.ts';
import type { Chart, LastYearFigures, Size } from './types.ts';
import { yearSvg } from './year-bars.ts';

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

/** The comparison chart; absent when the document has none of the three figures. */
export function yearChart(doc: Document, given: LastYearFigures | undefined, size: Size): Chart | undefined {
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
