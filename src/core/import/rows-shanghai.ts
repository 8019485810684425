// Row kinds, codes, names and refs of imported tables in the Shanghai layout, as the views in
// core/tables/shanghai-*.ts give them: 类/款/项 rows (economic 类/款 in the basic table) named as
// printed, 合计 wherever it is printed, refs from the template's ref table (templates/shanghai/refs.ts).
import type { Row } from '../model/document.ts';
import { shanghaiRef } from '../templates/shanghai/refs.ts';
import type { RowsContext } from './table-access.ts';
import { cellText, firstText, isTotalLabel, rowCode, splitCodeCells } from './table-access.ts';

const LEVELS: Record<number, Row['kind']> = { 3: 'class', 5: 'section', 7: 'item' };

/** Refs of every amount column for a row's code (undefined: the 合计 row). */
function refRow(ctx: RowsContext, row: Row, code: string | undefined): void {
  const refs: Record<number, string> = {};
  ctx.table.columns.forEach((c, i) => {
    if (c.kind !== 'amount') return;
    const ref = shanghaiRef(ctx.table.id, c.key, code);
    if (ref) refs[i] = ref;
  });
  if (Object.keys(refs).length) row.refs = refs;
  else delete row.refs;
}

/** Functional tables and 收入预算总表: 类 / 款 / 项 rows by code, 合计. */
export function shanghaiFunctionalRows(ctx: RowsContext): void {
  const keys = ['fn.class', 'fn.section', 'fn.item'];
  for (const row of ctx.table.rows) classify(ctx, row, keys, 'name');
}

/** 一般公共预算基本支出部门预算经济分类预算表: economic 类 / 款 rows, 合计. */
export function shanghaiBasicEconomicRows(ctx: RowsContext): void {
  const keys = ['econ.class', 'econ.section'];
  for (const row of ctx.table.rows) classify(ctx, row, keys, 'econ.name');
}

function classify(ctx: RowsContext, row: Row, keys: string[], nameKey: string): void {
  const { table } = ctx;
  const code = rowCode(table, row, keys);
  const name = cellText(table, row, nameKey);
  const economic = keys[0] === 'econ.class';
  const kind = economic ? ({ 3: 'class', 5: 'item' } as Record<number, Row['kind']>)[code.length] : LEVELS[code.length];
  if (code && kind) {
    row.kind = kind;
    row.code = code;
    if (name) row.name = name;
    splitCodeCells(table, row, keys, code);
    refRow(ctx, row, code);
  } else if (isTotalLabel(name || firstText(row))) {
    row.kind = 'total';
    row.name = '合计';
    refRow(ctx, row, undefined);
  } else {
    row.kind = 'heading';
    if (name) row.name = name;
    delete row.refs;
  }
}

/** “三公”经费和机关运行经费预算表: one row of figures. */
export function shanghaiThreePublicRows(ctx: RowsContext): void {
  for (const row of ctx.table.rows) {
    row.kind = 'total';
    refRow(ctx, row, undefined);
  }
}
