// The figures the narrative states, read from the Document's cells by reference (the same cell
// a reader finds in the tables), or computed from the Budget's facts when the template prints no
// table with that reference. Pure.
import type { Budget } from '../model/budget.ts';
import { budgetKindOf } from '../model/budget.ts';
import type { DocTable, Document, TableId } from '../model/document.ts';
import type { Fen } from '../money/money.ts';
import type { MeasureKey, Scope } from '../tables/facts.ts';
import { linesIn, measuresOf, projectCategories } from '../tables/facts.ts';
import { resolveSummaryRef } from '../tables/summary-views.ts';
import type { Figure } from './fill.ts';

const THREE_PUBLIC: Record<string, (t: NonNullable<Budget['threePublic']>) => Fen> = {
  total: (t) => t.abroad + t.vehiclePurchase + t.vehicleOperation + t.reception,
  abroad: (t) => t.abroad,
  vehicle: (t) => t.vehiclePurchase + t.vehicleOperation,
  'vehicle-purchase': (t) => t.vehiclePurchase,
  'vehicle-operation': (t) => t.vehicleOperation,
  reception: (t) => t.reception,
};

export class Figures {
  private readonly cells = new Map<string, Fen>();

  constructor(
    readonly doc: Document,
    readonly budget: Budget,
  ) {
    // Each reference's first cell (in table, row and column order) that prints a figure or a
    // blank; a reference beyond the row's cells names nothing printed. Walked backwards, so that
    // the first cell is the last written: one Map operation a cell instead of a look-up and a write.
    const cells = this.cells;
    const tables = doc.tables;
    for (let t = tables.length - 1; t >= 0; t--) {
      const rows = (tables[t] as Document['tables'][number]).rows;
      for (let r = rows.length - 1; r >= 0; r--) {
        const row = rows[r] as (typeof rows)[number];
        const refs = row.refs;
        if (refs === undefined) continue;
        const values = row.cells;
        for (let col = values.length - 1; col >= 0; col--) {
          const ref = refs[col];
          if (ref === undefined) continue;
          const v = values[col];
          if (v === null || typeof v === 'number') cells.set(ref, v ?? 0);
        }
      }
    }
  }

  /** The figure a reference names: the Document's cell (blank = 0), else the Budget's facts. */
  ref(ref: string): Figure {
    const cell = this.cells.get(ref);
    if (cell !== undefined) return { value: cell, ref };
    return { value: this.fromFacts(ref), formula: `facts(${ref})` };
  }

  table(id: TableId): DocTable | undefined {
    return this.doc.tables.find((t) => t.id === id);
  }

  /** True when a table prints no non-zero amount (or, absent, when the facts in scope are zero). */
  noData(id: TableId, scope: Scope): boolean {
    const table = this.table(id);
    if (!table) return linesIn(this.budget, scope).every((l) => l.amount === 0);
    return table.rows.every((r) => r.cells.every((c) => typeof c !== 'number' || c === 0));
  }

  private fromFacts(ref: string): Fen {
    const exp = /^exp:(all|fiscal|gp|gpa|gf|sc):total:([\w.-]+)$/.exec(ref);
    if (exp?.[1] && exp[2]) {
      const m = measuresOf(linesIn(this.budget, exp[1] as Scope), projectCategories(this.budget));
      const key = exp[2] as MeasureKey;
      if (key in m) return m[key];
    }
    const item = THREE_PUBLIC[/^three-public:([\w-]+)$/.exec(ref)?.[1] ?? ''];
    if (item) return this.budget.threePublic ? item(this.budget.threePublic) : 0;
    const summary = resolveSummaryRef(this.budget, ref);
    if (summary !== undefined) return summary;
    if (ref === 'income:carry-over') return 0;
    throw new Error(`说明引用的数字 ${ref} 既不在表中，也无法由预算数据算出`);
  }
}

/**
 * 公用经费 of the 一般公共预算 basic expenditure: of 行政单位 and 参公 units only (机关运行经费) or of
 * every unit (行政（事业）单位机构运转经费).
 */
export function operatingFunds(budget: Budget, scope: 'organs' | 'all-units'): Fen {
  const organs = new Set(budget.department.units.filter((u) => u.type !== 'institution').map((u) => u.code));
  let sum = 0;
  for (const l of budget.lines) {
    if (l.nature !== 'public' || budgetKindOf(l.source) !== 'general-public') continue;
    if (scope === 'all-units' || organs.has(l.unit)) sum += l.amount;
  }
  return sum;
}
