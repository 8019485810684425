// PERF-DEPT-STRUCTURE: the 部门（单位）整体绩效目标表 states the 年度履职目标, the 年度主要任务 and
// indicators of the 一级 产出, 效益 and 满意度 (满意度 may stand as a 二级 under 效益, as in the
// older framework the seed follows).
import { cellLocation, requireTable } from '../doc-access.ts';
import { departmentForm } from '../indicator-value.ts';
import type { Rule } from '../types.ts';

const LEVELS: { word: RegExp; label: string; level2Ok: boolean }[] = [
  { word: /产出/, label: '产出指标', level2Ok: false },
  { word: /效益|效果/, label: '效益指标', level2Ok: false },
  { word: /满意/, label: '满意度指标', level2Ok: true },
];

export const rule: Rule = {
  id: 'PERF-DEPT-STRUCTURE',
  category: 'performance',
  severity: 'error',
  statement: {
    zh: '部门整体绩效目标表应写明年度履职目标和年度主要任务，并有产出、效益和满意度指标。',
    en: 'The department performance form states the annual goal and main tasks and has output, effect and satisfaction indicators.',
  },
  tables: ['department-performance'],
  target: 'document',
  check({ doc }, report) {
    const table = requireTable(doc, report, 'department-performance');
    if (!table) return;
    // A form printed empty (no performance data) is a completeness matter, with its own note rule.
    if (table.empty) return report.notApplicable('部门整体绩效目标表无数据');
    const form = departmentForm(table);
    report.checked();
    if (!form.goal || form.goal.text === '') {
      report.fail({
        message: '部门整体绩效目标表没有填写年度履职目标',
        messageEn: 'the department performance form has no annual goal',
        location: cellLocation(table, form.goal?.row ?? 0),
        hint: '写明本年度的履职目标。',
      });
    }
    report.checked();
    if (form.tasks.length === 0) {
      report.fail({
        message: '部门整体绩效目标表没有列出年度主要任务',
        messageEn: 'the department performance form lists no main tasks',
        location: cellLocation(table, form.goal?.row ?? 0),
        hint: '列出年度主要任务（任务名称和主要内容）。',
      });
    }
    for (const level of LEVELS) {
      report.checked();
      const found = form.indicators.some((i) => level.word.test(i.level1) || (level.level2Ok && level.word.test(i.level2)));
      if (found) continue;
      report.fail({
        message: `部门整体绩效目标表没有${level.label}`,
        messageEn: `the department performance form has no ${level.label} indicators`,
        location: cellLocation(table, form.headerRow ?? 0),
        hint: `补充${level.label}（二级、三级指标和指标值）。`,
      });
    }
  },
};
