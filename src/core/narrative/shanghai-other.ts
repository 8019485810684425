// Composer of the Shanghai 其他相关情况说明 (topic 'otherNotes'): its numbered subheadings and
// paragraphs are the block's paragraphs, in order (a paragraph that fills to nothing is left out).
// Slots:
//   “三公”   {total} {abroad} {reception} {vehicle} {vehiclePurchase} {vehicleOperation} (the
//            table's figures) with {<key>Comparison}, and {totalReason} (threePublicChange)
//   {operatingFunds}  机关运行经费 of the “三公” table
//   {procurement}     the `procurement` part ({total} {goods} {works} {services}); nothing when
//                     the Budget has no procurement (a NAR-DATA-MISSING warning)
//   {performance}     the `performance` part ({projects} {amount}): performanceTargets, else the
//                     projects with indicators and their expenditure
//   {assets}          `assets` ({asOf} {vehicles} {kinds} {equipment}); {kinds}: `kindsDetail`
//                     (部级领导干部用车 …) when the five kinds add up to 一般公务用车 (or all are
//                     zero), else `kindsGeneral`;
//                     {equipment}: `equipment100` when equipmentOver100 is given, else `equipmentSplit`
//   {planned}         `planned` ({vehicles} {kinds} {equipment100}) when assets.planned is given
// Pure.
import type { ThreePublic, VehicleCounts } from '../model/budget.ts';
import { vehicleTotal } from '../model/budget.ts';
import type { ExplanationSpec } from '../templates/types.ts';
import type { ChangeSubject } from './compare.ts';
import { compare } from './compare.ts';
import type { NarrativeContext, SectionBuilder } from './context.ts';
import { amountOf, fillWith, partOf } from './context.ts';
import type { Fragment } from './fill.ts';
import { count, EMPTY } from './fill.ts';
import { dataMissing } from './findings.ts';

/** The “三公” figures: slot key, the cell's ref, last year's figure, what it is in words. */
const ITEMS: [key: string, ref: string, last: (t: ThreePublic) => number, what: string][] = [
  ['total', 'three-public:total', (t) => t.abroad + t.vehiclePurchase + t.vehicleOperation + t.reception, '“三公”经费'],
  ['abroad', 'three-public:abroad', (t) => t.abroad, '因公出国（境）费'],
  ['reception', 'three-public:reception', (t) => t.reception, '公务接待费'],
  ['vehicle', 'three-public:vehicle', (t) => t.vehiclePurchase + t.vehicleOperation, '公务用车购置及运行费'],
  ['vehiclePurchase', 'three-public:vehicle-purchase', (t) => t.vehiclePurchase, '公务用车购置费'],
  ['vehicleOperation', 'three-public:vehicle-operation', (t) => t.vehicleOperation, '公务用车运行费'],
];

function threePublicSlots(ctx: NarrativeContext, spec: ExplanationSpec, heading: string): Record<string, Fragment> {
  const last = ctx.budget.lastYear?.threePublic;
  const slots: Record<string, Fragment> = {};
  for (const [key, ref, lastOf, what] of ITEMS) {
    const fig = ctx.figures.ref(ref);
    const subject: ChangeSubject = {
      key, thisYear: fig, last: last ? lastOf(last) : undefined,
      lastPath: key === 'total' ? 'lastYear.threePublic' : `lastYear.threePublic.${key}`, what, missingPath: 'lastYear.threePublic',
    };
    if (key === 'total') subject.reasonKey = 'threePublicChange';
    const c = compare(ctx, spec, heading, subject);
    slots[key] = amountOf(ctx, fig);
    slots[`${key}Comparison`] = c.comparison;
    slots[`${key}Reason`] = c.reason;
  }
  return slots;
}

function missing(ctx: NarrativeContext, heading: string, path: string, what: string, whatEn: string): void {
  if (ctx.reported.has(path)) return;
  ctx.reported.add(path);
  ctx.pending.push((paragraph) => dataMissing(heading, paragraph, path, what, whatEn, '此项说明没有写'));
}

function procurement(ctx: NarrativeContext, spec: ExplanationSpec, heading: string): Fragment {
  const p = ctx.budget.procurement;
  if (!p) {
    missing(ctx, heading, 'procurement', '政府采购预算', 'the procurement budget');
    return EMPTY;
  }
  const a = (value: number, formula: string) => amountOf(ctx, { value, formula });
  return fillWith(ctx, partOf(spec, 'procurement'), {
    total: a(p.goods + p.works + p.services, 'procurement.goods + procurement.works + procurement.services'),
    goods: a(p.goods, 'procurement.goods'),
    works: a(p.works, 'procurement.works'),
    services: a(p.services, 'procurement.services'),
  });
}

