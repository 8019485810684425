// Page furniture that is not content: footers and page numbers (第 1 页 共 26 页, - 3 -) and running
// headers (the same line at the top of most pages, e.g. the document title yusuan prints above
// every page). Removed from each page's lines and runs before the page is read.
import type { Line } from './lines.ts';
import { squeeze } from './lines.ts';
import type { TextRun } from './page-content.ts';
import { isFooterText } from './patterns.ts';

export interface PageLines {
  page: number;
  width: number;
  height: number;
  lines: Line[];
  runs: TextRun[];
}

const inTop = (l: Line, p: PageLines): boolean => l.bottom < Math.max(0.09 * p.height, 40);
const inBottom = (l: Line, p: PageLines): boolean => l.top > p.height - Math.max(0.1 * p.height, 45);

/** Removes footers, page numbers and running headers from every page (in place). */
export function stripRunning(pages: PageLines[]): void {
  const topCounts = new Map<string, number>();
  for (const p of pages) {
    const seen = new Set<string>();
    for (const l of p.lines) if (inTop(l, p)) seen.add(squeeze(l.text));
    for (const t of seen) topCounts.set(t, (topCounts.get(t) ?? 0) + 1);
  }
  const running = new Set([...topCounts].filter(([, n]) => n >= 2 && n >= 0.5 * pages.length).map(([t]) => t));
  for (const p of pages) {
    const drop = p.lines.filter(
      (l) =>
        (/^第\s*\d+\s*页\s*[,，/]?\s*共\s*\d+\s*页$/.test(l.text.trim())) ||
        ((inBottom(l, p) || inTop(l, p)) && l.chunks.length === 1 && isFooterText(l.text)) ||
        (inTop(l, p) && running.has(squeeze(l.text))),
    );
    if (drop.length === 0) continue;
    const boxes = drop.map((l) => ({ top: l.top - 0.5, bottom: l.bottom + 0.5, x: l.x - 0.5, x2: l.x2 + 0.5 }));
    p.lines = p.lines.filter((l) => !drop.includes(l));
    p.runs = p.runs.filter((r) => {
      const cy = (r.top + r.bottom) / 2;
      return !boxes.some((b) => cy >= b.top && cy <= b.bottom && r.x >= b.x && r.x2 <= b.x2);
    });
  }
}
