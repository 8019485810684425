// CMP-TABLES-PRESENT: every table of the region's template is printed — an empty one too (with a
// note saying why), since a missing table cannot be told from a table someone forgot.
import { fillTemplateText } from '../../templates/types.ts';
import { findTable } from '../doc-access.ts';
import { requireTemplate } from '../classification-helpers.ts';
import type { Rule } from '../types.ts';

export const rule: Rule = {
  id: 'CMP-TABLES-PRESENT',
  category: 'completeness',
  severity: 'error',
  statement: {
    zh: '公开文件应包含模板规定的全部表格（无数据的表也应公开并说明）。',
    en: 'Every table of the template is present (an empty table is printed with a note).',
  },
  tables: [],
  target: 'document',
  check(ctx, report) {
    const template = requireTemplate(ctx, report);
    if (!template) return;
    const vars = { year: ctx.doc.meta.year, department: ctx.doc.meta.department.name };
    for (const spec of template.tables) {
      report.checked();
      if (findTable(ctx.doc, spec.id)) continue;
      const title = fillTemplateText(spec.title, vars);
      report.fail({
        message: `缺少${spec.numberLabel}、${spec.listTitle}（“${title}”）：${template.name}规定公开此表`,
        messageEn: `table ${spec.id} (${spec.listTitle}) required by template ${template.id} is missing`,
        location: { table: spec.id, tableTitle: title },
        expected: spec.listTitle,
        hint: '补上此表；本部门没有相关收支的，照样公开空表并注明原因。',
      });
    }
  },
};
