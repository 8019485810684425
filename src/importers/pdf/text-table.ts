// A table read from text positions alone (PDFs that draw no cell borders, such as the Excel- and
// WPS-made corpus): header labels stacked into multi-line labels, body columns from where the body
// text stands (amounts right-aligned, names and codes left-aligned), each column matched to the
// lowest header label above it, empty columns from labels with nothing under them, and body lines
// closer than a row apart joined into one row (names wrapped over two lines, or printed above and
// below the row's figures).
import type { RawCell } from '../../core/import/raw.ts';
import type { Chunk, Line } from './lines.ts';
import { joinWrapped } from './lines.ts';
import { isAmount, isCode, isDataLabel } from './patterns.ts';

/** A header label: one or more chunks stacked in one header cell. */
export interface Label {
  text: string;
  x: number;
  x2: number;
  top: number;
  bottom: number;
  size: number;
}

export interface TextColumn {
  x: number;
  x2: number;
  leaf?: Label;
  kind: 'amount' | 'code' | 'text';
}

export interface TextFragment {
  page: number;
  columns: TextColumn[];
  header: RawCell[][];
  body: RawCell[][];
}

const center = (a: { x: number; x2: number }): number => (a.x + a.x2) / 2;
const overlap = (a: { x: number; x2: number }, b: { x: number; x2: number }): number => Math.min(a.x2, b.x2) - Math.max(a.x, b.x);
const gap = (a: { x: number; x2: number }, b: { x: number; x2: number }): number => Math.max(0, b.x - a.x2, a.x - b.x2);

/** Header chunks stacked into labels: a chunk right under another, centred with it, continues it. */
export function labelsOf(lines: Line[]): Label[] {
  const chunks = lines.flatMap((l) => l.chunks).sort((a, b) => a.top - b.top || a.x - b.x);
  const labels: (Label & { parts: Chunk[] })[] = [];
  for (const c of chunks) {
    const above = labels.find((l) => {
      const last = l.parts[l.parts.length - 1]!;
      const vgap = c.top - last.bottom;
      const narrow = Math.min(c.x2 - c.x, last.x2 - last.x);
      const wide = Math.max(c.x2 - c.x, l.x2 - l.x);
      return vgap > -0.3 * c.size && vgap <= 0.6 * c.size && overlap(c, last) >= 0.5 * narrow && Math.abs(center(c) - center(l)) <= 0.3 * wide;
    });
    if (above) {
      above.parts.push(c);
      above.text = joinWrapped(above.parts.map((p) => p.text));
      above.x = Math.min(above.x, c.x);
      above.x2 = Math.max(above.x2, c.x2);
      above.bottom = c.bottom;
    } else {
      labels.push({ text: c.text, x: c.x, x2: c.x2, top: c.top, bottom: c.bottom, size: c.size, parts: [c] });
    }
  }
  return labels.map(({ parts: _parts, ...l }) => l);
}

/** Labels with no other label under them (the lowest header cell of their column). */
function bottomMost(labels: Label[]): Label[] {
  return labels.filter((l) => !labels.some((o) => o !== l && o.top >= l.bottom - 0.2 * l.size && overlap(o, l) > 1));
}

interface Band {
  x: number;
  x2: number;
  kind: TextColumn['kind'];
}

/** Body columns: the x-ranges the body's chunks cover, merged where they overlap. */
function bands(lines: Line[]): Band[] {
  const chunks = lines.flatMap((l) => l.chunks).sort((a, b) => a.x - b.x);
  const groups: Chunk[][] = [];
  let right = -Infinity;
  for (const c of chunks) {
    const g = groups[groups.length - 1];
    if (g && c.x <= right + 0.5) {
      g.push(c);
      right = Math.max(right, c.x2);
    } else {
      groups.push([c]);
      right = c.x2;
    }
  }
  return groups.map((g) => {
    const amounts = g.filter((c) => isAmount(c.text)).length;
    const codes = g.filter((c) => isCode(c.text)).length;
    const kind: Band['kind'] = codes >= 0.6 * g.length ? 'code' : amounts >= 0.6 * g.length ? 'amount' : 'text';
    return { x: Math.min(...g.map((c) => c.x)), x2: Math.max(...g.map((c) => c.x2)), kind };
  });
}

/** Whether a label can head a body band: near it, and on the side its alignment allows. */
function fits(band: Band, label: Label): boolean {
  const size = label.size;
  if (gap(band, label) > 3 * size) return false;
  if (band.kind === 'amount') return center(label) <= band.x2 + 0.5 * size;
  if (band.kind === 'text') return center(label) >= band.x - 0.5 * size;
  return true;
}

