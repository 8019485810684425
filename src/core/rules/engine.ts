// Runs a catalogue of rules on a Document (and its Budget when there is one), applying the
// deployment's configuration (disabled rules, severities, tolerances), and summarises the runs.
import type { Draft, Finding, Reporter, Rule, RuleContext, RuleRun, Severity } from './types.ts';
import type { RuleConfig } from './config.ts';
import { withMemo } from './memo.ts';
import { lacksColumn, lacksLine, lacksSection, lacksTable } from './template-parts.ts';

export interface CheckResult {
  runs: RuleRun[];
  findings: Finding[];
  counts: Record<Severity, number> & { pass: number; fail: number; notApplicable: number; insufficient: number; disabled: number };
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function runRule(rule: Rule, ctx: RuleContext, config: RuleConfig = {}): RuleRun {
  return withMemo(ctx.doc, () => runOne(rule, ctx, config, templateTables(ctx)));
}

/** The template and the ids of its tables (undefined without a template), for runOne. */
interface TemplateTables {
  spec: NonNullable<RuleContext['template']>;
  ids: ReadonlySet<string>;
}

function templateTables(ctx: RuleContext): TemplateTables | undefined {
  const template = ctx.template;
  if (!template) return undefined;
  // Once per template and list of tables (a template is not edited while documents are checked;
  // a new list of tables is a new entry).
  const hit = tableIds.get(template);
  if (hit !== undefined && hit.tables === template.tables) return hit;
  const ids = new Set<string>();
  for (const t of template.tables) ids.add(t.id);
  const entry = { spec: template, tables: template.tables, ids };
  tableIds.set(template, entry);
  return entry;
}

const tableIds = new WeakMap<NonNullable<RuleContext['template']>, TemplateTables & { tables: readonly { id: string }[] }>();

/**
 * What a rule reports into during one run. A class rather than an object of closures: its
 * methods are shared by every run, so the rules' calls to them stay monomorphic and cheap.
 */
class RunReporter implements Reporter {
  checks = 0;
  readonly findings: Finding[] = [];
  status: RuleRun['status'] | undefined = undefined;
  reason: string | undefined = undefined;

  constructor(
    private readonly ruleId: string,
    private readonly severity: Severity,
    readonly tolerancePerItem: number | undefined,
    private readonly template: TemplateTables | undefined,
  ) {}

  templateLacks(id: string): string | undefined {
    const t = this.template;
    return t === undefined ? undefined : lacksTable(t.spec, t.ids, id);
  }

  templateLacksColumn(tableId: string, key: string): string | undefined {
    const t = this.template;
    return t === undefined ? undefined : lacksColumn(t.spec, tableId, key);
  }

  templateLacksLine(tableId: string, ref: string, label: string): string | undefined {
    const t = this.template;
    return t === undefined ? undefined : lacksLine(t.spec, tableId, ref, label);
  }

  templateLacksSection(isTopic: (heading: string) => boolean, what: string): string | undefined {
    const t = this.template;
    return t === undefined ? undefined : lacksSection(t.spec, isTopic, what);
  }

  checked(n = 1): void {
    this.checks += n;
  }

  fail(d: Draft): void {
    // { ...d, ruleId, severity } — Object.assign keeps the same keys in the same order and is
    // far cheaper than an object spread of a fresh draft in this V8.
    const finding = Object.assign({}, d) as Finding;
    finding.ruleId = this.ruleId;
    finding.severity = d.severity ?? this.severity;
    this.findings.push(finding);
  }

  notApplicable(why: string): void {
    this.status ??= 'not-applicable';
    this.reason ??= why;
  }

  insufficient(why: string): void {
    this.status ??= 'insufficient-data';
    this.reason ??= why;
  }
}

function runOne(rule: Rule, ctx: RuleContext, config: RuleConfig, template: TemplateTables | undefined): RuleRun {
  const override = config.rules?.[rule.id];
  const reporter = new RunReporter(rule.id, override?.severity ?? rule.severity, override?.tolerance ?? rule.tolerance, template);
  const findings = reporter.findings;
  if (rule.target === 'budget' && !ctx.budget) {
    return { ruleId: rule.id, status: 'not-applicable', findings, checks: reporter.checks, reason: '只对预算数据（Budget）检查；此文件是已公开的文件' };
  }
  // A rule that reads only tables the document's template does not have (Shanghai has no 项目支出
  // table) and the document does not print either has nothing to check there; a missing table the
  // template has is still reported. (A Shanghai district budget prints its projects' 绩效目标填报表.)
  if (template !== undefined && rule.tables.length > 0 && !readsAny(rule, template.ids) && !printsAny(rule, ctx.doc.tables)) {
    return { ruleId: rule.id, status: 'not-applicable', findings, checks: reporter.checks, reason: `${template.spec.name}没有此规则核对的表` };
  }
  try {
    rule.check(ctx, reporter);
  } catch (err) {
    // A rule that throws has a bug; report it as insufficient data rather than as passed.
    const message = err instanceof Error ? err.message : String(err);
    return { ruleId: rule.id, status: 'insufficient-data', findings, checks: reporter.checks, reason: `规则执行出错：${message}` };
  }
  const checks = reporter.checks;
  let status = reporter.status;
  if (findings.length > 0) status = 'fail';
  else status ??= checks > 0 ? 'pass' : 'not-applicable';
  const run: RuleRun = { ruleId: rule.id, status, findings, checks };
  if (status === 'not-applicable' || status === 'insufficient-data') run.reason = reporter.reason ?? '没有可检查的内容';
  return run;
}

export function runRules(rules: readonly Rule[], ctx: RuleContext, config: RuleConfig = {}): CheckResult {
  return withMemo(ctx.doc, () => runAll(rules, ctx, config));
}

/** True when the rule reads one of the tables. */
function readsAny(rule: Rule, tables: ReadonlySet<string>): boolean {
  for (const id of rule.tables) if (tables.has(id)) return true;
  return false;
}

/** True when the document prints one of the tables the rule reads. */
function printsAny(rule: Rule, printed: readonly { id: string }[]): boolean {
  for (const t of printed) if (rule.tables.includes(t.id as Rule['tables'][number])) return true;
  return false;
}

function runAll(rules: readonly Rule[], ctx: RuleContext, config: RuleConfig): CheckResult {
  const runs: RuleRun[] = [];
  const tables = templateTables(ctx);
  let disabled = 0;
  for (const rule of rules) {
    if (config.rules?.[rule.id]?.enabled === false) {
      disabled++;
      continue;
    }
    runs.push(runOne(rule, ctx, config, tables));
  }
  // Findings by severity (errors first), each severity in rule order: a stable sort.
  const bySeverity: Finding[][] = [[], [], []];
  const counts = { error: 0, warning: 0, info: 0, pass: 0, fail: 0, notApplicable: 0, insufficient: 0, disabled };
  for (const run of runs) {
    if (run.status === 'pass') counts.pass++;
    else if (run.status === 'fail') counts.fail++;
    else if (run.status === 'not-applicable') counts.notApplicable++;
    else counts.insufficient++;
    for (const f of run.findings) {
      (bySeverity[SEVERITY_ORDER[f.severity]] as Finding[]).push(f);
      counts[f.severity]++;
    }
  }
  const findings = (bySeverity[0] as Finding[]).concat(bySeverity[1] as Finding[], bySeverity[2] as Finding[]);
  return { runs, findings, counts };
}
