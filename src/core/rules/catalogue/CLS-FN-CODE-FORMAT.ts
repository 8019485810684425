// CLS-FN-CODE-FORMAT: in the functional expenditure tables every coded row prints its 功能分类
// code in the official shape — 类 3 digits starting with 2, 款 2 digits, 项 2 digits, plain digits
// only, and no 项 without its 款. Needs no list: a malformed code is an error of the document.
import { cellLocation, rowLabel } from '../doc-access.ts';
import { functionalRows, isDigits } from '../classification-helpers.ts';
import { FUNCTIONAL_TABLES } from '../functional-tables.ts';
import type { Rule } from '../types.ts';

const PART_LABEL = { class: '类', section: '款', item: '项' } as const;
const PART_LENGTH = { class: 3, section: 2, item: 2 } as const;

export const rule: Rule = {
  id: 'CLS-FN-CODE-FORMAT',
  category: 'classification',
  severity: 'error',
  statement: {
    zh: '支出功能分类科目编码格式正确：类 3 位、款 2 位、项 2 位，均为数字，类以 2 开头，项不能缺款。',
    en: 'Functional codes are well formed: class 3 digits (starting with 2), section 2, item 2, digits only, no item without its section.',
  },
  tables: FUNCTIONAL_TABLES,
  target: 'document',
  check({ doc }, report) {
    const rows = functionalRows(doc);
    if (rows.length === 0) return report.notApplicable('功能分类支出表中没有科目行');
    for (const r of rows) {
      report.checked();
      const problems: string[] = [];
      let fullWidth = false;
      if (r.parts) {
        for (const key of ['class', 'section', 'item'] as const) {
          const raw = r.parts[key];
          if (!raw) continue;
          if (isDigits(raw, PART_LENGTH[key])) continue;
          // Full-width digits or inner spaces: the right code, printed untidily.
          const folded = raw.replace(/[\s\u3000]+/g, '').replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
          if (isDigits(folded, PART_LENGTH[key])) fullWidth = true;
          else problems.push(`${PART_LABEL[key]}“${raw}”应为 ${PART_LENGTH[key]} 位数字`);
        }
        if (!r.parts.class) problems.push('缺少类');
        if (r.parts.item && !r.parts.section) problems.push('有项而缺少款');
        if (r.parts.class && isDigits(r.parts.class, 3) && !r.parts.class.startsWith('2')) problems.push(`类“${r.parts.class}”不是支出功能分类（应以 2 开头）`);
      } else if (!/^2\d{2}(\d{2}){0,2}$/.test(r.code)) {
        problems.push(`编码“${r.code}”应为 3、5 或 7 位以 2 开头的数字`);
      }
      if (problems.length === 0 && !fullWidth) continue;
      const printed = r.parts ? [r.parts.class, r.parts.section, r.parts.item].filter(Boolean).join(' ') : r.code;
      const label = r.name || rowLabel(r.row);
      if (problems.length === 0) {
        report.fail({
          severity: 'warning',
          message: `${r.table.title}“${label}”的科目编码“${printed}”含全角数字或空格，应印为半角数字`,
          messageEn: `${r.table.id}: code “${printed}” of “${label}” uses full-width digits or spaces`,
          location: cellLocation(r.table, r.index, r.codeCol),
          actual: printed,
          hint: '科目编码统一用半角数字，类、款、项分列填写。',
        });
        continue;
      }
      report.fail({
        message: `${r.table.title}“${label}”的科目编码“${printed}”格式不对：${problems.join('；')}`,
        messageEn: `${r.table.id}: code “${printed}” of “${label}” is malformed`,
        location: cellLocation(r.table, r.index, r.codeCol),
        actual: printed,
        hint: '按《政府收支分类科目》填写完整编码：类 3 位、款 2 位、项 2 位。',
      });
    }
  },
};
