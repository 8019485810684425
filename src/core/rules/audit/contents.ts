// The 目录 as printed against the tables: which contents lines list tables (“1. 2023年部门财务收支
// 预算总表”, “一、部门收支预算表”), their titles reduced for comparison (numbering, dot leaders, page
// numbers, the year, 区级 / 市级, spaces and look-alike brackets dropped), how alike two titles are,
// and the longest run of matched tables already in order. Pure.
import { foldName } from './text.ts';

export interface ContentsEntry {
  /** Position in meta.contents. */
  index: number;
  text: string;
  /** The title without numbering, leaders and page number. */
  title: string;
  /** Numbering style: 'cn' (一、), 'arabic' (1.), 'paren' (（一）), '' none. */
  style: 'cn' | 'arabic' | 'paren' | '';
}

const NUMBER = /^\s*(?:([一二三四五六七八九十]+)\s*、|(\d+)\s*[.．、]|[（(]([一二三四五六七八九十\d]+)[）)])\s*/;

export function parseEntry(text: string, index: number): ContentsEntry {
  const line = text.replace(/^\s*[-•]\s*/, '');
  const m = NUMBER.exec(line);
  const style = !m ? '' : m[1] ? 'cn' : m[2] ? 'arabic' : 'paren';
  const title = line.slice(m ? m[0].length : 0)
    .replace(/[.．…·\s]{3,}\s*\d*\s*$/, '')
    .replace(/\s+\d+\s*$/, '')
    .trim();
  return { index, text, title, style };
}

/**
 * The contents lines that list tables: titles ending in 表, without a group line (五、部门预算表 /
 * 附件：…预算表) that only introduces the tables listed under it in another numbering.
 */
export function tableEntries(contents: readonly string[]): ContentsEntry[] {
  const entries = contents.map(parseEntry);
  return entries.filter((e, i) => {
    if (!/表$/.test(e.title) || /^附件/.test(e.title) || /^附表$/.test(e.title)) return false;
    const next = entries[i + 1];
    const group = next !== undefined && /表$/.test(next.title) && next.style !== e.style;
    return !group;
  });
}

/** A title reduced for comparison: no year, no 区级 / 市级, folded brackets and quotes. */
export function titleKey(title: string): string {
  return foldName(title)
    .replace(/^\d{4}年度?/, '')
    .replace(/^[区市县省]级/, '')
    .replace(/\(\d{4}年度?\)$/, '');
}

/** The year a title names, if any. */
export function titleYear(title: string): number | undefined {
  const m = /(\d{4})\s*年/.exec(title);
  return m ? Number(m[1]) : undefined;
}

/** How alike two reduced titles are: 2 × common characters in order ÷ total length (0 … 1). */
export function similarity(a: string, b: string): number {
  if (!a.length || !b.length) return 0;
  const prev = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    let diag = 0;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j] as number;
      prev[j] = a[i - 1] === b[j - 1] ? diag + 1 : Math.max(up, prev[j - 1] as number);
      diag = up;
    }
  }
  return (2 * (prev[b.length] as number)) / (a.length + b.length);
}

/** Indexes (into xs) of one longest strictly increasing run: the entries already in order. */
export function inOrder(xs: readonly number[]): Set<number> {
  const best = xs.map(() => 1);
  const prev = xs.map(() => -1);
  for (let i = 0; i < xs.length; i++) {
    for (let j = 0; j < i; j++) {
      if ((xs[j] as number) < (xs[i] as number) && (best[j] as number) + 1 > (best[i] as number)) {
        best[i] = (best[j] as number) + 1;
        prev[i] = j;
      }
    }
  }
  let end = 0;
  best.forEach((b, i) => {
    if (b > (best[end] as number)) end = i;
  });
  const out = new Set<number>();
  for (let k = xs.length ? end : -1; k >= 0; k = prev[k] as number) out.add(k);
  return out;
}
