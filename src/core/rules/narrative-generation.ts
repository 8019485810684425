// Reports what the generated narrative had to leave out (NAR-REASON-MISSING, NAR-DATA-MISSING) as
// catalogue rules, so a deployment can configure them like any other. The narrative is generated
// once per Document and shared by both rules.
import type { Document } from '../model/document.ts';
import { buildNarrative } from '../narrative/index.ts';
import type { Finding, Reporter, RuleContext } from './types.ts';

const generated = new WeakMap<Document, readonly Finding[]>();

export function reportNarrativeFindings(ctx: RuleContext, report: Reporter, ruleId: string): void {
  const { budget, template, doc } = ctx;
  if (!budget || !template) return report.insufficient('需要预算数据和模板');
  if (!template.narrative) return report.notApplicable('该模板没有情况说明的措辞');
  let findings = generated.get(doc);
  if (!findings) {
    findings = buildNarrative(budget, doc, template).findings;
    generated.set(doc, findings);
  }
  report.checked();
  for (const f of findings) {
    if (f.ruleId !== ruleId) continue;
    const { ruleId: _id, severity: _sev, ...draft } = f;
    report.fail(draft);
  }
}
