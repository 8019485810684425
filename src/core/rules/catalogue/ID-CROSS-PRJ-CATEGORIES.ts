// ID-CROSS-PRJ-CATEGORIES: the 项目支出预算表's projects of type 其他运转类 add up to the 部门支出预算表's
// total 其他运转类, and those of type 特定目标类 to its 特定目标类.
import { amountAt, colIndex, requireColumns, requireTable, textAt } from '../doc-access.ts';
import { checkSum, fnShape } from '../identity-helpers.ts';
import type { Rule } from '../types.ts';

const CATEGORIES = [['其他运转类', 'project.other-operation'], ['特定目标类', 'project.specific-target']] as const;
const CATEGORY_KEYS = CATEGORIES.map((c) => c[1]);
const WHITESPACE = /\s/g;

export const rule: Rule = {
  id: 'ID-CROSS-PRJ-CATEGORIES',
  category: 'identity',
  severity: 'error',
  statement: { zh: '项目支出预算表中其他运转类、特定目标类项目的合计应分别等于部门支出预算表的其他运转类、特定目标类支出。', en: 'The project table’s other-operation and specific-target projects add up to the expenditure table’s figures for each category.' },
  tables: ['project-expenditure', 'expenditure'],
  target: 'document',
  tolerance: 1,
  check({ doc }, report) {
    const projects = requireTable(doc, report, 'project-expenditure');
    const exp = requireTable(doc, report, 'expenditure');
    if (!projects || !exp) return;
    const pc = requireColumns(projects, report, ['category', 'total'] as const);
    if (!pc) return;
    if (CATEGORIES.every(([, key]) => colIndex(exp, key) < 0)) return report.notApplicable('部门支出预算表不区分其他运转类和特定目标类');
    const ec = requireColumns(exp, report, CATEGORY_KEYS);
    const total = fnShape(exp).total;
    if (!ec) return;
    if (total === undefined) return report.insufficient(`${exp.title}没有合计行`);
    // Each project row's printed category, read once for both categories.
    const category = projects.rows.map((r) => (r.kind === 'project' ? textAt(r, pc.category).replace(WHITESPACE, '') : undefined));
    for (const [label, key] of CATEGORIES) {
      const amounts: number[] = [];
      for (let i = 0; i < category.length; i++) if (category[i] === label) amounts.push(amountAt(projects.rows[i], pc.total));
      checkSum(doc, report, { table: exp, rowIndex: total, col: ec[key], value: amountAt(exp.rows[total], ec[key]) }, amounts,
        `项目支出预算表中${label}项目之和`, `the sum of the ${key} projects`, `核对项目支出预算表各项目的“类型”和金额，与部门支出预算表的${label}对照。`);
    }
  },
};
