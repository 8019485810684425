// The figure a Shanghai table cell states, worked out from the Budget by its ref (see
// templates/shanghai/refs.ts): the Shanghai views lay out rows and ask this module for each
// cell's value, so a cell's ref and its value cannot disagree. Pure; sums are grouped once per view.
import type { Budget, ExpenditureLine, FundSource } from '../model/budget.ts';
import { budgetKindOf } from '../model/budget.ts';
import type { Fen } from '../money/money.ts';
import { operatingFunds } from '../narrative/figures.ts';
import type { ViewContext } from './context.ts';
import type { Measures, Scope } from './facts.ts';
import { emptyMeasures, addLine, incomeSum, inScope } from './facts.ts';
import { resolveSummaryRef } from './summary-views.ts';

const SCOPES = new Set<string>(['all', 'fiscal', 'gp', 'gpa', 'gf', 'sc']);

/** Shanghai's income columns: 财政拨款 / 事业收入 / 事业单位经营收入 / 其他收入 (every other source). */
export type IncomeColumn = 'fiscal' | 'business' | 'operating' | 'other-all';

export function incomeColumnOf(source: FundSource): IncomeColumn {
  if (budgetKindOf(source) !== 'non-fiscal') return 'fiscal';
  if (source === 'business' || source === 'operating') return source;
  return 'other-all';
}

interface IncomeMeasures {
  total: Fen;
  fiscal: Fen;
  business: Fen;
  operating: Fen;
  'other-all': Fen;
}

/** Sums of a Budget's lines by scope and code prefix, built once per view call. */
export class ShanghaiFigures {
  private readonly exp = new Map<string, Measures>();
  private readonly inc = new Map<string, IncomeMeasures>();

  constructor(private readonly ctx: Pick<ViewContext, 'budget' | 'categories'>) {}

  get budget(): Budget {
    return this.ctx.budget;
  }

  /** Measures of the lines of a scope whose functional (fn) or economic (econ) code starts with `prefix`. */
  measures(scope: Scope, dim: 'fn' | 'econ' | 'total', prefix = ''): Measures {
    const key = `${scope}|${dim}|${prefix}`;
    let m = this.exp.get(key);
    if (m === undefined) {
      m = emptyMeasures();
      for (const l of this.budget.lines) {
        if (!inScope(l.source, scope)) continue;
        if (dim !== 'total' && !codeOf(l, dim).startsWith(prefix)) continue;
        addLine(m, l, this.ctx.categories);
      }
      this.exp.set(key, m);
    }
    return m;
  }

  /** This year's income (lines not paid from carry-over) by source column, for a functional code prefix. */
  incomeByFunction(prefix: string): IncomeMeasures {
    let m = this.inc.get(prefix);
    if (m === undefined) {
      m = { total: 0, fiscal: 0, business: 0, operating: 0, 'other-all': 0 };
      for (const l of this.budget.lines) {
        if (l.carryOver || !l.functionCode.startsWith(prefix)) continue;
        m.total += l.amount;
        m[incomeColumnOf(l.source)] += l.amount;
      }
      this.inc.set(prefix, m);
    }
    return m;
  }

  /** The figure a ref names, or undefined when the Budget does not state it. */
  figure(ref: string): Fen | undefined {
    const b = this.budget;
    if (ref === 'income:other-all') {
      return incomeSum(b.income, (e) => !e.carryOver && incomeColumnOf(e.source) === 'other-all');
    }
    const inc = /^income:fn:(\d+):([\w-]+)$/.exec(ref);
    if (inc?.[1] && inc[2]) return this.incomeByFunction(inc[1])[inc[2] as keyof IncomeMeasures];
    if (ref === 'operating-funds') return operatingFunds(b, 'organs');
    const tp = b.threePublic;
    const three = /^three-public:([\w-]+)$/.exec(ref)?.[1];
    if (three) {
      if (!tp) return undefined;
      const items: Record<string, Fen> = {
        total: tp.abroad + tp.vehiclePurchase + tp.vehicleOperation + tp.reception,
        abroad: tp.abroad, reception: tp.reception,
        vehicle: tp.vehiclePurchase + tp.vehicleOperation,
        'vehicle-purchase': tp.vehiclePurchase, 'vehicle-operation': tp.vehicleOperation,
      };
      return items[three];
    }
    const grand = /^exp:(\w+):grand-total$/.exec(ref);
    if (grand?.[1] && SCOPES.has(grand[1])) return this.measures(grand[1] as Scope, 'total').total;
    const exp = /^exp:(\w+):(fn|econ|total):(?:(\d+):)?([\w.-]+)$/.exec(ref);
    if (exp?.[1] && exp[2] && exp[4] && SCOPES.has(exp[1])) {
      const m = this.measures(exp[1] as Scope, exp[2] as 'fn' | 'econ' | 'total', exp[3] ?? '');
      return exp[4] in m ? m[exp[4] as keyof Measures] : undefined;
    }
    return resolveSummaryRef(b, ref);
  }
}

function codeOf(l: ExpenditureLine, dim: 'fn' | 'econ'): string {
  return dim === 'fn' ? l.functionCode : (l.economicCode ?? '');
}

/** Chinese numerals for the 类 lines of the two-sided tables: 一 … 九十九. */
export function chineseNumber(n: number): string {
  const d = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
  if (n < 10) return d[n] ?? String(n);
  const tens = Math.floor(n / 10);
  return `${tens === 1 ? '' : d[tens]}十${d[n % 10]}`;
}
