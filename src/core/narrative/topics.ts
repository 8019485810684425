// Composers of 第二部分 sections 一 … 九, by topic. Each reads its figures by reference and fills
// the template's patterns. Slots each topic fills (besides {department} {year} {lastYear}):
//   overall        {incomeTotal} {expenditureTotal} {totalComparison} {totalReason}
//   income         {incomeThisYear} {sources} {carryOver}; parts source ({name} {amount}),
//                  separator, carryOver ({amount}); labels: source names; variant none
//   expenditure    {total} {basic} {basicShare} {project} {projectShare}; variant zero
//   generalPublic  as expenditure, 一般公共预算 only
//   basic          {total} {personnel} {personnelShare} {public} {publicShare}; variant zero
//   fiscal         {generalPublic} {governmentFund} {stateCapital} {comparisons}; parts
//                  comparisons ({items}), separator; comparisons/reasons by the three keys
//   threePublic    {total} {abroad} {reception} {vehicle} {vehiclePurchase} {vehicleOperation},
//                  each with {<key>Comparison} and {<key>Reason}
//   governmentFund / stateCapital  {total} {basic} {project}; variant none (no data)
import type { ThreePublic } from '../model/budget.ts';
import type { ExplanationSpec, ExplanationTopic } from '../templates/types.ts';
import type { ChangeSubject } from './compare.ts';
import { compare } from './compare.ts';
import type { NarrativeContext, SectionBuilder } from './context.ts';
import { amountOf, fillWith, partOf, patternsOf } from './context.ts';
import type { Figure, Fragment, Slots } from './fill.ts';
import { EMPTY, join, share } from './fill.ts';
import { budgetNotes, otherNotes } from './shanghai-notes.ts';

export type Composer = (ctx: NarrativeContext, spec: ExplanationSpec, out: SectionBuilder) => void;

function overall(ctx: NarrativeContext, spec: ExplanationSpec, out: SectionBuilder): void {
  const f = ctx.figures;
  const expenditureTotal = f.ref('exp:grand-total');
  const c = compare(ctx, spec, out.heading, {
    key: 'total', thisYear: expenditureTotal, last: ctx.budget.lastYear?.total, lastPath: 'lastYear.total',
    what: '收支总计', reasonKey: 'totalChange',
  });
  out.addAll(spec.paragraphs, {
    incomeTotal: amountOf(ctx, f.ref('income:grand-total')),
    expenditureTotal: amountOf(ctx, expenditureTotal),
    totalComparison: c.comparison,
    totalReason: c.reason,
  });
}

function income(ctx: NarrativeContext, spec: ExplanationSpec, out: SectionBuilder): void {
  const f = ctx.figures;
  const sources: Fragment[] = [];
  for (const [key, name] of Object.entries(spec.labels ?? {})) {
    const fig = f.ref(`income:${key}`);
    if (fig.value !== 0) sources.push(fillWith(ctx, partOf(spec, 'source'), { name, amount: amountOf(ctx, fig) }));
  }
  const carry = f.ref('income:carry-over');
  const slots: Slots = {
    incomeThisYear: amountOf(ctx, f.ref('income:this-year')),
    sources: join(sources, spec.parts?.separator ?? '，'),
    carryOver: carry.value !== 0 ? fillWith(ctx, partOf(spec, 'carryOver'), { amount: amountOf(ctx, carry) }) : EMPTY,
  };
  out.addAll(patternsOf(spec, sources.length === 0 ? 'none' : undefined), slots);
}

/** A whole and two parts with their shares; the `zero` variant when the whole is zero. */
function partsOfWhole(ctx: NarrativeContext, spec: ExplanationSpec, out: SectionBuilder, whole: Figure, parts: [string, Figure][]): void {
  const slots: Record<string, Fragment> = { total: amountOf(ctx, whole) };
  let zero = whole.value === 0;
  for (const [name, fig] of parts) {
    slots[name] = amountOf(ctx, fig);
    const s = share(fig, whole);
    if (s) slots[`${name}Share`] = s;
    else zero = true;
  }
  out.addAll(patternsOf(spec, zero ? 'zero' : undefined), slots);
}

function scopeParts(scope: 'all' | 'gp'): (ctx: NarrativeContext, spec: ExplanationSpec, out: SectionBuilder) => void {
  return (ctx, spec, out) => {
    const r = (m: string) => ctx.figures.ref(`exp:${scope}:total:${m}`);
    partsOfWhole(ctx, spec, out, r('total'), [['basic', r('basic')], ['project', r('project')]]);
  };
}

function basic(ctx: NarrativeContext, spec: ExplanationSpec, out: SectionBuilder): void {
  const r = (m: string) => ctx.figures.ref(`exp:gp:total:${m}`);
  partsOfWhole(ctx, spec, out, r('basic'), [['personnel', r('personnel')], ['public', r('public')]]);
}

