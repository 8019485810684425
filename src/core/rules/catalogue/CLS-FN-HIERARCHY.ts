// CLS-FN-HIERARCHY: the 款 and 类 a printed 功能分类 项 (or 款) belongs to exist in the year's list —
// a 项 under a 款 that does not exist usually means a mistyped 款 part. List-based: a warning with the
// bundled list, an error with an official one.
import { cellLocation } from '../doc-access.ts';
import { codeLevel, functionalRows, listBasis, listSeverityOf, requireClassification } from '../classification-helpers.ts';
import { FUNCTIONAL_TABLES } from '../functional-tables.ts';
import type { ClassificationSet } from '../../classification/types.ts';
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
    let any = false;
    for (const r of functionalRows(ctx.doc)) {
      const code = r.code;
      if ((code.length !== 7 && code.length !== 5) || codeLevel(code) === undefined || code.charCodeAt(0) !== 50 /* 2 */) continue;
      any = true;
      // The 类 first: when it is wrong, the 款 under it is a second symptom of the same typo.
      const missing = missingParent(set, code);
      if (missing === 0) {
        report.checked(code.length === 7 ? 2 : 1);
        continue;
      }
      report.checked(missing === 3 ? 1 : 2);
      const p = code.slice(0, missing);
      const what = missing === 5 ? '款' : '类';
      report.fail(withSeverity(listSeverityOf(set), {
        message: `${r.table.title}中 ${code}“${r.name}”所属的${what} ${p} 不在 ${set.year} 年支出功能分类科目中${basis.zh}`,
        messageEn: `${r.table.id}: the ${missing === 5 ? 'section' : 'class'} ${p} of ${code} is not in the ${set.year} list${basis.en}`,
        location: cellLocation(r.table, r.index, r.codeCol),
        actual: p,
        hint: `核对编码的${what}段；项编码 = 类 3 位 + 款 2 位 + 项 2 位。`,
      }));
    }
    if (!any) report.notApplicable('没有项或款级的功能分类科目');
  },
};

/**
 * The length of the first of the code's parents (类, then 款) that the list lacks at its level, or
 * 0 when all are there; once per list and code (documents print the same codes).
 */
function missingParent(set: ClassificationSet, code: string): number {
  let byCode = missingParents.get(set);
  if (byCode === undefined) {
    byCode = new Map();
    missingParents.set(set, byCode);
  }
  const hit = byCode.get(code);
  if (hit !== undefined) return hit;
  const missing = findMissingParent(set, code);
  // At most 10,000 codes kept (edited documents print codes of their own).
  if (byCode.size < 10_000) byCode.set(code, missing);
  return missing;
}

const missingParents = new WeakMap<ClassificationSet, Map<string, number>>();

function findMissingParent(set: ClassificationSet, code: string): number {
  for (const n of code.length === 7 ? [3, 5] : [3]) {
    const p = code.slice(0, n);
    const item = set.functional.get(p);
    if (!item || item.level !== codeLevel(p)) return n;
  }
  return 0;
}
