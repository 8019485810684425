// CLS-FN-CODE-KNOWN: every 功能分类 code printed in the functional expenditure tables is a code of
// the year's 《政府收支分类科目》. With the bundled (incomplete, partly recalled) list an unknown
// code is a warning; with a finance bureau's official list it is an error.
import { cellLocation } from '../doc-access.ts';
import { codeLevel, functionalItems, functionalRows, listBasis, listSeverityOf, requireClassification } from '../classification-helpers.ts';
import { FUNCTIONAL_TABLES } from '../functional-tables.ts';
import type { Rule } from '../types.ts';
import { withSeverity } from '../types.ts';

export const rule: Rule = {
  id: 'CLS-FN-CODE-KNOWN',
  category: 'classification',
  severity: 'warning',
  statement: {
    zh: '功能分类支出表中的科目编码应是本年度《政府收支分类科目》中的科目。',
    en: 'Every functional code in the expenditure tables exists in the year’s classification list.',
  },
  tables: FUNCTIONAL_TABLES,
  target: 'document',
  check(ctx, report) {
    const set = requireClassification(ctx, report);
    if (!set) return;
    const basis = listBasis(set);
    // The rows' list items are looked up once per check (functionalItems, shared with CLS-FN-NAME).
    const rows = functionalRows(ctx.doc);
    const items = functionalItems(ctx.doc, set);
    let any = false;
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i] as (typeof rows)[number];
      const level = codeLevel(r.code);
      if (level === undefined || !r.code.startsWith('2')) continue;
      any = true;
      report.checked();
      const item = items[i];
      if (item && item.level === level) continue;
      report.fail(withSeverity(listSeverityOf(set), {
        message: `${r.table.title}中的功能分类科目 ${r.code}“${r.name}”不在 ${set.year} 年支出功能分类科目中${basis.zh}`,
        messageEn: `${r.table.id}: functional code ${r.code} is not in the ${set.year} list${basis.en}`,
        location: cellLocation(r.table, r.index, r.codeCol),
        actual: r.code,
        hint: '对照当年《政府收支分类科目》核对编码；科目已调整的，改用当年的科目。',
      }));
    }
    if (!any) report.notApplicable('功能分类支出表中没有可核对的科目编码');
  },
};
