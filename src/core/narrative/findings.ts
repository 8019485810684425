// Findings of narrative generation: a change that needs a reason the Budget does not give
// (NAR-REASON-MISSING), a fact the narrative needs that the Budget does not record
// (NAR-DATA-MISSING); and merging them into a check result. Both are warnings: the text is
// generated without inventing anything. Pure.
import type { CheckResult } from '../rules/engine.ts';
import type { Finding, RuleRun } from '../rules/types.ts';

export const REASON_MISSING = 'NAR-REASON-MISSING';
export const DATA_MISSING = 'NAR-DATA-MISSING';

const WHAT_EN: Record<string, string> = {
  totalChange: 'the grand total',
  generalPublicChange: 'the general public budget',
  governmentFundChange: 'the government fund budget',
  stateCapitalChange: 'the state capital budget',
  threePublicChange: 'the “three public” expenses',
  fiscalChange: 'fiscal appropriations (财政拨款)',
};

/** The sentence of a paragraph that holds `clause` (up to 。；), else the clause itself. */
function sentenceOf(text: string, clause: string): string {
  const at = clause ? text.indexOf(clause) : -1;
  if (at < 0) return clause;
  const before = text.slice(0, at);
  const start = Math.max(before.lastIndexOf('。'), before.lastIndexOf('；')) + 1;
  const rest = text.slice(at + clause.length);
  const endRel = rest.search(/[。；]/);
  return text.slice(start, endRel < 0 ? text.length : at + clause.length + endRel + 1).trim();
}

export function reasonMissing(heading: string, paragraph: number, text: string, clause: string, what: string, change: string, key: string): Finding {
  return {
    ruleId: REASON_MISSING,
    severity: 'warning',
    message: `${heading}：${what}与上年相比${change}，预算数据没有写明变化原因（explanations.${key}），说明中未写原因`,
    messageEn: `${WHAT_EN[key] ?? what} changed against last year (${change}) but the Budget gives no reason (explanations.${key}); the narrative states none`,
    location: { section: heading, paragraph, sentence: sentenceOf(text, clause), path: `explanations.${key}` },
    hint: `在预算文件中补充 explanations.${key}（${what}变化的主要原因），生成的说明会写“主要原因是：……”；yusuan 不代写原因。`,
  };
}

export function dataMissing(heading: string, paragraph: number, path: string, what: string, whatEn: string, consequence: string): Finding {
  return {
    ruleId: DATA_MISSING,
    severity: 'warning',
    message: `${heading}：预算数据没有${what}（${path}），${consequence}`,
    messageEn: `the Budget does not record ${whatEn} (${path}); the narrative leaves it out`,
    location: { section: heading, paragraph, path },
    hint: `在预算文件中补充 ${path}，再生成说明。`,
  };
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/**
 * A check result with the narrative's findings added: one failed run per finding rule id, the
 * findings sorted by severity as the engine sorts them, and the counts updated.
 */
export function withNarrativeFindings<T extends CheckResult>(result: T, findings: readonly Finding[]): T {
  if (findings.length === 0) return result;
  const byRule = new Map<string, Finding[]>();
  for (const f of findings) byRule.set(f.ruleId, [...(byRule.get(f.ruleId) ?? []), f]);
  const runs: RuleRun[] = [...byRule].map(([ruleId, fs]) => ({ ruleId, status: 'fail', findings: fs, checks: fs.length }));
  const counts = { ...result.counts, fail: result.counts.fail + runs.length };
  for (const f of findings) counts[f.severity]++;
  const all = [...result.findings, ...findings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  return { ...result, runs: [...result.runs, ...runs], findings: all, counts };
}
