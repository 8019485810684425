// NAR-PROJECT-COUNT: the 绩效目标设置情况 states the number of projects (共 N 个项目) and their money
// (涉及预算拨款 X 万元) as the 项目支出预算表 lists them — or, in a document without that table (a
// Shanghai district budget), as its printed 财政项目支出绩效目标填报表: one form a project, their
// 年度资金申请总额 summed.
import { formatAmount } from '../../money/money.ts';
import { agrees, asStated, figure, PERF_STATEMENT, projectCountIn, projectRows, requireNarrative, spotLocation, statedAfter, tableStep, topicSpots } from '../narrative-helpers.ts';
import type { DocTable, Document } from '../../model/document.ts';
import type { Fen } from '../../money/money.ts';
import { findTable } from '../doc-access.ts';
import { projectBlocks } from '../indicator-tables.ts';
import type { Reporter, Rule } from '../types.ts';

const { words: TOPIC_WORDS, statement: FORMS_TOPIC, money: MONEY } = PERF_STATEMENT;

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
    if (forms) return compare(doc, report, spots, formsAgainst(forms));
    if (!table) return report.insufficient('文件中没有项目支出预算表');
    const count = projectRows(table).length;
    const total = figure(doc, 'projectTotal');
    compare(doc, report, spots, {
      count,
      countSaid: `项目支出预算表列有 ${count} 个项目`, countEn: `the project expenditure table lists ${count}`, countHint: '按项目支出预算表的项目行数改正项目个数。',
      ...(total ? { total: total.fen, table: total.table } : {}),
      totalSaid: '项目支出预算表合计为 ', totalEn: 'the project table totals ', totalHint: '按项目支出预算表的合计改正涉及金额。',
    });
  },
};

/** What the statement is held against: a count and a total, with the words of the findings. */
interface Against {
  count: number;
  countSaid: string;
  countEn: string;
  countHint: string;
  /** The total, in 分, and the table it is read from (absent: the money is not compared). */
  total?: Fen;
  table?: Pick<DocTable, 'unit' | 'decimals'>;
  totalSaid: string;
  totalEn: string;
  totalHint: string;
}

/** The printed project forms: their number, and their 年度资金申请总额 summed. */
function formsAgainst(forms: DocTable): Against {
  const blocks = projectBlocks(forms);
  let total: Fen = 0;
  for (const b of blocks) total += b.total ?? 0;
  const money = blocks.length > 0 && blocks.every((b) => b.total !== undefined);
  return {
    count: blocks.length,
    countSaid: `文件印有 ${blocks.length} 张${forms.title}`, countEn: `the document prints ${blocks.length} project performance forms`,
    countHint: '项目个数应与印出的项目绩效目标表张数一致：补印缺少的表，或改正个数。',
    ...(money ? { total, table: forms } : {}),
    totalSaid: `${blocks.length} 张${forms.title}的年度资金申请总额合计为 `, totalEn: `the ${blocks.length} project forms' annual requests total `,
    totalHint: '涉及金额应为各项目绩效目标表年度资金申请总额之和：核对金额，或核对各表的资金数。',
  };
}

/** The statement's count (the first stated) and money against `a`. */
function compare(doc: Document, report: Reporter, spots: ReturnType<typeof topicSpots>, a: Against): void {
  let stated = false;
  for (const spot of spots) {
    const c = projectCountIn(spot.text);
    if (!c) continue;
    stated = true;
    report.checked();
    if (c.n !== a.count) {
      report.fail({
        message: `${spot.section.heading}写共 ${c.n} 个项目，${a.countSaid}`,
        messageEn: `the narrative counts ${c.n} projects; ${a.countEn}`,
        location: spotLocation(spot, c.start),
        expected: String(a.count),
        actual: String(c.n),
        hint: a.countHint,
      });
    }
    break;
  }
  const money = statedAfter(spots, MONEY);
  if (money && a.total !== undefined && a.table) {
    stated = true;
    report.checked();
    if (!agrees(money.amount, a.total, tableStep(doc, a.table))) {
      report.fail({
        message: `${money.spot.section.heading}写涉及金额 ${money.amount.text}${money.amount.unit}，${a.totalSaid}${asStated(a.total, money.amount)}`,
        messageEn: `the narrative states ${money.amount.text} ${money.amount.unit} for the projects; ${a.totalEn}${formatAmount(a.total, { unit: a.table.unit, decimals: a.table.decimals })}`,
        location: spotLocation(money.spot, money.amount.start),
        expected: a.total,
        actual: money.amount.fen,
        difference: money.amount.fen - a.total,
        hint: a.totalHint,
      });
    }
  }
  if (!stated) report.notApplicable('绩效目标设置情况没有写出项目个数或金额');
}
