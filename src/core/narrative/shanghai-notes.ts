// Composer of the Shanghai 单位（部门）预算编制说明 (topic 'budgetNotes'): income by source, 财政拨款
// expenditure by budget kind with the change against last year, the reason as the Budget gives
// it, and the 财政拨款 expenditure of each 类 with what it is mainly for. Slots:
//   {incomeTotal} {fiscalIncome} {business} {operating} {other} {expenditureTotal} {fiscal}
//   {generalPublic} {governmentFund} {stateCapital}: amounts; each kind's amount is the `amount`
//   part ({amount} {comparison}) or the `zero` part when it is 0 this year and last;
//   {fiscalIncomeComparison} {fiscalComparison}: comparisons `fiscal`, `generalPublic` … by key;
//   {reason}: the `reason` part ({direction} from labels increase / decrease, {reason});
//   {classes}: one paragraph per 类 of the 财政拨款收支预算总表, the `class` part ({n} {name}
//   {amount} {use}), {use} the `use` part with explanations['fiscalUse.<类>'].
// Pure.
import type { DocTable } from '../model/document.ts';
import type { ExplanationSpec } from '../templates/types.ts';
import type { ChangeSubject } from './compare.ts';
import { compare } from './compare.ts';
import type { NarrativeContext, SectionBuilder } from './context.ts';
import { fillWith, partOf } from './context.ts';
import type { Figure, Fragment } from './fill.ts';
import { amount, bare, EMPTY } from './fill.ts';
import { reasonMissing } from './findings.ts';
import { formatAmount } from '../money/money.ts';
import { otherNotes } from './shanghai-other.ts';

export { otherNotes };

/** The context with the block's own decimals (the 编制说明 prints whole 万元). */
export function blockContext(ctx: NarrativeContext, spec: ExplanationSpec): NarrativeContext {
  return spec.decimals === undefined ? ctx : { ...ctx, format: { ...ctx.format, decimals: spec.decimals } };
}

/** 财政拨款 last year: 一般公共预算 + 政府性基金 + 国有资本经营, when all three are recorded. */
function lastFiscal(ctx: NarrativeContext): number | undefined {
  const l = ctx.budget.lastYear;
  if (l?.generalPublic === undefined || l.governmentFund === undefined || l.stateCapital === undefined) return undefined;
  return l.generalPublic + l.governmentFund + l.stateCapital;
}

const LAST_FISCAL = 'sum(lastYear.generalPublic, lastYear.governmentFund, lastYear.stateCapital)';

interface ClassLine {
  code: string;
  name: string;
  figure: Figure;
}

/** The 类 lines of the 财政拨款收支预算总表 (right side), in printed order, with their 合计. */
function fiscalClasses(table: DocTable | undefined): ClassLine[] {
  if (!table) return [];
  const labelCol = table.columns.findIndex((c) => c.key === 'right.label');
  const out: ClassLine[] = [];
  for (const row of table.rows) {
    for (const [col, ref] of Object.entries(row.refs ?? {})) {
      const m = /^exp:fiscal:fn:(\d{3}):total$/.exec(ref);
      const v = row.cells[Number(col)];
      if (!m?.[1] || (typeof v !== 'number' && v !== null)) continue;
      const label = String(row.cells[labelCol] ?? '');
      out.push({ code: m[1], name: label.replace(/^[一二三四五六七八九十]+[、.．]\s*/, '').trim(), figure: { value: v ?? 0, ref } });
    }
  }
  return out;
}

