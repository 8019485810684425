// The check report as text for a terminal: findings grouped by severity, each with its place
// (table, row, column or narrative section) and a hint; then a count of rule runs.
import type { CheckResult } from '../core/rules/engine.ts';
import type { Finding, Location, Severity } from '../core/rules/types.ts';

const HEADINGS: Record<Severity, string> = { error: '错误 / errors', warning: '警告 / warnings', info: '提示 / notes' };

export function locationText(loc: Location): string {
  const parts: string[] = [];
  if (loc.tableTitle ?? loc.table) parts.push(`《${loc.tableTitle ?? loc.table}》`);
  if (loc.rowLabel) parts.push(`“${loc.rowLabel}”行`);
  if (loc.columnLabel) parts.push(`“${loc.columnLabel}”列`);
  if (loc.section) parts.push(`${loc.section}${loc.paragraph !== undefined ? ` 第${loc.paragraph + 1}段` : ''}`);
  if (loc.path) parts.push(loc.path);
  if (loc.source) parts.push(`（${loc.source}）`);
  return parts.join(' ');
}

export function findingsText(result: CheckResult, title: string): string {
  const out: string[] = [`检查 ${title}`, ''];
  for (const sev of ['error', 'warning', 'info'] as const) {
    const list = result.findings.filter((f) => f.severity === sev);
    if (list.length === 0) continue;
    out.push(`${HEADINGS[sev]}（${list.length}）`);
    list.forEach((f: Finding, i) => {
      out.push(`  ${i + 1}. [${f.ruleId}] ${f.message}`);
      const where = locationText(f.location);
      if (where) out.push(`     位置：${where}`);
      if (f.location.sentence) out.push(`     原文：“${f.location.sentence}”`);
      if (f.hint) out.push(`     建议：${f.hint}`);
    });
    out.push('');
  }
  const c = result.counts;
  out.push(
    `规则 ${result.runs.length + c.disabled} 条：通过 ${c.pass}，不通过 ${c.fail}，不适用 ${c.notApplicable}，数据不足 ${c.insufficient}${c.disabled ? `，已停用 ${c.disabled}` : ''}`,
    `结果：错误 ${c.error}，警告 ${c.warning}，提示 ${c.info}`,
  );
  return out.join('\n');
}
