// What one PDF page holds for table reading: its text runs with their boxes (points from the
// page's top-left corner, rotation applied, look-alike radicals normalised) and, when asked, the
// ruling lines and shaded boxes its drawing operators paint (table borders, header shading).
import type { PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { normalizeRadicals } from '../../core/text/radicals.ts';
import { pdfjs } from './pdfjs.ts';

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

/** A horizontal (y1 = y2) or vertical (x1 = x2) ruling line. */
export interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface Rulings {
  horizontal: Segment[];
  vertical: Segment[];
  /** Filled boxes in a colour other than white or black: header or total-row shading. */
  shades: Box[];
  /** Images the page paints (a scan, a photo, a logo). */
  images: number;
  /** Text-showing operators on the page (compared with the text pdfjs could decode). */
  texts: number;
}

export interface PageContent {
  page: number;
  width: number;
  height: number;
  runs: TextRun[];
  rulings?: Rulings;
}

type Matrix = [number, number, number, number, number, number];

function multiply(m: Matrix, n: readonly number[]): Matrix {
  const [a, b, c, d, e, f] = n as Matrix;
  return [
    m[0] * a + m[2] * b,
    m[1] * a + m[3] * b,
    m[0] * c + m[2] * d,
    m[1] * c + m[3] * d,
    m[0] * e + m[2] * f + m[4],
    m[1] * e + m[3] * f + m[5],
  ];
}

function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

const round = (v: number): number => Math.round(v * 100) / 100;

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

/** Thickness below which a filled box is a ruling line, in points. */
const LINE = 2.5;

/**
 * The ruling lines, shaded boxes and images a page paints, read from its operator list with the
 * current transformation matrix tracked through save/restore. Curves count by their end points.
 */
export async function pageRulings(page: PDFPageProxy): Promise<Rulings> {
  const lib = await pdfjs();
  const OPS = lib.OPS;
  const viewport = page.getViewport({ scale: 1 });
  const list = await page.getOperatorList();
  const out: Rulings = { horizontal: [], vertical: [], shades: [], images: 0, texts: 0 };
  const showText = new Set<number>([OPS.showText, OPS.showSpacedText, OPS.nextLineShowText, OPS.nextLineSetSpacingShowText]);
  let ctm: Matrix = viewport.transform.slice() as Matrix;
  const stack: Matrix[] = [];
  let fill = '#000000';
  let lineWidth = 1;
  const widthStack: number[] = [];
  const fillStack: string[] = [];
  const painted = new Set<number>([OPS.fill, OPS.eoFill, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
  const stroked = new Set<number>([OPS.stroke, OPS.closeStroke, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);

  const addBox = (x1: number, y1: number, x2: number, y2: number, isFill: boolean): void => {
    const w = x2 - x1;
    const h = y2 - y1;
    if (w <= LINE && h > LINE) out.vertical.push({ x1: round((x1 + x2) / 2), x2: round((x1 + x2) / 2), y1: round(y1), y2: round(y2) });
    else if (h <= LINE && w > LINE) out.horizontal.push({ x1: round(x1), x2: round(x2), y1: round((y1 + y2) / 2), y2: round((y1 + y2) / 2) });
    else if (isFill && w > LINE && h > LINE && !/^#(?:f{6}|0{6})$/i.test(fill)) out.shades.push({ x1: round(x1), y1: round(y1), x2: round(x2), y2: round(y2) });
  };

  for (let i = 0; i < list.fnArray.length; i++) {
    const fn = list.fnArray[i]!;
    const args = list.argsArray[i] as unknown[];
    if (fn === OPS.save) {
      stack.push(ctm);
      widthStack.push(lineWidth);
      fillStack.push(fill);
    } else if (fn === OPS.restore) {
      ctm = stack.pop() ?? ctm;
      lineWidth = widthStack.pop() ?? lineWidth;
      fill = fillStack.pop() ?? fill;
    } else if (fn === OPS.transform) {
      ctm = multiply(ctm, args as number[]);
    } else if (fn === OPS.paintFormXObjectBegin) {
      stack.push(ctm);
      widthStack.push(lineWidth);
      fillStack.push(fill);
      const matrix = args[0] as number[] | null;
      if (Array.isArray(matrix) || ArrayBuffer.isView(matrix)) ctm = multiply(ctm, Array.from(matrix as ArrayLike<number>));
    } else if (fn === OPS.paintFormXObjectEnd) {
      ctm = stack.pop() ?? ctm;
      lineWidth = widthStack.pop() ?? lineWidth;
      fill = fillStack.pop() ?? fill;
    } else if (fn === OPS.setLineWidth) {
      lineWidth = Number(args[0]) || 0;
    } else if (fn === OPS.setFillRGBColor) {
      fill = String(args[0]);
    } else if (fn === OPS.setFillGray || fn === OPS.setFillCMYKColor) {
      fill = '#808080';
    } else if (fn === OPS.paintImageXObject || fn === OPS.paintInlineImageXObject || fn === OPS.paintImageMaskXObject || fn === OPS.paintImageXObjectRepeat) {
      out.images++;
    } else if (showText.has(fn)) {
      out.texts++;
    } else if (fn === OPS.constructPath) {
      const op = args[0] as number;
      const isFill = painted.has(op);
      const isStroke = stroked.has(op);
      if (!isFill && !isStroke) continue;
      const data = (args[1] as ArrayLike<number>[] | undefined)?.[0];
      if (!data) continue;
      const scale = Math.hypot(ctm[0], ctm[1]) || 1;
      const half = (lineWidth * scale) / 2;
      walkPath(data, (pts, closed) => {
        const dev = pts.map(([x, y]) => apply(ctm, x, y));
        if (isFill) {
          let [x1, x2, y1, y2] = [Infinity, -Infinity, Infinity, -Infinity];
          for (const [x, y] of dev) {
            x1 = Math.min(x1, x);
            x2 = Math.max(x2, x);
            y1 = Math.min(y1, y);
            y2 = Math.max(y2, y);
          }
          addBox(x1, y1, x2, y2, true);
        } else if (isStroke) {
          for (let k = 1; k < dev.length; k++) addSegment(out, dev[k - 1]!, dev[k]!, half);
          if (closed && dev.length > 2) addSegment(out, dev[dev.length - 1]!, dev[0]!, half);
        }
      });
    }
  }
  return out;
}

function addSegment(out: Rulings, a: [number, number], b: [number, number], half: number): void {
  const [x1, y1] = a;
  const [x2, y2] = b;
  if (Math.abs(y1 - y2) < 0.5 && Math.abs(x1 - x2) > LINE) {
    out.horizontal.push({ x1: round(Math.min(x1, x2) - half), x2: round(Math.max(x1, x2) + half), y1: round(y1), y2: round(y1) });
  } else if (Math.abs(x1 - x2) < 0.5 && Math.abs(y1 - y2) > LINE) {
    out.vertical.push({ x1: round(x1), x2: round(x1), y1: round(Math.min(y1, y2) - half), y2: round(Math.max(y1, y2) + half) });
  }
}

/**
 * Calls back with the points of each subpath of a pdfjs path (DrawOPS: 0 moveTo, 1 lineTo,
 * 2 curveTo, 3 quadraticCurveTo, 4 closePath) and whether it was closed.
 */
function walkPath(data: ArrayLike<number>, each: (pts: [number, number][], closed: boolean) => void): void {
  let pts: [number, number][] = [];
  const flush = (closed: boolean): void => {
    if (pts.length > 1) each(pts, closed);
    pts = [];
  };
  for (let i = 0; i < data.length; ) {
    const op = data[i]!;
    if (op === 0) {
      flush(false);
      pts.push([data[i + 1]!, data[i + 2]!]);
      i += 3;
    } else if (op === 1) {
      pts.push([data[i + 1]!, data[i + 2]!]);
      i += 3;
    } else if (op === 2) {
      pts.push([data[i + 5]!, data[i + 6]!]);
      i += 7;
    } else if (op === 3) {
      pts.push([data[i + 3]!, data[i + 4]!]);
      i += 5;
    } else if (op === 4) {
      const first = pts[0];
      flush(true);
      if (first) pts.push(first);
      i += 1;
    } else {
      break;
    }
  }
  flush(false);
}
