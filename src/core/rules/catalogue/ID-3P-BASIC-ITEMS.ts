// ID-3P-BASIC-ITEMS: the basic-expenditure items 30212 因公出国（境）费用, 30217 公务接待费 and 30231
// 公务用车运行维护费 cannot exceed the matching “三公” figure (which also counts project money).
import { amountAt, cellLocation, colIndex, findTable, money, requireTable, textAt, allowance } from '../doc-access.ts';
import type { FigureKey } from '../narrative-helpers.ts';
import { figure } from '../narrative-helpers.ts';
import type { Rule } from '../types.ts';

const ITEMS: [string, FigureKey, string][] = [
  ['30212', 'abroad', '因公出国（境）费'],
  ['30217', 'reception', '公务接待费'],
  ['30231', 'vehicleOperation', '公务用车运行费'],
];

export const rule: Rule = {
  id: 'ID-3P-BASIC-ITEMS',
  category: 'identity',
  severity: 'error',
  statement: {
    zh: '基本支出中的因公出国（境）费用（30212）、公务接待费（30217）、公务用车运行维护费（30231）不能超过“三公”经费预算表的相应数字。',
    en: 'The basic items 30212, 30217 and 30231 do not exceed the matching “three public” figures.',
  },
  tables: ['general-public-basic-expenditure', 'three-public'],
  target: 'document',
  tolerance: 1,
  check({ doc }, report) {
    const basic = requireTable(doc, report, 'general-public-basic-expenditure');
    if (!basic) return;
    if (!findTable(doc, 'three-public')) return report.insufficient('文件中没有“三公”经费预算表');
    const total = colIndex(basic, 'total');
    const code = colIndex(basic, 'econ.code');
    for (const [econ, key, label] of ITEMS) {
      let sum = 0;
      let first = -1;
      let n = 0;
      basic.rows.forEach((row, i) => {
        if ((row.code ?? textAt(row, code)) !== econ) return;
        sum += amountAt(row, total);
        n++;
        if (first < 0) first = i;
      });
      const fig = figure(doc, key);
      if (first < 0 || !fig) continue;
      report.checked();
      const tol = allowance(doc, basic, n, report.tolerancePerItem);
      if (sum - fig.fen <= tol) continue;
      report.fail({
        message: `基本支出 ${econ} ${label} ${money(basic, sum)}，超过“三公”经费预算表的${fig.label} ${money(fig.table, fig.fen)}`,
        messageEn: `basic item ${econ} is ${money(basic, sum)}, above the “three public” ${key} figure ${money(fig.table, fig.fen)}`,
        location: cellLocation(basic, first, total),
        expected: fig.fen,
        actual: sum,
        difference: sum - fig.fen,
        ...(tol > 0 ? { tolerance: tol } : {}),
        hint: '“三公”经费包括基本支出和项目支出中的相应费用，不能小于基本支出的该项；核对两表。',
      });
    }
  },
};
