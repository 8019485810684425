// CLS-FN-NAME: the name printed beside a 功能分类 code is the official name of that code. A drift
// in spelling only (其它 for 其他, half-width parentheses, spaces) is a variant, always a warning;
// a different name is a warning against the bundled list and an error against an official one.
import { nameVariant } from '../../classification/lookup.ts';
import { cellLocation } from '../doc-access.ts';
import { codeLevel, functionalItems, functionalRows, listBasis, listSeverityOf, requireClassification } from '../classification-helpers.ts';
import { FUNCTIONAL_TABLES } from '../functional-tables.ts';
import type { Rule } from '../types.ts';
import { withSeverity } from '../types.ts';

export const rule: Rule = {
  id: 'CLS-FN-NAME',
  category: 'classification',
  severity: 'warning',
  statement: {
    zh: '功能分类支出表中科目名称应与本年度《政府收支分类科目》的规范名称一致（含“其他”“（）”等写法）。',
    en: 'The name printed for each functional code equals its official name (spelling variants included).',
  },
  tables: FUNCTIONAL_TABLES,
  target: 'document',
  check(ctx, report) {
    const set = requireClassification(ctx, report);
    if (!set) return;
    const basis = listBasis(set);
    let known = 0;
    // The rows' list items are looked up once per check (functionalItems, shared with CLS-FN-CODE-KNOWN).
    const rows = functionalRows(ctx.doc);
    const items = functionalItems(ctx.doc, set);
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i] as (typeof rows)[number];
      const item = items[i];
      if (!item || item.level !== codeLevel(r.code)) continue; // CLS-FN-CODE-KNOWN reports it
      known++;
      report.checked();
      const how = nameVariant(item.name, r.name);
      if (how === 'same') continue;
      const variant = how === 'variant';
      report.fail(withSeverity(variant ? undefined : listSeverityOf(set), {
        message: variant
          ? `${r.table.title}中 ${r.code} 的名称印为“${r.name}”，规范写法为“${item.name}”（“其他”不写“其它”，括号用全角）`
          : `${r.table.title}中 ${r.code} 的名称印为“${r.name}”，与科目名称“${item.name}”不一致${basis.zh}`,
        messageEn: variant
          ? `${r.table.id}: ${r.code} is printed “${r.name}”, a spelling variant of the official “${item.name}”`
          : `${r.table.id}: ${r.code} is printed “${r.name}”, not the official “${item.name}”${basis.en}`,
        location: cellLocation(r.table, r.index, r.nameCol),
        expected: item.name,
        actual: r.name,
        hint: variant ? '按科目表的规范写法改正名称。' : '科目名称照当年科目表填写，不自拟、不简写；名称对应的若是另一科目，则改正编码。',
      }));
    }
    if (known === 0) report.notApplicable('没有能在科目表中找到的功能分类科目');
  },
};
