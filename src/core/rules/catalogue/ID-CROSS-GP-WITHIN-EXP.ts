// ID-CROSS-GP-WITHIN-EXP: the 一般公共预算 is part of all money, so no figure of the 一般公共预算支出
// 预算表 can exceed the 部门支出预算表's figure in the same row (same unit and code) and column.
import type { DocTable } from '../../model/document.ts';
import { amountAt, colIndex, requireTable, textAt } from '../doc-access.ts';
import { amountCols, checkAtMostAt, failAt, fnCodes, hasFigure } from '../identity-helpers.ts';
import type { Rule } from '../types.ts';

/** A row's identity: the same row of two functional tables has the same kind, unit and code. */
interface RowId {
  kind: string;
  unit: string;
  code: string;
}

/** The identity of every row (a total or department row: its kind alone; a unit row: its unit). */
function rowIds(table: DocTable): RowId[] {
  const unitCol = colIndex(table, 'unit.code');
  const codes = fnCodes(table);
  let unit = '';
  return table.rows.map((row, i) => {
    if (row.kind === 'unit') unit = row.code ?? (textAt(row, unitCol) || row.name || '');
    if (row.kind === 'total' || row.kind === 'department') return { kind: row.kind, unit: '', code: '' };
    return row.kind === 'unit' ? { kind: 'unit', unit, code: '' } : { kind: row.kind, unit, code: codes[i] as string };
  });
}

/** The identity joined into one key, as rows were first matched: `total`, `unit:{unit}`, `{unit}:{kind}:{code}`. */
const joinedKey = (id: RowId): string =>
  id.kind === 'total' || id.kind === 'department' ? id.kind : id.kind === 'unit' ? `unit:${id.unit}` : `${id.unit}:${id.kind}:${id.code}`;

/**
 * Rows by identity (the last, when one repeats), in maps nested by kind, unit and code: a key
 * string built and hashed per row cost most of the rule. Nesting matches exactly as the joined
 * keys did unless a unit or code holds a ':' (two different rows could then join to one key), so
 * then the joined keys are used, as before.
 */
class RowsById {
  private readonly nested = new Map<string, Map<string, Map<string, number>>>();
  private readonly joined: Map<string, number> | undefined;

  constructor(ids: readonly RowId[], joined: boolean) {
    this.joined = joined ? new Map() : undefined;
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i] as RowId;
      if (this.joined) {
        this.joined.set(joinedKey(id), i);
        continue;
      }
      let byUnit = this.nested.get(id.kind);
      if (byUnit === undefined) this.nested.set(id.kind, (byUnit = new Map()));
      let byCode = byUnit.get(id.unit);
      if (byCode === undefined) byUnit.set(id.unit, (byCode = new Map()));
      byCode.set(id.code, i);
    }
  }

  get(id: RowId): number | undefined {
    return this.joined ? this.joined.get(joinedKey(id)) : this.nested.get(id.kind)?.get(id.unit)?.get(id.code);
  }
}

const hasColon = (ids: readonly RowId[]): boolean => ids.some((id) => id.unit.includes(':') || id.code.includes(':'));

export const rule: Rule = {
  id: 'ID-CROSS-GP-WITHIN-EXP',
  category: 'identity',
  severity: 'error',
  statement: { zh: '一般公共预算支出预算表各行各列不应大于部门支出预算表中同一科目的数字（部分不能大于整体）。', en: 'No figure of the general public budget expenditure table exceeds the expenditure table’s figure for the same row and column.' },
  tables: ['general-public-expenditure', 'expenditure'],
  target: 'document',
  tolerance: 0,
  check({ doc }, report) {
    const gp = requireTable(doc, report, 'general-public-expenditure');
    const exp = requireTable(doc, report, 'expenditure');
    if (!gp || !exp) return;
    // Each row's counterpart in the expenditure table (the last, when an identity repeats).
    const expIds = rowIds(exp);
    const gpIds = rowIds(gp);
    const expRows = new RowsById(expIds, hasColon(expIds) || hasColon(gpIds));
    const cols = amountCols(gp);
    const hint = '一般公共预算支出是部门全部支出的一部分；核对两表中该科目的数字。';
    // The expenditure table's column of each amount column (by key), once.
    const expCols = cols.map((col) => colIndex(exp, gp.columns[col]?.key as string));
    const what = `${exp.title}中同一科目的数字`;
    const whatEn = `the same figure in ${exp.id}`;
    for (let i = 0; i < gp.rows.length; i++) {
      const row = gp.rows[i] as (typeof gp.rows)[number];
      if (!hasFigure(row, cols)) continue;
      const j = expRows.get(gpIds[i] as RowId);
      if (j === undefined) {
        report.checked();
        failAt(report, gp, i, undefined, `${gp.title}中的“${row.code ?? ''} ${row.name ?? ''}”在${exp.title}中没有对应的行`, `row ${row.code ?? ''} is missing from ${exp.id}`, hint);
        continue;
      }
      for (let k = 0; k < cols.length; k++) {
        const ec = expCols[k] as number;
        if (ec < 0) continue;
        checkAtMostAt(doc, report, gp, i, cols[k] as number, amountAt(exp.rows[j], ec), what, whatEn, hint);
      }
    }
  },
};
