// The audit report as text for a terminal (中文): per document the file, the template recognised,
// the tables found and missing, what the reader could not place, then the findings by severity —
// each with its place in the file (page, sheet and cell, line), the quoted cell or sentence and a
// hint; at the end, for several files, the errors and warnings by rule and the summary table.
import type { Severity } from '../core/rules/types.ts';
import { formatSourcePos } from '../core/model/document.ts';
import { locationText } from './findings-text.ts';
import type { AuditEntry, AuditedDocument, SummaryRow } from './audit-model.ts';
import { summaryRow } from './audit-model.ts';
import { detectionLines, KIND_LABEL } from './audit-words.ts';
import { ruleTallyText, tallyByRule } from './rule-tally.ts';

const HEADINGS: Record<Severity, string> = { error: '错误 / errors', warning: '警告 / warnings', info: '提示 / notes' };

function documentText(e: AuditedDocument): string[] {
  const m = e.document.meta;
  const pages = m.source?.pages ? `，${m.source.pages} 页` : '';
  const out = [
    `文件：${e.file}（${KIND_LABEL[e.kind]}${pages}）`,
    `标题：${m.title}`,
    `部门：${m.department.name || '（未识别）'}　年度：${m.year}`,
    ...detectionLines(e),
  ];
  if (e.problems.length > 0) {
    out.push('', `读取时无法归位的内容（${e.problems.length}）：`);
    for (const p of e.problems) out.push(`  - ${p.message}${p.at ? `（${formatSourcePos(p.at)}）` : ''}`);
  }
  out.push('');
  for (const sev of ['error', 'warning', 'info'] as const) {
    const list = e.findings.filter((f) => f.severity === sev);
    if (list.length === 0) continue;
    out.push(`${HEADINGS[sev]}（${list.length}）`);
    list.forEach((f, i) => {
      out.push(`  ${i + 1}. [${f.ruleId}] ${f.message}`);
      const where = locationText(f.location);
      if (where) out.push(`     位置：${where}`);
      if (f.quote !== undefined) out.push(`     原文：“${f.quote}”`);
      if (f.hint) out.push(`     建议：${f.hint}`);
    });
    out.push('');
  }
  const c = e.result.counts;
  if (e.findings.length === 0) out.push('没有发现问题。', '');
  out.push(
    `规则 ${e.result.runs.length + c.disabled} 条：通过 ${c.pass}，不通过 ${c.fail}，不适用 ${c.notApplicable}，数据不足 ${c.insufficient}${c.disabled ? `，已停用 ${c.disabled}` : ''}`,
    `结果：错误 ${c.error}，警告 ${c.warning}，提示 ${c.info}`,
  );
  return out;
}

export function auditText(entries: readonly AuditEntry[]): string {
  const out: string[] = [];
  for (const e of entries) {
    out.push(`━━ 审核 ${e.file} ━━`);
    if (e.ok) out.push(...documentText(e));
    else out.push(`无法读取：${e.error}`);
    out.push('');
  }
  if (entries.length > 1) {
    const tally = ruleTallyText(tallyByRule(entries.map((e) => (e.ok ? e.findings : []))));
    if (tally) out.push(tally, '');
    out.push(summaryTable(entries.map(summaryRow)));
  }
  return `${out.join('\n').trimEnd()}\n`;
}

/** Terminal columns of a text: CJK and full-width characters take two. */
function width(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}

const pad = (text: string, w: number, right = false) => (right ? ' '.repeat(w - width(text)) + text : text + ' '.repeat(w - width(text)));

/** The closing summary: one row per document, columns aligned for CJK text. */
export function summaryTable(rows: readonly SummaryRow[]): string {
  const n = (v: number | null) => (v === null ? '—' : String(v));
  const head = ['文件', '模板', '表（找到/应有）', '错误', '警告', '提示', '说明'];
  const body = rows.map((r) => [
    r.file,
    r.template || '—',
    r.tablesFound === null ? '—' : `${r.tablesFound}/${r.tablesExpected ?? '?'}`,
    n(r.errors),
    n(r.warnings),
    n(r.info),
    r.note ? `无法读取：${r.note}` : '',
  ]);
  const widths = head.map((h, i) => Math.max(width(h), ...body.map((b) => width(b[i]!))));
  const line = (cells: string[]) => cells.map((c, i) => pad(c, widths[i]!, i >= 2 && i <= 5)).join('  ').trimEnd();
  const bad = rows.filter((r) => r.note).length;
  const total = (k: 'errors' | 'warnings' | 'info') => rows.reduce((s, r) => s + (r[k] ?? 0), 0);
  return [
    `汇总 / summary：${rows.length} 个文件${bad ? `，其中 ${bad} 个无法读取` : ''}；错误 ${total('errors')}，警告 ${total('warnings')}，提示 ${total('info')}`,
    line(head),
    widths.map((w) => '─'.repeat(w)).join('  '),
    ...body.map(line),
  ].join('\n');
}
