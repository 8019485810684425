// Checking entry points: a Budget (fact rules, then document rules on the Document it builds) or a
// Document alone (a published file read back: document rules only).
import type { ClassificationSet } from '../classification/types.ts';
import { buildDocument } from '../document/build.ts';
import type { Budget } from '../model/budget.ts';
import type { Document } from '../model/document.ts';
import type { NarrativeOptions } from '../narrative/index.ts';
import { buildNarrative, withNarrativeFindings } from '../narrative/index.ts';
import type { TemplateSpec } from '../templates/types.ts';
import { CATALOGUE } from './catalogue/index.ts';
import type { RuleConfig } from './config.ts';
import type { CheckResult } from './engine.ts';
import { runRules } from './engine.ts';
import type { Rule } from './types.ts';

export interface CheckContext {
  template: TemplateSpec;
  classification?: ClassificationSet;
  config?: RuleConfig;
  rules?: readonly Rule[];
  /** Narrative generation options (when a change needs a reason). */
  narrative?: NarrativeOptions;
}

export function checkBudget(budget: Budget, ctx: CheckContext & { classification: ClassificationSet }): CheckResult & { doc: Document } {
  const doc = buildDocument(budget, { template: ctx.template, classification: ctx.classification });
  const result = runRules(ctx.rules ?? CATALOGUE, { doc, budget, template: ctx.template, classification: ctx.classification }, ctx.config);
  // What the generated narrative had to leave out (a change without its reason, missing facts).
  const narrative = buildNarrative(budget, doc, ctx.template, ctx.narrative);
  return { ...withNarrativeFindings(result, narrative.findings), doc };
}

export function checkDocument(doc: Document, ctx: CheckContext): CheckResult {
  const rc: Parameters<typeof runRules>[1] = { doc, template: ctx.template };
  if (ctx.classification) rc.classification = ctx.classification;
  return runRules(ctx.rules ?? CATALOGUE, rc, ctx.config);
}
