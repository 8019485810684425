// The Shanghai district 财政项目支出绩效目标填报表 on the audit page, laid out as printed — one form a
// project: its fields and money as label/value pairs, its goals, then its indicators under 一级/二级/
// 三级指标 and 指标值 — instead of the one wide table the Document holds them in. Cells that findings
// point at are highlighted and numbered with the same anchors as auditTableHtml, so a finding's
// “定位” link finds them.
import type { CellValue, DocTable } from '../core/model/document.ts';
import { escapeHtml } from '../renderers/html.ts';
import { cellText } from '../renderers/table-text.ts';
import { cellAnchor, type CellMark, numbers, worst } from './audit-html-table.ts';

/** True for the table project-forms.ts reads the forms into (not Henan's 项目绩效目标表). */
export function isProjectFormsTable(table: DocTable): boolean {
  return table.id === 'project-performance' && table.columns.some((c) => c.key === 'project-total');
}

const KINDS = ['output', 'cost', 'effect', 'satisfaction'] as const;
const COLGROUP = `<colgroup>${[10, 14, 13, 12, 10, 14, 13, 14].map((w) => `<col style="width:${w}%">`).join('')}</colgroup>\n`;

/** The forms' <table> elements, one a project, with the title above them. */
export function auditFormsHtml(table: DocTable, marks: readonly CellMark[], docPrefix: string, tablePrefix: string): string {
  const col = (key: string): number => table.columns.findIndex((c) => c.key === key);
  const marksAt = (r: number, c?: number) => marks.filter((m) => m.row === r && (c === undefined ? m.col === undefined : m.col === c));
  /** A cell's text with its marks: class, anchor and the numbers linking to the findings. */
  const cell = (tag: 'td' | 'th', r: number, c: number, attrs = ''): string => {
    const value: CellValue = c >= 0 ? (table.rows[r]?.cells[c] ?? null) : null;
    const text = typeof value === 'string' ? escapeHtml(value) : cellText(value, table);
    const ms = c >= 0 ? marksAt(r, c) : [];
    if (ms.length === 0) return `<${tag}${attrs}${typeof value === 'number' ? ' class="num"' : ''}>${text}</${tag}>`;
    return `<${tag}${attrs} class="hit ${worst(ms)}${typeof value === 'number' ? ' num' : ''}" id="${cellAnchor(tablePrefix, r, c)}">${text}<sup>${numbers(docPrefix, ms)}</sup></${tag}>`;
  };
  const label = (key: string): string => escapeHtml(table.columns[col(key)]?.header.at(-1) ?? key);
  const pair = (r: number, key: string, span = 1): string => `<th>${label(key)}</th>${cell('td', r, col(key), span > 1 ? ` colspan="${span}"` : '')}`;

  const starts: number[] = [];
  table.rows.forEach((row, r) => row.kind === 'project' && starts.push(r));
  let out = `<h3 id="${tablePrefix}">${escapeHtml(table.title)}（${starts.length} 张）</h3>\n`;
  if (table.subtitle.length) out += `<p class="sheet-meta">${table.subtitle.map(escapeHtml).join('　')}　单位：元</p>\n`;
  starts.forEach((first, k) => {
    const end = starts[k + 1] ?? table.rows.length;
    const rowMarks = marksAt(first);
    const anchor = rowMarks.length ? ` id="${cellAnchor(tablePrefix, first)}"` : '';
    // Eight columns of fixed widths, so that every form of the page lines up.
    out += `<div class="table-wrap"><table class="form" style="table-layout:fixed;width:100%"${anchor}>\n${COLGROUP}<tbody>\n`;
    out += `<tr>${pair(first, 'name', 3)}${pair(first, 'nature')}${pair(first, 'category')}</tr>\n`;
    out += `<tr>${pair(first, 'department', 3)}${pair(first, 'implementer', 3)}</tr>\n`;
    out += `<tr>${pair(first, 'start', 3)}${pair(first, 'end', 3)}</tr>\n`;
    out += `<tr><th rowspan="4">项目资金（元）</th>${pair(first, 'project-total')}${pair(first, 'total', 4)}</tr>\n`;
    out += `<tr>${pair(first, 'project-fiscal')}${pair(first, 'government', 4)}</tr>\n`;
    out += `<tr><td colspan="2"></td>${pair(first, 'carry-over', 4)}</tr>\n`;
    out += `<tr>${pair(first, 'project-other')}<th>其他资金</th>${cell('td', first, col('unit-funds'), ' colspan="4"')}</tr>\n`;
    out += `<tr>${pair(first, 'goal.project', 3)}${pair(first, 'goal.year', 3)}</tr>\n`;
    out += '<tr><th>一级指标</th><th>二级指标</th><th colspan="3">三级指标</th><th colspan="3">年度(/项目)指标值</th></tr>\n';
    for (let r = first; r < end; r++) {
      const kind = KINDS.find((k) => table.rows[r]?.cells[col(`${k}.name`)] !== null || table.rows[r]?.cells[col(`${k}.value`)] !== null);
      if (!kind) continue;
      const own = r === first ? [] : marksAt(r);
      out += `<tr${own.length ? ` id="${cellAnchor(tablePrefix, r)}"` : ''}>${cell('td', r, col('level1'))}${cell('td', r, col('level2'))}`;
      out += `${cell('td', r, col(`${kind}.name`), ' colspan="3"').replace(/<\/td>$/, `${own.length ? `<sup>${numbers(docPrefix, own)}</sup>` : ''}</td>`)}`;
      out += `${cell('td', r, col(`${kind}.value`), ' colspan="3"')}</tr>\n`;
    }
    out += '</tbody>\n</table></div>\n';
    if (rowMarks.length) out += `<p class="note">${numbers(docPrefix, rowMarks)}</p>\n`;
  });
  return out;
}
