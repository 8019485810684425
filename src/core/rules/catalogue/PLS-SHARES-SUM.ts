// PLS-SHARES-SUM: the shares a sentence lists for the parts of one whole (“其中：基本支出 191.02 万元，
// 占 9.54%；项目支出 1811.43 万元，占 90.46%”) add up to at most 100%, and to 100% when the parts it
// lists add up to the whole it states (each share allowed half a unit of its last digit). A share
// recomputed wrongly is AUD-RATE-RECOMPUTE's; this rule also reads shares stated without their
// amounts (“基本支出占 9.54%、项目支出占 91.46%”).
import type { StatedAmount, StatedPercent } from '../narrative-helpers.ts';
import { amountsIn, explanationSections, percentOf, requireNarrative, spotLocation } from '../narrative-helpers.ts';
import type { Spot } from '../narrative-helpers.ts';
import type { Reporter, Rule } from '../types.ts';

/** “占 9.54%”, “占比 9.54%”, “占支出合计的 9.54%”: what it is a share of, and the number. */
const SHARE = /占(?:比重?)?(?:为)?([^%\d，。；;]{0,12}?)(\d+(?:\.\d+)?)\s*[%％]/g;
const SENTENCE_END = /[。！？]/g;

interface Share {
  of: string;
  percent: StatedPercent;
  /** The amount stated for the part, between the previous share (or 其中) and this one. */
  part?: StatedAmount;
}

/** The shares listed after 其中 in text[from, to), with the amount each part states. */
function sharesIn(text: string, from: number, to: number, amounts: readonly StatedAmount[]): Share[] {
  const out: Share[] = [];
  let after = from;
  SHARE.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = SHARE.exec(text)) !== null && m.index < to) {
    const numStart = m.index + m[0].indexOf(m[2] as string, (m[1] ?? '').length);
    const percent = percentOf(m[2] as string, numStart, m.index + m[0].length);
    if (percent === undefined) continue;
    let part: StatedAmount | undefined;
    for (const a of amounts) if (a.start >= after && a.end <= m.index) part = a;
    out.push(part === undefined ? { of: (m[1] ?? '').trim(), percent } : { of: (m[1] ?? '').trim(), percent, part });
    after = m.index + m[0].length;
  }
  SHARE.lastIndex = 0;
  return out;
}

/** The bracketed spans （…） and (…) of text[from, to), as [open, close] positions. */
function bracketsIn(text: string, from: number, to: number): [number, number][] {
  const out: [number, number][] = [];
  let open = -1;
  for (let i = from; i < to; i++) {
    const c = text[i];
    if ((c === '（' || c === '(') && open < 0) open = i;
    else if ((c === '）' || c === ')') && open >= 0) {
      out.push([open, i]);
      open = -1;
    }
  }
  if (open >= 0) out.push([open, to]);
  return out;
}

const inside = (spans: readonly [number, number][], at: number): boolean => spans.some(([a, b]) => at > a && at < b);

/** The shares in a common scale (the most decimals printed), their sum and the rounding they allow. */
function sumOf(shares: readonly Share[]): { sum: number; hundred: number; tolerance: number; decimals: number } {
  const decimals = Math.max(...shares.map((s) => s.percent.decimals));
  let sum = 0;
  let tolerance = 0;
  for (const s of shares) {
    const scale = 10 ** (decimals - s.percent.decimals);
    sum += s.percent.scaled * scale;
    tolerance += scale / 2;
  }
  return { sum, hundred: 100 * 10 ** decimals, tolerance, decimals };
}