/** The columns of a table part: body bands matched to header labels, plus empty labelled columns. */
export function columnsOf(headerLabels: Label[], body: Line[]): TextColumn[] {
  const leaves = bottomMost(headerLabels);
  const cols: TextColumn[] = bands(body).map((b) => {
    const candidates = leaves.filter((l) => fits(b, l));
    candidates.sort((p, q) => q.top - p.top || gap(b, p) - gap(b, q));
    const lowest = candidates[0];
    const best = lowest ? candidates.filter((c) => Math.abs(c.top - lowest.top) < 0.5 * c.size).sort((p, q) => gap(b, p) - gap(b, q))[0] : undefined;
    return best ? { x: b.x, x2: b.x2, leaf: best, kind: b.kind } : { x: b.x, x2: b.x2, kind: b.kind };
  });
  const used = new Set(cols.map((c) => c.leaf));
  // A label over a column with nothing printed under it heads an empty column, if it stands as
  // low as the matched leaves (a label above them, over a gap, is a group label).
  const matchedTops = cols.flatMap((c) => (c.leaf ? [c.leaf.top] : []));
  const level = matchedTops.length > 0 ? Math.min(...matchedTops) : -Infinity;
  for (const l of leaves) {
    if (used.has(l) || l.bottom <= level) continue;
    const clash = cols.some((c) => overlap(c, l) > 0 || (c.leaf && overlap(c.leaf, l) > 0));
    if (!clash) cols.push({ x: l.x, x2: l.x2, leaf: l, kind: 'amount' });
  }
  return cols.sort((a, b) => center(a) - center(b));
}

/** The extent a column claims: its body band and its label. */
function extent(c: TextColumn): { x: number; x2: number } {
  return c.leaf ? { x: Math.min(c.x, c.leaf.x), x2: Math.max(c.x2, c.leaf.x2) } : c;
}

/** The column a chunk belongs to: the one whose extent holds its centre, else the nearest. */
export function columnOf(cols: TextColumn[], chunk: { x: number; x2: number }): number {
  const cx = center(chunk);
  let best = 0;
  let bestScore = Infinity;
  cols.forEach((c, i) => {
    const e = extent(c);
    const score = cx >= e.x && cx <= e.x2 ? -overlap(e, chunk) : Math.min(Math.abs(cx - e.x), Math.abs(cx - e.x2));
    if (score < bestScore) {
      bestScore = score;
      best = i;
    }
  });
  return best;
}

/** The left and right edge of a table (its widest printed line, preamble included). */
export interface Bounds {
  x: number;
  x2: number;
}

/** Column cells: each column's extent widened to the middle of the gaps beside it, the outer ones to the table's edges. */
function cellsOf(cols: TextColumn[], bounds?: Bounds): { x: number; x2: number }[] {
  const exts = cols.map(extent);
  return exts.map((e, i) => ({
    x: i > 0 ? Math.min(e.x, (exts[i - 1]!.x2 + e.x) / 2) : Math.min(e.x, bounds?.x ?? e.x),
    x2: i + 1 < exts.length ? Math.max(e.x2, (e.x2 + exts[i + 1]!.x) / 2) : Math.max(e.x2, bounds?.x2 ?? e.x2),
  }));
}

/**
 * The columns a group label spans: a run of the columns under it (columns whose own label starts
 * below it) that holds every column the label overlaps and none another label on its line
 * overlaps, centred as nearly as possible under the label (labels are centred over their span).
 */
function spanOf(p: Label, cols: TextColumn[], line: Label[], bounds?: Bounds): number[] {
  const under = cols.map((c) => (c.leaf ? c.leaf.top >= p.bottom + 0.25 * p.size : true));
  const exts = cellsOf(cols, bounds);
  const raw = cols.map(extent);
  const own = raw.flatMap((e, i) => (under[i] && overlap(p, e) > 1 ? [i] : []));
  const others = new Set(line.filter((q) => q !== p).flatMap((q) => raw.flatMap((e, i) => (overlap(q, e) > 1 ? [i] : []))));
  if (own.length === 0) {
    const near = exts.map((e, i) => ({ i, d: Math.abs(center(e) - center(p)) })).filter((c) => under[c.i] && !others.has(c.i)).sort((a, b) => a.d - b.d)[0];
    if (!near) return [];
    own.push(near.i);
  }
  // Cell edges are estimates: of the runs centred within a font size of the best, take the widest.
  const ranges: { a: number; b: number; off: number }[] = [];
  for (let a = Math.min(...own); a >= 0 && under[a] && !others.has(a); a--) {
    for (let b = Math.max(...own); b < cols.length && under[b] && !others.has(b); b++) {
      ranges.push({ a, b, off: Math.abs((exts[a]!.x + exts[b]!.x2) / 2 - center(p)) });
    }
  }
  const least = Math.min(...ranges.map((r) => r.off));
  const pick = ranges.filter((r) => r.off <= least + p.size).sort((r, q) => q.b - q.a - (r.b - r.a) || r.off - q.off)[0];
  const best: [number, number] = pick ? [pick.a, pick.b] : [Math.min(...own), Math.max(...own)];
  return Array.from({ length: best[1] - best[0] + 1 }, (_, k) => best[0] + k);
}

