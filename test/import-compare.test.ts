// compareDocuments: nothing on a Document against itself; each kind of difference reported once
// with its path; printed precision and the narrative's whitespace set aside; positions, claims,
// merges and meta.source/contents/precision ignored.
import { describe, expect, it } from 'vitest';
import { compareDocuments } from '../src/core/import/compare.ts';
import type { Document } from '../src/core/model/document.ts';
import { documentOf, seedBudget } from './support/bases.ts';

const base = documentOf(await seedBudget());
const copy = (): Document => structuredClone(base);
const table = (d: Document, id: string) => {
  const t = d.tables.find((x) => x.id === id);
  if (!t) throw new Error(id);
  return t;
};

describe('compareDocuments', () => {
  it('finds nothing between a Document and itself, whatever it ignores', () => {
    const other = copy();
    other.meta.precision = 'printed';
    other.meta.source = { file: 'x.pdf', kind: 'pdf', pages: 3 };
    other.meta.contents = ['一、部门收支预算表'];
    table(other, 'expenditure').at = { page: 4 };
    table(other, 'expenditure').merges = [{ row: 0, col: 0, rowSpan: 2, colSpan: 1 }];
    for (const s of other.narrative ?? []) delete s.claims;
    expect(compareDocuments(base, other)).toEqual([]);
  });

  it('reports a changed cell, ref, name and note at their paths', () => {
    const other = copy();
    const exp = table(other, 'expenditure');
    const row = exp.rows.findIndex((r) => r.code === '2120101');
    const r = exp.rows[row];
    if (!r) throw new Error('row');
    r.cells[5] = 161_740_000;
    r.name = '行政运行（本级）';
    r.refs = { ...r.refs, 6: 'exp:all:fn:2120101:basic-x' };
    table(other, 'three-public').notes = [];
    expect(compareDocuments(base, other).map((d) => [d.path, d.expected, d.actual])).toEqual([
      [`tables[expenditure].rows[${row}].name`, '行政运行', '行政运行（本级）'],
      [`tables[expenditure].rows[${row}].cells[total]`, 161_730_000, 161_740_000],
      [`tables[expenditure].rows[${row}].refs[basic]`, 'exp:all:fn:2120101:basic', 'exp:all:fn:2120101:basic-x'],
      ['tables[three-public].notes', table(base, 'three-public').notes, []],
    ]);
  });

  it('compares amounts at the printed precision when either side was read from print', () => {
    const exact = copy();
    const row = table(exact, 'three-public').rows[0];
    if (!row) throw new Error('row');
    row.cells[0] = 100_004; // 0.100004 万元 prints 0.10
    const printed = copy();
    printed.meta.precision = 'printed';
    expect(compareDocuments(exact, printed)).toEqual([]);
    expect(compareDocuments(exact, copy()).map((d) => d.path)).toEqual(['tables[three-public].rows[0].cells[total]']);
    expect(compareDocuments(exact, printed, { printed: false })).toHaveLength(1);
  });

  it('reads a blank text cell as null or empty alike', () => {
    const other = copy();
    const r = table(other, 'income-expenditure-summary').rows[12];
    if (!r) throw new Error('row');
    expect(r.cells[0]).toBe('');
    r.cells[0] = null;
    expect(compareDocuments(base, other)).toEqual([]);
  });

  it('reports missing, extra and reordered rows, missing tables and columns', () => {
    const other = copy();
    const basic = table(other, 'general-public-basic-expenditure');
    const [first, second] = [basic.rows[1], basic.rows[2]];
    if (!first || !second) throw new Error('rows');
    basic.rows[1] = second;
    basic.rows[2] = first;
    const exp = table(other, 'expenditure');
    exp.rows.splice(2, 1);
    exp.rows.push({ kind: 'item', code: '2130101', name: '行政运行', cells: exp.columns.map(() => null) });
    other.tables = other.tables.filter((t) => t.id !== 'income');
    const gf = table(other, 'government-fund-expenditure');
    gf.columns = gf.columns.slice(0, 13);
    gf.rows = gf.rows.map((r) => ({ ...r, cells: r.cells.slice(0, 13) }));
    expect(compareDocuments(base, other).map((d) => d.path)).toEqual([
      'tables[income]',
      'tables[expenditure].rows[2]',
      `tables[expenditure].rows[+${exp.rows.length - 1}]`,
      'tables[general-public-basic-expenditure].rows',
      'tables[government-fund-expenditure].columns',
    ]);
  });

  it("compares the narrative's headings and text, whitespace aside", () => {
    const other = copy();
    const s = other.narrative?.[2];
    if (!s) throw new Error('narrative');
    s.paragraphs[0] = (s.paragraphs[0] ?? '').replace(/(\d)/, ' $1').replace('万元', ' 万元 ');
    expect(compareDocuments(base, other)).toEqual([]);
    s.paragraphs[0] = `${s.paragraphs[0]}又`;
    expect(compareDocuments(base, other).map((d) => d.path)).toEqual(['narrative[2].paragraphs[0]']);
    other.narrative = other.narrative?.filter((x) => x !== s);
    expect(compareDocuments(base, other).map((d) => d.path)).toEqual(['narrative[2]']);
  });

  it('compares the meta that a reader sees', () => {
    const other = copy();
    other.meta.title = '2023年某部门预算公开';
    other.meta.department = { code: '', name: base.meta.department.name };
    expect(compareDocuments(base, other).map((d) => d.path)).toEqual(['meta.title', 'meta.department']);
  });
});