export function budgetNotes(base: NarrativeContext, spec: ExplanationSpec, out: SectionBuilder): void {
  const ctx = blockContext(base, spec);
  const f = ctx.figures;
  const a = (fig: Figure) => amount(fig, ctx.format);
  const last = ctx.budget.lastYear;
  const fiscal = f.ref('exp:fiscal:grand-total');
  const fiscalIncome = f.ref('income:fiscal-this-year');
  const lastF = lastFiscal(ctx);
  // A missing last year is reported once, by the field the Budget lacks.
  const missingFiscal = (['generalPublic', 'governmentFund', 'stateCapital'] as const).find((k) => last?.[k] === undefined);
  const subject = (key: string, thisYear: Figure, lastValue: number | undefined, lastPath: string, what: string): ChangeSubject => ({
    key, thisYear, last: lastValue, lastPath, what,
    missingPath: !last ? 'lastYear' : key === 'fiscal' ? `lastYear.${missingFiscal ?? 'generalPublic'}` : lastPath,
  });
  const cmp = (s: ChangeSubject, key = s.key) => compare(ctx, spec, out.heading, { ...s, key }).comparison;
  /** A budget kind's amount with its comparison, or “为0” when it is zero this year and last. */
  const kind = (key: string, ref: string, lastValue: number | undefined, what: string): Fragment => {
    const fig = f.ref(ref);
    if (fig.value === 0 && (lastValue ?? 0) === 0) return fillWith(ctx, partOf(spec, 'zero'));
    const comparison = cmp(subject(key, fig, lastValue, `lastYear.${key}`, what));
    return fillWith(ctx, partOf(spec, 'amount'), { amount: a(fig), comparison });
  };
  out.addAll(spec.paragraphs.filter((p) => !p.includes('{classes}')), {
    incomeTotal: a(f.ref('income:this-year')),
    fiscalIncome: a(fiscalIncome),
    fiscalIncomeComparison: cmp(subject('fiscal', fiscalIncome, lastF, LAST_FISCAL, '财政拨款收入')),
    business: a(f.ref('income:business')),
    operating: a(f.ref('income:operating')),
    other: a(f.ref('income:other-all')),
    expenditureTotal: a(f.ref('exp:all:total:total')),
    fiscal: a(fiscal),
    fiscalComparison: cmp(subject('fiscal', fiscal, lastF, LAST_FISCAL, '财政拨款支出')),
    generalPublic: kind('generalPublic', 'exp:gp:total:total', last?.generalPublic, '一般公共预算拨款支出'),
    governmentFund: kind('governmentFund', 'exp:gf:total:total', last?.governmentFund, '政府性基金拨款支出'),
    stateCapital: kind('stateCapital', 'exp:sc:total:total', last?.stateCapital, '国有资本经营预算拨款支出'),
    reason: reasonOf(ctx, spec, out.heading, fiscal, lastF),
  });
  const classes = fiscalClasses(f.table('fiscal-summary'));
  const pattern = spec.paragraphs.find((p) => p.includes('{classes}'));
  if (pattern === undefined || classes.length === 0) return;
  classes.forEach((c, i) => {
    const use = ctx.budget.explanations?.[`fiscalUse.${c.code}`];
    const line = fillWith(ctx, partOf(spec, 'class'), {
      n: i + 1, name: c.name, amount: a(c.figure),
      use: use !== undefined && bare(use) !== '' ? fillWith(ctx, partOf(spec, 'use'), { use: bare(use) }) : EMPTY,
    });
    out.add(fillWith(ctx, pattern, { classes: line }));
  });
}

/**
 * Why 财政拨款 changed: explanations.fiscalChange; else, when 政府性基金 and 国有资本经营 did not
 * change, the 一般公共预算 change is the whole change and its reason (generalPublicChange) is the
 * reason. Nothing when unchanged or no reason is given (the text never invents one).
 */
function reasonOf(ctx: NarrativeContext, spec: ExplanationSpec, heading: string, fiscal: Figure, lastF: number | undefined): Fragment {
  if (lastF === undefined || fiscal.value === lastF) return EMPTY;
  const ex = ctx.budget.explanations;
  const l = ctx.budget.lastYear;
  const unchanged = (ref: string, v: number | undefined) => ctx.figures.ref(ref).value === (v ?? 0);
  const onlyGp = unchanged('exp:gf:total:total', l?.governmentFund) && unchanged('exp:sc:total:total', l?.stateCapital);
  const given = ex?.fiscalChange ?? (onlyGp ? ex?.generalPublicChange : undefined);
  if (given === undefined || bare(given) === '') {
    // The sentence is left out, and the finance officer told why (as compare() does for Luoyang);
    // 财政拨款 is mostly 一般公共预算, so its threshold applies.
    const diff = fiscal.value - lastF;
    const threshold = ctx.thresholds.generalPublicChange;
    if (threshold !== null && Math.abs(diff) > threshold) {
      const change = `${diff > 0 ? '增加' : '减少'} ${formatAmount(Math.abs(diff), { unit: ctx.format.unit, decimals: ctx.format.decimals })}${ctx.format.unit}`;
      ctx.pending.push((paragraph, text) => reasonMissing(heading, paragraph, text, '财政拨款收入', '财政拨款收入支出', change, 'fiscalChange'));
    }
    return EMPTY;
  }
  const direction = spec.labels?.[fiscal.value > lastF ? 'increase' : 'decrease'] ?? '';
  return fillWith(ctx, partOf(spec, 'reason'), { direction, reason: bare(given) });
}