/** Header rows: each column's labels from the top down, the lowest repeated to the full depth. */
export function headerRows(page: number, cols: TextColumn[], labels: Label[], bounds?: Bounds): RawCell[][] {
  if (labels.length === 0) return [];
  const leaves = new Set(cols.map((c) => c.leaf).filter((l): l is Label => l !== undefined));
  const parents = labels.filter((l) => !leaves.has(l));
  const sameLine = (a: Label, b: Label): boolean => Math.abs(a.top - b.top) < 0.5 * a.size;
  const chains: Label[][] = cols.map((c) => (c.leaf ? [c.leaf] : []));
  for (const p of parents) for (const i of spanOf(p, cols, parents.filter((q) => sameLine(p, q)), bounds)) chains[i]!.push(p);
  for (const chain of chains) chain.sort((a, b) => a.top - b.top);
  const depth = Math.max(...chains.map((c) => c.length));
  if (depth === 0) return [];
  const rows: RawCell[][] = Array.from({ length: depth }, () => []);
  chains.forEach((chain, ci) => {
    for (let r = 0; r < depth; r++) {
      const l = chain[Math.min(r, chain.length - 1)];
      const col = cols[ci]!;
      rows[r]!.push(l ? { text: l.text, at: pos(page, l.x, l.top) } : { text: '', at: pos(page, col.x, 0) });
    }
  });
  return rows;
}

function pos(page: number, x: number, y: number): { page: number; x: number; y: number } {
  return { page, x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10 };
}

interface RowDraft {
  cells: Chunk[][];
  base: number;
  top: number;
}

/** Body rows: each line's chunks put in columns, lines closer than a row apart joined. */
export function bodyRows(page: number, cols: TextColumn[], lines: Line[]): RawCell[][] {
  if (lines.length === 0) return [];
  const pitches = lines.slice(1).map((l, i) => l.base - lines[i]!.base).sort((a, b) => a - b);
  const median = pitches.length > 0 ? pitches[Math.floor(pitches.length / 2)]! : Infinity;
  const size = lines.map((l) => l.size).sort((a, b) => a - b)[Math.floor(lines.length / 2)]!;
  const tight = Math.min(1.45 * size, 0.8 * median);
  const rows: RowDraft[] = [];
  for (const line of lines) {
    const cells: Chunk[][] = cols.map(() => []);
    for (const ch of line.chunks) cells[columnOf(cols, ch)]!.push(ch);
    const prev = rows[rows.length - 1];
    if (prev && line.base - prev.base < tight && compatible(prev.cells, cells)) {
      cells.forEach((list, i) => prev.cells[i]!.push(...list));
      prev.base = line.base;
    } else {
      rows.push({ cells, base: line.base, top: line.top });
    }
  }
  return rows.filter((r) => r.cells.some((l) => l.length > 0)).map((r) =>
    r.cells.map((list, i) => {
      const sorted = [...list].sort((a, b) => a.base - b.base || a.x - b.x);
      const first = sorted[0];
      const text = joinWrapped(groupByLine(sorted).map((l) => l.map((c) => c.text).join(' ')));
      return { text, at: first ? pos(page, first.x, first.top) : pos(page, cols[i]!.x, r.top) };
    }),
  );
}

function groupByLine(chunks: Chunk[]): Chunk[][] {
  const out: Chunk[][] = [];
  for (const c of chunks) {
    const last = out[out.length - 1];
    if (last && Math.abs(last[0]!.base - c.base) < 0.4 * c.size) last.push(c);
    else out.push([c]);
  }
  return out;
}

/** Whether a line can continue the row above: it fills empty cells or continues text cells. */
function compatible(row: Chunk[][], line: Chunk[][]): boolean {
  const firstCol = line.findIndex((l) => l.length > 0);
  for (let i = 0; i < line.length; i++) {
    const add = line[i]!;
    if (add.length === 0) continue;
    const has = row[i]!;
    if (has.length === 0) continue;
    const text = add.map((c) => c.text).join('');
    if (isAmount(text) || isAmount(has.map((c) => c.text).join(''))) return false;
    if (i === firstCol && (isCode(text) || isDataLabel(text))) return false;
  }
  return true;
}
