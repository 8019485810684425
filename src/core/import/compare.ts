// Compares two Documents as a reader sees them — for round trips (Budget → PDF/XLSX → import must
// give the Budget's own Document) and for listing how an imported document differs from a
// generated one. Compares meta (year, title, date, department, template), each table's title,
// subtitle, unit, columns (keys and headers), rows (kind, code, name, cells, refs), notes and
// emptiness, and the narrative's headings and text (whitespace aside). Ignores claims, positions
// (`at`), merges and meta.source/contents/precision. Amounts are compared at the printed precision
// when either document was read from print.
import type { CellValue, DocTable, Document, NarrativeSection, Row } from '../model/document.ts';
import { roundFen, stepFor } from '../money/money.ts';

export interface DocumentDifference {
  /** Where: “meta.title”, “tables[expenditure].rows[3].cells[total]”, “narrative[2].paragraphs[0]”. */
  path: string;
  expected: unknown;
  actual: unknown;
  /** The row's label when the difference is in a row (its code and name). */
  label?: string;
}

export interface CompareOptions {
  /** Round amounts to the printed step before comparing (default: when either document is 'printed'). */
  printed?: boolean;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const blankText = (v: CellValue | undefined) => v === null || v === undefined || v === '';

function rowLabel(row: Row): string {
  return [row.code, row.name].filter(Boolean).join(' ') || row.cells.filter((c) => typeof c === 'string' && c).slice(0, 2).join(' ') || row.kind;
}

/** Rows paired by kind and code (in order among rows sharing both); returns [expected, actual] index pairs. */
function pairRows(a: readonly Row[], b: readonly Row[]): { pairs: [number, number][]; missing: number[]; extra: number[] } {
  const key = (r: Row) => `${r.kind}|${r.code ?? ''}`;
  const queue = new Map<string, number[]>();
  b.forEach((r, i) => {
    const k = key(r);
    const q = queue.get(k);
    if (q) q.push(i);
    else queue.set(k, [i]);
  });
  const pairs: [number, number][] = [];
  const missing: number[] = [];
  a.forEach((r, i) => {
    const j = queue.get(key(r))?.shift();
    if (j === undefined) missing.push(i);
    else pairs.push([i, j]);
  });
  const used = new Set(pairs.map(([, j]) => j));
  return { pairs, missing, extra: b.map((_, j) => j).filter((j) => !used.has(j)) };
}

function refsByKey(table: DocTable, row: Row): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [i, ref] of Object.entries(row.refs ?? {})) out[table.columns[Number(i)]?.key ?? `#${i}`] = ref;
  return out;
}

function compareCells(path: string, e: DocTable, a: DocTable, er: Row, ar: Row, step: number, out: DocumentDifference[]): void {
  const label = rowLabel(er);
  for (const [k, col] of e.columns.entries()) {
    const j = a.columns.findIndex((c) => c.key === col.key);
    if (j < 0) continue;
    const x = er.cells[k];
    const y = ar.cells[j];
    if (blankText(x) && blankText(y)) continue;
    if (typeof x === 'number' && typeof y === 'number' && roundFen(x, step) === roundFen(y, step)) continue;
    if (x === y) continue;
    out.push({ path: `${path}.cells[${col.key}]`, expected: x ?? null, actual: y ?? null, label });
  }
  const xr = refsByKey(e, er);
  const yr = refsByKey(a, ar);
  for (const k of new Set([...Object.keys(xr), ...Object.keys(yr)])) {
    if (xr[k] !== yr[k] && a.columns.some((c) => c.key === k) && e.columns.some((c) => c.key === k)) {
      out.push({ path: `${path}.refs[${k}]`, expected: xr[k] ?? null, actual: yr[k] ?? null, label });
    }
  }
}

