// The two-sided summary tables (部门收支预算表 / 财务收支预算总表, 财政拨款收支预算表 / 总表): each
// printed label is matched, in order, to the template's line (LineSpec) of the same label, and the
// row gets the refs the view gives that line (tables/summary-views.ts, shanghai-summary-views.ts).
// Shanghai's right side lists 类 lines (“一、一般公共服务支出”) whose code comes from the 类 name.
import type { Row } from '../model/document.ts';
import { shanghaiRef } from '../templates/shanghai/refs.ts';
import type { LineSpec } from '../templates/types.ts';
import { dice, labelKey, stripNumbering } from './labels.ts';
import type { RowsContext } from './table-access.ts';
import { cellText, colOf } from './table-access.ts';

/** Fund scope of each right-side column of the Luoyang 财政拨款收支预算表 (as summary-views.ts). */
const FISCAL_COLUMN_SCOPES: Record<string, string> = {
  'right.fiscal': 'fiscal',
  'right.general-public-all': 'gp',
  'right.general-public': 'gpa',
  'right.government-fund': 'gf',
  'right.state-capital': 'sc',
};

export interface SummaryContext extends RowsContext {
  /** 类 name (label key) → code, for Shanghai's 类 lines. */
  classCodes: ReadonlyMap<string, string>;
}

/** Finds the next line (from `from`) whose label is the printed one; similarity ≥ 0.85 as a fallback. */
function findLine(lines: readonly LineSpec[], label: string, from: number): { index: number; exact: boolean } | undefined {
  const key = labelKey(label);
  for (let i = from; i < lines.length; i++) if (labelKey(lines[i]?.label ?? '') === key) return { index: i, exact: true };
  let best: { index: number; score: number } | undefined;
  for (let i = from; i < lines.length; i++) {
    const s = dice(key, labelKey(lines[i]?.label ?? ''));
    if (s >= 0.85 && (!best || s > best.score)) best = { index: i, score: s };
  }
  return best ? { index: best.index, exact: false } : undefined;
}

interface Side {
  line?: LineSpec;
  /** Shanghai 类 line: the 类 code. */
  code?: string;
  footer?: boolean;
}

/** Sets kinds and refs of a two-sided table's rows. */
export function summaryRows(ctx: SummaryContext): void {
  const { table, spec } = ctx;
  const left = spec.left ?? [];
  const right = spec.right ?? [];
  const footer = spec.footer ?? [];
  const shanghai = spec.layout === 'shanghai';
  let li = 0;
  let ri = 0;
  for (const row of table.rows) {
    const lLabel = cellText(table, row, 'left.label');
    const rLabel = cellText(table, row, 'right.label');
    let l: Side = {};
    let r: Side = {};
    const foot = footer.find(([fl, fr]) => (lLabel && labelKey(fl.label) === labelKey(lLabel)) || (rLabel && labelKey(fr.label) === labelKey(rLabel)));
    if (foot) {
      l = { line: foot[0], footer: true };
      r = { line: foot[1], footer: true };
    } else {
      if (lLabel) {
        const hit = findLine(left, lLabel, li);
        if (hit) {
          l = { line: left[hit.index] as LineSpec };
          li = hit.index + 1;
          if (!hit.exact) unknownLine(ctx, row, lLabel, l.line?.label);
        } else unknownLine(ctx, row, lLabel);
      }
      if (rLabel) {
        const code = shanghai ? ctx.classCodes.get(labelKey(stripNumbering(rLabel))) : undefined;
        if (code) r = { code };
        else {
          const hit = findLine(right, rLabel, ri);
          if (hit) {
            r = { line: right[hit.index] as LineSpec };
            ri = hit.index + 1;
            if (!hit.exact) unknownLine(ctx, row, rLabel, r.line?.label);
          } else unknownLine(ctx, row, rLabel);
        }
      }
    }
    row.kind = foot ? (table.id === 'income-expenditure-summary' && !shanghai && !foot[0].label.includes('总计') ? 'subtotal' : 'total') : 'pair';
    if (r.code) row.code = r.code;
    const refs = shanghai ? shanghaiRefs(ctx, l, r) : standardRefs(ctx, l, r);
    if (Object.keys(refs).length) row.refs = refs;
    else delete row.refs;
  }
}

function unknownLine(ctx: RowsContext, row: Row, label: string, readAs?: string): void {
  const at = Object.values(row.at ?? {})[0];
  if (readAs) ctx.problems.add(`${ctx.table.title}：行“${label}”按相近的模板行“${readAs}”读取`, `${ctx.table.id}: line “${label}” read as the template's “${readAs}”`, at, ctx.table.id);
  else ctx.problems.add(`${ctx.table.title}：行“${label}”不是模板中的行，未关联到数据项`, `${ctx.table.id}: line “${label}” is not a line of the template; no reference given`, at, ctx.table.id);
}

/** Luoyang: left amount → the left line's ref; right amounts → the line's ref (by fund column in 财政拨款收支预算表). */
function standardRefs(ctx: RowsContext, l: Side, r: Side): Record<number, string> {
  const { table } = ctx;
  const refs: Record<number, string> = {};
  const la = colOf(table, 'left.amount');
  if (la >= 0 && l.line?.ref) refs[la] = l.line.ref;
  if (table.id !== 'fiscal-summary') {
    const ra = colOf(table, 'right.amount');
    if (ra >= 0 && r.line?.ref) refs[ra] = r.line.ref;
    return refs;
  }
  table.columns.forEach((c, i) => {
    const scope = FISCAL_COLUMN_SCOPES[c.key];
    const ref = r.line?.ref;
    if (!scope || !ref || ref === 'closing-balance') return;
    if (ref === 'total') refs[i] = `exp:${scope}:total:total`;
    else if (ref === 'grand-total') refs[i] = `exp:${scope}:grand-total`;
    else {
      const fn = /^fn:(\d+)$/.exec(ref);
      if (fn) refs[i] = `exp:${scope}:fn:${fn[1]}:total`;
    }
  });
  return refs;
}

/** Shanghai: right cells from the template's ref table (类 lines and the 合计 pattern), else the line's own ref. */
function shanghaiRefs(ctx: RowsContext, l: Side, r: Side): Record<number, string> {
  const { table } = ctx;
  const refs: Record<number, string> = {};
  const la = colOf(table, 'left.amount');
  if (la >= 0 && l.line?.ref) refs[la] = l.line.ref;
  const start = colOf(table, 'right.label');
  table.columns.forEach((c, i) => {
    if (i <= start || c.kind !== 'amount' || c.key === 'left.amount') return;
    const first = i === start + 1;
    let ref: string | undefined;
    if (r.code) ref = shanghaiRef(table.id, c.key, r.code);
    else if (r.footer && r.line) ref = shanghaiRef(table.id, c.key, undefined) ?? (first ? r.line.ref : undefined);
    else if (r.line && first) ref = r.line.ref;
    if (ref) refs[i] = ref;
  });
  return refs;
}
