// CLS-FN-ONE-NAME: within one document a 功能分类 code keeps one name in every functional table (and
// under every unit). Needs no list, so two different names are an error; names that differ only in
// spelling (其它/其他, parentheses) are a warning.
import { codeLevel, type CodedRow, functionalRows, reportNameClashes } from '../classification-helpers.ts';
import { FUNCTIONAL_TABLES } from '../functional-tables.ts';
import type { Rule } from '../types.ts';

export const rule: Rule = {
  id: 'CLS-FN-ONE-NAME',
  category: 'classification',
  severity: 'error',
  statement: {
    zh: '同一文件中同一功能分类科目编码只能有一个名称。',
    en: 'Within one document each functional code has one name in every table.',
  },
  tables: FUNCTIONAL_TABLES,
  target: 'document',
  check({ doc, classification }, report) {
    const groups = new Map<string, CodedRow[]>();
    for (const r of functionalRows(doc)) {
      if (!r.name || codeLevel(r.code) === undefined) continue; // /^\d{3}(\d{2}){0,2}$/, without the pattern
      const group = groups.get(r.code);
      if (group) group.push(r);
      else groups.set(r.code, [r]);
    }
    const repeated = [...groups.values()].filter((g) => g.length > 1);
    if (repeated.length === 0) return report.notApplicable('没有在多处出现的功能分类科目');
    reportNameClashes(report, repeated, (code) => classification?.functional.get(code)?.name, '功能分类科目', 'functional code');
  },
};
