// A table read from its ruling lines (PDFs that draw cell borders, such as yusuan's own): column
// and row boundaries from the lines, merged cells where a border is missing, every text run placed
// in the cell that holds it, header rows told by their shading. Cells wrapped over several lines
// are joined; a merged cell's text goes to its top-left cell in the body and is repeated over its
// span in the header.
import type { RawCell } from '../../core/import/raw.ts';
import { joinRuns, joinWrapped } from './lines.ts';
import { firstBodyRow } from './patterns.ts';
import type { Box, Rulings, Segment, TextRun } from './page-content.ts';

export interface GridFragment {
  page: number;
  box: Box;
  /** Column boundaries (x), one more than the columns. */
  xs: number[];
  header: RawCell[][];
  body: RawCell[][];
  /** The runs the grid took (the reader leaves the others to the page). */
  used: Set<TextRun>;
  /**
   * By column: the first body row's text stands at the top of a cell taller than it (not centred):
   * the rest of a merged cell a page break cut, continued from the page before.
   */
  lead: boolean[];
  /** By column: the last body row's cell is taller than its text, which reaches its bottom (cut by the page break). */
  tail: boolean[];
}

const TOL = 2;

function mergeCollinear(segs: Segment[], horizontal: boolean): Segment[] {
  const key = (s: Segment): number => (horizontal ? s.y1 : s.x1);
  const lo = (s: Segment): number => (horizontal ? s.x1 : s.y1);
  const hi = (s: Segment): number => (horizontal ? s.x2 : s.y2);
  const sorted = [...segs].sort((a, b) => key(a) - key(b) || lo(a) - lo(b));
  const lanes: Segment[][] = [];
  for (const s of sorted) {
    const lane = lanes[lanes.length - 1];
    if (lane && Math.abs(key(lane[0]!) - key(s)) <= 1) lane.push(s);
    else lanes.push([s]);
  }
  const out: Segment[] = [];
  for (const lane of lanes) {
    const at = lane.reduce((sum, s) => sum + key(s), 0) / lane.length;
    const spans = lane.map((s) => [lo(s), hi(s)] as [number, number]).sort((a, b) => a[0] - b[0]);
    let [a, b] = spans[0]!;
    const push = (): void => {
      out.push(horizontal ? { x1: a, x2: b, y1: at, y2: at } : { x1: at, x2: at, y1: a, y2: b });
    };
    for (const [c, d] of spans.slice(1)) {
      if (c <= b + 1.5) b = Math.max(b, d);
      else {
        push();
        [a, b] = [c, d];
      }
    }
    push();
  }
  return out;
}

function cluster(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[][] = [];
  for (const v of sorted) {
    const last = out[out.length - 1];
    if (last && v - last[last.length - 1]! <= TOL) last.push(v);
    else out.push([v]);
  }
  return out.map((g) => g.reduce((s, v) => s + v, 0) / g.length);
}

/** The connected grids of ruling lines within [top, bottom], largest first. */
export function findGrids(rulings: Rulings, top: number, bottom: number): { h: Segment[]; v: Segment[]; box: Box }[] {
  const h = mergeCollinear(rulings.horizontal.filter((s) => s.y1 >= top - TOL && s.y1 <= bottom + TOL), true);
  const v = mergeCollinear(rulings.vertical.filter((s) => s.y2 >= top - TOL && s.y1 <= bottom + TOL), false);
  const all: Segment[] = [...h, ...v];
  const parent = all.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (let i = 0; i < h.length; i++) {
    for (let j = 0; j < v.length; j++) {
      const a = h[i]!;
      const b = v[j]!;
      if (b.x1 >= a.x1 - TOL && b.x1 <= a.x2 + TOL && a.y1 >= b.y1 - TOL && a.y1 <= b.y2 + TOL) parent[find(i)] = find(h.length + j);
    }
  }
  const groups = new Map<number, number[]>();
  all.forEach((_, i) => {
    const root = find(i);
    const group = groups.get(root);
    if (group) group.push(i);
    else groups.set(root, [i]);
  });
  const grids = [...groups.values()]
    .map((idx) => ({ h: idx.filter((i) => i < h.length).map((i) => h[i]!), v: idx.filter((i) => i >= h.length).map((i) => v[i - h.length]!) }))
    .filter((g) => g.h.length >= 1 && g.v.length >= 2)
    .map((g) => ({
      ...g,
      box: {
        x1: Math.min(...g.h.map((s) => s.x1), ...g.v.map((s) => s.x1)),
        x2: Math.max(...g.h.map((s) => s.x2), ...g.v.map((s) => s.x2)),
        y1: Math.min(...g.v.map((s) => s.y1), ...g.h.map((s) => s.y1)),
        y2: Math.max(...g.v.map((s) => s.y2), ...g.h.map((s) => s.y2)),
      },
    }));
  return grids.sort((a, b) => (b.box.x2 - b.box.x1) * (b.box.y2 - b.box.y1) - (a.box.x2 - a.box.x1) * (a.box.y2 - a.box.y1));
}

