// ID-FN-PROJECT-SPLIT: in every functional expenditure table that splits 项目支出, each row's 项目支出
// equals 其他运转类 + 特定目标类. Tables without the split have nothing to check.
import { colIndex } from '../doc-access.ts';
import { FUNCTIONAL_TABLES } from '../functional-tables.ts';
import { checkSumAt, hasFigure, presentTables } from '../identity-helpers.ts';
import type { Rule } from '../types.ts';

export const rule: Rule = {
  id: 'ID-FN-PROJECT-SPLIT',
  category: 'identity',
  severity: 'error',
  statement: { zh: '支出表每一行的项目支出应等于其他运转类与特定目标类之和。', en: 'In every expenditure table that splits project expenditure, each row’s project expenditure equals other-operation plus specific-target projects.' },
  tables: FUNCTIONAL_TABLES,
  target: 'document',
  tolerance: 1,
  check({ doc }, report) {
    let split = 0;
    for (const table of presentTables(doc, report, FUNCTIONAL_TABLES)) {
      const [project, other, specific] = ['project', 'project.other-operation', 'project.specific-target'].map((k) => colIndex(table, k)) as [number, number, number];
      if (other < 0 && specific < 0) continue; // the template does not split 项目支出
      if (project < 0 || other < 0 || specific < 0) {
        report.insufficient(`${table.title}缺少项目支出小计、其他运转类或特定目标类列`);
        continue;
      }
      split++;
      const cols = [project, other, specific];
      const parts = [other, specific];
      for (let i = 0; i < table.rows.length; i++) {
        if (!hasFigure(table.rows[i], cols)) continue;
        checkSumAt(doc, report, table, i, project, i, parts, true,
          '其他运转类与特定目标类之和', 'other-operation + specific-target', '核对该行其他运转类、特定目标类与项目支出小计。');
      }
    }
    if (split === 0) report.notApplicable('本模板的支出表不区分其他运转类和特定目标类');
  },
};
