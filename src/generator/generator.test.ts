// Tests of the synthetic-budget generator: determinism, sizes, balance, and that every code it can
// emit is in the 2023 classification lists (data/classification/2023) with the same name and a mapping.
import { bundledClassification } from '../core/classification/bundled.ts';
import { describe, expect, it } from 'vitest';
import type { Budget } from '../core/model/budget.ts';
import { budgetKindOf } from '../core/model/budget.ts';
import { parseAmount } from '../core/money/money.ts';
import { ECONOMIC_BY_CODE, ECONOMIC_ITEMS, FUNCTIONAL_ITEMS, FUNCTIONAL_NAMES } from './codes.ts';
import { generateBudget, generateBudgets } from './generate.ts';
import { PROFILES } from './units.ts';

// The project's own classification data (data/classification/2023/), built from the reference
// CSVs of shared/reference by scripts/build-classification-data.ts.
const bundled = bundledClassification(2023);
if (!bundled) throw new Error('no bundled 2023 classification');
const functional = bundled.functional;
const economic = bundled.economicDepartment;
const mapping = new Map(
  [...bundled.mapping.values()].map((m) => [m.department, { government_code_for_administrative_organ: m.administrative ?? '', government_code_for_public_institution: m.institution ?? '' }]),
);

const SEEDS = Array.from({ length: 200 }, (_, i) => i + 1);
const BUDGETS: Budget[] = SEEDS.map((s) => generateBudget(s));
const sum = (xs: readonly { amount: number }[]): number => xs.reduce((a, x) => a + x.amount, 0);

describe('generator code lists match the classification lists', () => {
  it('every functional 项 exists with the same name', () => {
    for (const { code, name } of FUNCTIONAL_ITEMS) {
      const row = functional.get(code);
      expect(row, code).toBeDefined();
      expect(row?.name, code).toBe(name);
      expect(row?.level, code).toBe('项');
    }
  });
  it('every economic 款 exists with the same name and its mapping flags are right', () => {
    for (const item of ECONOMIC_ITEMS) {
      const row = economic.get(item.code);
      expect(row?.name, item.code).toBe(item.name);
      expect(row?.level, item.code).toBe('款');
      const m = mapping.get(item.code);
      expect(item.administrative, item.code).toBe(Boolean(m?.government_code_for_administrative_organ));
      expect(item.institution, item.code).toBe(Boolean(m?.government_code_for_public_institution));
    }
  });
  it('profiles only use listed codes', () => {
    for (const p of PROFILES) {
      const fns = [p.run, ...p.projectItems, ...(p.fundItems ?? []), ...p.institutions.map((i) => i.run)];
      for (const c of fns) expect(FUNCTIONAL_NAMES.has(c), `${p.key} ${c}`).toBe(true);
      for (const t of [...p.projects, ...(p.fundProjects ?? [])]) {
        for (const c of t.economic) expect(ECONOMIC_BY_CODE.has(c), `${t.name} ${c}`).toBe(true);
        for (const c of t.items ?? []) expect(FUNCTIONAL_NAMES.has(c), `${t.name} ${c}`).toBe(true);
      }
    }
  });
});