const covers = (s: Segment, horizontal: boolean, at: number, mid: number): boolean =>
  horizontal ? Math.abs(s.y1 - at) <= TOL && s.x1 <= mid && s.x2 >= mid : Math.abs(s.x1 - at) <= TOL && s.y1 <= mid && s.y2 >= mid;

/**
 * Reads the grid's cells from the runs of the page. `overflow`: runs printed just under the grid
 * that belong to its last row (Chromium prints the rest of a merged cell that a page break cut
 * under the table's last border); they are appended to the cell above them.
 */
export function readGrid(page: number, grid: { h: Segment[]; v: Segment[]; box: Box }, runs: TextRun[], shades: Box[], form = false, overflow: TextRun[] = []): GridFragment {
  // A table split over pages may lack its top (or bottom) border on a page: the box's edges,
  // where the vertical lines end, close it.
  const xs = cluster([...grid.v.map((s) => s.x1), grid.box.x1, grid.box.x2]);
  const ys = cluster([...grid.h.map((s) => s.y1), grid.box.y1, grid.box.y2]);
  const nr = ys.length - 1;
  const nc = xs.length - 1;
  const id = (r: number, c: number): number => r * nc + c;
  const parent = Array.from({ length: nr * nc }, (_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const union = (a: number, b: number): void => {
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  for (let r = 0; r < nr; r++) {
    const my = (ys[r]! + ys[r + 1]!) / 2;
    for (let c = 0; c < nc; c++) {
      const mx = (xs[c]! + xs[c + 1]!) / 2;
      if (c + 1 < nc && !grid.v.some((s) => covers(s, false, xs[c + 1]!, my))) union(id(r, c), id(r, c + 1));
      if (r + 1 < nr && !grid.h.some((s) => covers(s, true, ys[r + 1]!, mx))) union(id(r, c), id(r + 1, c));
    }
  }
  // Regions: the atomic cells each merged cell covers, and the runs inside it.
  const cellRuns = new Map<number, TextRun[]>();
  const used = new Set<TextRun>();
  const slot = (v: number, edges: number[]): number => {
    for (let i = 0; i + 1 < edges.length; i++) if (v >= edges[i]! && v < edges[i + 1]!) return i;
    return -1;
  };
  for (const run of runs) {
    const cx = (run.x + run.x2) / 2;
    const cy = (run.top + run.bottom) / 2;
    const r = slot(cy, ys);
    const c = slot(cx, xs);
    if (r < 0 || c < 0) continue;
    addRun(cellRuns, find(id(r, c)), run);
    used.add(run);
  }
  for (const run of overflow) {
    const c = slot((run.x + run.x2) / 2, xs);
    if (c < 0 || nr === 0) continue;
    addRun(cellRuns, find(id(nr - 1, c)), run);
    used.add(run);
  }
  const textOf = new Map<number, string>();
  for (const [root, list] of cellRuns) textOf.set(root, cellText(list));
  const boxOf = new Map<number, Box>();
  for (let r = 0; r < nr; r++) {
    for (let c = 0; c < nc; c++) {
      const root = find(id(r, c));
      const b = boxOf.get(root);
      boxOf.set(root, b ? { x1: Math.min(b.x1, xs[c]!), y1: Math.min(b.y1, ys[r]!), x2: Math.max(b.x2, xs[c + 1]!), y2: Math.max(b.y2, ys[r + 1]!) } : { x1: xs[c]!, y1: ys[r]!, x2: xs[c + 1]!, y2: ys[r + 1]! });
    }
  }
  // Header rows: the leading rows whose cells are shaded.
  const shaded = (r: number): boolean => {
    let hits = 0;
    for (let c = 0; c < nc; c++) {
      const root = find(id(r, c));
      const b = boxOf.get(root)!;
      const [cx, cy] = [(b.x1 + b.x2) / 2, (b.y1 + b.y2) / 2];
      if (shades.some((s) => cx >= s.x1 && cx <= s.x2 && cy >= s.y1 && cy <= s.y2)) hits++;
    }
    return hits * 2 > nc;
  };
  let headerRows = 0;
  while (headerRows < nr && shaded(headerRows)) headerRows++;
  if (headerRows === 0 && !form) {
    const texts = Array.from({ length: nr }, (_, r) => Array.from({ length: nc }, (_, c) => textOf.get(find(id(r, c))) ?? ''));
    headerRows = Math.max(0, firstBodyRow(texts));
  }
  const at = (r: number, c: number) => {
    const b = boxOf.get(find(id(r, c)))!;
    return { page, x: Math.round(b.x1 * 10) / 10, y: Math.round(b.y1 * 10) / 10 };
  };
  const header: RawCell[][] = [];
  const body: RawCell[][] = [];
  // Rows with no text are left out, unless the body has nothing else: a 合计 row printed blank
  // (the “三公” table of a budget with none) stays, as one blank row.
  let blankBody: RawCell[] | undefined;
  for (let r = 0; r < nr; r++) {
    const row: RawCell[] = [];
    for (let c = 0; c < nc; c++) {
      const root = find(id(r, c));
      const anchor = root === id(r, c);
      const text = r < headerRows || anchor ? (textOf.get(root) ?? '') : '';
      row.push({ text, at: at(r, c) });
    }
    if (row.every((c) => c.text === '')) {
      if (r >= headerRows) blankBody ??= row;
      continue;
    }
    (r < headerRows ? header : body).push(row);
  }
  if (body.length === 0 && blankBody) body.push(blankBody);
  // Where the body's first and last rows stand, for cells cut by page breaks.
  const firstBody = Array.from({ length: nr }, (_, r) => r).find((r) => r >= headerRows && body.length > 0 && Array.from({ length: nc }, (_, c) => textOf.get(find(id(r, c))) ?? '').some((t) => t !== ''));
  const lead = Array.from({ length: nc }, (_, c) => {
    if (firstBody === undefined) return false;
    const root = find(id(firstBody, c));
    const list = cellRuns.get(root);
    const b = boxOf.get(root)!;
    if (!list || list.length === 0 || root !== id(firstBody, c)) return false;
    const top = Math.min(...list.map((x) => x.top));
    const bottom = Math.max(...list.map((x) => x.bottom));
    const size = Math.max(...list.map((x) => x.size));
    return top - b.y1 <= 0.6 * size + 3 && b.y2 - b.y1 - (bottom - top) > 1.5 * size;
  });
  // A cell cut at the page's end: text reaching down to the bottom of a cell taller than it.
  const tail = Array.from({ length: nc }, (_, c) => {
    if (nr <= headerRows) return false;
    const root = find(id(nr - 1, c));
    const list = cellRuns.get(root);
    const b = boxOf.get(root)!;
    if (!list || list.length === 0) return false;
    const top = Math.min(...list.map((x) => x.top));
    const bottom = Math.max(...list.map((x) => x.bottom));
    const size = Math.max(...list.map((x) => x.size));
    return b.y2 - bottom <= 0.6 * size + 3 && b.y2 - b.y1 - (bottom - top) > 1.5 * size;
  });
  return { page, box: grid.box, xs, header, body, used, lead, tail };
}

function addRun(cells: Map<number, TextRun[]>, root: number, run: TextRun): void {
  const list = cells.get(root);
  if (list) list.push(run);
  else cells.set(root, [run]);
}

/** The text of one cell: its runs in lines top to bottom, wrapped lines joined. */
function cellText(runs: TextRun[]): string {
  const sorted = [...runs].sort((a, b) => a.base - b.base || a.x - b.x);
  const lines: TextRun[][] = [];
  for (const r of sorted) {
    const line = lines[lines.length - 1];
    if (line && Math.abs(r.base - line[0]!.base) <= 0.4 * Math.min(r.size, line[0]!.size)) line.push(r);
    else lines.push([r]);
  }
  return joinWrapped(lines.map((l) => joinRuns(l.sort((a, b) => a.x - b.x))));
}
