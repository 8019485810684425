// The check report as one self-contained HTML page: a summary, the findings by severity with
// their places and hints, and every rule run with its status (so nothing unchecked looks passed).
import type { CheckResult } from '../core/rules/engine.ts';
import type { Rule, RunStatus, Severity } from '../core/rules/types.ts';
import { locationText } from './findings-text.ts';

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const SEV: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };
const STATUS: Record<RunStatus, string> = { pass: '通过', fail: '不通过', 'not-applicable': '不适用', 'insufficient-data': '数据不足' };

export function findingsHtml(result: CheckResult, title: string, catalogue: readonly Rule[]): string {
  const byId = new Map(catalogue.map((r) => [r.id, r]));
  const c = result.counts;
  const findings = result.findings
    .map((f) => `<li class="${f.severity}"><span class="sev">${SEV[f.severity]}</span> <code>${esc(f.ruleId)}</code> ${esc(f.message)}`
      + `<div class="where">${esc(locationText(f.location))}</div>`
      + (f.location.sentence ? `<blockquote>${esc(f.location.sentence)}</blockquote>` : '')
      + (f.hint ? `<div class="hint">建议：${esc(f.hint)}</div>` : '') + '</li>')
    .join('\n');
  const runs = result.runs
    .map((r) => `<tr class="${r.status}"><td><code>${esc(r.ruleId)}</code></td><td>${esc(byId.get(r.ruleId)?.statement.zh ?? '')}</td>`
      + `<td>${STATUS[r.status]}</td><td>${r.findings.length || ''}</td><td>${esc(r.reason ?? '')}</td></tr>`)
    .join('\n');
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>检查报告：${esc(title)}</title>
<style>
body{font-family:"Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei",sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem;color:#1a1a1a;line-height:1.6}
h1{font-size:1.5rem}.summary span{display:inline-block;margin-right:1.5rem;font-weight:600}
ol{padding-left:1.5rem}li{margin:.6rem 0;padding:.4rem .6rem;border-left:4px solid #999;background:#fafafa}
li.error{border-color:#b00020}li.warning{border-color:#b36b00}li.info{border-color:#2a6ebb}
.sev{font-weight:700}.where{color:#444;font-size:.9rem}.hint{color:#205020;font-size:.9rem}
blockquote{margin:.3rem 0;padding-left:.6rem;border-left:2px solid #ccc;color:#333}
table{border-collapse:collapse;width:100%;font-size:.9rem}th,td{border:1px solid #ccc;padding:.25rem .5rem;text-align:left;vertical-align:top}
tr.fail td:nth-child(3){color:#b00020;font-weight:700}tr.pass td:nth-child(3){color:#205020}
</style></head><body>
<h1>检查报告：${esc(title)}</h1>
<p class="summary"><span>错误 ${c.error}</span><span>警告 ${c.warning}</span><span>提示 ${c.info}</span>
<span>规则：通过 ${c.pass} · 不通过 ${c.fail} · 不适用 ${c.notApplicable} · 数据不足 ${c.insufficient}${c.disabled ? ` · 已停用 ${c.disabled}` : ''}</span></p>
<h2>发现的问题</h2>
${findings ? `<ol>${findings}</ol>` : '<p>没有发现问题。</p>'}
<h2>每条规则的结果</h2>
<table><caption class="sr">规则运行结果</caption><thead><tr><th scope="col">规则</th><th scope="col">内容</th><th scope="col">结果</th><th scope="col">问题数</th><th scope="col">说明</th></tr></thead>
<tbody>${runs}</tbody></table>
</body></html>
`;
}
