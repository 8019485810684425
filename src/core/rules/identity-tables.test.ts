// Tests of the 类 references classCells finds (identity-tables.ts): it accepts exactly the
// references the pattern `^exp:[^:]+:fn:\d{3}:total$` does, in table order, grouped by scope.
import { describe, expect, it } from 'vitest';
import type { DocTable, Row } from '../model/document.ts';
import { classCells } from './identity-tables.ts';

const PATTERN = /^exp:[^:]+:fn:\d{3}:total$/;

function table(refs: string[]): DocTable {
  const rows: Row[] = refs.map((ref, i) => ({ kind: 'pair', cells: ['x', i + 1], refs: { 1: ref } }));
  return {
    id: 'fiscal-summary', number: 4, numberLabel: '四', title: '财政拨款收支预算表', subtitle: [], unit: '万元', decimals: 2,
    columns: [{ key: 'name', kind: 'text', header: ['项目'] }, { key: 'amount', kind: 'amount', header: ['金额'] }],
    rows, merges: [], notes: [], empty: false,
  };
}

const REFS = [
  'exp:gp:fn:201:total', 'exp:fiscal:fn:205:total', 'exp:gp:fn:208:total', 'exp:a b:fn:999:total', 'exp:x:fn:000:total',
  // not 类 references
  'exp:gp:fn:2010:total', 'exp:gp:fn:20:total', 'exp:gp:fn:2a1:total', 'exp:g:p:fn:201:total', 'exp::fn:201:total',
  'exp:gp:fn:201:totals', 'exp:gp:fn:201:basic', 'xexp:gp:fn:201:total', 'exp:gp:fx:201:total', 'exp:gp:fn:201::total',
  'exp:gp:total:total', 'income:fiscal-this-year', 'exp:gp:fn:２01:total', 'exp:\n:fn:201:total', 'exp:gp:fn:201:total\n',
];

describe('classCells', () => {
  it('finds the references the pattern matches, by scope, in table order, with their codes and figures', () => {
    const t = table(REFS);
    const scopes = new Set<string>();
    for (const ref of REFS) if (PATTERN.test(ref)) scopes.add(ref.slice(4, ref.indexOf(':', 4)));
    expect([...scopes]).toEqual(['gp', 'fiscal', 'a b', 'x', '\n']);
    for (const s of scopes) {
      const want = REFS.flatMap((ref, i) => (PATTERN.test(ref) && ref.slice(4, ref.indexOf(':', 4)) === s
        ? [{ rowIndex: i, col: 1, value: i + 1, code: ref.slice(-9, -6) }] : []));
      expect(classCells(t, s).map(({ rowIndex, col, value, code }) => ({ rowIndex, col, value, code }))).toEqual(want);
    }
    expect(classCells(t, 'sc')).toEqual([]);
  });
});
