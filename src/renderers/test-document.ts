// Test fixtures for the renderers: a small, realistic Document built by hand from the seed
// disclosure (洛阳市涧西区社区治理和服务创新办公室 2023) — a two-sided 收支总表, the 部门支出预算表
// with the Luoyang functional columns, an empty 政府性基金 table with its note and the 整体绩效目标表
// form with body merges, and two narrative sections — plus a large synthetic document (13 tables ×
// N rows, no narrative) for speed checks.
import type { CellValue, Column, DocTable, Document, Merge, Row, RowKind } from '../core/model/document.ts';
import { parseAmount } from '../core/money/money.ts';
import type { ColumnSpec } from '../core/templates/types.ts';
import { LUOYANG } from '../core/templates/luoyang/index.ts';
import {
  DEPARTMENT_PERFORMANCE_COLUMNS,
  FUNCTIONAL_COLUMNS,
  SUMMARY_COLUMNS,
} from '../core/templates/luoyang/columns.ts';

export const DEPARTMENT = '洛阳市涧西区社区治理和服务创新办公室';

/** 万元 text → 分; null stays null (a blank cell). */
function w(text: string | null): CellValue {
  return text === null ? null : parseAmount(text, '万元');
}

function columns(specs: readonly ColumnSpec[]): Column[] {
  return specs.map((s) => ({ ...s, header: [...s.header] }));
}

function table(
  fields: Pick<DocTable, 'id' | 'number' | 'numberLabel' | 'title' | 'columns' | 'rows'> & Partial<DocTable>,
): DocTable {
  return { subtitle: [`部门名称：${DEPARTMENT}`], unit: '万元', decimals: 2, merges: [], notes: [], empty: false, ...fields };
}

/** One functional row: class, section, item, unit code, name, then the nine amounts in 万元. */
function fnRow(kind: RowKind, codes: [string, string, string] | null, unit: string | null, name: string, amounts: (string | null)[]): Row {
  const row: Row = {
    kind,
    name,
    cells: [...(codes ?? [null, null, null]), unit, name, ...amounts.map(w)],
  };
  if (codes) row.code = codes.join('');
  else if (unit) row.code = unit;
  return row;
}

const TOTALS = ['2002.45', '191.02', '176.48', null, '14.54', null, '1811.43', '5.60', '1805.83'];

export function summaryTable(): DocTable {
  const pair = (kind: RowKind, l: string, la: string | null, r: string, ra: string | null): Row => ({
    kind, cells: [l, w(la), r, w(ra)],
  });
  return table({
    id: 'income-expenditure-summary', number: 1, numberLabel: '一', title: '2023年部门收支预算表',
    columns: columns(SUMMARY_COLUMNS),
    rows: [
      pair('pair', '一、一般公共预算', '2002.45', '一、一般公共服务', null),
      pair('pair', '其中：财政拨款', '2002.45', '八、社会保障和就业', '13.35'),
      pair('pair', '二、政府性基金预算拨款收入', null, '十、卫生健康', '15.37'),
      pair('pair', '三、国有资本经营预算拨款收入', null, '十二、城乡社区事务', '1960.07'),
      pair('pair', '', null, '二十一、住房保障支出', '13.66'),
      pair('subtotal', '本年收入合计', '2002.45', '本年支出合计', '2002.45'),
      pair('pair', '上年结转结余', null, '年终结转结余', '0.00'),
      pair('total', '收入总计', '2002.45', '支出总计', '2002.45'),
    ],
  });
}

export function expenditureTable(): DocTable {
  return table({
    id: 'expenditure', number: 3, numberLabel: '三', title: '2023年部门支出预算表',
    columns: columns(FUNCTIONAL_COLUMNS),
    rows: [
      fnRow('total', null, null, '合计', TOTALS),
      fnRow('department', null, '517', DEPARTMENT, TOTALS),
      fnRow('item', ['208', '05', '05'], null, '机关事业单位基本养老保险缴费支出', ['13.35', '13.35', '13.35', null, null, null, null, null, null]),
      fnRow('item', ['210', '11', '03'], null, '公务员医疗补助', ['15.37', '15.37', '15.37', null, null, null, null, null, null]),
      fnRow('item', ['212', '01', '01'], null, '行政运行', ['161.73', '148.64', '134.10', null, '14.54', null, '13.09', '5.60', '7.49']),
      fnRow('item', ['212', '01', '99'], null, '其他城乡社区管理事务支出', ['1798.34', null, null, null, null, null, '1798.34', null, '1798.34']),
      fnRow('item', ['221', '02', '01'], null, '住房公积金', ['13.66', '13.66', '13.66', null, null, null, null, null, null]),
    ],
  });
}

