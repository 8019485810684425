// Tests of the shared walk over a table's rows (amount-cells.ts): what PLS-NEGATIVE-AMOUNT,
// CMP-UNIT and CMP-DEPT-NAME read from it, on small tables written out by hand.
import { describe, expect, it } from 'vitest';
import type { DocTable, Row } from '../model/document.ts';
import { amountCells } from './amount-cells.ts';

function table(rows: Row[]): DocTable {
  return {
    id: 'expenditure', number: 3, numberLabel: '三', title: '2023年部门支出预算表', subtitle: [], unit: '万元', decimals: 2,
    columns: [
      { key: 'code', kind: 'code', header: ['科目编码'] },
      { key: 'name', kind: 'text', header: ['科目名称'] },
      { key: 'total', kind: 'amount', header: ['合计'] },
      { key: 'basic', kind: 'amount', header: ['基本支出'] },
    ],
    rows, merges: [], notes: [], empty: false,
  };
}

describe('amountCells', () => {
  it('counts the printed amounts, finds the labels with 元 and the named department rows', () => {
    const t = table([
      { kind: 'total', cells: [null, '合计', 1000, null] },
      { kind: 'department', name: '某局', cells: ['101', '某局', 600, 600] },
      { kind: 'department', cells: ['102', null, 400, 0] },
      { kind: 'item', cells: ['2010101', '预算总额(万元)', 400, 400] },
      { kind: 'item', cells: ['单位：元', '', null, 7] }, // blank cells skipped: the text before them
      { kind: 'item', cells: [3, '金额（元）', 5, null] }, // a number in a text column comes first
      { kind: 'heading', cells: ['说明：单位 元', null, null, null] }, // no number: no label
    ]);
    const walk = amountCells(t);
    expect(walk.printed).toBe(9);
    expect(walk.yuanLabels).toEqual([3, 1, 4, 0]);
    expect(walk.departmentRows).toEqual([1]);
  });

  it('gives -1 when an amount is negative (or not a number ≥ 0), and ignores text columns', () => {
    expect(amountCells(table([{ kind: 'item', cells: [-5, 'x', 1, 2] }])).printed).toBe(2);
    expect(amountCells(table([{ kind: 'item', cells: ['a', 'x', 1, -2] }])).printed).toBe(-1);
    expect(amountCells(table([{ kind: 'item', cells: ['a', 'x', Number.NaN, 2] }])).printed).toBe(-1);
    expect(amountCells(table([]))).toEqual({ printed: 0, yuanLabels: [], departmentRows: [] });
  });
});
