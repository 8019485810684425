// Shanghai layout of the two-sided tables (财务收支预算总表, 财政拨款收支预算总表): the template's
// left lines beside one right line per 类 with figures (“一、一般公共服务支出” …, numbered in code
// order), then 收入总计 / 支出总计. Lines marked `when: 'nonzero'` are left out when zero. Each
// right cell's ref is the template's for its column (refs.ts), filled with the 类 code.
import type { CellValue, Row } from '../model/document.ts';
import { shanghaiRef } from '../templates/shanghai/refs.ts';
import type { LineSpec } from '../templates/types.ts';
import type { TableView, ViewContext } from './context.ts';
import { inScope, type Scope } from './facts.ts';
import { functionalName } from './names.ts';
import { chineseNumber, ShanghaiFigures } from './shanghai-figures.ts';

/** A right-side line: its label and the 类 code its cells state (none: a fixed line with its own ref). */
interface RightLine {
  line: LineSpec;
  code?: string;
}

const SCOPE_OF_TABLE: Record<string, Scope> = { 'income-expenditure-summary': 'all', 'fiscal-summary': 'fiscal' };

function shown(figures: ShanghaiFigures, line: LineSpec): boolean {
  if (line.when !== 'nonzero') return true;
  const v = line.ref ? figures.figure(line.ref) : undefined;
  return v !== undefined && v !== 0;
}

function rightLines(ctx: ViewContext, figures: ShanghaiFigures): RightLine[] {
  const { spec } = ctx;
  const scope = SCOPE_OF_TABLE[spec.id] ?? 'all';
  const out: RightLine[] = [];
  if (spec.classLines) {
    const classes = [...new Set(ctx.budget.lines.filter((l) => inScope(l.source, scope)).map((l) => l.functionCode.slice(0, 3)))].sort();
    classes.forEach((code, i) => {
      const label = spec.classLines?.label.replace('{n}', chineseNumber(i + 1)).replace('{name}', functionalName(ctx.classification, code)) ?? code;
      out.push({ line: { label }, code });
    });
  }
  for (const line of spec.right ?? []) if (shown(figures, line)) out.push({ line });
  return out;
}

/**
 * One printed row: left label and amount from the left line's ref; right label, then each amount
 * column right of it from the template's ref for that column (a 类 line, or the 合计 pattern on the
 * footer); a fixed right line with its own ref fills the first right amount column.
 */
function pairRow(
  ctx: ViewContext, figures: ShanghaiFigures, kind: Row['kind'],
  left: LineSpec | undefined, right: RightLine | undefined, footer: boolean,
): Row {
  const cols = ctx.spec.columns;
  const rightStart = cols.findIndex((c) => c.key === 'right.label');
  const cells: CellValue[] = [];
  const refs: Record<number, string> = {};
  const put = (i: number, ref: string | undefined, zero: LineSpec['zero']): void => {
    const v = ref ? figures.figure(ref) : undefined;
    cells[i] = v === undefined ? null : v === 0 && zero !== 'show' ? null : v;
    if (ref) refs[i] = ref;
  };
  cols.forEach((c, i) => {
    if (c.key === 'left.label') cells[i] = left?.label ?? '';
    else if (c.key === 'right.label') cells[i] = right?.line.label ?? '';
    else if (c.key === 'left.amount') put(i, left?.ref, left?.zero);
    else if (!right || i < rightStart) cells[i] = null;
    else if (right.code !== undefined) put(i, shanghaiRef(ctx.spec.id, c.key, right.code), undefined);
    else if (footer) put(i, fixedOrPattern(ctx, c.key, right.line, i === rightStart + 1), right.line.zero);
    else put(i, i === rightStart + 1 ? right.line.ref : undefined, right.line.zero);
  });
  const row: Row = { kind, cells };
  if (right?.code) row.code = right.code;
  if (Object.keys(refs).length > 0) row.refs = refs;
  return row;
}

/** Footer cells: the 合计 pattern of the column (refs.ts), else the line's own ref in its first column. */
function fixedOrPattern(ctx: ViewContext, key: string, line: LineSpec, first: boolean): string | undefined {
  return shanghaiRef(ctx.spec.id, key, undefined) ?? (first ? line.ref : undefined);
}

export const shanghaiTwoSidedView: TableView = (ctx) => {
  const figures = new ShanghaiFigures(ctx);
  const left = (ctx.spec.left ?? []).filter((l) => shown(figures, l));
  const right = rightLines(ctx, figures);
  const rows: Row[] = [];
  for (let i = 0; i < Math.max(left.length, right.length); i++) rows.push(pairRow(ctx, figures, 'pair', left[i], right[i], false));
  for (const [l, r] of ctx.spec.footer ?? []) rows.push(pairRow(ctx, figures, 'total', l, { line: r }, true));
  return { rows };
};
