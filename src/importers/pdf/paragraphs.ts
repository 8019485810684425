// Narrative text rebuilt from its printed lines: wrapped lines joined into paragraphs, a new
// paragraph where a line is indented or centred, opens with a numbered heading, or follows a line
// that stopped short of the right margin; a paragraph broken by a page end continues on the next.
import type { RawParagraph } from '../../core/import/raw.ts';
import type { Line } from './lines.ts';
import { joinWrapped } from './lines.ts';
import { endsSentence, isNumberedHeading } from './patterns.ts';

interface Margins {
  left: number;
  right: number;
}

function marginsOf(lines: Line[]): Margins {
  const body = lines.filter((l) => l.text.replace(/\s/g, '').length >= 6);
  const use = body.length > 0 ? body : lines;
  return { left: Math.min(...use.map((l) => l.x)), right: Math.max(...use.map((l) => l.x2)) };
}

const CAPTION = /^图\s*\d+[\s　:：.、]/;

/**
 * Drops figures: a caption line (图1 …, with the lines it wraps onto) and, above it, the chart's
 * labels and figures — the short or broken-up lines back to the last sentence end or heading.
 */
export function withoutFigures(lines: Line[]): Line[] {
  const drop = new Set<number>();
  lines.forEach((l, i) => {
    if (!CAPTION.test(l.text.trim())) return;
    drop.add(i);
    for (let k = i + 1, n = 0; !endsSentence(lines[k - 1]!.text) && k < lines.length && n < 2; k++, n++) drop.add(k);
    for (let k = i - 1; k >= 0 && !drop.has(k); k--) {
      const p = lines[k]!;
      if (endsSentence(p.text) || isNumberedHeading(p.text) || CAPTION.test(p.text.trim())) break;
      if (p.chunks.length < 2 && p.text.length >= 30) break;
      drop.add(k);
    }
  });
  return lines.filter((_, i) => !drop.has(i));
}

/** Joins the narrative lines (in reading order, several pages) into paragraphs; figures are left out. */
export function paragraphsOf(all: Line[]): RawParagraph[] {
  const lines = withoutFigures(all);
  const margins = new Map<number, Margins>();
  for (const page of new Set(lines.map((l) => l.page))) margins.set(page, marginsOf(lines.filter((l) => l.page === page)));
  const out: { parts: string[]; first: Line; last: Line }[] = [];
  for (const line of lines) {
    const m = margins.get(line.page)!;
    const prev = out[out.length - 1];
    let fresh = !prev;
    if (prev) {
      const last = prev.last;
      const lm = margins.get(last.page)!;
      const indented = line.x > m.left + 0.8 * line.size;
      const shortPrev = last.x2 < lm.right - 2.5 * last.size;
      const sizeChange = Math.abs(line.size - last.size) > 0.15 * last.size;
      const farBelow = line.page === last.page && line.top - last.bottom > 1.6 * line.size;
      fresh = indented || shortPrev || sizeChange || farBelow || isNumberedHeading(line.text) || (endsSentence(last.text) && shortPrev);
      if (line.page !== last.page && !indented && !endsSentence(last.text) && !isNumberedHeading(line.text) && !sizeChange && !shortPrev) fresh = false;
    }
    if (fresh) out.push({ parts: [line.text], first: line, last: line });
    else {
      prev!.parts.push(line.text);
      prev!.last = line;
    }
  }
  return out.map((p) => ({
    text: joinWrapped(p.parts),
    at: { page: p.first.page, x: Math.round(p.first.x * 10) / 10, y: Math.round(p.first.top * 10) / 10 },
  }));
}
