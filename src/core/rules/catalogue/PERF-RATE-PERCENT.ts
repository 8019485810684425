// PERF-RATE-PERCENT: an indicator named as a rate (…率) has a percentage value (or a qualitative
// target), and a bounded rate (完成率, 合规率, 及时率, 完好率 …) is at most 100%. Both performance
// tables are read.
import type { DocTable } from '../../model/document.ts';
import { cellLocation, findTable } from '../doc-access.ts';
import type { ParsedValue } from '../indicator-value.ts';
import { departmentForm, indicatorValue, parseIndicatorValue, projectBlocks, scaled } from '../indicator-value.ts';
import type { Reporter, Rule } from '../types.ts';

/** /率[”"’']?$/ — a name ending in 率, perhaps followed by one quote — read from its last characters. */
function isRate(name: string): boolean {
  let i = name.length - 1;
  const last = name.charCodeAt(i);
  if (last === 0x201d || last === 0x22 || last === 0x2019 || last === 0x27) i--;
  return i >= 0 && name.charCodeAt(i) === 0x7387; // 率
}
const UNBOUNDED = /增长|增幅|提高|提升|降低|下降|变动|调整|控制|周转|回报|收益|倍/;

/** Who an indicator belongs to, in messages: a project (by name) or the department form. */
function ownerOf(project: string | undefined): string {
  return project === undefined ? '部门整体绩效指标' : `项目“${project}”的`;
}

/**
 * One rate indicator with a value, in table order: its table, row, value column, name and value;
 * `project` names the block of a project's (none for the department form's). Passed as arguments,
 * no object a rate: only a finding builds its words.
 */
function checkRate(report: Reporter, table: DocTable, row: number, col: number, name: string, value: string, project: string | undefined, parsed: ParsedValue): void {
  report.checked();
  if (!parsed.ok) {
    report.fail({
      message: `${ownerOf(project)}“${name}”是比率，指标值“${value}”却不是百分比`,
      messageEn: `rate indicator “${name}” has the value “${value}”, not a percentage`,
      location: cellLocation(table, row, col),
      actual: value,
      hint: '比率以百分比表示，如“≥95%”“100%”。',
    });
    return;
  }
  const v = parsed.value;
  if (v.kind === 'qualitative') return;
  const unit = v.unit;
  if (unit !== '%' && unit !== '‰') {
    report.fail({
      message: `${ownerOf(project)}“${name}”是比率，指标值“${value}”的单位却是“${unit}”`,
      messageEn: `rate indicator “${name}” has the value “${value}” in ${unit}, not a percentage`,
      location: cellLocation(table, row, col),
      actual: value,
      hint: '比率以百分比表示；若要写数量，把指标名称改为“…数”。',
    });
    return;
  }
  const top = v.kind === 'quantity' ? v.number : v.high;
  // The usual rate is at most 100%: its name is then not read.
  if (unit === '%' && scaled(top, 2) > 10_000 && !UNBOUNDED.test(name)) {
    report.fail({
      message: `${ownerOf(project)}“${name}”为 ${value}，超过 100%`,
      messageEn: `rate indicator “${name}” is ${value}, above 100%`,
      location: cellLocation(table, row, col),
      actual: value,
      hint: '完成率、合规率、及时率等比率最高为 100%。',
    });
  }
}

export const rule: Rule = {
  id: 'PERF-RATE-PERCENT',
  category: 'performance',
  severity: 'warning',
  statement: {
    zh: '以“率”为名的指标，指标值应为百分比（或定性目标）；完成率、合规率、及时率等比率不应超过 100%。',
    en: 'An indicator named as a rate (…率) has a percentage value, and a bounded rate is at most 100%.',
  },
  tables: ['project-performance', 'department-performance'],
  target: 'document',
  check({ doc }, report) {
    // The rate indicators with a value, in table order; `project` names the block of a project's
    // (the owner in messages), none for the department form's.
    const perf = findTable(doc, 'project-performance');
    if (perf) {
      for (const b of projectBlocks(perf)) {
        for (const i of b.indicators) {
          if (i.value !== '' && isRate(i.name)) checkRate(report, perf, i.row, i.valueCol, i.name, i.value, b.name, indicatorValue(i, true));
        }
      }
    }
    const dept = findTable(doc, 'department-performance');
    if (dept) {
      for (const i of departmentForm(dept).indicators) {
        if (i.value !== '' && isRate(i.name)) checkRate(report, dept, i.row, 3, i.name, i.value, undefined, parseIndicatorValue(i.value, i.name));
      }
    }
    if (!perf && !dept) return report.insufficient('文件中没有绩效目标表');
  },
};
