// NAR-QUARTER-PLAN: a project's spending plan by quarter (项目经费情况说明 “六、年度预算安排：第一季度用款
// 计划25.88万元，第二季度…”) adds up to the year's money of a project in the project performance table
// (Shanghai's 填报表: 年度资金申请总额 or 其中：当年财政拨款; Henan's table: 资金总额). The paragraph does
// not name its project, so the sum must match one of them.
import type { Fen } from '../../money/money.ts';
import { colIndex, findTable } from '../doc-access.ts';
import { projectBlocks } from '../indicator-tables.ts';
import { asStated, spotLocation, tableStep, toFen } from '../narrative-helpers.ts';
import type { Spot, TextMoneyUnit } from '../narrative-helpers.ts';
import type { Rule } from '../types.ts';

const QUARTER = /第([一二三四])季度用款计划\s*([\d,]+(?:\.\d+)?)\s*(万元|元)/g;

export const rule: Rule = {
  id: 'NAR-QUARTER-PLAN',
  category: 'narrative',
  severity: 'warning',
  statement: {
    zh: '项目经费情况说明中各季度用款计划之和，应等于项目绩效目标表中该项目的年度资金（年度资金申请总额或当年财政拨款）。',
    en: 'A project’s quarterly spending plan in the narrative adds up to the year’s money of a project in the project performance table.',
  },
  tables: ['project-performance'],
  target: 'document',
  check({ doc }, report) {
    const perf = findTable(doc, 'project-performance');
    if (!perf) return report.notApplicable('文件没有项目绩效目标表');
    // The year's money of each project (its total, and Shanghai's 当年财政拨款), worked out only for a
    // narrative that writes a plan: most write none.
    let amounts: Fen[] | undefined;
    const yearAmounts = (): Fen[] => {
      const out: Fen[] = [];
      const government = colIndex(perf, 'government');
      for (const b of projectBlocks(perf)) {
        if (b.total !== undefined) out.push(b.total);
        const g = government >= 0 ? perf.rows[b.row]?.cells[government] : undefined;
        if (typeof g === 'number') out.push(g);
      }
      return out;
    };
    let plans = 0;
    for (const section of doc.narrative ?? []) {
      section.paragraphs.forEach((text, paragraph) => {
        if (!text.includes('季度用款计划')) return;
        const quarters = new Map<string, { fen: Fen; step: Fen }>();
        let unit: TextMoneyUnit = '万元';
        for (const m of text.matchAll(QUARTER)) {
          const read = toFen(m[2] as string, m[3] as TextMoneyUnit);
          if (read && !quarters.has(m[1] as string)) quarters.set(m[1] as string, read);
          unit = m[3] as TextMoneyUnit;
        }
        if (quarters.size !== 4) return;
        plans++;
        report.checked();
        let sum = 0;
        let slack = tableStep(doc, perf);
        for (const q of quarters.values()) {
          sum += q.fen;
          slack += q.step;
        }
        if ((amounts ??= yearAmounts()).some((a) => Math.abs(a - sum) <= slack)) return;
        const spot: Spot = { section, paragraph, text };
        const step = (quarters.values().next().value as { step: Fen }).step;
        const stated = asStated(sum, { unit, step });
        report.fail({
          message: `${section.heading}写四个季度用款计划合计 ${stated}，与${perf.title}中任何一个项目的年度资金都不相符`,
          messageEn: `the quarterly spending plan in “${section.heading}” adds up to ${stated}, which is the year's money of no project in the project performance table`,
          location: spotLocation(spot, Math.max(0, text.search(/第[一二三四]季度用款计划/))),
          actual: sum,
          hint: '季度用款计划之和应等于该项目的年度资金申请总额：核对各季度的数字，或项目绩效目标表中的资金数。',
        });
      });
    }
    if (plans === 0) report.notApplicable('情况说明没有写出四个季度的用款计划');
  },
};
