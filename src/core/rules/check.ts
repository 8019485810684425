// Checking entry points: a Budget (fact rules, then document rules on the Document it builds) or a
// Document alone (a published file read back: document rules only).
import type { ClassificationSet } from '../classification/types.ts';
import { buildDocument } from '../document/build.ts';
import type { Budget } from '../model/budget.ts';
import type { Document } from '../model/document.ts';
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
}

export function checkBudget(budget: Budget, ctx: CheckContext & { classification: ClassificationSet }): CheckResult & { doc: Document } {
  const doc = buildDocument(budget, { template: ctx.template, classification: ctx.classification });
  // What the generated narrative had to leave out is reported by NAR-REASON-MISSING and
  // NAR-DATA-MISSING, configurable like every rule.
  const result = runRules(ctx.rules ?? CATALOGUE, { doc, budget, template: ctx.template, classification: ctx.classification }, ctx.config);
  return { ...result, doc };
}

export function checkDocument(doc: Document, ctx: CheckContext): CheckResult {
  const rc: Parameters<typeof runRules>[1] = { doc, template: ctx.template };
  if (ctx.classification) rc.classification = ctx.classification;
  return runRules(ctx.rules ?? CATALOGUE, rc, ctx.config);
}
