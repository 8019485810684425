// ID-DPERF-STRUCTURE: in 部门（单位）整体绩效目标表 the 部门预算总额 equals its 资金结构: 基本支出 +
// 项目支出.
import { requireTable } from '../doc-access.ts';
import { checkSum, performanceBudget } from '../identity-helpers.ts';
import type { Rule } from '../types.ts';

export const rule: Rule = {
  id: 'ID-DPERF-STRUCTURE',
  category: 'identity',
  severity: 'error',
  statement: { zh: '部门整体绩效目标表中部门预算总额应等于基本支出与项目支出之和。', en: 'In the department performance table, the budget total equals basic plus project expenditure.' },
  tables: ['department-performance'],
  target: 'document',
  tolerance: 1,
  check({ doc }, report) {
    const table = requireTable(doc, report, 'department-performance');
    if (!table) return;
    const b = performanceBudget(table);
    if (!b.total || !b.basic || !b.project) return report.insufficient(`${table.title}中找不到预算总额、基本支出和项目支出`);
    checkSum(doc, report, b.total, [b.basic.value, b.project.value], '基本支出与项目支出之和', 'basic + project',
      '核对资金结构两行与部门预算总额。');
  },
};
