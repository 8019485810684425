// Two-sided summary tables (部门收支预算表, 财政拨款收支预算表): the template lists the printed lines
// with a reference each; this module resolves those references to figures and lays out the rows.
import type { Budget, FundSource } from '../model/budget.ts';
import type { CellValue, Row } from '../model/document.ts';
import type { Fen } from '../money/money.ts';
import type { LineSpec } from '../templates/types.ts';
import type { TableView, ViewContext } from './context.ts';
import type { Scope } from './facts.ts';
import { inScope, incomeIn, incomeSum, linesIn } from './facts.ts';

const SOURCE_REFS: Record<string, FundSource> = {
  'general-public': 'general-public',
  'government-fund': 'government-fund',
  'state-capital': 'state-capital',
  'special-account': 'special-account',
  business: 'business',
  operating: 'operating',
  'superior-subsidy': 'superior-subsidy',
  affiliated: 'affiliated',
  other: 'other',
  'business-fund': 'business-fund',
};

const SCOPE_OF_REF: Record<string, Scope> = {
  'general-public-all': 'gp',
  'government-fund': 'gf',
  'state-capital': 'sc',
};

function expenditure(budget: Budget, scope: Scope, classCode?: string): Fen {
  // The lines of linesIn(budget, scope), in the same order, without a filtered copy for every cell.
  let s = 0;
  for (const l of budget.lines) {
    if (scope !== 'all' && !inScope(l.source, scope)) continue;
    if (!classCode || l.functionCode.startsWith(classCode)) s += l.amount;
  }
  return s;
}

/** The figure a summary line's reference names, or undefined when the budget does not state it. */
export function resolveSummaryRef(budget: Budget, ref: string): Fen | undefined {
  const thisYear = (e: { carryOver?: boolean }) => !e.carryOver;
  if (ref === 'income:general-public-all') return incomeIn(budget, 'gp');
  if (ref === 'income:this-year') return incomeSum(budget.income, thisYear);
  if (ref === 'income:carry-over') {
    const carried = budget.income.filter((e) => e.carryOver);
    return carried.length ? incomeSum(carried, () => true) : undefined;
  }
  if (ref === 'income:grand-total') return incomeSum(budget.income, () => true);
  if (ref === 'income:fiscal-this-year') return incomeIn(budget, 'fiscal');
  if (ref === 'income:fiscal-carry-over') return incomeIn(budget, 'fiscal', { carryOver: true });
  if (ref === 'income:fiscal-grand-total') {
    return incomeIn(budget, 'fiscal') + incomeIn(budget, 'fiscal', { carryOver: true });
  }
  const carry = /^income:carry-over:(.+)$/.exec(ref);
  if (carry?.[1]) {
    const scope = SCOPE_OF_REF[carry[1]];
    return scope ? incomeIn(budget, scope, { carryOver: true }) : undefined;
  }
  const src = /^income:(.+)$/.exec(ref);
  if (src?.[1] && SOURCE_REFS[src[1]]) {
    const source = SOURCE_REFS[src[1]];
    return incomeSum(budget.income, (e) => !e.carryOver && e.source === source);
  }
  if (ref === 'closing-balance') return budget.closingBalance;
  if (ref === 'exp:grand-total') return expenditure(budget, 'all') + (budget.closingBalance ?? 0);
  const fn = /^exp:(\w+):fn:(\d+):total$/.exec(ref);
  if (fn?.[1] && fn[2]) return expenditure(budget, fn[1] as Scope, fn[2]);
  const tot = /^exp:(\w+):total:total$/.exec(ref);
  if (tot?.[1]) return expenditure(budget, tot[1] as Scope);
  return undefined;
}

function printed(value: Fen | undefined, line: LineSpec): CellValue {
  if (value === undefined) return null;
  if (value === 0 && line.zero !== 'show') return null;
  return value;
}

