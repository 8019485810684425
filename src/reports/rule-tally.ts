// How often each rule found something across the files of one `yusuan check <folder>` or
// `yusuan audit` run: for a reviewer of many departments' disclosures, which problems are
// everywhere (a template leftover) and which are one department's. Pure.
import type { Finding, Severity } from '../core/rules/types.ts';

/** One rule at one severity: its findings in all files, and in how many files. */
export interface RuleTally {
  ruleId: string;
  severity: Severity;
  findings: number;
  files: number;
}

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * The findings of every file, counted by rule and severity (a deployment may give a rule's
 * findings another severity): errors first, then warnings, then notes; within each, the rules
 * found in most files first, then by findings and rule id.
 */
export function tallyByRule(files: readonly (readonly Finding[])[]): RuleTally[] {
  const byKey = new Map<string, RuleTally & { lastFile: number }>();
  files.forEach((findings, file) => {
    for (const f of findings) {
      const key = `${f.severity} ${f.ruleId}`;
      let t = byKey.get(key);
      if (!t) byKey.set(key, (t = { ruleId: f.ruleId, severity: f.severity, findings: 0, files: 0, lastFile: -1 }));
      t.findings++;
      if (t.lastFile !== file) {
        t.files++;
        t.lastFile = file;
      }
    }
  });
  return [...byKey.values()]
    .map(({ lastFile: _, ...t }) => t)
    .sort((a, b) => ORDER[a.severity] - ORDER[b.severity] || b.files - a.files || b.findings - a.findings || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
}

const SEVERITY_ZH: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };

/** The tally's errors and warnings as text lines under a heading; '' when there are none. */
export function ruleTallyText(tally: readonly RuleTally[]): string {
  const lines = tally
    .filter((t) => t.severity !== 'info')
    .map((t) => `  [${SEVERITY_ZH[t.severity]}] ${t.ruleId}：${t.findings} 处，${t.files} 个文件 / ${t.findings} in ${t.files} file(s)`);
  return lines.length === 0 ? '' : ['按规则汇总（错误与警告）/ by rule (errors and warnings):', ...lines].join('\n');
}
