// Shanghai views beyond the example: income from other sources (事业收入, 其他收入 = every source
// other than 财政拨款, 事业 and 经营), carry-over lines printed only when a budget has them, and a
// department of several units (no unit rows in the Shanghai tables), each checked with no error.
import { describe, expect, it } from 'vitest';
import type { Budget } from '../src/core/model/budget.ts';
import { checkBudget } from '../src/core/rules/check.ts';
import { printedRows } from '../src/core/tables/printed.ts';
import { generateBudget } from '../src/generator/index.ts';
import { classification, czjBudget, template } from './shanghai-support.ts';

function check(budget: Budget, id: 'shanghai' | 'shanghai-dept' = 'shanghai') {
  return checkBudget({ ...budget, template: id }, { template: template(id), classification: classification(budget.year) });
}

describe('Shanghai views', async () => {
  const base = await czjBudget();

  it('prints 事业收入 and 其他收入 by functional code and in the summary, and carry-over lines when there are any', () => {
    const b = structuredClone(base);
    b.income.push({ source: 'business', amount: 100_000 }, { source: 'superior-subsidy', amount: 20_000 }, { source: 'general-public', amount: 50_000, carryOver: true });
    b.lines.push(
      { unit: '000001', source: 'business', functionCode: '2010602', nature: 'project', project: 'P2010602', amount: 100_000 },
      { unit: '000001', source: 'superior-subsidy', functionCode: '2010602', nature: 'project', project: 'P2010602', amount: 20_000 },
      { unit: '000001', source: 'general-public', carryOver: true, functionCode: '2010605', nature: 'project', project: 'P2010605', amount: 50_000 },
    );
    const r = check(b);
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
    const income = r.doc.tables.find((t) => t.id === 'income');
    const row = income && printedRows(income).find((cells) => cells[2] === '02');
    // 合计 28,545,330 = 财政拨款 28,544,130 + 事业收入 1,000 + 其他收入 200 (上级补助收入)
    expect(row).toEqual(['201', '06', '02', '一般行政管理事务', '28545330', '28544130', '1000', '', '200']);
    const summary = r.doc.tables.find((t) => t.id === 'income-expenditure-summary');
    const labels = summary ? printedRows(summary).map((cells) => `${cells[0]}=${cells[1]}|${cells[2]}=${cells[3]}`) : [];
    expect(labels).toContain('二、事业收入=1000|=');
    expect(labels).toContain('四、其他收入=200|=');
    expect(labels).toContain('上年结转结余=500|=');
    expect(labels.some((l) => l.includes('年终结转结余'))).toBe(false); // none budgeted: not printed
    expect(labels.at(-1)).toBe('收入总计=171916869|支出总计=171916869');
    const fiscal = r.doc.tables.find((t) => t.id === 'fiscal-summary');
    const fiscalLabels = fiscal ? printedRows(fiscal).map((cells) => `${cells[0]}=${cells[1]}`) : [];
    expect(fiscalLabels).toContain('上年结转=500');
    // This year's income by function leaves out what last year's balance pays for.
    expect(income && printedRows(income).find((cells) => cells[2] === '05')?.[4]).toBe('14111000');
  });

  it('prints a department of several units without unit rows, under both variants', () => {
    const b = generateBudget(3);
    expect(b.department.units.length).toBeGreaterThan(1);
    for (const id of ['shanghai', 'shanghai-dept'] as const) {
      const r = check(b, id);
      expect(r.findings).toEqual([]);
      const kinds = new Set(r.doc.tables.flatMap((t) => t.rows.map((row) => row.kind)));
      expect(kinds.has('unit') || kinds.has('department')).toBe(false);
    }
  });
});
