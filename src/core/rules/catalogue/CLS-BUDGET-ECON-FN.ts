// CLS-BUDGET-ECON-FN: economic and functional classification of a basic line are compatible where the
// economic 款 has one functional home: 30108 机关事业单位基本养老保险缴费 → 2080505, 30109 职业年金缴费 →
// 2080506, 30110 职工基本医疗保险缴费 → 2101101 行政单位医疗 (行政单位 and 参公) or 2101102 事业单位医疗
// (事业单位), 30111 公务员医疗补助缴费 → 2101103, 30113 住房公积金 → 2210201. The practice is a
// convention of budget compilation rather than a code-list fact, so a mismatch is a warning.
import type { UnitType } from '../../model/budget.ts';
import { UNIT_TYPE_LABEL, unitTypeOf } from '../classification-helpers.ts';
import type { Rule } from '../types.ts';

/** The functional 项 an economic 款 belongs under, by unit type. */
function homeOf(economic: string, type: UnitType | undefined): string | undefined {
  switch (economic) {
    case '30108':
      return '2080505';
    case '30109':
      return '2080506';
    case '30110':
      return type === undefined ? undefined : type === 'institution' ? '2101102' : '2101101';
    case '30111':
      return '2101103';
    case '30113':
      return '2210201';
    default:
      return undefined;
  }
}

export const rule: Rule = {
  id: 'CLS-BUDGET-ECON-FN',
  category: 'classification',
  severity: 'warning',
  statement: {
    zh: '社会保险、医疗和住房公积金缴费的经济分类与功能分类应匹配（如 30110 职工基本医疗保险缴费对应 2101101 行政单位医疗或 2101102 事业单位医疗）。',
    en: 'Economic and functional codes of contribution lines are compatible (e.g. 30110 goes to 2101101 or 2101102 by unit type).',
  },
  tables: [],
  target: 'budget',
  check(ctx, report) {
    const budget = ctx.budget;
    if (!budget) return report.notApplicable('没有预算数据');
    // The lists only supply names for the message; the check itself needs none.
    const set = ctx.classification?.year === budget.year ? ctx.classification : undefined;
    const name = (code: string): string => set?.functional.get(code)?.name ?? '';
    const econName = (code: string): string => set?.economicDepartment.get(code)?.name ?? '';
    budget.lines.forEach((line, i) => {
      if (line.nature === 'project' || !line.economicCode) return;
      const type = unitTypeOf(budget, line.unit);
      const home = homeOf(line.economicCode, type);
      if (!home) return;
      report.checked();
      if (line.functionCode === home) return;
      const typeNote = line.economicCode === '30110' && type ? `（${UNIT_TYPE_LABEL[type]}）` : '';
      report.fail({
        message: `第 ${i + 1} 条支出经济分类为 ${line.economicCode} ${econName(line.economicCode)}${typeNote}，功能分类却是 ${line.functionCode} ${name(line.functionCode)}，应为 ${home} ${name(home)}`,
        messageEn: `line ${i + 1}: economic ${line.economicCode} is filed under ${line.functionCode}; it belongs under ${home}`,
        location: { path: `lines[${i}].functionCode` },
        expected: home,
        actual: line.functionCode,
        hint: '核对这笔缴费的功能分类科目；确属其他科目的，请在说明中写明理由。',
      });
    });
  },
};
