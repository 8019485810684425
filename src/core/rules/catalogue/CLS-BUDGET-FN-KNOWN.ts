// CLS-BUDGET-FN-KNOWN: every expenditure line of the Budget names a 功能分类 项 (7 digits, 2xx) that
// exists in the year's list. A malformed code is an error; an unknown one is a warning against the
// bundled (incomplete) list and an error against a finance bureau's official list.
import { listBasis, listSeverityOf, requireClassification } from '../classification-helpers.ts';
import type { Rule } from '../types.ts';
import { withSeverity } from '../types.ts';

export const rule: Rule = {
  id: 'CLS-BUDGET-FN-KNOWN',
  category: 'classification',
  severity: 'warning',
  statement: {
    zh: '预算数据中每条支出的功能分类科目应为本年度科目表中的项级科目（7 位编码）。',
    en: 'Every expenditure line’s functional code is a 7-digit item of the year’s list.',
  },
  tables: [],
  target: 'budget',
  check(ctx, report) {
    const budget = ctx.budget;
    if (!budget) return report.notApplicable('没有预算数据');
    const set = requireClassification(ctx, report);
    if (!set) return;
    const basis = listBasis(set);
    if (budget.lines.length === 0) return report.notApplicable('预算数据中没有支出');
    budget.lines.forEach((line, i) => {
      report.checked();
      const code = line.functionCode;
      const path = `lines[${i}].functionCode`;
      if (!/^2\d{6}$/.test(code)) {
        report.fail({
          severity: 'error',
          message: `第 ${i + 1} 条支出的功能分类科目“${code}”不是 7 位项级编码（类 3 位 + 款 2 位 + 项 2 位）`,
          messageEn: `line ${i + 1}: functional code “${code}” is not a 7-digit item code`,
          location: { path },
          actual: code,
          hint: '支出按功能分类填到项级科目，例如 2120101。',
        });
        return;
      }
      const item = set.functional.get(code);
      if (item?.level === '项') return;
      report.fail(withSeverity(listSeverityOf(set), {
        message: `第 ${i + 1} 条支出的功能分类科目 ${code} 不在 ${set.year} 年支出功能分类科目中${basis.zh}`,
        messageEn: `line ${i + 1}: functional code ${code} is not in the ${set.year} list${basis.en}`,
        location: { path },
        actual: code,
        hint: '对照当年《政府收支分类科目》核对编码。',
      }));
    });
  },
};
