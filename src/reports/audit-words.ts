// Words the audit reports share: the names of file kinds and canonical tables in Chinese, and the
// lines that say which template was recognised and which tables were found, missing or not
// understood.
import type { TableId } from '../core/model/document.ts';
import { getTemplate } from '../core/templates/index.ts';
import type { AuditedDocument } from './audit-model.ts';
import { TABLE_NAMES } from '../core/model/table-names.ts';

export const KIND_LABEL: Record<AuditedDocument['kind'], string> = { pdf: 'PDF', xlsx: 'Excel 工作簿', text: '文本', json: 'yusuan 文档 JSON' };


/** The table's name in the template (its 目录 title), else the canonical name, else the id. */
export function tableName(id: string, templateId?: string): string {
  const spec = templateId ? getTemplate(templateId)?.tables.find((t) => t.id === id) : undefined;
  return spec?.listTitle ?? TABLE_NAMES[id as TableId] ?? id;
}

/** A detection list item as text: a table id, or an object naming a title or id. */
export function itemText(item: unknown, templateId?: string): string {
  if (typeof item === 'string') return tableName(item, templateId);
  if (item && typeof item === 'object') {
    const o = item as { id?: unknown; title?: unknown };
    if (typeof o.title === 'string') return o.title;
    if (typeof o.id === 'string') return tableName(o.id, templateId);
  }
  return String(item);
}

/** “模板：…（匹配度 92%）”, “预算表：找到 9 张，应有 9 张”, and the missing and unknown ones. */
export function detectionLines(e: AuditedDocument): string[] {
  const d = e.detection;
  const template = d.template ? getTemplate(d.template) : undefined;
  const score = typeof d.score === 'number' ? `，匹配度 ${Math.round(d.score * 100)}%` : '';
  const out = [`模板：${d.template ? `${d.template}${template ? `（${template.name}）` : ''}` : '未识别'}${score}`];
  out.push(`预算表：找到 ${d.tables.length} 张，应有 ${e.expected} 张`);
  if (d.missing.length > 0) out.push(`  缺少：${d.missing.map((t) => itemText(t, d.template)).join('、')}`);
  // Project performance forms are not tables of the template, but they are read (project-forms.ts).
  const forms = d.projectForms ?? [];
  if (forms.length > 0) out.push(`  另有项目绩效目标表 ${forms.length} 张：${forms[0]?.title}（每个项目一张，按项目绩效目标读取）`);
  if (d.unknown.length > 0) out.push(`  无法识别：${d.unknown.map((t) => itemText(t, d.template)).join('、')}`);
  return out;
}
