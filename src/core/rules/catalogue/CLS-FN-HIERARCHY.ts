// CLS-FN-HIERARCHY: the 款 and 类 a printed 功能分类 项 (or 款) belongs to exist in the year's list —
// a 项 under a 款 that does not exist usually means a mistyped 款 part. List-based: a warning with the
// bundled list, an error with an official one.
import { cellLocation } from '../doc-access.ts';
import { codeLevel, functionalRows, listBasis, listSeverityOf, requireClassification } from '../classification-helpers.ts';
import { FUNCTIONAL_TABLES } from '../functional-tables.ts';
import type { Rule } from '../types.ts';
import { withSeverity } from '../types.ts';

export const rule: Rule = {
  id: 'CLS-FN-HIERARCHY',
  category: 'classification',
  severity: 'warning',
  statement: {
    zh: '功能分类科目的上级科目应存在：项所属的款和类、款所属的类都是本年度的科目。',
    en: 'The parent section and class of every functional item (and the class of every section) exist in the year’s list.',
  },
  tables: FUNCTIONAL_TABLES,
  target: 'document',
  check(ctx, report) {
    const set = requireClassification(ctx, report);
    if (!set) return;
    const basis = listBasis(set);
    const rows = functionalRows(ctx.doc).filter((r) => (r.code.length === 7 || r.code.length === 5) && codeLevel(r.code) !== undefined && r.code.startsWith('2'));
    if (rows.length === 0) return report.notApplicable('没有项或款级的功能分类科目');
    for (const r of rows) {
      // The 类 first: when it is wrong, the 款 under it is a second symptom of the same typo.
      const parents = r.code.length === 7 ? [r.code.slice(0, 3), r.code.slice(0, 5)] : [r.code.slice(0, 3)];
      for (const p of parents) {
        report.checked();
        const item = set.functional.get(p);
        if (item && item.level === codeLevel(p)) continue;
        const what = p.length === 5 ? '款' : '类';
        report.fail(withSeverity(listSeverityOf(set), {
          message: `${r.table.title}中 ${r.code}“${r.name}”所属的${what} ${p} 不在 ${set.year} 年支出功能分类科目中${basis.zh}`,
          messageEn: `${r.table.id}: the ${p.length === 5 ? 'section' : 'class'} ${p} of ${r.code} is not in the ${set.year} list${basis.en}`,
          location: cellLocation(r.table, r.index, r.codeCol),
          actual: p,
          hint: `核对编码的${what}段；项编码 = 类 3 位 + 款 2 位 + 项 2 位。`,
        }));
        break;
      }
    }
  },
};
