// CLS-FN-ONE-NAME: within one document a 功能分类 code keeps one name in every functional table (and
// under every unit). Needs no list, so two different names are an error; names that differ only in
// spelling (其它/其他, parentheses) are a warning.
import { codeLevel, type CodedRow, functionalRows } from '../classification-helpers.ts';
import { addToGroup, reportGroupedClashes, startGroups } from '../classification-groups.ts';
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
    // Rows by code, codes in the order first printed (classification-groups.ts).
    const rows = functionalRows(doc);
    startGroups(rows.length);
    const first = new Map<string, number>();
    let repeated = 0;
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i] as CodedRow;
      if (!r.name || codeLevel(r.code) === undefined) continue; // /^\d{3}(\d{2}){0,2}$/, without the pattern
      if (addToGroup(first, 1, i, r.code)) repeated++;
    }
    if (repeated === 0) return report.notApplicable('没有在多处出现的功能分类科目');
    const list = classification?.functional;
    reportGroupedClashes(report, rows, 1, (code) => list?.get(code)?.name, '功能分类科目', 'functional code');
  },
};
