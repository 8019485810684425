// The narrative of a disclosure generated from its Budget and built Document: 第一部分 部门概况,
// 第二部分 情况说明 (each number a Claim pointing at the table cell it states, or the formula that
// gave it), 第三部分 名词解释 — worded by the template's data, reasons only as the Budget gives them.
// Pure: no I/O.
import type { Budget } from '../model/budget.ts';
import type { Document, NarrativeSection } from '../model/document.ts';
import type { Finding } from '../rules/types.ts';
import type { NarrativeSpec, TemplateSpec } from '../templates/types.ts';
import type { NarrativeContext, NarrativeOptions } from './context.ts';
import { DEFAULT_REASON_THRESHOLDS, headingOf, SectionBuilder } from './context.ts';
import { Figures } from './figures.ts';
import { otherMatters } from './other-matters.ts';
import { glossarySections, profileSections } from './parts.ts';
import { TOPIC_COMPOSERS } from './topics.ts';

export type { NarrativeOptions, ReasonKey } from './context.ts';
export { DEFAULT_REASON_THRESHOLDS } from './context.ts';
export { DATA_MISSING, REASON_MISSING, withNarrativeFindings } from './findings.ts';
export { chineseNumber, narrativePartTitles } from './parts.ts';

export interface NarrativeResult {
  sections: NarrativeSection[];
  /** NAR-REASON-MISSING and NAR-DATA-MISSING warnings: what the text had to leave out. */
  findings: Finding[];
}

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

export function buildNarrative(budget: Budget, doc: Document, template: TemplateSpec, options: NarrativeOptions = {}): NarrativeResult {
  const spec = template.narrative;
  if (!spec) return { sections: [], findings: [] };
  const ctx: NarrativeContext = {
    budget,
    doc,
    spec,
    figures: new Figures(doc, budget),
    format: spec.thousands ? { unit: spec.unit, decimals: spec.decimals, thousands: true } : { unit: spec.unit, decimals: spec.decimals },
    vars: { department: budget.department.name, year: String(budget.year), lastYear: String(budget.year - 1) },
    thresholds: { ...DEFAULT_REASON_THRESHOLDS, ...definedOnly(options.reasonThresholds ?? {}) },
    findings: [],
    pending: [],
    reported: new Set(),
  };
  const sections: NarrativeSection[] = [...profileSections(ctx)];
  for (const s of spec.sections) {
    const out = new SectionBuilder(ctx, 'explanation', headingOf(ctx, s.heading));
    if (s.topic === 'other') otherMatters(ctx, s, out);
    else TOPIC_COMPOSERS[s.topic](ctx, s, out);
    out.add({ text: '', claims: [] }); // flushes findings still pending
    sections.push(out.section(true));
  }
  sections.push(...glossarySections(ctx));
  return { sections: inContentsOrder(sections, spec), findings: ctx.findings };
}

/** The sections in the order the template's 目录 prints them (Shanghai), else as built. */
function inContentsOrder(sections: NarrativeSection[], spec: NarrativeSpec): NarrativeSection[] {
  if (!spec.contents) return sections;
  const order: NarrativeSection[] = [];
  for (const entry of spec.contents) {
    if (entry.section === 'tables') continue;
    const [part, index] = entry.section;
    const s = sections.filter((x) => x.part === part)[index];
    if (s && !order.includes(s)) order.push(s);
  }
  return [...order, ...sections.filter((s) => !order.includes(s))];
}
