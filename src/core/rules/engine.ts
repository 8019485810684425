// Runs a catalogue of rules on a Document (and its Budget when there is one), applying the
// deployment's configuration (disabled rules, severities, tolerances), and summarises the runs.
import type { Draft, Finding, Reporter, Rule, RuleContext, RuleRun, Severity } from './types.ts';
import type { RuleConfig } from './config.ts';

export interface CheckResult {
  runs: RuleRun[];
  findings: Finding[];
  counts: Record<Severity, number> & { pass: number; fail: number; notApplicable: number; insufficient: number; disabled: number };
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function runRule(rule: Rule, ctx: RuleContext, config: RuleConfig = {}): RuleRun {
  const override = config.rules?.[rule.id];
  const severity = override?.severity ?? rule.severity;
  const findings: Finding[] = [];
  let checks = 0;
  let reason: string | undefined;
  let status: RuleRun['status'] | undefined;
  const multiplier = override?.tolerance ?? rule.tolerance;
  const reporter: Reporter = {
    checked(n = 1) {
      checks += n;
    },
    fail(d: Draft) {
      findings.push({ ...d, ruleId: rule.id, severity: d.severity ?? severity });
    },
    notApplicable(why) {
      status ??= 'not-applicable';
      reason ??= why;
    },
    insufficient(why) {
      status ??= 'insufficient-data';
      reason ??= why;
    },
    tolerancePerItem: multiplier,
  };
  if (rule.target === 'budget' && !ctx.budget) {
    return { ruleId: rule.id, status: 'not-applicable', findings, checks, reason: '只对预算数据（Budget）检查；此文件是已公开的文件' };
  }
  try {
    rule.check(ctx, reporter);
  } catch (err) {
    // A rule that throws has a bug; report it as insufficient data rather than as passed.
    const message = err instanceof Error ? err.message : String(err);
    return { ruleId: rule.id, status: 'insufficient-data', findings, checks, reason: `规则执行出错：${message}` };
  }
  if (findings.length > 0) status = 'fail';
  else status ??= checks > 0 ? 'pass' : 'not-applicable';
  const run: RuleRun = { ruleId: rule.id, status, findings, checks };
  if (status === 'not-applicable' || status === 'insufficient-data') run.reason = reason ?? '没有可检查的内容';
  return run;
}

export function runRules(rules: readonly Rule[], ctx: RuleContext, config: RuleConfig = {}): CheckResult {
  const runs: RuleRun[] = [];
  let disabled = 0;
  for (const rule of rules) {
    if (config.rules?.[rule.id]?.enabled === false) {
      disabled++;
      continue;
    }
    runs.push(runRule(rule, ctx, config));
  }
  const findings = runs
    .flatMap((r) => r.findings)
    .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  const counts = {
    error: 0, warning: 0, info: 0,
    pass: runs.filter((r) => r.status === 'pass').length,
    fail: runs.filter((r) => r.status === 'fail').length,
    notApplicable: runs.filter((r) => r.status === 'not-applicable').length,
    insufficient: runs.filter((r) => r.status === 'insufficient-data').length,
    disabled,
  };
  for (const f of findings) counts[f.severity]++;
  return { runs, findings, counts };
}
