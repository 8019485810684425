// CLS-SUMMARY-CLASS-NUMBER: on the expenditure side of 部门收支预算表 and 财政拨款收支预算表 the 类
// lines are numbered by code (一 = 201 … 三十四 = 234, 十八 and the like skipped where no 类 exists).
// Each number must denote a 类 of the year, numbers must rise, and the name on the line must be that
// 类's — a line numbered (九) that names the old 210 is a line for the wrong 类. Within the document
// that is an error when the line carries a figure (which 类 is it?), a warning when it is blank.
import { labelHasFigure, labelLocation, listBasis, listSeverityOf, numberedClass, numberedClassCode, OBSOLETE_CLASS_NAMES, requireClassification, summaryClassLabels } from '../classification-helpers.ts';
import type { Rule } from '../types.ts';
import { withSeverity } from '../types.ts';

export const rule: Rule = {
  id: 'CLS-SUMMARY-CLASS-NUMBER',
  category: 'classification',
  severity: 'error',
  statement: {
    zh: '收支总表、财政拨款收支表中支出功能分类类级科目的序号（一至三十四，等于科目编码减 200）应与所列的类一致，且依次递增。',
    en: 'In the two summary tables the numbering of each class line (一 … 三十四 = code − 200) matches the class it names, in rising order.',
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
    // The previous line's table and number (two values rather than an object a line).
    let previousTable: string | undefined;
    let previousNumber = 0;
    for (const l of labels) {
      const { table, label } = l;
      const code = numberedClassCode(label.number);
      const printed = l.label.printed;
      report.checked();
      if (previousTable !== undefined && previousTable === table.id && label.number <= previousNumber) {
        report.fail({
          message: `${table.title}中“${label.text}”的序号${printed}不大于上一行，类级科目应按编码顺序列示`,
          messageEn: `${table.id}: “${label.text}” is numbered ${label.number}, not after the previous line`,
          location: labelLocation(l),
          actual: printed,
          hint: '按科目编码顺序排列类级科目，序号 = 编码 − 200。',
        });
      }
      previousTable = table.id;
      previousNumber = label.number;
      // The 类 of the number and the 类 the text names, once per label and list.
      const { item, named, namesOther } = numberedClass(set, label);
      if (!item) {
        report.fail(withSeverity(listSeverityOf(set), {
          message: `${table.title}中“${label.text}”的序号${printed}对应编码 ${code}，${set.year} 年没有这一类级科目${basis.zh}`,
          messageEn: `${table.id}: numbering ${label.number} denotes ${code}, which is not a ${set.year} class${basis.en}`,
          location: labelLocation(l),
          actual: code,
          hint: '序号按科目编码减 200 编排（如 212 城乡社区支出为“十二”）。',
        }));
        continue;
      }
      if (!namesOther || !named) continue;
      const other = set.functional.get(named.code);
      const old = named.obsolete ? OBSOLETE_CLASS_NAMES.find((o) => o.code === named.code) : undefined;
      const nameNote = named.obsolete
        ? `“${label.text}”是 ${named.code} 类的旧称（${old?.current ?? ''}年起为“${other?.name ?? ''}”）`
        : `“${label.text}”是 ${named.code} 类“${other?.name ?? ''}”`;
      const figure = labelHasFigure(l);
      report.fail(withSeverity(figure ? undefined : 'warning', {
        message: `${table.title}中序号${printed}应为 ${code}“${item.name}”，但该行写的${nameNote}${figure ? '，且该行列有金额，无法判断属于哪一类' : '（该行无金额）'}`,
        messageEn: `${table.id}: line ${label.number} should be ${code} “${item.name}” but names class ${named.code}${named.obsolete ? ' by an obsolete name' : ''}`,
        location: labelLocation(l),
        expected: `${code} ${item.name}`,
        actual: label.text,
        hint: `把该行改为“${item.name}”，或删去模板中残留的旧科目行。`,
      }));
    }
  },
};
