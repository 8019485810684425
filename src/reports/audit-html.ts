// The audit report as one self-contained HTML page (中文): a summary of every file at the top; then
// per document what was recognised, findings that concern the whole document, and each table and
// narrative section with the offending cells or sentences highlighted and numbered, the findings
// beside them. Tables and sections without findings are folded away but still there.
import type { NarrativeSection } from '../core/model/document.ts';
import type { Severity } from '../core/rules/types.ts';
import { escapeHtml as esc } from '../renderers/html.ts';
import { locationText } from './findings-text.ts';
import { AUDIT_CSS } from './audit-html-css.ts';
import { auditFormsHtml, isProjectFormsTable } from './audit-html-forms.ts';
import { auditTableHtml, cellAnchor, type CellMark } from './audit-html-table.ts';
import type { AuditEntry, AuditedDocument, LocatedFinding } from './audit-model.ts';
import { auditExitCode, summaryRow } from './audit-model.ts';
import { tallyByRule } from './rule-tally.ts';
import { CATALOGUE } from '../core/rules/catalogue/index.ts';
import { detectionLines } from './audit-words.ts';
import { formatSourcePos } from '../core/model/document.ts';

const SEV: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };
type Numbered = LocatedFinding & { n: number };

function card(f: Numbered, prefix: string, target?: string): string {
  return `<div class="card ${f.severity}" id="${prefix}-f${f.n}"><span class="no">${f.n}</span><b>${SEV[f.severity]}</b> <code>${esc(f.ruleId)}</code> ${esc(f.message)}`
    + `<div class="where">${esc(locationText(f.location))}${target ? ` <a href="#${target}">定位</a>` : ''}</div>`
    + (f.quote !== undefined ? `<blockquote>${esc(f.quote)}</blockquote>` : '')
    + (f.hint ? `<div class="hint">建议：${esc(f.hint)}</div>` : '')
    + '</div>';
}

/** Paragraph text with the sentences findings quote wrapped in <mark>, numbered. */
function markedParagraph(text: string, marks: readonly Numbered[], prefix: string, anchor: string): string {
  const spans: { start: number; end: number; fs: Numbered[] }[] = [];
  const whole: Numbered[] = [];
  for (const f of marks) {
    const at = f.quote ? text.indexOf(f.quote) : -1;
    if (at < 0 || !f.quote) {
      whole.push(f);
      continue;
    }
    const hit = spans.find((s) => at < s.end && at + f.quote!.length > s.start);
    if (hit) hit.fs.push(f);
    else spans.push({ start: at, end: at + f.quote.length, fs: [f] });
  }
  spans.sort((a, b) => a.start - b.start);
  const nums = (fs: readonly Numbered[]) => `<sup>${fs.map((f) => `<a class="mark ${f.severity}" href="#${prefix}-f${f.n}">${f.n}</a>`).join('')}</sup>`;
  const worst = (fs: readonly Numbered[]) => (fs.some((f) => f.severity === 'error') ? 'error' : fs.some((f) => f.severity === 'warning') ? 'warning' : 'info');
  let out = '';
  let pos = 0;
  for (const s of spans) {
    out += esc(text.slice(pos, s.start)) + `<mark class="${worst(s.fs)}">${esc(text.slice(s.start, s.end))}</mark>${nums(s.fs)}`;
    pos = s.end;
  }
  out += esc(text.slice(pos));
  if (whole.length) out = `<mark class="${worst(whole)}">${out}</mark>${nums(whole)}`;
  return `<p id="${anchor}">${out}</p>`;
}

function sectionHtml(s: NarrativeSection, fs: readonly Numbered[], prefix: string, si: number): string {
  const anchor = (p: number) => `${prefix}-s${si}-p${p}`;
  const where = s.at?.[0] ?? (s.line !== undefined ? { line: s.line } : undefined);
  let body = `<h4>${esc(s.heading)}${where ? ` <small>（${esc(formatSourcePos(where))}）</small>` : ''}</h4>\n`;
  s.paragraphs.forEach((p, i) => {
    body += `${markedParagraph(p, fs.filter((f) => (f.location.paragraph ?? 0) === i), prefix, anchor(i))}\n`;
  });
  if (fs.length === 0) return `<div class="narrative">${body}</div>\n`;
  const cards = fs.map((f) => card(f, prefix, anchor(f.location.paragraph ?? 0))).join('\n');
  return `<div class="pair"><div class="narrative">${body}</div><aside>${cards}</aside></div>\n`;
}

