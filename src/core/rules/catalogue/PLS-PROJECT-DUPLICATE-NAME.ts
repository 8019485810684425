// PLS-PROJECT-DUPLICATE-NAME: one unit does not list the same project name twice in the 项目支出预算表
// (a pasted row, or two projects a reader cannot tell apart). Different units may share a name.
import { cellLocation, colIndex, requireTable, textAt } from '../doc-access.ts';
import { nameKey } from '../indicator-value.ts';
import { projectRows } from '../narrative-helpers.ts';
import type { Rule } from '../types.ts';

/** True when no two projects' name keys are equal and none has a | (see the rule's check). */
function distinctNames(rows: readonly { name: string }[]): boolean {
  const seen = new Set<string>();
  for (let k = 0; k < rows.length; k++) {
    const key = nameKey((rows[k] as { name: string }).name);
    if (key.includes('|') || seen.has(key)) return false;
    seen.add(key);
  }
  return true;
}

export const rule: Rule = {
  id: 'PLS-PROJECT-DUPLICATE-NAME',
  category: 'plausibility',
  severity: 'warning',
  statement: {
    zh: '同一单位的项目支出预算表中不应有同名项目。',
    en: 'A unit does not list two projects with the same name in the project expenditure table.',
  },
  tables: ['project-expenditure'],
  target: 'document',
  check({ doc }, report) {
    const table = requireTable(doc, report, 'project-expenditure');
    if (!table) return;
    const unitCol = colIndex(table, 'unit.name');
    const nameCol = colIndex(table, 'name');
    const rows = projectRows(table);
    if (rows.length === 0) return report.notApplicable('项目支出预算表没有项目');
    // The usual table names every project differently: then no unit lists one twice, and the
    // units are not read. (With no | in a name, equal keys of unit|name mean equal names.)
    if (distinctNames(rows)) {
      report.checked(rows.length);
      return;
    }
    const seen = new Map<string, number>();
    for (let k = 0; k < rows.length; k++) {
      const p = rows[k] as (typeof rows)[number];
      report.checked();
      const key = `${nameKey(textAt(p.row, unitCol))}|${nameKey(p.name)}`;
      const first = seen.get(key);
      if (first === undefined) {
        seen.set(key, p.index);
        continue;
      }
      report.fail({
        message: `项目“${p.name}”在同一单位下出现两次（另见第 ${first + 1} 行）`,
        messageEn: `project “${p.name}” appears twice for the same unit`,
        location: cellLocation(table, p.index, nameCol),
        actual: p.name,
        hint: '删去重复的行，或把名称改得能区分两个项目（如写明期间或内容）。',
      });
    }
  },
};
