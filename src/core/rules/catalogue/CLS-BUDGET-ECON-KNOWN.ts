// CLS-BUDGET-ECON-KNOWN: every 部门经济分类 code of a Budget line is a 款 (5 digits, 3xxxx) of the
// year's list, and every 政府经济分类 code a line states is a 款 (5xxxx) of its list. A malformed code
// is an error; an unknown one is a warning against the bundled list, an error against an official one.
import type { ClassificationSet } from '../../classification/types.ts';
import { LIST_NAME, listBasis, listSeverityOf, requireClassification } from '../classification-helpers.ts';
import type { Reporter, Rule } from '../types.ts';
import { withSeverity } from '../types.ts';

function checkCode(
  report: Reporter,
  set: ClassificationSet,
  i: number,
  field: 'economicCode' | 'governmentEconomicCode',
  code: string,
): void {
  const department = field === 'economicCode';
  const kind = department ? 'economic-department' : 'economic-government';
  const list = department ? set.economicDepartment : set.economicGovernment;
  const basis = listBasis(set);
  const path = `lines[${i}].${field}`;
  report.checked();
  if (!new RegExp(`^${department ? '3' : '5'}\\d{4}$`).test(code)) {
    report.fail({
      severity: 'error',
      message: `第 ${i + 1} 条支出的${LIST_NAME[kind]}“${code}”不是 5 位款级编码（以 ${department ? '3' : '5'} 开头）`,
      messageEn: `line ${i + 1}: ${field} “${code}” is not a 5-digit section code`,
      location: { path },
      actual: code,
      hint: '经济分类填到款级科目，例如 30201。',
    });
    return;
  }
  if (list.get(code)?.level === '款') return;
  report.fail(withSeverity(listSeverityOf(set), {
    message: `第 ${i + 1} 条支出的${LIST_NAME[kind]} ${code} 不在 ${set.year} 年${LIST_NAME[kind]}中${basis.zh}`,
    messageEn: `line ${i + 1}: ${field} ${code} is not in the ${set.year} list${basis.en}`,
    location: { path },
    actual: code,
    hint: `对照当年《${LIST_NAME[kind]}》核对编码。`,
  }));
}

export const rule: Rule = {
  id: 'CLS-BUDGET-ECON-KNOWN',
  category: 'classification',
  severity: 'warning',
  statement: {
    zh: '预算数据中支出的部门经济分类、政府经济分类科目应为本年度科目表中的款级科目。',
    en: 'Every department (and stated government) economic code of a line is a section of the year’s list.',
  },
  tables: [],
  target: 'budget',
  check(ctx, report) {
    const budget = ctx.budget;
    if (!budget) return report.notApplicable('没有预算数据');
    const set = requireClassification(ctx, report);
    if (!set) return;
    let any = false;
    budget.lines.forEach((line, i) => {
      if (line.economicCode !== undefined) {
        any = true;
        checkCode(report, set, i, 'economicCode', line.economicCode);
      }
      if (line.governmentEconomicCode !== undefined) {
        any = true;
        checkCode(report, set, i, 'governmentEconomicCode', line.governmentEconomicCode);
      }
    });
    if (!any) report.notApplicable('预算数据中没有经济分类科目');
  },
};