describe('generateBudget', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    expect(generateBudget(123)).toEqual(generateBudget(123));
    expect(generateBudget(123)).not.toEqual(generateBudget(124));
    expect(generateBudgets(3, 10)[1]).toEqual(generateBudget(11));
    expect(generateBudget(2 ** 40 + 5)).toEqual(generateBudget(2 ** 40 + 5));
    expect(generateBudget(2 ** 40 + 5)).not.toEqual(generateBudget(5));
  });

  it('keeps 20–300 lines, 5–60 projects and 1–4 units over 200 seeds, using the ranges', () => {
    const lines = BUDGETS.map((b) => b.lines.length);
    const projects = BUDGETS.map((b) => b.projects.length);
    for (const b of BUDGETS) {
      expect(b.lines.length).toBeGreaterThanOrEqual(20);
      expect(b.lines.length).toBeLessThanOrEqual(300);
      expect(b.projects.length).toBeGreaterThanOrEqual(5);
      expect(b.projects.length).toBeLessThanOrEqual(60);
      expect(b.department.units.length).toBeGreaterThanOrEqual(1);
      expect(b.department.units.length).toBeLessThanOrEqual(4);
    }
    expect(Math.min(...lines)).toBeLessThan(30);
    expect(Math.max(...lines)).toBeGreaterThan(250);
    expect(Math.max(...projects)).toBeGreaterThan(45);
    expect(new Set(BUDGETS.map((b) => b.department.name.slice(-4))).size).toBeGreaterThan(8);
  });

  it('balances: Σ income = Σ lines + closingBalance, source by source', () => {
    for (const b of BUDGETS) {
      expect(b.closingBalance).toBe(0);
      expect(sum(b.income)).toBe(sum(b.lines) + (b.closingBalance ?? 0));
      const sources = new Set([...b.income.map((i) => i.source), ...b.lines.map((l) => l.source)]);
      for (const s of sources) {
        expect(sum(b.income.filter((i) => i.source === s)), s).toBe(sum(b.lines.filter((l) => l.source === s)));
      }
    }
  });

  it('uses valid codes: functional 项 in the CSV, economic 款 mapped for the unit type', () => {
    for (const b of BUDGETS) {
      const types = new Map(b.department.units.map((u) => [u.code, u.type]));
      for (const l of b.lines) {
        expect(functional.get(l.functionCode)?.name).toBe(FUNCTIONAL_NAMES.get(l.functionCode));
        expect(l.economicCode).toBeDefined();
        expect(l.governmentEconomicCode).toBeUndefined();
        const m = mapping.get(l.economicCode ?? '');
        const type = types.get(l.unit);
        expect(type, l.unit).toBeDefined();
        const target = type === 'institution' ? m?.government_code_for_public_institution : m?.government_code_for_administrative_organ;
        expect(target, `${l.economicCode} ${type}`).toBeTruthy();
      }
    }
  });

  it('puts personnel on 301/303 with their natural 项, public on 302/310', () => {
    const natural: Record<string, string[]> = {
      '30108': ['2080505'], '30109': ['2080506'], '30110': ['2101101', '2101102'], '30113': ['2210201'],
    };
    for (const b of BUDGETS) {
      for (const l of b.lines) {
        const code = l.economicCode ?? '';
        if (l.nature === 'personnel') expect(code).toMatch(/^30[13]\d\d$/);
        if (l.nature === 'public') expect(code).toMatch(/^3(02|10)\d\d$/);
        if (l.nature !== 'project' && natural[code]) expect(natural[code]).toContain(l.functionCode);
        if (l.source === 'government-fund') expect(l.nature).toBe('project');
      }
    }
  });

  it('amounts are safe integers, multiples of 10,000 分, in realistic ranges', () => {
    for (const b of BUDGETS) {
      for (const l of b.lines) {
        expect(Number.isSafeInteger(l.amount)).toBe(true);
        expect(l.amount % 10_000).toBe(0);
        expect(l.amount).toBeGreaterThan(0);
        if (l.nature === 'personnel') {
          expect(l.amount).toBeGreaterThanOrEqual(500_000);
          expect(l.amount).toBeLessThanOrEqual(80_000_000);
        }
      }
      for (const p of b.projects) {
        const amount = sum(b.lines.filter((l) => l.project === p.id));
        expect(amount).toBeGreaterThanOrEqual(1_000_000);
        expect(amount).toBeLessThanOrEqual(2_000_000_000);
      }
      const tp = b.threePublic;
      const ly = b.lastYear;
      const others = [tp?.abroad, tp?.reception, tp?.vehicleOperation, tp?.vehiclePurchase, ly?.total, ly?.generalPublic];
      for (const v of others) expect((v ?? 0) % 10_000).toBe(0);
    }
  });

  it('gives every project 1–3 lines, a 21-digit unique id and indicators of all four kinds', () => {
    for (const b of BUDGETS) {
      expect(new Set(b.projects.map((p) => p.id)).size).toBe(b.projects.length);
      expect(new Set(b.projects.map((p) => p.name)).size).toBe(b.projects.length);
      for (const p of b.projects) {
        expect(p.id).toMatch(/^\d{21}$/);
        const lines = b.lines.filter((l) => l.project === p.id);
        expect(lines.length).toBeGreaterThanOrEqual(1);
        expect(lines.length).toBeLessThanOrEqual(3);
        for (const l of lines) expect(l.unit).toBe(p.unit);
        for (const kind of ['cost', 'output', 'effect', 'satisfaction'] as const) {
          const n = p.indicators.filter((i) => i.kind === kind).length;
          expect(n, `${p.name} ${kind}`).toBeGreaterThanOrEqual(1);
          expect(n).toBeLessThanOrEqual(6);
        }
        // Cost indicators in 元/万元 never exceed the project's amount.
        for (const i of p.indicators.filter((x) => x.kind === 'cost')) {
          const m = /^[≤=]?([\d.]+)(万元|元)$/.exec(i.value);
          expect(m, i.value).not.toBeNull();
          expect(parseAmount(m?.[1] ?? '0', m?.[2] === '元' ? '元' : '万元')).toBeLessThanOrEqual(sum(lines));
        }
      }
      for (const l of b.lines) if (l.nature === 'project') expect(b.projects.some((p) => p.id === l.project)).toBe(true);
    }
  });

  it('keeps “三公” at or above the matching lines and vehicles when cars are budgeted', () => {
    for (const b of BUDGETS) {
      const by = (code: string): number => sum(b.lines.filter((l) => l.economicCode === code));
      const tp = b.threePublic;
      expect(tp).toBeDefined();
      expect(tp?.reception).toBeGreaterThanOrEqual(by('30217'));
      expect(tp?.vehicleOperation).toBeGreaterThanOrEqual(by('30231'));
      expect(tp?.abroad).toBeGreaterThanOrEqual(by('30212'));
      expect(tp?.vehiclePurchase).toBe(by('31013'));
      for (const code of ['30212', '30217', '30231', '31013']) {
        for (const l of b.lines.filter((x) => x.economicCode === code)) expect(budgetKindOf(l.source)).toBe('general-public');
      }
      const v = b.assets?.vehicles;
      if ((tp?.vehicleOperation ?? 0) > 0) expect((v?.general ?? 0) + (v?.enforcement ?? 0) + (v?.special ?? 0)).toBeGreaterThan(0);
    }
  });

  it('fills last year (±40%), profile, performance and explanations', () => {
    let equal = 0;
    for (const b of BUDGETS) {
      const total = sum(b.lines);
      const gp = sum(b.lines.filter((l) => budgetKindOf(l.source) === 'general-public'));
      const ly = b.lastYear ?? {};
      expect(ly.total! / total).toBeGreaterThanOrEqual(0.6);
      expect(ly.total! / total).toBeLessThanOrEqual(1.4);
      expect(ly.generalPublic! / gp).toBeGreaterThanOrEqual(0.6);
      expect(ly.generalPublic! / gp).toBeLessThanOrEqual(1.4);
      expect(ly.threePublic).toBeDefined();
      if (ly.total === total) equal++;
      expect(b.profile?.duties.length).toBeGreaterThanOrEqual(3);
      expect(b.profile?.duties.length).toBeLessThanOrEqual(8);
      expect(b.profile?.composition).toContain(b.department.name);
      const perf = b.performance;
      expect(perf?.goal).toBeTruthy();
      expect(perf?.tasks.length).toBeGreaterThanOrEqual(2);
      expect(perf?.tasks.length).toBeLessThanOrEqual(4);
      expect(perf?.indicators.length).toBeGreaterThanOrEqual(8);
      expect(perf?.indicators.length).toBeLessThanOrEqual(15);
      for (const level1 of ['产出指标', '效益指标', '满意度指标', '投入管理指标']) {
        expect(perf?.indicators.some((i) => i.level1 === level1), level1).toBe(true);
      }
      expect(b.explanations?.totalChange).toBeTruthy();
      expect(b.department.name).toMatch(/^.+市.+区.+$/);
      b.department.units.forEach((u, i) => expect(u.code).toBe(`${b.department.code}${String(i + 1).padStart(3, '0')}`));
      expect(b.department.units[0]?.type).toBe('administrative');
    }
    expect(equal).toBeGreaterThan(5);
  });

  it('mixes fund sources: government-fund and 事业收入 appear in some budgets', () => {
    const has = (s: string): number => BUDGETS.filter((b) => b.lines.some((l) => l.source === s)).length;
    expect(has('government-fund')).toBeGreaterThan(5);
    expect(has('business')).toBeGreaterThan(10);
    for (const b of BUDGETS) {
      const types = new Map(b.department.units.map((u) => [u.code, u.type]));
      for (const l of b.lines.filter((x) => x.source === 'business')) expect(types.get(l.unit)).toBe('institution');
    }
  });

  it('honours options: year, units, line and project ranges', () => {
    const b = generateBudget(5, { year: 2024, units: 1 });
    expect(b.year).toBe(2024);
    expect(b.department.units).toHaveLength(1);
    for (const p of b.projects) expect(p.id.slice(6, 8)).toBe('24');
    for (let s = 1; s <= 40; s++) {
      const x = generateBudget(s, { lines: [40, 60], projects: [10, 12] });
      expect(x.lines.length).toBeGreaterThanOrEqual(40);
      expect(x.lines.length).toBeLessThanOrEqual(60);
      expect(x.projects.length).toBeGreaterThanOrEqual(10);
      expect(x.projects.length).toBeLessThanOrEqual(12);
      expect(generateBudget(s, { units: 4 }).department.units).toHaveLength(4);
    }
  });
});
