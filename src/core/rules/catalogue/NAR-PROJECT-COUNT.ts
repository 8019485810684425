// NAR-PROJECT-COUNT: the 绩效目标设置情况 states the number of projects (共 N 个项目) and their money
// (涉及预算拨款 X 万元) as the 项目支出预算表 lists them — or, in a document without that table (a
// Shanghai district budget), as its printed 财政项目支出绩效目标填报表: one form a project, their
// 年度资金申请总额 summed.
import { formatAmount } from '../../money/money.ts';
import { agrees, asStated, figure, projectCountIn, projectRows, requireNarrative, spotLocation, statedAfter, tableStep, topicSpots } from '../narrative-helpers.ts';
import type { DocTable, Document } from '../../model/document.ts';
import type { Fen } from '../../money/money.ts';
import { findTable } from '../doc-access.ts';
import { projectBlocks } from '../indicator-tables.ts';
import type { Reporter, Rule } from '../types.ts';

// The section's words and the keyword of its money (constants: their patterns are built once).
const TOPIC_WORDS = /绩效目标/;
const FORMS_TOPIC = /绩效目标(?:设置|编报|管理)?情况/;
const MONEY = /涉及(?:预算拨款|财政拨款|预算资金|资金|金额)?|项目(?:支出)?(?:资金|金额)/;

export const rule: Rule = {
  id: 'NAR-PROJECT-COUNT',
  category: 'narrative',
  severity: 'error',
  statement: {
    zh: '情况说明“绩效目标设置情况”中的项目个数和涉及金额应与项目支出预算表的项目数和合计一致。',
    en: 'The performance-target statement gives the number of projects and their money as the project expenditure table lists them.',
  },
  tables: ['project-expenditure', 'project-performance'],
  target: 'document',
  check({ doc }, report) {
    if (!requireNarrative(doc, report)) return;
    const table = findTable(doc, 'project-expenditure');
    const forms = table ? undefined : findTable(doc, 'project-performance');
    // A document that prints the forms has a section of them (“七、绩效目标”) besides the statement
    // (“四、绩效目标设置情况”): the statement is the subheading that names a 情况.
    const spots = topicSpots(doc, forms ? FORMS_TOPIC : TOPIC_WORDS);
    if (spots.length === 0) return report.insufficient('情况说明中没有绩效目标设置情况部分');
    if (forms) return checkForms(doc, forms, spots, report);
    if (!table) return report.insufficient('文件中没有项目支出预算表');
    const count = projectRows(table).length;
    let stated = false;
    for (const spot of spots) {
      const c = projectCountIn(spot.text);
      if (!c) continue;
      stated = true;
      report.checked();
      if (c.n !== count) {
        report.fail({
          message: `${spot.section.heading}写共 ${c.n} 个项目，项目支出预算表列有 ${count} 个项目`,
          messageEn: `the narrative counts ${c.n} projects; the project expenditure table lists ${count}`,
          location: spotLocation(spot, c.start),
          expected: String(count),
          actual: String(c.n),
          hint: '按项目支出预算表的项目行数改正项目个数。',
        });
      }
      break;
    }
    const money = statedAfter(spots, MONEY);
    const total = figure(doc, 'projectTotal');
    if (money && total) {
      stated = true;
      report.checked();
      if (!agrees(money.amount, total.fen, tableStep(doc, total.table))) {
        report.fail({
          message: `${money.spot.section.heading}写涉及金额 ${money.amount.text}${money.amount.unit}，项目支出预算表合计为 ${asStated(total.fen, money.amount)}`,
          messageEn: `the narrative states ${money.amount.text} ${money.amount.unit} for the projects; the project table totals ${formatAmount(total.fen, { unit: total.table.unit, decimals: total.table.decimals })}`,
          location: spotLocation(money.spot, money.amount.start),
          expected: total.fen,
          actual: money.amount.fen,
          difference: money.amount.fen - total.fen,
          hint: '按项目支出预算表的合计改正涉及金额。',
        });
      }
    }
    if (!stated) report.notApplicable('绩效目标设置情况没有写出项目个数或金额');
  },
};

/** Against the printed project forms: their number, and their 年度资金申请总额 summed. */
function checkForms(doc: Document, forms: DocTable, spots: ReturnType<typeof topicSpots>, report: Reporter): void {
  const blocks = projectBlocks(forms);
  let stated = false;
  for (const spot of spots) {
    const c = projectCountIn(spot.text);
    if (!c) continue;
    stated = true;
    report.checked();
    if (c.n !== blocks.length) {
      report.fail({
        message: `${spot.section.heading}写共 ${c.n} 个项目，文件印有 ${blocks.length} 张${forms.title}`,
        messageEn: `the narrative counts ${c.n} projects; the document prints ${blocks.length} project performance forms`,
        location: spotLocation(spot, c.start),
        expected: String(blocks.length),
        actual: String(c.n),
        hint: '项目个数应与印出的项目绩效目标表张数一致：补印缺少的表，或改正个数。',
      });
    }
    break;
  }
  const money = statedAfter(spots, MONEY);
  let total: Fen = 0;
  for (const b of blocks) total += b.total ?? 0;
  if (money && blocks.length > 0 && blocks.every((b) => b.total !== undefined)) {
    stated = true;
    report.checked();
    if (!agrees(money.amount, total, tableStep(doc, forms))) {
      report.fail({
        message: `${money.spot.section.heading}写涉及金额 ${money.amount.text}${money.amount.unit}，${blocks.length} 张${forms.title}的年度资金申请总额合计为 ${asStated(total, money.amount)}`,
        messageEn: `the narrative states ${money.amount.text} ${money.amount.unit} for the projects; the ${blocks.length} project forms' annual requests total ${formatAmount(total, { unit: forms.unit, decimals: forms.decimals })}`,
        location: spotLocation(money.spot, money.amount.start),
        expected: total,
        actual: money.amount.fen,
        difference: money.amount.fen - total,
        hint: '涉及金额应为各项目绩效目标表年度资金申请总额之和：核对金额，或核对各表的资金数。',
      });
    }
  }
  if (!stated) report.notApplicable('绩效目标设置情况没有写出项目个数或金额');
}
