// AUD-RATE-RECOMPUTE: every share and growth rate a sentence states is recomputed from the figures
// it rests on, with the printed rounding allowed for. A share (“基本支出191.02万元，占9.54%”) is the
// part ÷ the whole the sentence's “其中” divides (or the figure it names: “占支出预算的”); a growth rate
// is (this year − last year) ÷ last year from the figures the sentence cites, this year's taken from
// the item's heading when the sentence gives only last year's; the direction word (增加 / 减少 /
// 持平) must fit, and no rate is stated from a zero base. Clauses NAR-GROWTH-RATE and
// NAR-CHANGE-DIRECTION already recompute (last and this year both in the sentence, in 第二部分) and
// shares in the NAR-* topic sections are left to those rules.
import type { Item } from '../audit/items.ts';
import { itemsOf } from '../audit/items.ts';
import type { Amount, StatedPercent } from '../audit/numbers.ts';
import { amountsOf, FLAT_WORDS, percentsOf } from '../audit/numbers.ts';
import { checkGrowth, checkShare, percentText } from '../audit/rates.ts';
import { isNarTopic } from '../audit/statements.ts';
import { specFigures, subjectSpec } from '../audit/figures.ts';
import { cleanSubject, isChangePhrase, phraseBefore, yearRole } from '../audit/subject.ts';
import type { Para } from '../audit/text.ts';
import { pageNote, paraLocation, paragraphsOf, sentenceAround } from '../audit/text.ts';
import type { ChangeClause } from '../narrative-helpers.ts';
import { changeClauses, requireNarrative, statedYears } from '../narrative-helpers.ts';
import type { Reporter, Rule, RuleContext } from '../types.ts';

const DIRECTION_ZH = { up: '增加', down: '减少', flat: '持平' } as const;
/** FLAT_WORDS for this rule's exec loop. */
const FLAT = new RegExp(FLAT_WORDS.source, FLAT_WORDS.flags);

/** Whether NAR-GROWTH-RATE / NAR-CHANGE-DIRECTION recompute the clause at `index` (rate or flat word). */
function narRecomputes(para: Para, index: number, year: number): boolean {
  if (para.section.part !== 'explanation') return false;
  let clause: ChangeClause | undefined;
  for (const c of changeClauses({ section: para.section, paragraph: para.paragraph, text: para.text })) {
    if ((c.rate && c.rate.start === index) || (c.flatWord && c.index === index)) {
      clause = c;
      break;
    }
  }
  if (!clause) return false;
  if (clause.amount && clause.rate) return true;
  const years = statedYears(clause, year);
  return years.last !== undefined && years.current !== undefined;
}

/** Last year's and this year's figures a sentence cites before `index` (this year's may come from the item heading). */
function citedYears(ctx: RuleContext, para: Para, index: number, item: Item | undefined): { last?: Amount; current?: Amount } {
  const sentence = sentenceAround(para.text, index);
  const out: { last?: Amount; current?: Amount } = {};
  for (const a of amountsOf(para.text)) {
    if (a.start < sentence.start || a.end > index) continue;
    const phrase = phraseBefore(para.text, a.start);
    if (isChangePhrase(phrase)) continue;
    const role = yearRole(phrase, ctx.doc.meta.year);
    if (role === 'last') out.last = a;
    else if (role === 'this') out.current = a;
  }
  const h = item?.heading;
  // The heading's amount stands for this year unless it is this very sentence's, printed after last year's.
  const samePara = h !== undefined && h.para.section === para.section && h.para.paragraph === para.paragraph;
  if (!out.current && out.last && h && !(samePara && h.amount.start >= out.last.start)) out.current = h.amount;
  return out;
}

function checkGrowthAt(ctx: RuleContext, report: Reporter, para: Para, p: StatedPercent, item: Item | undefined): void {
  if (narRecomputes(para, p.start, ctx.doc.meta.year)) return;
  const { last, current } = citedYears(ctx, para, p.wordStart, item);
  if (!last || !current || !p.direction) return;
  report.checked();
  const r = checkGrowth(last, current, p, p.direction);
  const where = `${para.section.heading}${pageNote(para)}`;
  const cited = `上年 ${last.text}${last.unit}、本年 ${current.text}${current.unit}`;
  if (r.zeroBase) {
    report.fail({
      message: `${where}写“${p.word}${p.text}%”，但上年为 ${last.text}${last.unit}：上年为零时不能计算增长率`,
      messageEn: `a growth rate of ${p.text}% is stated from a zero base (last year ${last.text} ${last.unit})`,
      location: paraLocation(para, p.start),
      actual: `${p.text}%`,
      hint: '上年为零时写“新增 X 万元”，不写增长率（不写“增长100%”）。',
    });
  } else if (!r.ok) {
    const wrongWay = r.direction !== p.direction;
    report.fail({
      message: wrongWay
        ? `${where}写“${p.word}${p.text}%”，但所写的${cited}实为${DIRECTION_ZH[r.direction]}${r.expected}%`
        : `${where}写“${p.word}${p.text}%”；按所写的${cited}，应为 ${r.expected}%`,
      messageEn: `stated ${p.direction} ${p.text}%; the cited figures ${last.text} → ${current.text} give ${r.direction} ${r.expected}%`,
      location: paraLocation(para, p.start),
      expected: `${r.direction === 'down' ? '-' : ''}${r.expected}%`,
      actual: `${p.direction === 'down' ? '-' : ''}${percentText(p)}%`,
      hint: '增长率 = (本年 − 上年) ÷ 上年 × 100%，保留两位小数四舍五入；增加/增长用于增加，减少/下降用于减少。',
    });
  }
}