/** 部门收支预算表: income lines left, expenditure 类 right, then the totals. */
export const incomeExpenditureSummaryView: TableView = (ctx) => {
  const { spec, budget } = ctx;
  const left = spec.left ?? [];
  const right = spec.right ?? [];
  const rows: Row[] = [];
  const side = (line: LineSpec | undefined): [CellValue, CellValue, string | undefined] =>
    line ? [line.label, line.ref ? printed(resolveSummaryRef(budget, line.ref), line) : null, line.ref] : ['', null, undefined];
  const pair = (kind: Row['kind'], l: LineSpec | undefined, r: LineSpec | undefined): Row => {
    const [ll, la, lref] = side(l);
    const [rl, ra, rref] = side(r);
    const row: Row = { kind, cells: [ll, la, rl, ra] };
    const refs: Record<number, string> = {};
    if (lref) refs[1] = lref;
    if (rref) refs[3] = rref;
    if (lref || rref) row.refs = refs;
    return row;
  };
  const n = Math.max(left.length, right.length);
  for (let i = 0; i < n; i++) rows.push(pair('pair', left[i], right[i]));
  for (const [l, r] of spec.footer ?? []) {
    rows.push(pair(l.label.includes('总计') ? 'total' : 'subtotal', l, r));
  }
  return { rows };
};

/** Column key suffix → fund scope of the 财政拨款收支预算表's expenditure columns. */
const FISCAL_COLUMN_SCOPES: Record<string, Scope> = {
  'right.fiscal': 'fiscal',
  'right.general-public-all': 'gp',
  'right.general-public': 'gpa',
  'right.government-fund': 'gf',
  'right.state-capital': 'sc',
};

function fiscalRight(ctx: ViewContext, line: LineSpec, scope: Scope, sums: ClassSums): [CellValue, string | undefined] {
  const { budget } = ctx;
  const ref = line.ref;
  if (!ref) return [null, undefined];
  if (ref === 'total') return [printed(expenditure(budget, scope), line), `exp:${scope}:total:total`];
  if (ref === 'grand-total') return [printed(expenditure(budget, scope), line), `exp:${scope}:grand-total`];
  if (ref === 'closing-balance') return [null, undefined];
  const fn = /^fn:(\d+)$/.exec(ref);
  if (fn?.[1]) return [printed(sums.of(scope, fn[1]), line), `exp:${scope}:fn:${fn[1]}:total`];
  return [null, undefined];
}

/**
 * expenditure(budget, scope, class) for the 类 rows of one table: the lines of each scope summed
 * by their 3-digit 类 once, instead of a pass over every line for every cell (a code of another
 * length is summed as expenditure does).
 */
class ClassSums {
  private readonly byScope = new Map<Scope, Map<string, Fen>>();

  constructor(private readonly budget: Budget) {}

  of(scope: Scope, classCode: string): Fen {
    if (classCode.length !== 3) return expenditure(this.budget, scope, classCode);
    let sums = this.byScope.get(scope);
    if (sums === undefined) {
      sums = new Map();
      for (const l of this.budget.lines) {
        if (scope !== 'all' && !inScope(l.source, scope)) continue;
        if (l.functionCode.length < 3) continue;
        const k = l.functionCode.slice(0, 3);
        sums.set(k, (sums.get(k) ?? 0) + l.amount);
      }
      this.byScope.set(scope, sums);
    }
    return sums.get(classCode) ?? 0;
  }
}

/** 财政拨款收支预算表: 财政拨款 income left; expenditure by 类 in several fund columns right. */
export const fiscalSummaryView: TableView = (ctx) => {
  const { spec, budget } = ctx;
  const cols = spec.columns;
  const left = spec.left ?? [];
  const right = spec.right ?? [];
  const sums = new ClassSums(budget);
  const build = (kind: Row['kind'], l: LineSpec | undefined, r: LineSpec | undefined): Row => {
    const cells: CellValue[] = cols.map(() => null);
    const refs: Record<number, string> = {};
    cols.forEach((c, i) => {
      if (c.key === 'left.label') cells[i] = l?.label ?? '';
      else if (c.key === 'left.amount' && l?.ref) {
        cells[i] = printed(resolveSummaryRef(budget, l.ref), l);
        refs[i] = l.ref;
      } else if (c.key === 'right.label') cells[i] = r?.label ?? '';
      else {
        const scope = FISCAL_COLUMN_SCOPES[c.key];
        if (scope && r) {
          const [v, ref] = fiscalRight(ctx, r, scope, sums);
          cells[i] = v;
          if (ref) refs[i] = ref;
        }
      }
    });
    const row: Row = { kind, cells };
    if (Object.keys(refs).length) row.refs = refs;
    return row;
  };
  const rows: Row[] = [];
  const n = Math.max(left.length, right.length);
  for (let i = 0; i < n; i++) rows.push(build('pair', left[i], right[i]));
  for (const [l, r] of spec.footer ?? []) rows.push(build('total', l, r));
  return { rows };
};

