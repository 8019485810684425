// ID-PERF-BLOCK-FUNDS: in the project performance table each block's funding total equals the sum of
// its sources — Henan's 部门预算项目绩效目标表: 资金总额 = 政府预算资金 + 财政专户管理资金 + 单位资金
// (projects, units and the 合计 row); Shanghai's 财政项目支出绩效目标填报表: 年度资金申请总额 = 当年财政拨款
// + 上年结转资金 + 其他资金, and 项目资金总额 = 财政资金 + 其他资金.
import type { DocTable } from '../../model/document.ts';
import { colIndex, requireColumns, requireTable } from '../doc-access.ts';
import { checkSumAt, hasFigure, noFigures, tableHasFigures } from '../identity-helpers.ts';
import type { Rule } from '../types.ts';

/** One identity of a block: the total's column, its parts' columns, and how the message names them. */
interface BlockSum {
  total: number;
  parts: number[];
  /** The total's column and its parts' (a row is compared when one of them prints a figure). */
  cols: number[];
  what: string;
  whatEn: string;
  hint: string;
}

/** The identities the table's columns state (undefined, with insufficient data reported, when none). */
function sumsOf(table: DocTable, report: Parameters<Rule['check']>[1]): BlockSum[] | undefined {
  const carry = colIndex(table, 'carry-over');
  // Henan's table (and any without a 上年结转资金 column) must have all its three sources.
  if (carry < 0) {
    const c = requireColumns(table, report, ['total', 'government', 'special-account', 'unit-funds'] as const);
    if (!c) return undefined;
    return [{
      total: c.total, parts: [c.government, c['special-account'], c['unit-funds']], cols: [c.total, c.government, c['special-account'], c['unit-funds']],
      what: '政府预算资金、财政专户管理资金与单位资金之和', whatEn: 'government + special account + unit funds', hint: '核对该项目的资金来源与资金总额。',
    }];
  }
  const c = requireColumns(table, report, ['total', 'government', 'unit-funds'] as const);
  if (!c) return undefined;
  const sums: BlockSum[] = [{
    total: c.total, parts: [c.government, carry, c['unit-funds']], cols: [c.total, c.government, carry, c['unit-funds']],
    what: '当年财政拨款、上年结转资金与其他资金之和', whatEn: 'this year’s appropriation + carry-over + other funds',
    hint: '年度资金申请总额 = 当年财政拨款 + 上年结转资金 + 其他资金：核对这四个数。',
  }];
  const project = ['project-total', 'project-fiscal', 'project-other'].map((k) => colIndex(table, k));
  if (project.every((i) => i >= 0)) {
    sums.push({
      total: project[0] as number, parts: project.slice(1), cols: project,
      what: '财政资金与其他资金之和', whatEn: 'fiscal funds + other funds', hint: '项目资金总额 = 财政资金 + 其他资金：核对这三个数。',
    });
  }
  return sums;
}

export const rule: Rule = {
  id: 'ID-PERF-BLOCK-FUNDS',
  category: 'identity',
  severity: 'error',
  statement: {
    zh: '项目绩效目标表中每个项目的资金总额应等于各资金来源之和（河南：政府预算资金、财政专户管理资金与单位资金；上海绩效目标填报表：年度资金申请总额 = 当年财政拨款 + 上年结转资金 + 其他资金，项目资金总额 = 财政资金 + 其他资金）。',
    en: 'In the project performance table, each block’s funding total equals the sum of its sources (Henan: government budget + special account + unit funds; Shanghai forms: annual request = this year’s appropriation + carry-over + other funds, project total = fiscal + other funds).',
  },
  tables: ['project-performance'],
  target: 'document',
  tolerance: 1,
  check({ doc }, report) {
    const table = requireTable(doc, report, 'project-performance');
    if (!table) return;
    const sums = sumsOf(table, report);
    if (!sums) return;
    if (!tableHasFigures(table)) return noFigures(report, table);
    for (let i = 0; i < table.rows.length; i++) {
      const row = table.rows[i] as (typeof table.rows)[number];
      if (row.kind === 'indicator') continue;
      for (const s of sums) {
        if (!hasFigure(row, s.cols)) continue;
        checkSumAt(doc, report, table, i, s.total, i, s.parts, true, s.what, s.whatEn, s.hint);
      }
    }
  },
};