function fiscal(ctx: NarrativeContext, spec: ExplanationSpec, out: SectionBuilder): void {
  const last = ctx.budget.lastYear;
  const subjects: Record<string, Omit<ChangeSubject, 'key'>> = {
    generalPublic: { thisYear: ctx.figures.ref('exp:gp:total:total'), last: last?.generalPublic, lastPath: 'lastYear.generalPublic', what: '一般公共预算收支', reasonKey: 'generalPublicChange' },
    governmentFund: { thisYear: ctx.figures.ref('exp:gf:total:total'), last: last?.governmentFund, lastPath: 'lastYear.governmentFund', what: '政府性基金收支', reasonKey: 'governmentFundChange' },
    stateCapital: { thisYear: ctx.figures.ref('exp:sc:total:total'), last: last?.stateCapital, lastPath: 'lastYear.stateCapital', what: '国有资本经营收支', reasonKey: 'stateCapitalChange' },
  };
  const items: Fragment[] = [];
  for (const key of Object.keys(spec.comparisons ?? {})) {
    const s = subjects[key];
    if (!s) continue;
    const c = compare(ctx, spec, out.heading, { key, ...s });
    if (c.comparison.text !== '') items.push(join([c.comparison, c.reason], ''));
  }
  const separator = spec.parts?.separator ?? '；';
  out.addAll(spec.paragraphs, {
    generalPublic: amountOf(ctx, subjects.generalPublic!.thisYear),
    governmentFund: amountOf(ctx, subjects.governmentFund!.thisYear),
    stateCapital: amountOf(ctx, subjects.stateCapital!.thisYear),
    comparisons: items.length > 0 ? fillWith(ctx, partOf(spec, 'comparisons'), { items: join(items, separator) }) : EMPTY,
  });
}

/** The “三公” figures: slot key, the cell's ref, last year's figure, what it is in words. */
const THREE_PUBLIC_ITEMS: [key: string, ref: string, last: (t: ThreePublic) => number, what: string][] = [
  ['total', 'three-public:total', (t) => t.abroad + t.vehiclePurchase + t.vehicleOperation + t.reception, '“三公”经费'],
  ['abroad', 'three-public:abroad', (t) => t.abroad, '因公出国（境）费'],
  ['reception', 'three-public:reception', (t) => t.reception, '公务接待费'],
  ['vehicle', 'three-public:vehicle', (t) => t.vehiclePurchase + t.vehicleOperation, '公务用车购置及运行费'],
  ['vehiclePurchase', 'three-public:vehicle-purchase', (t) => t.vehiclePurchase, '公务用车购置费'],
  ['vehicleOperation', 'three-public:vehicle-operation', (t) => t.vehicleOperation, '公务用车运行维护费'],
];

function threePublic(ctx: NarrativeContext, spec: ExplanationSpec, out: SectionBuilder): void {
  const last = ctx.budget.lastYear?.threePublic;
  const slots: Record<string, Fragment> = {};
  for (const [key, ref, lastOf, what] of THREE_PUBLIC_ITEMS) {
    const fig = ctx.figures.ref(ref);
    const subject: ChangeSubject = {
      key, thisYear: fig, last: last ? lastOf(last) : undefined, lastPath: key === 'total' ? 'lastYear.threePublic' : `lastYear.threePublic.${key}`,
      what, missingPath: 'lastYear.threePublic',
    };
    if (key === 'total') subject.reasonKey = 'threePublicChange';
    const c = compare(ctx, spec, out.heading, subject);
    slots[key] = amountOf(ctx, fig);
    slots[`${key}Comparison`] = c.comparison;
    slots[`${key}Reason`] = c.reason;
  }
  out.addAll(spec.paragraphs, slots);
}

function fund(scope: 'gf' | 'sc', table: 'government-fund-expenditure' | 'state-capital-expenditure'): Composer {
  return (ctx, spec, out) => {
    const r = (m: string) => ctx.figures.ref(`exp:${scope}:total:${m}`);
    const none = ctx.figures.noData(table, scope);
    out.addAll(patternsOf(spec, none ? 'none' : undefined), {
      total: amountOf(ctx, r('total')), basic: amountOf(ctx, r('basic')), project: amountOf(ctx, r('project')),
    });
  };
}

export const TOPIC_COMPOSERS: Record<Exclude<ExplanationTopic, 'other'>, Composer> = {
  overall,
  income,
  expenditure: scopeParts('all'),
  fiscal,
  generalPublic: scopeParts('gp'),
  basic,
  threePublic,
  governmentFund: fund('gf', 'government-fund-expenditure'),
  stateCapital: fund('sc', 'state-capital-expenditure'),
  budgetNotes,
  otherNotes,
};
