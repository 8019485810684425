// What one PDF page holds for table reading: its text runs with their boxes (points from the
// page's top-left corner, rotation applied, look-alike radicals normalised) and, when asked, the
// ruling lines and shaded boxes its drawing operators paint (table borders, header shading).
import type { PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { normalizeRadicals } from '../../core/text/radicals.ts';
import { pdfjs } from './pdfjs.ts';
import { type Matrix, multiply, apply, round, type PathData, type Paint, type Rulings, RulingCollector } from './rulings.ts';
import { contentRulings, type StreamPaths } from './content-stream.ts';

/** A piece of text as pdfjs reports it, placed on the page. */
export interface TextRun {
  text: string;
  /** Left and right edge. */
  x: number;
  x2: number;
  /** Baseline, and the top and bottom of the glyph box (top < base < bottom). */
  base: number;
  top: number;
  bottom: number;
  /** Font size in points. */
  size: number;
}

export type { Box, Rulings, Segment } from './rulings.ts';

export interface PageContent {
  page: number;
  width: number;
  height: number;
  runs: TextRun[];
  rulings?: Rulings;
}

/** The text runs of a page, in content order; whitespace-only runs are dropped. */
export async function pageRuns(page: PDFPageProxy, maxItems: number): Promise<{ runs: TextRun[]; width: number; height: number; items: number }> {
  const viewport = page.getViewport({ scale: 1 });
  const vt = viewport.transform as Matrix;
  const content = await page.getTextContent({ disableNormalization: false });
  const runs: TextRun[] = [];
  let items = 0;
  for (const item of content.items) {
    if (!('str' in item)) continue;
    items++;
    if (items > maxItems) break;
    if (item.str.trim() === '') continue;
    const m = multiply(vt, item.transform as number[]);
    const size = Math.hypot(m[2], m[3]) || Math.abs(item.height) || 1;
    const scaleX = Math.hypot(m[0], m[1]) / (Math.hypot((item.transform as number[])[0]!, (item.transform as number[])[1]!) || 1);
    const [x, base] = apply(vt, (item.transform as number[])[4]!, (item.transform as number[])[5]!);
    const width = Math.abs(item.width) * (Number.isFinite(scaleX) && scaleX > 0 ? scaleX : 1);
    const text = normalizeRadicals(item.str.replace(/\s+/g, ' '));
    runs.push({ text, x: round(x), x2: round(x + width), base: round(base), top: round(base - size * 0.88), bottom: round(base + size * 0.12), size: round(size) });
  }
  return { runs, width: round(viewport.width), height: round(viewport.height), items };
}

/**
 * The page's ruling lines and shading read from its content stream (content-stream.ts) when the
 * parser thread can send it (`paths`), else from pdfjs's operator list. A stream the fast reader
 * cannot have (over its size limit, a damaged object) is read the slow way, which reports damage.
 */
export async function readRulings(page: PDFPageProxy, paths: ((page: number) => Promise<StreamPaths>) | undefined): Promise<Rulings> {
  if (paths) {
    let stream: StreamPaths | undefined;
    try {
      stream = await paths(page.pageNumber);
    } catch {
      stream = undefined;
    }
    if (stream) return contentRulings(stream, page.getViewport({ scale: 1 }).transform);
  }
  return pageRulings(page);
}

/**
 * The ruling lines, shaded boxes and images a page paints, read from pdfjs's operator list (the
 * parser's own reading of every operator: the slow path, for pages content-stream.ts cannot read).
 */
export async function pageRulings(page: PDFPageProxy): Promise<Rulings> {
  const lib = await pdfjs();
  const OPS = lib.OPS;
  const list = await page.getOperatorList();
  const c = new RulingCollector(page.getViewport({ scale: 1 }).transform);
  const showText = new Set<number>([OPS.showText, OPS.showSpacedText, OPS.nextLineShowText, OPS.nextLineSetSpacingShowText]);
  const images = new Set<number>([OPS.paintImageXObject, OPS.paintInlineImageXObject, OPS.paintImageMaskXObject, OPS.paintImageXObjectRepeat]);
  const paints = new Map<number, Paint>([
    [OPS.fill, 'fill'],
    [OPS.eoFill, 'fill'],
    [OPS.stroke, 'stroke'],
    [OPS.closeStroke, 'stroke'],
    [OPS.fillStroke, 'both'],
    [OPS.eoFillStroke, 'both'],
    [OPS.closeFillStroke, 'both'],
    [OPS.closeEOFillStroke, 'both'],
  ]);
  for (let i = 0; i < list.fnArray.length; i++) {
    const fn = list.fnArray[i]!;
    const args = list.argsArray[i] as unknown[];
    if (fn === OPS.save) c.save();
    else if (fn === OPS.restore) c.restore();
    else if (fn === OPS.transform) c.transform(args as number[]);
    else if (fn === OPS.paintFormXObjectBegin) {
      const matrix = args[0];
      c.beginForm(Array.isArray(matrix) || ArrayBuffer.isView(matrix) ? Array.from(matrix as ArrayLike<number>) : null);
    } else if (fn === OPS.paintFormXObjectEnd) c.endForm();
    else if (fn === OPS.setLineWidth) c.setLineWidth(Number(args[0]) || 0);
    else if (fn === OPS.setFillRGBColor) c.setFill(String(args[0]));
    else if (images.has(fn)) c.image();
    else if (showText.has(fn)) c.text();
    else if (fn === OPS.constructPath) c.paint(paints.get(args[0] as number) ?? 'none', (args[1] as PathData[] | undefined)?.[0]);
  }
  return c.out;
}
