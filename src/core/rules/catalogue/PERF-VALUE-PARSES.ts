// PERF-VALUE-PARSES: every indicator value of the 项目绩效目标表 follows the value grammar — a
// comparator, a number and a unit (≥95%, ≤19000元, 2人) or a qualitative target (有所改善) — and
// states a target rather than repeating the indicator's name.
import { cellLocation, requireTable } from '../doc-access.ts';
import { certainlyParses, KIND_LABEL, indicatorValue, projectBlocks } from '../indicator-value.ts';
import type { Rule } from '../types.ts';

export const rule: Rule = {
  id: 'PERF-VALUE-PARSES',
  category: 'performance',
  severity: 'warning',
  statement: {
    zh: '项目绩效指标的指标值应为“比较符 + 数值 + 计量单位”（如 ≥95%、≤19000元）或明确的定性目标（如 有所改善），不能为空，也不能照抄指标名称。',
    en: 'Each project indicator value is comparator + number + unit or a qualitative target; it is not empty and does not repeat the indicator name.',
  },
  tables: ['project-performance'],
  target: 'document',
  check({ doc }, report) {
    const perf = requireTable(doc, report, 'project-performance');
    if (!perf) return;
    // Every indicator is one check, counted once at the end rather than one call each.
    let checks = 0;
    for (const block of projectBlocks(perf)) {
      const indicators = block.indicators;
      checks += indicators.length;
      for (let k = 0; k < indicators.length; k++) {
        const ind = indicators[k] as (typeof indicators)[number];
        if (ind.name === '') {
          report.fail({
            message: `项目“${block.name}”有一个没有名称的${KIND_LABEL[ind.kind]}（指标值“${ind.value}”）`,
            messageEn: `project “${block.name}” has a ${ind.kind} indicator without a name (value “${ind.value}”)`,
            location: cellLocation(perf, ind.row, ind.nameCol),
            hint: '补上三级指标名称，或删去多余的指标值（常见于 PDF 表格错位）。',
          });
          continue;
        }
        if (certainlyParses(ind.value, ind.name)) continue;
        const parsed = indicatorValue(ind, true);
        if (parsed.ok) continue;
        report.fail({
          message: `项目“${block.name}”的${KIND_LABEL[ind.kind]}“${ind.name}”：${parsed.message}`,
          messageEn: `project “${block.name}”, ${ind.kind} indicator “${ind.name}”: ${parsed.messageEn}`,
          location: cellLocation(perf, ind.row, ind.valueCol),
          actual: ind.value,
          hint: parsed.problem === 'same-as-name'
            ? '写出可衡量的目标值，如“≥95%”“持续提高”“有所改善”。'
            : '按“比较符 + 数值 + 单位”（如 ≥95%、≤19000元、2人）或定性词（如 良好、持续提高）填写指标值。',
        });
      }
    }
    report.checked(checks);
  },
};
