// CLS-SUMMARY-CLASS-NAME: the 类 lines of 部门收支预算表 and 财政拨款收支预算表 print the year's 类
// name or a recognised short form of it (the 支出 / 事务 suffix left off: “城乡社区事务” for 212
// 城乡社区支出). An obsolete name (医疗卫生与计划生育支出, 资源勘探信息等支出 …) left in the template
// is a warning; spelling variants are warnings; another name is a warning against the bundled
// list and an error against an official one.
import { labelLocation, listBasis, listSeverityOf, numberedClass, numberedClassCode, obsoleteClassName, requireClassification, summaryClassLabels } from '../classification-helpers.ts';
import type { Rule } from '../types.ts';
import { withSeverity } from '../types.ts';

export const rule: Rule = {
  id: 'CLS-SUMMARY-CLASS-NAME',
  category: 'classification',
  severity: 'warning',
  statement: {
    zh: '收支总表、财政拨款收支表中类级科目名称应为本年度的类名称或其通用简称，不应沿用已停用的旧名称。',
    en: 'Class lines of the two summary tables print the year’s class name or its short form, not an obsolete name.',
  },
  tables: ['income-expenditure-summary', 'fiscal-summary'],
  target: 'document',
  check(ctx, report) {
    const set = requireClassification(ctx, report);
    if (!set) return;
    const basis = listBasis(set);
    // Templates that number the 类 lines in the order listed (Shanghai: classLines) do not number by code.
    if (ctx.template?.tables.some((t) => t.classLines)) return report.notApplicable('本模板的类级科目按列示顺序编号（一、二、三…），不按科目编码编号');
    const labels = summaryClassLabels(ctx.doc, set);
    if (labels.length === 0) return report.notApplicable('收支总表中没有按类列示的支出行');
    for (const l of labels) {
      // The 类 of the line's number and how its text compares, worked out once per label and list.
      const { item, how } = numberedClass(set, l.label);
      if (!item || how === undefined) continue; // CLS-SUMMARY-CLASS-NUMBER reports it
      report.checked();
      if (how === 'same' || how === 'short') continue;
      const code = numberedClassCode(l.label.number);
      const text = l.label.text;
      const loc = labelLocation(l);
      const old = obsoleteClassName(text);
      if (how === 'variant' || old) {
        const why = how === 'variant'
          ? `“${text}”的写法与规范名称“${item.name}”不同（“其他”不写“其它”，括号用全角）`
          : old!.code === code
            ? `“${text}”是 ${code} 类的旧称，${old!.current} 年起为“${item.name}”`
            : `“${text}”是 ${old!.code} 类的旧称，而序号对应的是 ${code}“${item.name}”`;
        report.fail({
          severity: 'warning',
          message: `${l.table.title}中“${l.label.printed}${text}”一行：${why}`,
          messageEn: `${l.table.id}: “${text}” is ${how === 'variant' ? 'a spelling variant of' : 'an obsolete name; the year’s class is'} ${code} “${item.name}”`,
          location: loc,
          expected: item.name,
          actual: text,
          hint: '按当年科目表更新模板中的类级科目名称。',
        });
        continue;
      }
      report.fail(withSeverity(listSeverityOf(set), {
        message: `${l.table.title}中“${l.label.printed}${text}”一行：与 ${code} 类的名称“${item.name}”不一致${basis.zh}`,
        messageEn: `${l.table.id}: “${text}” is not the name of class ${code} “${item.name}”${basis.en}`,
        location: loc,
        expected: item.name,
        actual: text,
        hint: '类级科目名称照当年科目表填写（可省去末尾的“支出”），不要颠倒或改动字词。',
      }));
    }
  },
};