function documentHtml(e: AuditedDocument, index: number): string {
  const prefix = `d${index + 1}`;
  const doc = e.document;
  const fs: Numbered[] = e.findings.map((f, i) => ({ ...f, n: i + 1 }));
  const c = e.result.counts;
  let out = `<h2 id="${prefix}">${index + 1}. ${esc(e.file)}</h2>\n<ul class="facts">`;
  out += `<li>标题：${esc(doc.meta.title)}　部门：${esc(doc.meta.department.name || '（未识别）')}　年度：${doc.meta.year}${doc.meta.source?.pages ? `　${doc.meta.source.pages} 页` : ''}</li>`;
  for (const line of detectionLines(e)) out += `<li>${esc(line.trim())}</li>`;
  out += `<li><span class="badge error">错误 ${c.error}</span><span class="badge warning">警告 ${c.warning}</span><span class="badge info">提示 ${c.info}</span></li></ul>\n`;
  if (e.problems.length) {
    const items = e.problems.map((p) => `<li>${esc(p.message)}${p.at ? `（${esc(formatSourcePos(p.at))}）` : ''}</li>`).join('');
    out += `<details class="problems"><summary>读取时无法归位的内容（${e.problems.length}）：已按最可能的方式读取，核对时值得看一眼</summary><ul>${items}</ul></details>\n`;
  }
  const placed = new Set<number>();
  const narrative = doc.narrative ?? [];
  const sectionFs = narrative.map((_, si) => fs.filter((f) => f.tableIndex === undefined && f.sectionIndex === si));
  const tableFs = doc.tables.map((_, ti) => fs.filter((f) => f.tableIndex === ti));
  for (const list of [...sectionFs, ...tableFs]) for (const f of list) placed.add(f.n);
  const general = fs.filter((f) => !placed.has(f.n));
  if (general.length) out += `<h3>整体问题（${general.length}）</h3>\n${general.map((f) => card(f, prefix)).join('\n')}\n`;
  if (fs.length === 0) out += '<p>没有发现问题。</p>\n';
  if (narrative.length) {
    // Sections with findings in full; the clean ones folded together after them.
    out += '<h3>情况说明</h3>\n';
    let clean = '';
    let nClean = 0;
    narrative.forEach((s, si) => {
      if (sectionFs[si]!.length > 0) out += sectionHtml(s, sectionFs[si]!, prefix, si);
      else {
        clean += sectionHtml(s, [], prefix, si);
        nClean++;
      }
    });
    if (nClean) out += `<details class="clean"><summary>其余 ${nClean} 节没有发现问题（展开查看）</summary>\n${clean}</details>\n`;
  }
  doc.tables.forEach((t, ti) => {
    const tablePrefix = `${prefix}-t${ti}`;
    const list = tableFs[ti]!;
    const marks: CellMark[] = list.flatMap((f) => (f.location.row === undefined ? [] : [{ n: f.n, severity: f.severity, row: f.location.row, ...(f.col !== undefined && { col: f.col }) }]));
    const html = (isProjectFormsTable(t) ? auditFormsHtml : auditTableHtml)(t, marks, prefix, tablePrefix);
    if (list.length === 0) {
      out += `<details class="clean"><summary>${esc(t.title)}：无问题</summary>${html}</details>\n`;
      return;
    }
    const target = (f: Numbered) => (f.location.row === undefined ? tablePrefix : cellAnchor(tablePrefix, f.location.row, f.col));
    out += `<div class="pair"><div>${html}</div><aside>${list.map((f) => card(f, prefix, target(f))).join('\n')}</aside></div>\n`;
  });
  return out;
}

/** A rule's statement in Chinese, for the tally by rule ('' for a rule the catalogue lacks). */
function statementOf(ruleId: string): string {
  return CATALOGUE.find((r) => r.id === ruleId)?.statement.zh ?? '';
}

export function auditHtml(entries: readonly AuditEntry[]): string {
  const rows = entries.map(summaryRow);
  const n = (v: number | null) => (v === null ? '—' : String(v));
  const summary = rows.map((r, i) => `<tr${r.note ? ' class="bad"' : ''}><td><a href="#d${i + 1}">${esc(r.file)}</a></td><td>${esc(r.template || '—')}</td>`
    + `<td class="n">${r.tablesFound === null ? '—' : `${r.tablesFound}/${r.tablesExpected ?? '?'}`}</td><td class="n">${n(r.errors)}</td><td class="n">${n(r.warnings)}</td><td class="n">${n(r.info)}</td>`
    + `<td>${r.note ? `无法读取：${esc(r.note)}` : ''}</td></tr>`).join('\n');
  const verdict = ['没有发现错误', '发现错误', '有文件无法读取'][auditExitCode(entries)];
  // For several files: each rule's errors and warnings across them, errors first.
  const tally = entries.length > 1 ? tallyByRule(entries.map((e) => (e.ok ? e.findings : []))).filter((t) => t.severity !== 'info') : [];
  const byRule = tally.length === 0 ? '' : `<h2>按规则汇总（错误与警告）</h2>
<table class="summary"><thead><tr><th>规则</th><th>规则内容</th><th>级别</th><th>处数</th><th>文件数</th></tr></thead>
<tbody>
${tally.map((t) => `<tr><td class="nw">${esc(t.ruleId)}</td><td>${esc(statementOf(t.ruleId))}</td><td class="nw">${t.severity === 'error' ? '错误' : '警告'}</td><td class="n">${t.findings}</td><td class="n">${t.files}</td></tr>`).join('\n')}
</tbody></table>
`;
  let body = '';
  entries.forEach((e, i) => {
    body += e.ok ? documentHtml(e, i) : `<h2 id="d${i + 1}">${i + 1}. ${esc(e.file)}</h2>\n<p class="failed">无法读取：${esc(e.error)}</p>\n`;
  });
  return `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="generator" content="yusuan audit"><title>审核报告（${entries.length} 个文件）</title>
<style>
${AUDIT_CSS}
</style></head><body>
<h1>部门预算公开审核报告</h1>
<p>共 ${entries.length} 个文件：${verdict}。错误 ${rows.reduce((s, r) => s + (r.errors ?? 0), 0)}，警告 ${rows.reduce((s, r) => s + (r.warnings ?? 0), 0)}，提示 ${rows.reduce((s, r) => s + (r.info ?? 0), 0)}。</p>
<table class="summary"><thead><tr><th>文件</th><th>模板</th><th>表（找到/应有）</th><th>错误</th><th>警告</th><th>提示</th><th>说明</th></tr></thead>
<tbody>
${summary}
</tbody></table>
${byRule}${body}</body></html>
`;
}
