// CLS-ECON-ONE-NAME: within one document an economic code keeps one name — a 部门经济分类 款 in the
// 基本支出表 and the 支出经济分类汇总表, a 政府经济分类 款 on every row it is printed. Needs no list,
// so two different names are an error; spelling variants (其它/其他, parentheses) a warning.
import { type EconomicRow, economicRows } from '../classification-helpers.ts';
import { addByKey, economicKey, reportGroupedClashes, startGroups, startKeys } from '../classification-groups.ts';
import type { Rule } from '../types.ts';

export const rule: Rule = {
  id: 'CLS-ECON-ONE-NAME',
  category: 'classification',
  severity: 'error',
  statement: {
    zh: '同一文件中同一经济分类科目编码（部门经济分类、政府经济分类）只能有一个名称。',
    en: 'Within one document each economic code (department and government lists) has one name.',
  },
  tables: ['general-public-basic-expenditure', 'economic-summary'],
  target: 'document',
  check({ doc, classification }, report) {
    // Rows by list and code, each list's codes in the order first printed (classification-groups.ts).
    const rows = economicRows(doc);
    startGroups(rows.length);
    startKeys();
    let repeated = 0;
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i] as EconomicRow;
      if (!r.name) continue;
      const key = economicKey(r.code); // −1 unless isEconomicCode
      if (key >= 0 && addByKey(r.kind === 'economic-department' ? 1 : 2, i, key)) repeated++;
    }
    if (repeated === 0) return report.notApplicable('没有在多处出现的经济分类科目');
    const dept = classification?.economicDepartment;
    const gov = classification?.economicGovernment;
    reportGroupedClashes(report, rows, 1, (code) => dept?.get(code)?.name, '部门预算支出经济分类科目', 'department economic code');
    reportGroupedClashes(report, rows, 2, (code) => gov?.get(code)?.name, '政府预算支出经济分类科目', 'government economic code');
  },
};
