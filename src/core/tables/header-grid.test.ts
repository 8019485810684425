// Tests of the header grid (表头网格) and the body merge index, on the Luoyang template's columns.
import { describe, expect, it } from 'vitest';
import type { Column } from '../model/document.ts';
import {
  BASIC_ECONOMIC_COLUMNS,
  DEPARTMENT_PERFORMANCE_COLUMNS,
  FISCAL_COLUMNS,
  FUNCTIONAL_COLUMNS,
} from '../templates/luoyang/columns.ts';
import { bodyCovered, bodyMerges, cellKey, headerDepth, headerGrid } from './header-grid.ts';

/** A compact picture of a grid row: label(rowSpan×colSpan) for merged cells, label alone otherwise. */
function picture(columns: Column[]): string[][] {
  return headerGrid(columns).map((row) =>
    row.map((c) => (c.rowSpan > 1 || c.colSpan > 1 ? `${c.label}(${c.rowSpan}×${c.colSpan})` : c.label)),
  );
}

describe('headerGrid', () => {
  it('merges the Luoyang functional columns as the seed prints them', () => {
    expect(headerDepth(FUNCTIONAL_COLUMNS)).toBe(3);
    expect(picture(FUNCTIONAL_COLUMNS)).toEqual([
      ['科目编码(2×3)', '单位代码(3×1)', '单位（科目名称）(3×1)', '合计(3×1)', '基本支出(1×5)', '项目支出(1×3)'],
      ['小计(2×1)', '人员经费(1×2)', '公用经费(1×2)', '小计(2×1)', '其他运转类(2×1)', '特定目标类(2×1)'],
      ['类', '款', '项', '工资福利支出', '对个人和家庭的补助', '商品和服务支出', '资本性支出'],
    ]);
  });

  it('gives each visible cell its position, and covers every grid slot exactly once', () => {
    const grid = headerGrid(FUNCTIONAL_COLUMNS);
    const basic = grid[0]!.find((c) => c.label === '基本支出');
    expect(basic).toEqual({ label: '基本支出', row: 0, col: 6, rowSpan: 1, colSpan: 5 });
    const projectSubtotal = grid[1]!.filter((c) => c.label === '小计')[1];
    expect(projectSubtotal).toEqual({ label: '小计', row: 1, col: 11, rowSpan: 2, colSpan: 1 });
    for (const columns of [FUNCTIONAL_COLUMNS, FISCAL_COLUMNS, BASIC_ECONOMIC_COLUMNS]) {
      const seen = new Map<string, number>();
      for (const cell of headerGrid(columns).flat()) {
        for (let r = cell.row; r < cell.row + cell.rowSpan; r++) {
          for (let c = cell.col; c < cell.col + cell.colSpan; c++) seen.set(`${r},${c}`, (seen.get(`${r},${c}`) ?? 0) + 1);
        }
      }
      expect(seen.size).toBe(headerDepth(columns) * columns.length);
      expect([...seen.values()].every((n) => n === 1)).toBe(true);
    }
  });

  it('merges a label over only its own columns (财政拨款收支表)', () => {
    expect(picture(FISCAL_COLUMNS)).toEqual([
      ['收入(1×2)', '支出(1×6)'],
      ['项 目(2×1)', '金 额(2×1)', '项 目(2×1)', '合 计(2×1)', '一般公共预算(1×2)', '政府性基金(2×1)', '国有资本经营预算(2×1)'],
      ['小 计', '其中：财政拨款'],
    ]);
  });

  it('handles one header row, no columns and uneven paths', () => {
    const oneRow: Column[] = ['一级指标', '二级指标', '指标值'].map((label, i) => ({ key: `c${i}`, kind: 'text', header: [label] }));
    expect(picture(oneRow)).toEqual([['一级指标', '二级指标', '指标值']]);
    expect(headerGrid([])).toEqual([]);
    // A form (整体绩效目标表) has no header rows: its labels are body rows.
    expect(headerDepth(DEPARTMENT_PERFORMANCE_COLUMNS)).toBe(0);
    expect(headerGrid(DEPARTMENT_PERFORMANCE_COLUMNS)).toEqual([]);
    const uneven: Column[] = [
      { key: 'a', kind: 'text', header: ['名称'] },
      { key: 'b', kind: 'amount', header: ['金额', '本年'] },
      { key: 'c', kind: 'amount', header: ['金额', '上年'] },
    ];
    expect(picture(uneven)).toEqual([['名称(2×1)', '金额(1×2)'], ['本年', '上年']]);
  });

  it('does not merge equal labels under different parents', () => {
    const cols: Column[] = [
      { key: 'a', kind: 'amount', header: ['本年', '合计'] },
      { key: 'b', kind: 'amount', header: ['上年', '合计'] },
    ];
    expect(picture(cols)).toEqual([['本年', '上年'], ['合计', '合计']]);
  });
});

describe('bodyMerges', () => {
  const table = {
    columns: DEPARTMENT_PERFORMANCE_COLUMNS,
    rows: Array.from({ length: 4 }, () => ({ kind: 'indicator' as const, cells: [null, null, null, null, null] })),
    merges: [
      { row: 0, col: 0, rowSpan: 3, colSpan: 1 },
      { row: 1, col: 0, rowSpan: 1, colSpan: 2 }, // overlaps the first: ignored
      { row: 3, col: 3, rowSpan: 5, colSpan: 5 }, // clipped to 1×2
      { row: 9, col: 0, rowSpan: 2, colSpan: 1 }, // outside: ignored
    ],
  };
  it('lists the covered cells, not the anchors, and clips or drops bad merges', () => {
    expect([...bodyCovered(table)].sort()).toEqual([cellKey(1, 0), cellKey(2, 0), cellKey(3, 4)].sort());
    const { anchors } = bodyMerges(table);
    expect(anchors.get(cellKey(3, 3))).toEqual({ row: 3, col: 3, rowSpan: 1, colSpan: 2 });
    expect(anchors.size).toBe(2);
  });
});
