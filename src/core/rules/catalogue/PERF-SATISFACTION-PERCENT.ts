// PERF-SATISFACTION-PERCENT: a 满意度指标 measures satisfaction — its name says 满意 and its value
// is a percentage no higher than 100% (≥95%). The seed's “实现专款专用，按月足额发放 ≥95%” is a
// management requirement printed in the satisfaction column.
import { cellLocation, requireTable } from '../doc-access.ts';
import { isPercent, indicatorValue, projectBlocks, scaled } from '../indicator-value.ts';
import type { Rule } from '../types.ts';

export const rule: Rule = {
  id: 'PERF-SATISFACTION-PERCENT',
  category: 'performance',
  severity: 'warning',
  statement: {
    zh: '满意度指标应衡量满意度（名称含“满意”），指标值应为不超过 100% 的百分比（如 ≥95%）。',
    en: 'A satisfaction indicator measures satisfaction (its name says 满意) and its value is a percentage of at most 100%.',
  },
  tables: ['project-performance'],
  target: 'document',
  check({ doc }, report) {
    const perf = requireTable(doc, report, 'project-performance');
    if (!perf) return;
    for (const block of projectBlocks(perf)) {
      for (const ind of block.indicators) {
        if (ind.kind !== 'satisfaction' || (ind.name === '' && ind.value === '')) continue;
        report.checked();
        if (!ind.name.includes('满意')) {
          report.fail({
            message: `项目“${block.name}”的满意度指标“${ind.name}”不是满意度（名称中没有“满意”）`,
            messageEn: `project “${block.name}”: satisfaction indicator “${ind.name}” does not measure satisfaction`,
            location: cellLocation(perf, ind.row, ind.nameCol),
            actual: ind.name,
            hint: '满意度指标写服务对象或受益群众的满意度，如“服务对象满意度 ≥95%”；资金管理要求应列为产出指标。',
          });
          continue;
        }
        const parsed = indicatorValue(ind, false);
        const v = parsed.ok ? parsed.value : undefined;
        const over = v?.kind === 'quantity' && v.unit === '%' && scaled(v.number, 2) > 10_000;
        if (v && isPercent(v) && !over) continue;
        report.fail({
          message: over
            ? `项目“${block.name}”的满意度“${ind.name}”为 ${ind.value}，超过 100%`
            : `项目“${block.name}”的满意度“${ind.name}”指标值“${ind.value}”不是百分比`,
          messageEn: `project “${block.name}”: satisfaction “${ind.name}” value “${ind.value}” is not a percentage up to 100%`,
          location: cellLocation(perf, ind.row, ind.valueCol),
          actual: ind.value,
          hint: '满意度以百分比表示，如“≥90%”。',
        });
      }
    }
  },
};