function checkFlat(ctx: RuleContext, report: Reporter, para: Para, index: number, word: string, item: Item | undefined): void {
  if (narRecomputes(para, index, ctx.doc.meta.year)) return;
  const { last, current } = citedYears(ctx, para, index, item);
  if (!last || !current) return;
  report.checked();
  if (Math.abs(current.fen - last.fen) * 2 <= current.step + last.step) return;
  const dir = current.fen > last.fen ? 'up' : 'down';
  report.fail({
    message: `${para.section.heading}${pageNote(para)}写“${word}”，但所写的上年 ${last.text}${last.unit}、本年 ${current.text}${current.unit}，实为${DIRECTION_ZH[dir]}`,
    messageEn: `the narrative says unchanged; the cited figures ${last.text} → ${current.text} are ${dir}`,
    location: paraLocation(para, index),
    expected: DIRECTION_ZH[dir],
    actual: word,
    hint: '持平/保持一致只用于数字不变；按数字改为增加或减少并写明变动额和增长率。',
  });
}

/** The whole a share divides: the figure named after 占 (“占支出预算的”), or the amount before the sentence's “其中”. */
function wholeOf(ctx: RuleContext, para: Para, p: StatedPercent, part: Amount): { fen: number; step: number; label: string } | undefined {
  const named = para.text.slice(p.wordStart + p.word.length, p.start).replace(/(?:的|比重|比例|总额的?)\s*$/, '').trim();
  if (named) {
    const spec = subjectSpec(cleanSubject(named, { year: ctx.doc.meta.year, department: ctx.doc.meta.department.name }));
    const f = spec ? specFigures(ctx.doc, spec)[0] : undefined;
    return f ? { fen: f.fen, step: f.step, label: `${f.table.title}的${spec?.label}` } : undefined;
  }
  const qizhong = para.text.lastIndexOf('其中', part.start);
  if (qizhong < 0) return undefined;
  const before = amountsOf(para.text).filter((a) => a.end <= qizhong);
  const whole = before[before.length - 1];
  return whole && whole.fen >= part.fen ? { fen: whole.fen, step: whole.step, label: `所写的 ${whole.text}${whole.unit}` } : undefined;
}

const SEPARATION = /^[\s，,]*$/;

function checkShareAt(ctx: RuleContext, report: Reporter, para: Para, p: StatedPercent): void {
  if (isNarTopic(para.section.heading)) return;
  // The last amount ending before the word with nothing but spaces and commas between.
  let part: Amount | undefined;
  for (const a of amountsOf(para.text)) if (a.end <= p.wordStart && SEPARATION.test(para.text.slice(a.end, p.wordStart))) part = a;
  if (!part) return;
  const whole = wholeOf(ctx, para, p, part);
  if (!whole) return;
  report.checked();
  const r = checkShare(part, whole, p);
  if (r.ok) return;
  report.fail({
    message: `${para.section.heading}${pageNote(para)}写 ${part.text}${part.unit}“${p.word}${p.text}%”；按${whole.label}计算应为 ${r.expected ?? '—'}%`,
    messageEn: `stated share ${p.text}%; ${part.text} ${part.unit} of the whole gives ${r.expected ?? '—'}%`,
    location: paraLocation(para, p.start),
    ...(r.expected ? { expected: `${r.expected}%` } : {}),
    actual: `${p.text}%`,
    hint: '占比 = 该项 ÷ 合计 × 100%，保留两位小数四舍五入；按数字重算后改正。',
  });
}

export const rule: Rule = {
  id: 'AUD-RATE-RECOMPUTE',
  category: 'narrative',
  severity: 'error',
  statement: {
    zh: '说明中每个占比和增长率应能由其所依据的数字重算（占比 = 部分 ÷ 整体，增长率 = (本年 − 上年) ÷ 上年，按印出位数四舍五入），增减用词与方向一致，上年为零时不写增长率。',
    en: 'Every share and growth rate in the narrative is recomputable from the figures it rests on (part / whole, (this − last) / last, rounded as printed), its direction word fits, and no rate is stated from a zero base.',
  },
  tables: [],
  target: 'document',
  check(ctx, report) {
    if (!requireNarrative(ctx.doc, report)) return;
    // The item of each paragraph, by section and paragraph index (the last item naming it).
    const byPara: (Item | undefined)[][] = [];
    for (const item of itemsOf(ctx.doc)) for (const para of item.paras) (byPara[para.sectionIndex] ??= [])[para.paragraph] = item;
    for (const para of paragraphsOf(ctx.doc)) {
      const item = byPara[para.sectionIndex]?.[para.paragraph];
      for (const p of percentsOf(para.text)) {
        if (p.kind === 'growth') checkGrowthAt(ctx, report, para, p, item);
        else if (p.kind === 'share') checkShareAt(ctx, report, para, p);
      }
      // The matches of matchAll, with a pattern of the rule's own (exec from 0 to the end).
      FLAT.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = FLAT.exec(para.text)) !== null) checkFlat(ctx, report, para, m.index, m[0], item);
    }
  },
};
