// Text runs grouped the way a reader sees them: lines (runs on one baseline) made of chunks (runs
// close enough to be one printed cell or phrase), plus the rules for joining text that a cell or a
// paragraph wrapped over several lines.
import type { TextRun } from './page-content.ts';

/** Runs of one line that read as one piece of text: a cell, a label, a sentence. */
export interface Chunk {
  text: string;
  x: number;
  x2: number;
  top: number;
  bottom: number;
  base: number;
  size: number;
}

export interface Line {
  page: number;
  chunks: Chunk[];
  x: number;
  x2: number;
  top: number;
  bottom: number;
  base: number;
  size: number;
  /** The chunks joined with one space. */
  text: string;
}

const FIGURE = /^[-−–]?[\d,]+(?:\.\d+)?%?$/;

/** Gap (in font sizes) above which two runs on a line are separate chunks. */
export const CHUNK_GAP = 0.6;

/** Drops the second copy of runs drawn twice at (almost) the same place (fake bold). */
export function dedupeRuns(runs: TextRun[]): TextRun[] {
  const seen = new Map<string, TextRun[]>();
  const out: TextRun[] = [];
  for (const r of runs) {
    const near = seen.get(r.text);
    if (near?.some((o) => Math.abs(o.x - r.x) < 1 && Math.abs(o.base - r.base) < 1)) continue;
    if (near) near.push(r);
    else seen.set(r.text, [r]);
    out.push(r);
  }
  return out;
}

/** Joins runs left to right, with a space where the gap between them is wider than a space. */
export function joinRuns(runs: readonly TextRun[]): string {
  let text = '';
  let prev: TextRun | undefined;
  for (const r of runs) {
    if (prev) {
      const gap = r.x - prev.x2;
      if (gap > 0.2 * Math.min(r.size, prev.size) && !text.endsWith(' ') && !r.text.startsWith(' ')) text += ' ';
    }
    text += r.text;
    prev = r;
  }
  return text.replace(/\s+/g, ' ').trim();
}

function chunkOf(runs: TextRun[]): Chunk {
  const first = runs[0]!;
  let { x, x2, top, bottom, size } = first;
  for (let i = 1; i < runs.length; i++) {
    const r = runs[i]!;
    x = Math.min(x, r.x);
    x2 = Math.max(x2, r.x2);
    top = Math.min(top, r.top);
    bottom = Math.max(bottom, r.bottom);
    size = Math.max(size, r.size);
  }
  return { text: joinRuns(runs), x, x2, top, bottom, base: first.base, size };
}

/** Splits one line's runs (sorted by x) into chunks at gaps wider than CHUNK_GAP font sizes. */
export function chunksOf(runs: TextRun[], gapFactor = CHUNK_GAP): Chunk[] {
  const sorted = [...runs].sort((a, b) => a.x - b.x);
  const chunks: Chunk[] = [];
  let current: TextRun[] = [];
  for (const r of sorted) {
    const prev = current[current.length - 1];
    const gap = prev ? r.x - prev.x2 : 0;
    // Two cells printed edge to edge (“171,915,169” then “一、一般公共服务支出”): a figure next to
    // a word with any visible gap is two chunks.
    const kinds = prev !== undefined && gap > 0.1 * Math.min(r.size, prev.size) && FIGURE.test(prev.text.trim()) !== FIGURE.test(r.text.trim());
    if (prev && (gap > gapFactor * Math.min(r.size, prev.size) || kinds)) {
      chunks.push(chunkOf(current));
      current = [];
    }
    current.push(r);
  }
  if (current.length > 0) chunks.push(chunkOf(current));
  return chunks.filter((c) => c.text !== '');
}

/** Groups a page's runs into lines, top to bottom: runs whose baselines differ by < 0.4 font size. */
export function linesOf(page: number, runs: readonly TextRun[]): Line[] {
  const sorted = [...runs].sort((a, b) => a.base - b.base || a.x - b.x);
  const groups: TextRun[][] = [];
  let current: TextRun[] = [];
  let ref = 0;
  for (const r of sorted) {
    if (current.length > 0 && r.base - ref <= 0.4 * Math.min(r.size, current[0]!.size)) {
      current.push(r);
    } else {
      if (current.length > 0) groups.push(current);
      current = [r];
      ref = r.base;
    }
  }
  if (current.length > 0) groups.push(current);
  return groups.map((g) => lineOf(page, chunksOf(g))).filter((l) => l.chunks.length > 0);
}

export function lineOf(page: number, chunks: Chunk[]): Line {
  let [x, x2, top, bottom, base, size] = [Infinity, -Infinity, Infinity, -Infinity, -Infinity, -Infinity];
  for (const c of chunks) {
    x = Math.min(x, c.x);
    x2 = Math.max(x2, c.x2);
    top = Math.min(top, c.top);
    bottom = Math.max(bottom, c.bottom);
    base = Math.max(base, c.base);
    size = Math.max(size, c.size);
  }
  return { page, chunks, x, x2, top, bottom, base, size, text: chunks.map((c) => c.text).join(' ') };
}

const ASCII_WORD_END = /[A-Za-z:;,.)\]%]$/;
const ASCII_WORD_START = /^[A-Za-z([]/;

/**
 * Joins the lines of a wrapped cell or paragraph. Chinese text wraps anywhere and is joined
 * directly (“机关事业单位基本养老保险缴费支” + “出”); a break between two Latin words or after
 * Latin punctuation stood for a space (“1、资金来源:” + “(1) 政府预算资金”); digits broken
 * across lines (a long code) are joined directly.
 */
export function joinWrapped(parts: readonly string[]): string {
  let out = '';
  for (const raw of parts) {
    const p = raw.trim();
    if (p === '') continue;
    if (out !== '' && ASCII_WORD_END.test(out) && ASCII_WORD_START.test(p)) out += ' ';
    out += p;
  }
  return out;
}

/** Text with every whitespace removed, for comparing labels. */
export function squeeze(text: string): string {
  return text.replace(/\s+/g, '');
}
