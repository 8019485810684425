// CLS-BUDGET-GOV-MAP: where a Budget line states its 政府经济分类 款, it is the one the official
// 部门→政府 对照表 gives for the line's unit type (机关 and 参公 vs 事业单位). A code taken from the
// other unit type's column (an administrative organ's 30107 → 50501) is an error; any other
// departure is a warning against the bundled (partly recalled) mapping, an error against an official one.
import { governmentCodeFor } from '../../classification/types.ts';
import { requireClassification, UNIT_TYPE_LABEL, unitTypeOf } from '../classification-helpers.ts';
import type { Rule } from '../types.ts';
import { withSeverity } from '../types.ts';

export const rule: Rule = {
  id: 'CLS-BUDGET-GOV-MAP',
  category: 'classification',
  severity: 'error',
  statement: {
    zh: '预算数据中填列的政府预算支出经济分类科目应与该单位类型（行政单位、参公单位或事业单位）的官方对应关系一致。',
    en: 'A stated government economic code follows the official department-to-government mapping for the unit’s type.',
  },
  tables: [],
  target: 'budget',
  check(ctx, report) {
    const budget = ctx.budget;
    if (!budget) return report.notApplicable('没有预算数据');
    const stated = budget.lines.filter((l) => l.governmentEconomicCode !== undefined && l.economicCode);
    if (stated.length === 0) return report.notApplicable('预算数据没有填列政府经济分类科目（按对照表推导）');
    const set = requireClassification(ctx, report);
    if (!set) return;
    const gov = (code: string | undefined): string => (code ? `${code} ${set.economicGovernment.get(code)?.name ?? ''}`.trim() : '');
    budget.lines.forEach((line, i) => {
      const g = line.governmentEconomicCode;
      const e = line.economicCode;
      if (g === undefined || !e) return;
      const type = unitTypeOf(budget, line.unit);
      const row = set.mapping.get(e);
      if (!type || !row) return;
      const want = governmentCodeFor(set, e, type);
      const otherType = type === 'institution' ? 'administrative' : 'institution';
      const other = governmentCodeFor(set, e, otherType);
      if (!want && g !== other) return; // the mapping has no target for this unit type: nothing to compare
      report.checked();
      if (g === want) return;
      const path = `lines[${i}].governmentEconomicCode`;
      const typeLabel = UNIT_TYPE_LABEL[type];
      if (g === other) {
        report.fail({
          message: `第 ${i + 1} 条支出（${typeLabel}）的 ${e} 对应政府经济分类 ${gov(g)}，这是${otherType === 'institution' ? '事业单位' : '行政单位（含参公）'}的对应科目${want ? `；${typeLabel}应为 ${gov(want)}` : `；对照表中${typeLabel}没有 ${e} 的对应科目，此科目本身可疑`}`,
          messageEn: `line ${i + 1}: ${e} is mapped to ${g}, the target for ${otherType} units; the unit is ${type}${want ? ` (expected ${want})` : ''}`,
          location: { path },
          expected: want ?? '',
          actual: g,
          hint: '按单位类型核对《部门预算支出经济分类与政府预算支出经济分类对照表》。',
        });
        return;
      }
      report.fail(withSeverity(set.authority === 'official' ? undefined : 'warning', {
        message: `第 ${i + 1} 条支出（${typeLabel}）的 ${e} 对应政府经济分类 ${gov(g)}，对照表为 ${gov(want)}${set.authority === 'official' ? '' : '（依据随附的参考对照表，部分凭记忆整理，仅作提示）'}`,
        messageEn: `line ${i + 1}: ${e} is mapped to ${g}; the mapping gives ${want ?? ''} for ${type} units`,
        location: { path },
        expected: want ?? '',
        actual: g,
        hint: '按单位类型核对《部门预算支出经济分类与政府预算支出经济分类对照表》。',
      }));
    });
  },
};