/** Checks the list of shares of a sentence, if it has one; returns whether it had. */
function checkSentence(report: Reporter, spot: Spot, amounts: readonly StatedAmount[], start: number, end: number): boolean {
  const text = spot.text;
  const among = text.indexOf('其中', start);
  if (among < 0 || among >= end) return false;
  // The parts of a part are not the whole's: a bracket (“基本支出…占 9.54%（其中：人员经费…占 92.39%）”)
  // is left out, and a second 其中 outside brackets ends the whole's list.
  const brackets = bracketsIn(text, among, end);
  let to = end;
  for (let at = text.indexOf('其中', among + 2); at >= 0 && at < end; at = text.indexOf('其中', at + 2)) {
    if (!inside(brackets, at)) {
      to = at;
      break;
    }
  }
  const shares = sharesIn(text, among, to, amounts).filter((sh) => !inside(brackets, sh.percent.start));
  if (shares.length < 2) return false;
  // Shares of different wholes (“占支出合计的…”, “占一般公共预算的…”) are not one list.
  if (shares.some((s) => s.of !== shares[0]?.of)) return false;
  const { sum, hundred, tolerance, decimals } = sumOf(shares);
  const printed = `${(sum / 10 ** decimals).toFixed(decimals)}%`;
  const list = shares.map((s) => `${s.percent.text}%`).join(' + ');
  report.checked();
  if (sum > hundred + tolerance) {
    report.fail({
      message: `${spot.section.heading}所列各项占比之和为 ${printed}（${list}），超过 100%`,
      messageEn: `the shares listed add up to ${printed}, more than 100%`,
      location: spotLocation(spot, among),
      expected: '≤ 100%',
      actual: printed,
      hint: '同一总数的各部分占比之和不能超过 100%；按各项金额 ÷ 总数重算占比。',
    });
    return true;
  }
  // The parts cover the whole when the amounts they state add up to the whole stated before 其中.
  let whole: StatedAmount | undefined;
  for (const a of amounts) if (a.end <= among) whole = a;
  if (whole === undefined || shares.some((s) => s.part === undefined)) return true;
  let parts = 0;
  let steps = whole.step / 2;
  for (const s of shares) {
    parts += (s.part as StatedAmount).fen;
    steps += (s.part as StatedAmount).step / 2;
  }
  if (Math.abs(parts - whole.fen) > steps || Math.abs(sum - hundred) <= tolerance) return true;
  report.fail({
    message: `${spot.section.heading}所列各项之和等于 ${whole.text}${whole.unit}，但各项占比之和为 ${printed}（${list}），应为 100%`,
    messageEn: `the parts listed add up to the whole, yet their shares add up to ${printed}, not 100%`,
    location: spotLocation(spot, among),
    expected: '100%',
    actual: printed,
    hint: '各部分合起来就是总数时，占比之和应为 100%（允许四舍五入误差）；按各项金额 ÷ 总数重算占比。',
  });
  return true;
}

export const rule: Rule = {
  id: 'PLS-SHARES-SUM',
  category: 'plausibility',
  severity: 'warning',
  statement: {
    zh: '说明中同一总数下列出的各部分占比之和不应超过 100%；所列各部分金额合计等于总数时，占比之和应为 100%（允许四舍五入误差）。',
    en: 'The shares listed for the parts of one whole add up to at most 100%, and to 100% when the parts add up to the whole (within rounding).',
  },
  tables: [],
  target: 'document',
  check({ doc }, report) {
    if (!requireNarrative(doc, report)) return;
    let lists = 0;
    for (const section of explanationSections(doc)) {
      section.paragraphs.forEach((text, paragraph) => {
        if (!text.includes('其中') || !text.includes('占')) return;
        const spot: Spot = { section, paragraph, text };
        const amounts = amountsIn(text);
        let start = 0;
        SENTENCE_END.lastIndex = 0;
        for (;;) {
          const m = SENTENCE_END.exec(text);
          const end = m === null ? text.length : m.index + 1;
          if (checkSentence(report, spot, amounts, start, end)) lists++;
          if (m === null) break;
          start = end;
        }
      });
    }
    if (lists === 0) report.notApplicable('说明中没有列出同一总数下各部分的占比');
  },
};
