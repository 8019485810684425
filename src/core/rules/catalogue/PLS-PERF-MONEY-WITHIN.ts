// PLS-PERF-MONEY-WITHIN: the money the 绩效目标设置情况 says its projects involve (涉及预算拨款 X 万元)
// cannot exceed the 项目支出 of the 部门支出预算表: projects with targets are some of the projects. For
// documents without a 项目支出预算表 (Shanghai's templates), where NAR-PROJECT-COUNT cannot hold the
// figure equal to that table's total.
import { asStated, figure, PERF_STATEMENT, requireNarrative, spotLocation, statedAfter, tableStep, topicSpots } from '../narrative-helpers.ts';
import { findTable } from '../doc-access.ts';
import type { Rule } from '../types.ts';

export const rule: Rule = {
  id: 'PLS-PERF-MONEY-WITHIN',
  category: 'plausibility',
  severity: 'warning',
  statement: {
    zh: '情况说明“绩效目标设置情况”中编报绩效目标的项目涉及金额，不应超过部门支出预算表的项目支出合计。',
    en: 'The money the performance-target statement gives for its projects does not exceed the project expenditure total of the expenditure table.',
  },
  tables: ['expenditure'],
  target: 'document',
  check({ doc }, report) {
    // With a 项目支出预算表, NAR-PROJECT-COUNT holds the figure equal to its total: no second finding.
    if (findTable(doc, 'project-expenditure')) return report.notApplicable('文件有项目支出预算表，涉及金额由 NAR-PROJECT-COUNT 与其合计核对');
    if (!requireNarrative(doc, report)) return;
    // The statement's subheading first: a document may also have a section of printed forms.
    let spots = topicSpots(doc, PERF_STATEMENT.statement);
    if (spots.length === 0) spots = topicSpots(doc, PERF_STATEMENT.words);
    if (spots.length === 0) return report.notApplicable('情况说明中没有绩效目标设置情况');
    const money = statedAfter(spots, PERF_STATEMENT.money);
    if (!money) return report.notApplicable('绩效目标设置情况没有写出涉及金额');
    const project = figure(doc, 'project');
    if (!project) return report.insufficient('部门支出预算表中找不到项目支出合计');
    report.checked();
    // The stated figure is rounded to its last printed digit; the table's to its own.
    const slack = money.amount.step + tableStep(doc, project.table);
    if (money.amount.fen <= project.fen + slack) return;
    report.fail({
      message: `${money.spot.section.heading}写编报绩效目标的项目涉及 ${money.amount.text}${money.amount.unit}，超过${project.table.title}的项目支出合计 ${asStated(project.fen, money.amount)}`,
      messageEn: `the narrative states ${money.amount.text} ${money.amount.unit} for the projects with targets, more than the project expenditure total of the expenditure table`,
      location: spotLocation(money.spot, money.amount.start),
      expected: project.fen,
      actual: money.amount.fen,
      difference: money.amount.fen - project.fen,
      hint: '编报绩效目标的项目是项目支出的一部分，涉及金额不会超过项目支出合计：核对金额（是否写成了全部支出，或抄错了数字）。',
    });
  },
};