export function emptyFundTable(): DocTable {
  return table({
    id: 'government-fund-expenditure', number: 9, numberLabel: '九', title: '2023年政府性基金支出预算表',
    columns: columns(FUNCTIONAL_COLUMNS),
    rows: [fnRow('total', null, null, '合计', new Array<string | null>(9).fill(null))],
    notes: [`备注：${DEPARTMENT}2023年无政府性基金预算拨款安排的支出，故此表无数据。`],
    empty: true,
  });
}

/** The 整体绩效目标表: a form without header rows, its labels merged over rows and columns. */
export function performanceTable(): DocTable {
  const r = (kind: RowKind, ...cells: CellValue[]): Row => ({ kind, cells });
  const m = (row: number, col: number, rowSpan: number, colSpan: number): Merge => ({ row, col, rowSpan, colSpan });
  return table({
    id: 'department-performance', number: 12, numberLabel: '十二', title: '区级部门(单位)整体绩效目标表',
    shortTitle: '部门（单位）整体绩效目标表',
    subtitle: ['(2023年度)'],
    columns: columns(DEPARTMENT_PERFORMANCE_COLUMNS),
    rows: [
      r('heading', '部门(单位)名称', DEPARTMENT, null, null, null),
      r('heading', '年度主要任务', '任务名称', '主要内容', null, null),
      r('heading', null, '加强社区民主管理建设', '持续加强社区阵地建设、打造“社区居民会客厅”', null, null),
      r('heading', null, '推进“三自”组织孵化培育', '推进“三自”组织孵化服务中心建设', null, null),
      r('heading', '预算情况', '部门预算总额(万元)', w('2002.45'), null, null),
      r('heading', '一级指标', '二级指标', '三级指标', '指标值', '指标值说明'),
      r('indicator', '产出指标', '履职目标实现', '社区工作人员持证上岗人数', '≥220人', null),
      r('indicator', null, null, '社区“三自”组织孵化培育数量', '≥1120支', null),
      r('indicator', '满意度指标', '满意度', '辖区居民满意度', '≥90%', null),
    ],
    merges: [m(0, 1, 1, 4), m(1, 0, 3, 1), m(1, 2, 1, 3), m(2, 2, 1, 3), m(3, 2, 1, 3), m(4, 2, 1, 3), m(6, 0, 2, 1), m(6, 1, 2, 1)],
  });
}

export function testDocument(): Document {
  return {
    schema: 'yusuan/document@1',
    meta: {
      year: 2023,
      kind: 'budget',
      title: `2023年${DEPARTMENT}部门预算公开`,
      department: { code: '517', name: DEPARTMENT },
      template: 'luoyang',
      date: '2023-03',
      precision: 'exact',
    },
    tables: [summaryTable(), expenditureTable(), emptyFundTable(), performanceTable()],
    narrative: [
      {
        part: 'profile',
        heading: '一、主要职责',
        paragraphs: ['1.贯彻执行中央、省、市、区关于社区治理和服务创新工作的方针、政策，健全完善全区社区治理体系。'],
      },
      {
        part: 'explanation',
        heading: '一、收入支出预算总体情况说明',
        paragraphs: [
          `${DEPARTMENT} 2023 年收入总计 2002.45 万元，支出总计 2002.45 万元，与 2022 年预算相比，收支总计各增加 798.31 万元，增长 66.30%。`,
        ],
        line: 60,
      },
    ],
  };
}

/** A synthetic document: every Luoyang table with `rowsPerTable` rows of plausible cells. */
export function largeTestDocument(rowsPerTable = 50): Document {
  let seed = 12345;
  const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648);
  const tables = LUOYANG.tables.map((spec, t): DocTable => {
    const cols = columns(spec.columns);
    const rows: Row[] = [];
    for (let i = 0; i < rowsPerTable; i++) {
      const cells = cols.map((c): CellValue => {
        if (c.kind === 'amount') return next() % 5 === 0 ? null : (next() % 20_000) * 10_000;
        if (c.kind === 'code') return String(200 + (i % 30)).padStart(3, '0');
        return `${['行政运行', '一般行政管理事务', '其他城乡社区管理事务支出'][i % 3]}${i}`;
      });
      rows.push({ kind: i === 0 ? 'total' : 'item', code: String(2120100 + i), cells });
    }
    return table({
      id: spec.id, number: t + 1, numberLabel: spec.numberLabel, title: `2023年${spec.listTitle}`, shortTitle: spec.listTitle,
      columns: cols, rows, notes: spec.notes ? [...spec.notes] : [],
    });
  });
  const { narrative: _narrative, ...rest } = testDocument();
  return { ...rest, tables };
}