function compareTable(e: DocTable, a: DocTable, printed: boolean, out: DocumentDifference[]): void {
  const p = `tables[${e.id}]`;
  for (const f of ['title', 'subtitle', 'unit', 'notes', 'empty'] as const) {
    if (!same(e[f], a[f])) out.push({ path: `${p}.${f}`, expected: e[f], actual: a[f] });
  }
  const ek = e.columns.map((c) => c.key);
  const ak = a.columns.map((c) => c.key);
  if (!same(ek, ak)) out.push({ path: `${p}.columns`, expected: ek, actual: ak });
  for (const c of e.columns) {
    const d = a.columns.find((x) => x.key === c.key);
    if (d && !same(c.header, d.header)) out.push({ path: `${p}.columns[${c.key}].header`, expected: c.header, actual: d.header });
  }
  const step = printed && e.unit === a.unit ? stepFor(a.unit, Math.min(a.decimals, e.decimals)) : printed ? stepFor('万元', Math.min(a.decimals, e.decimals)) : 1;
  const { pairs, missing, extra } = pairRows(e.rows, a.rows);
  for (const i of missing) out.push({ path: `${p}.rows[${i}]`, expected: rowLabel(e.rows[i] as Row), actual: null, label: rowLabel(e.rows[i] as Row) });
  for (const j of extra) out.push({ path: `${p}.rows[+${j}]`, expected: null, actual: rowLabel(a.rows[j] as Row), label: rowLabel(a.rows[j] as Row) });
  const order = pairs.map(([, j]) => j);
  if (order.some((j, n) => n > 0 && j < (order[n - 1] as number))) {
    out.push({ path: `${p}.rows`, expected: pairs.map(([i]) => rowLabel(e.rows[i] as Row)), actual: [...pairs].sort((x, y) => x[1] - y[1]).map(([i]) => rowLabel(e.rows[i] as Row)), label: 'order' });
  }
  for (const [i, j] of pairs) {
    const er = e.rows[i] as Row;
    const ar = a.rows[j] as Row;
    if ((er.name ?? '') !== (ar.name ?? '')) out.push({ path: `${p}.rows[${i}].name`, expected: er.name ?? null, actual: ar.name ?? null, label: rowLabel(er) });
    compareCells(`${p}.rows[${i}]`, e, a, er, ar, step, out);
  }
}

const squash = (t: string) => t.replace(/\s+/g, '');

function compareNarrative(e: readonly NarrativeSection[], a: readonly NarrativeSection[], out: DocumentDifference[]): void {
  const key = (s: NarrativeSection) => `${s.part} ${squash(s.heading)}`;
  const rest = a.map((s, j) => ({ s, j }));
  e.forEach((s, i) => {
    const at = rest.findIndex((x) => key(x.s) === key(s));
    if (at < 0) {
      out.push({ path: `narrative[${i}]`, expected: `${s.part} ${s.heading}`, actual: null });
      return;
    }
    const [{ s: t }] = rest.splice(at, 1) as [{ s: NarrativeSection; j: number }];
    const n = Math.max(s.paragraphs.length, t.paragraphs.length);
    for (let k = 0; k < n; k++) {
      const x = s.paragraphs[k];
      const y = t.paragraphs[k];
      if (squash(x ?? '') !== squash(y ?? '')) out.push({ path: `narrative[${i}].paragraphs[${k}]`, expected: x ?? null, actual: y ?? null, label: s.heading });
    }
  });
  for (const { s, j } of rest) out.push({ path: `narrative[+${j}]`, expected: null, actual: `${s.part} ${s.heading}` });
}

/** The differences of `actual` from `expected`, in reading order; empty when they read the same. */
export function compareDocuments(expected: Document, actual: Document, opts: CompareOptions = {}): DocumentDifference[] {
  const out: DocumentDifference[] = [];
  const printed = opts.printed ?? (expected.meta.precision === 'printed' || actual.meta.precision === 'printed');
  const m = (path: string, x: unknown, y: unknown) => {
    if (!same(x ?? null, y ?? null)) out.push({ path: `meta.${path}`, expected: x ?? null, actual: y ?? null });
  };
  m('year', expected.meta.year, actual.meta.year);
  m('kind', expected.meta.kind, actual.meta.kind);
  m('title', expected.meta.title, actual.meta.title);
  m('date', expected.meta.date, actual.meta.date);
  m('department', expected.meta.department, actual.meta.department);
  m('template', expected.meta.template, actual.meta.template);
  const ids = (d: Document) => d.tables.map((t) => t.id);
  for (const t of expected.tables) {
    const u = actual.tables.find((x) => x.id === t.id);
    if (u) compareTable(t, u, printed, out);
    else out.push({ path: `tables[${t.id}]`, expected: t.title, actual: null });
  }
  for (const u of actual.tables) if (!expected.tables.some((t) => t.id === u.id)) out.push({ path: `tables[${u.id}]`, expected: null, actual: u.title });
  const common = ids(expected).filter((id) => ids(actual).includes(id));
  const order = ids(actual).filter((id) => common.includes(id));
  if (!same(common, order)) out.push({ path: 'tables', expected: common, actual: order });
  compareNarrative(expected.narrative ?? [], actual.narrative ?? [], out);
  return out;
}
