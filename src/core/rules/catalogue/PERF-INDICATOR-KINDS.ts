// PERF-INDICATOR-KINDS: each project's performance targets include 产出 and 满意度 indicators (an
// error when missing: the targets are incomplete) and 效益 indicators (a warning when missing).
import { cellLocation, colIndex, requireTable } from '../doc-access.ts';
import type { IndicatorKind, TableIndicator } from '../indicator-value.ts';
import { KIND_LABEL, projectBlocks } from '../indicator-value.ts';
import type { Rule, Severity } from '../types.ts';

const REQUIRED: [IndicatorKind, Severity][] = [['output', 'error'], ['satisfaction', 'error'], ['effect', 'warning']];

/** True when an indicator of the kind prints a name or a value. */
function hasKind(indicators: readonly TableIndicator[], kind: IndicatorKind): boolean {
  for (const i of indicators) if (i.kind === kind && (i.name !== '' || i.value !== '')) return true;
  return false;
}

export const rule: Rule = {
  id: 'PERF-INDICATOR-KINDS',
  category: 'performance',
  severity: 'error',
  statement: {
    zh: '每个项目的绩效目标应有产出指标和满意度指标（缺少为错误），并应有效益指标（缺少为警告）。',
    en: 'Each project has output and satisfaction indicators (error when missing) and effect indicators (warning when missing).',
  },
  tables: ['project-performance'],
  target: 'document',
  check({ doc }, report) {
    const perf = requireTable(doc, report, 'project-performance');
    if (!perf) return;
    const blocks = projectBlocks(perf);
    if (blocks.length === 0) return report.notApplicable('项目绩效目标表没有项目');
    for (const block of blocks) {
      for (const [kind, severity] of REQUIRED) {
        report.checked();
        if (hasKind(block.indicators, kind)) continue;
        const col = colIndex(perf, `${kind}.name`);
        report.fail({
          severity,
          message: `项目“${block.name}”没有${KIND_LABEL[kind]}`,
          messageEn: `project “${block.name}” has no ${kind} indicator`,
          location: cellLocation(perf, block.row, col),
          hint: `补充${KIND_LABEL[kind]}（三级指标名称和指标值）；若表格错位，核对各列是否对齐。`,
        });
      }
    }
  },
};
