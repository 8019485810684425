// Sums over a Budget's facts: fund scopes, the measures every expenditure table prints
// (合计 / 基本支出 by 人员 and 公用 / 项目支出 by category) and income by source. Pure.
import type { Budget, ExpenditureLine, FundSource, IncomeEntry, ProjectCategory } from '../model/budget.ts';
import { budgetKindOf } from '../model/budget.ts';
import type { Fen } from '../money/money.ts';

/**
 * Fund scopes a table can show. all = every source; fiscal = 财政拨款; gp = 一般公共预算 (incl. 非税);
 * gpa = 一般公共预算 of which 财政拨款; gf = 政府性基金; sc = 国有资本经营.
 */
export type Scope = 'all' | 'fiscal' | 'gp' | 'gpa' | 'gf' | 'sc';

export function inScope(source: FundSource, scope: Scope): boolean {
  const kind = budgetKindOf(source);
  switch (scope) {
    case 'all':
      return true;
    case 'fiscal':
      return kind !== 'non-fiscal';
    case 'gp':
      return kind === 'general-public';
    case 'gpa':
      return source === 'general-public';
    case 'gf':
      return kind === 'government-fund';
    case 'sc':
      return kind === 'state-capital';
  }
}

/** The amount columns of the functional expenditure tables, keyed as in the templates. */
export interface Measures {
  total: Fen;
  basic: Fen;
  personnel: Fen; // 人员经费
  public: Fen; // 公用经费
  'basic.wages': Fen; // 工资福利支出 (301)
  'basic.family': Fen; // 对个人和家庭的补助 (303)
  'basic.goods': Fen; // 商品和服务支出 (302)
  'basic.capital': Fen; // 资本性支出 (309/310)
  project: Fen;
  'project.other-operation': Fen;
  'project.specific-target': Fen;
}

export type MeasureKey = keyof Measures;

export function emptyMeasures(): Measures {
  return {
    total: 0,
    basic: 0,
    personnel: 0,
    public: 0,
    'basic.wages': 0,
    'basic.family': 0,
    'basic.goods': 0,
    'basic.capital': 0,
    project: 0,
    'project.other-operation': 0,
    'project.specific-target': 0,
  };
}

/** Which basic-expenditure column an economic code falls in (by its 类). */
export function basicColumnOf(line: ExpenditureLine): 'basic.wages' | 'basic.family' | 'basic.goods' | 'basic.capital' {
  const cls = line.economicCode?.slice(0, 3);
  if (cls === '301') return 'basic.wages';
  if (cls === '303') return 'basic.family';
  if (cls === '302') return 'basic.goods';
  if (cls === '309' || cls === '310') return 'basic.capital';
  return line.nature === 'personnel' ? 'basic.family' : 'basic.goods';
}

/** Adds one line to a Measures record; `categories` maps project id → category. */
export function addLine(m: Measures, line: ExpenditureLine, categories: ReadonlyMap<string, ProjectCategory>): void {
  const a = line.amount;
  m.total += a;
  if (line.nature === 'project') {
    m.project += a;
    const cat = line.project ? categories.get(line.project) : undefined;
    if (cat === 'other-operation') m['project.other-operation'] += a;
    else m['project.specific-target'] += a;
    return;
  }
  m.basic += a;
  if (line.nature === 'personnel') m.personnel += a;
  else m.public += a;
  m[basicColumnOf(line)] += a;
}

export function measuresOf(
  lines: Iterable<ExpenditureLine>,
  categories: ReadonlyMap<string, ProjectCategory>,
): Measures {
  const m = emptyMeasures();
  for (const line of lines) addLine(m, line, categories);
  return m;
}

export function projectCategories(budget: Budget): Map<string, ProjectCategory> {
  return new Map(budget.projects.map((p) => [p.id, p.category]));
}

export function linesIn(budget: Budget, scope: Scope): ExpenditureLine[] {
  return scope === 'all' ? budget.lines : budget.lines.filter((l) => inScope(l.source, scope));
}

/** Sum of income entries matching a predicate. */
export function incomeSum(entries: readonly IncomeEntry[], pred: (e: IncomeEntry) => boolean): Fen {
  let s = 0;
  for (const e of entries) if (pred(e)) s += e.amount;
  return s;
}

/** Income this year (not carried over) from sources in a scope, optionally for one unit. */
export function incomeIn(budget: Budget, scope: Scope, opts: { carryOver?: boolean; unit?: string } = {}): Fen {
  const carry = opts.carryOver ?? false;
  return incomeSum(
    budget.income,
    (e) => (e.carryOver ?? false) === carry && inScope(e.source, scope) && (opts.unit === undefined || e.unit === opts.unit),
  );
}

/** Groups items by a key, keeping first-appearance order. */
export function groupBy<T>(items: Iterable<T>, key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

/** A zero prints blank in most tables: null for 0, the amount otherwise. */
export function blankZero(v: Fen): Fen | null {
  return v === 0 ? null : v;
}
