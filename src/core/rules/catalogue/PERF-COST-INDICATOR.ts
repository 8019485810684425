// PERF-COST-INDICATOR: each project states at least one 成本指标 (what the money buys at what cost);
// the seed's 9月社区网格员工资 has none.
import { cellLocation, colIndex, requireTable } from '../doc-access.ts';
import { projectBlocks } from '../indicator-value.ts';
import type { Rule } from '../types.ts';

export const rule: Rule = {
  id: 'PERF-COST-INDICATOR',
  category: 'performance',
  severity: 'warning',
  statement: {
    zh: '每个项目的绩效目标应至少有一个成本指标。',
    en: 'Each project has at least one cost indicator.',
  },
  tables: ['project-performance'],
  target: 'document',
  check({ doc }, report) {
    const perf = requireTable(doc, report, 'project-performance');
    if (!perf) return;
    if (colIndex(perf, 'cost.name') < 0) return report.notApplicable('该模板的项目绩效目标表没有成本指标列');
    const blocks = projectBlocks(perf);
    if (blocks.length === 0) return report.notApplicable('项目绩效目标表没有项目');
    for (const block of blocks) {
      report.checked();
      if (block.indicators.some((i) => i.kind === 'cost' && (i.name !== '' || i.value !== ''))) continue;
      report.fail({
        message: `项目“${block.name}”没有成本指标`,
        messageEn: `project “${block.name}” has no cost indicator`,
        location: cellLocation(perf, block.row, colIndex(perf, 'cost.name')),
        hint: '补充成本指标，如“人员工资及社保 ≤19.51万元”；若表格错位，核对指标是否落在了别的列。',
      });
    }
  },
};
