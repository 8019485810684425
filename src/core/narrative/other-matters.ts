// Composer of 其他重要事项 (第二部分 十): each matter is a subheading paragraph and its text. Slots:
//   operatingFunds    {amount} {use}; part use ({use}) with explanations.operatingFundsUse
//   procurement       {total} {goods} {works} {services}; variant missing (no budget.procurement)
//   performance       {amount} {count} {note}; part note ({note}) with explanations.performanceNote;
//                     variants partial (some project has no indicators), none (no projects)
//   assets            {asOf} {vehicles} {general} {enforcement} {special} {other} {equipment50}
//                     {equipment100}; part asOf (when assets.asOf is absent); variant missing
//   transferPayments  {statement} (explanations.transferPayments); variant none
import { vehicleTotal } from '../model/budget.ts';
import type { OtherMatter, WordingBlock } from '../templates/types.ts';
import type { NarrativeContext, SectionBuilder } from './context.ts';
import { amountOf, fillWith, headingOf, partOf, patternsOf } from './context.ts';
import type { Fragment } from './fill.ts';
import { bare, count, EMPTY } from './fill.ts';
import { dataMissing } from './findings.ts';
import { operatingFunds } from './figures.ts';

type MatterComposer = (ctx: NarrativeContext, block: WordingBlock, out: SectionBuilder) => void;

/** The given explanation as a pattern part, or nothing. */
function given(ctx: NarrativeContext, block: WordingBlock, key: string, part: string, slot: string): Fragment {
  const text = ctx.budget.explanations?.[key];
  if (text === undefined || bare(text) === '') return EMPTY;
  return fillWith(ctx, partOf(block, part), { [slot]: bare(text) });
}

function missing(ctx: NarrativeContext, out: SectionBuilder, path: string, what: string, whatEn: string): void {
  if (ctx.reported.has(path)) return;
  ctx.reported.add(path);
  ctx.pending.push((paragraph) => dataMissing(out.heading, paragraph, path, what, whatEn, '此项说明没有写'));
}

const operatingFundsMatter: MatterComposer = (ctx, block, out) => {
  const scope = ctx.spec.operatingFundsScope ?? 'organs';
  const fig = scope === 'all-units'
    ? ctx.figures.ref('exp:gp:total:public')
    : { value: operatingFunds(ctx.budget, 'organs'), formula: 'sum(一般公共预算 公用经费 of 行政单位 and 参公 units)' };
  out.addAll(block.paragraphs, { amount: amountOf(ctx, fig), use: given(ctx, block, 'operatingFundsUse', 'use', 'use') });
};

const procurement: MatterComposer = (ctx, block, out) => {
  const p = ctx.budget.procurement;
  if (!p) {
    missing(ctx, out, 'procurement', '政府采购预算', 'the procurement budget');
    out.addAll(patternsOf(block, 'missing'));
    return;
  }
  const a = (value: number, formula: string) => amountOf(ctx, { value, formula });
  out.addAll(block.paragraphs, {
    total: a(p.goods + p.works + p.services, 'procurement.goods + procurement.works + procurement.services'),
    goods: a(p.goods, 'procurement.goods'),
    works: a(p.works, 'procurement.works'),
    services: a(p.services, 'procurement.services'),
  });
};

/** The projects the 项目支出预算表 lists (its project rows), else the Budget's projects. */
function projectCount(ctx: NarrativeContext): Fragment {
  const table = ctx.figures.table('project-expenditure');
  if (table) return count(table.rows.filter((r) => r.kind === 'project').length, { formula: 'count(project-expenditure project rows)' });
  return count(ctx.budget.projects.length, { formula: 'count(projects)' });
}

const performance: MatterComposer = (ctx, block, out) => {
  const n = projectCount(ctx);
  const listed = n.claims[0]?.value ?? 0;
  const projects = ctx.budget.projects;
  const variant = listed === 0 ? 'none' : projects.some((p) => p.indicators.length === 0) ? 'partial' : undefined;
  out.addAll(patternsOf(block, variant), {
    amount: amountOf(ctx, ctx.figures.ref('exp:all:total:project')),
    count: n,
    note: given(ctx, block, 'performanceNote', 'note', 'note'),
  });
};

const assets: MatterComposer = (ctx, block, out) => {
  const a = ctx.budget.assets;
  if (!a) {
    missing(ctx, out, 'assets', '国有资产占用情况', 'the assets');
    out.addAll(patternsOf(block, 'missing'));
    return;
  }
  const v = a.vehicles;
  const c = (n: number, formula: string) => count(n, { formula });
  out.addAll(block.paragraphs, {
    asOf: a.asOf !== undefined && a.asOf.trim() !== '' ? a.asOf.trim() : fillWith(ctx, partOf(block, 'asOf')),
    vehicles: c(vehicleTotal(v), 'assets.vehicles.general + assets.vehicles.enforcement + assets.vehicles.special + assets.vehicles.other'),
    general: c(v.general, 'assets.vehicles.general'),
    enforcement: c(v.enforcement, 'assets.vehicles.enforcement'),
    special: c(v.special, 'assets.vehicles.special'),
    other: c(v.other, 'assets.vehicles.other'),
    equipment50: c(a.generalEquipmentOver50, 'assets.generalEquipmentOver50'),
    equipment100: c(a.specialEquipmentOver100, 'assets.specialEquipmentOver100'),
  });
};

const transferPayments: MatterComposer = (ctx, block, out) => {
  const text = ctx.budget.explanations?.transferPayments;
  if (text === undefined || bare(text) === '') out.addAll(patternsOf(block, 'none'));
  else out.addAll(block.paragraphs, { statement: `${bare(text)}。` });
};

const MATTERS: Record<OtherMatter, MatterComposer> = {
  operatingFunds: operatingFundsMatter,
  procurement,
  performance,
  assets,
  transferPayments,
};

export function otherMatters(ctx: NarrativeContext, spec: { matters?: (WordingBlock & { matter: OtherMatter; heading: string })[] } & WordingBlock, out: SectionBuilder): void {
  out.addAll(spec.paragraphs);
  for (const m of spec.matters ?? []) {
    out.add({ text: headingOf(ctx, m.heading), claims: [] });
    MATTERS[m.matter](ctx, m, out);
  }
}
