// What the narrative composers share: the Budget, the built Document's figures, the template's
// wording, the options, and the findings; and the builder that assembles a section's paragraphs
// and stamps each claim and finding with its paragraph. Pure.
import type { Budget } from '../model/budget.ts';
import type { Claim, Document, NarrativePart, NarrativeSection } from '../model/document.ts';
import type { Finding } from '../rules/types.ts';
import type { NarrativeSpec, TemplateText, WordingBlock } from '../templates/types.ts';
import { fillTemplateText } from '../templates/types.ts';
import type { AmountFormat, Figure, Fragment, Slots } from './fill.ts';
import { amount, fill } from './fill.ts';
import type { Figures } from './figures.ts';

/** The explanations a change of each figure needs, by Budget key. */
export type ReasonKey = 'totalChange' | 'generalPublicChange' | 'governmentFundChange' | 'stateCapitalChange' | 'threePublicChange';

export interface NarrativeOptions {
  /**
   * A change against last year larger than this (分, absolute) needs a reason in
   * budget.explanations; null: never needed. Default: any non-zero change of 收支总计,
   * 一般公共预算 and “三公”经费; 政府性基金 / 国有资本经营 not required.
   */
  reasonThresholds?: Partial<Record<ReasonKey, number | null>>;
}

export const DEFAULT_REASON_THRESHOLDS: Readonly<Record<ReasonKey, number | null>> = {
  totalChange: 0,
  generalPublicChange: 0,
  governmentFundChange: null,
  stateCapitalChange: null,
  threePublicChange: 0,
};

/** A finding waiting for the paragraph it belongs to. */
export type PendingFinding = (paragraph: number, text: string) => Finding;

export interface NarrativeContext {
  budget: Budget;
  doc: Document;
  spec: NarrativeSpec;
  figures: Figures;
  format: AmountFormat;
  /** {department} {year} {lastYear}. */
  vars: Record<string, string>;
  thresholds: Record<ReasonKey, number | null>;
  findings: Finding[];
  pending: PendingFinding[];
  /** Budget paths already reported missing (one finding each). */
  reported: Set<string>;
}

/** Fills a pattern with the common placeholders and the given slots. */
export function fillWith(ctx: NarrativeContext, pattern: TemplateText, slots: Slots = {}): Fragment {
  return fill(pattern, slots, ctx.vars);
}

export function amountOf(ctx: NarrativeContext, f: Figure): Fragment {
  return amount(f, ctx.format);
}

/** The patterns of a block: a variant when it names one the block has, else its paragraphs. */
export function patternsOf(block: WordingBlock, variant?: string): TemplateText[] {
  if (variant !== undefined && block.variants?.[variant]) return block.variants[variant];
  return block.paragraphs;
}

/** A sub-pattern of a block the topic needs; a template without it is a template bug. */
export function partOf(block: WordingBlock, name: string): TemplateText {
  const p = block.parts?.[name];
  if (p === undefined) throw new Error(`说明模板缺少部件“${name}”`);
  return p;
}

export class SectionBuilder {
  readonly paragraphs: string[] = [];
  readonly claims: Claim[] = [];

  constructor(
    private readonly ctx: NarrativeContext,
    readonly part: NarrativePart,
    readonly heading: string,
  ) {}

  /** Adds a paragraph (left out when empty), with its claims and the findings pending for it. */
  add(f: Fragment): void {
    const pending = this.ctx.pending.splice(0);
    if (f.text.trim() === '') {
      const last = Math.max(0, this.paragraphs.length - 1);
      for (const p of pending) this.ctx.findings.push(p(last, this.paragraphs[last] ?? ''));
      return;
    }
    const paragraph = this.paragraphs.length;
    this.paragraphs.push(f.text);
    for (const c of f.claims) this.claims.push({ paragraph, ...c });
    for (const p of pending) this.ctx.findings.push(p(paragraph, f.text));
  }

  /** Fills and adds each pattern with the same slots. */
  addAll(patterns: readonly TemplateText[], slots: Slots = {}): void {
    for (const p of patterns) this.add(fillWith(this.ctx, p, slots));
  }

  section(withClaims: boolean): NarrativeSection {
    const s: NarrativeSection = { part: this.part, heading: this.heading, paragraphs: this.paragraphs };
    if (withClaims) s.claims = this.claims;
    return s;
  }
}

export function headingOf(ctx: NarrativeContext, heading: TemplateText): string {
  return fillTemplateText(heading, ctx.vars);
}
