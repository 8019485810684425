// CLS-ECON-ONE-NAME: within one document an economic code keeps one name — a 部门经济分类 款 in the
// 基本支出表 and the 支出经济分类汇总表, a 政府经济分类 款 on every row it is printed. Needs no list,
// so two different names are an error; spelling variants (其它/其他, parentheses) a warning.
import { type CodedRow, economicRows, isEconomicCode, reportNameClashes } from '../classification-helpers.ts';
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
    // Rows by list and code, each list's codes in the order first printed.
    const groups = { 'economic-department': new Map<string, CodedRow[]>(), 'economic-government': new Map<string, CodedRow[]>() };
    for (const r of economicRows(doc)) {
      if (!r.name || !isEconomicCode(r.code)) continue;
      const byCode = groups[r.kind];
      const group = byCode.get(r.code);
      if (group) group.push(r);
      else byCode.set(r.code, [r]);
    }
    const repeated = { 'economic-department': [] as CodedRow[][], 'economic-government': [] as CodedRow[][] };
    for (const kind of ['economic-department', 'economic-government'] as const) {
      for (const g of groups[kind].values()) if (g.length > 1) repeated[kind].push(g);
    }
    if (repeated['economic-department'].length === 0 && repeated['economic-government'].length === 0) return report.notApplicable('没有在多处出现的经济分类科目');
    for (const kind of ['economic-department', 'economic-government'] as const) {
      const list = kind === 'economic-department' ? classification?.economicDepartment : classification?.economicGovernment;
      reportNameClashes(
        report,
        repeated[kind],
        (code) => list?.get(code)?.name,
        kind === 'economic-department' ? '部门预算支出经济分类科目' : '政府预算支出经济分类科目',
        kind === 'economic-department' ? 'department economic code' : 'government economic code',
      );
    }
  },
};