function performance(ctx: NarrativeContext, spec: ExplanationSpec): Fragment {
  const t = ctx.budget.performanceTargets;
  if (t) {
    return fillWith(ctx, partOf(spec, 'performance'), {
      projects: count(t.projects, { formula: 'performanceTargets.projects' }),
      amount: amountOf(ctx, { value: t.amount, formula: 'performanceTargets.amount' }),
    });
  }
  const withTargets = new Set(ctx.budget.projects.filter((p) => p.indicators.length > 0).map((p) => p.id));
  const money = ctx.budget.lines.filter((l) => l.project !== undefined && withTargets.has(l.project)).reduce((s, l) => s + l.amount, 0);
  return fillWith(ctx, partOf(spec, 'performance'), {
    projects: count(withTargets.size, { formula: 'count(projects with indicators)' }),
    amount: amountOf(ctx, { value: money, formula: 'sum(lines of projects with indicators)' }),
  });
}

const DETAIL = ['ministerial', 'leading', 'confidential', 'emergency', 'retired'] as const;

/** The vehicle counts and the kinds clause: 一般公务用车 split into its five kinds when it can be. */
function vehicles(ctx: NarrativeContext, spec: ExplanationSpec, v: VehicleCounts, path: string): { total: Fragment; kinds: Fragment } {
  const c = (n: number, key: string) => count(n, { formula: `${path}.${key}` });
  // The five kinds split 一般公务用车: used when all are given and add up to it (or it is zero).
  const given = DETAIL.every((k) => v[k] !== undefined) && DETAIL.reduce((n, k) => n + (v[k] ?? 0), 0) === v.general;
  const split = given || (v.general === 0 && DETAIL.every((k) => (v[k] ?? 0) === 0));
  const all = vehicleTotal(v);
  const common = { enforcement: c(v.enforcement, 'enforcement'), special: c(v.special, 'special'), other: c(v.other, 'other') };
  const detail: Record<string, Fragment> = {};
  for (const k of DETAIL) detail[k] = v[k] !== undefined ? c(v[k], k) : count(0, { formula: `${path}.general (0)` });
  const kinds = split
    ? fillWith(ctx, partOf(spec, 'kindsDetail'), { ...common, ...detail })
    : fillWith(ctx, partOf(spec, 'kindsGeneral'), { ...common, general: c(v.general, 'general') });
  return { total: count(all, { formula: `${path}.general + ${path}.enforcement + ${path}.special + ${path}.other` }), kinds };
}

function assets(ctx: NarrativeContext, spec: ExplanationSpec, heading: string): { assets: Fragment; planned: Fragment } {
  const a = ctx.budget.assets;
  if (!a) {
    missing(ctx, heading, 'assets', '国有资产占有使用情况', 'the assets');
    return { assets: EMPTY, planned: EMPTY };
  }
  const now = vehicles(ctx, spec, a.vehicles, 'assets.vehicles');
  const equipment = a.equipmentOver100 !== undefined
    ? fillWith(ctx, partOf(spec, 'equipment100'), { n: count(a.equipmentOver100, { formula: 'assets.equipmentOver100' }) })
    : fillWith(ctx, partOf(spec, 'equipmentSplit'), {
      general50: count(a.generalEquipmentOver50, { formula: 'assets.generalEquipmentOver50' }),
      special100: count(a.specialEquipmentOver100, { formula: 'assets.specialEquipmentOver100' }),
    });
  const asOf = a.asOf !== undefined && a.asOf.trim() !== '' ? a.asOf.trim() : fillWith(ctx, partOf(spec, 'asOf'));
  const out = { assets: fillWith(ctx, partOf(spec, 'assets'), { asOf, vehicles: now.total, kinds: now.kinds, equipment }), planned: EMPTY };
  if (a.planned) {
    const p = vehicles(ctx, spec, a.planned.vehicles, 'assets.planned.vehicles');
    out.planned = fillWith(ctx, partOf(spec, 'planned'), {
      vehicles: p.total, kinds: p.kinds,
      equipment100: count(a.planned.equipmentOver100, { formula: 'assets.planned.equipmentOver100' }),
    });
  }
  return out;
}

export function otherNotes(ctx: NarrativeContext, spec: ExplanationSpec, out: SectionBuilder): void {
  const slots: Record<string, Fragment> = {
    ...threePublicSlots(ctx, spec, out.heading),
    operatingFunds: amountOf(ctx, ctx.figures.ref('operating-funds')),
    procurement: procurement(ctx, spec, out.heading),
    performance: performance(ctx, spec),
    ...assets(ctx, spec, out.heading),
  };
  out.addAll(spec.paragraphs, slots);
}
