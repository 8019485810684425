// ID-CROSS-PERF-PROJECTS: 项目支出预算表 and 部门预算项目绩效目标表 list the same projects: every
// project has a performance block and every block a project, under the same name.
import { requireTable } from '../doc-access.ts';
import { failAt, pairProjects, projectRows } from '../identity-helpers.ts';
import type { Rule } from '../types.ts';

export const rule: Rule = {
  id: 'ID-CROSS-PERF-PROJECTS',
  category: 'identity',
  severity: 'error',
  statement: { zh: '项目支出预算表与项目绩效目标表列出的项目应一一对应，名称一致。', en: 'The project expenditure table and the project performance table list the same projects under the same names.' },
  tables: ['project-expenditure', 'project-performance'],
  target: 'document',
  check({ doc }, report) {
    const prj = requireTable(doc, report, 'project-expenditure');
    const perf = requireTable(doc, report, 'project-performance');
    if (!prj || !perf) return;
    const { pairs, onlyA, onlyB } = pairProjects(projectRows(prj), projectRows(perf));
    report.checked(pairs.length + onlyA.length + onlyB.length);
    for (const p of onlyA) {
      failAt(report, prj, p.rowIndex, undefined, `${prj.title}中的项目“${p.name}”在${perf.title}中没有绩效目标`, `project “${p.name}” has no block in the performance table`,
        '每个项目都应编制绩效目标；补上该项目的绩效目标，或核对两表中的项目名称。');
    }
    for (const p of onlyB) {
      failAt(report, perf, p.rowIndex, undefined, `${perf.title}中的项目“${p.name}”不在${prj.title}中`, `project “${p.name}” is not in the project expenditure table`,
        '绩效目标表只应列项目支出预算表中的项目；核对项目名称，或删去多余的绩效目标。');
    }
    for (const { a, b, byCode } of pairs) {
      if (!byCode) continue;
      failAt(report, perf, b.rowIndex, undefined, `${perf.title}中的项目“${b.name}”（编码 ${b.code ?? ''}）在${prj.title}中名为“${a.name}”`, `project ${b.code ?? ''} is named “${b.name}” here and “${a.name}” in the project expenditure table`,
        '同一项目在各表中应使用同一名称；按批复的项目名称改正。');
    }
  },
};
