// The ruling lines, shaded boxes and images a page paints, collected from its drawing operations
// with the current transformation matrix, line width and fill colour tracked through save/restore.
// Two readers feed it the same operations: pdfjs's operator list (page-content.ts) and yusuan's own
// reading of the content stream (content-stream.ts), so both give the same lines by construction.

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

export type Matrix = [number, number, number, number, number, number];

export function multiply(m: Matrix, n: ArrayLike<number>): Matrix {
  const a = n[0] as number;
  const b = n[1] as number;
  const c = n[2] as number;
  const d = n[3] as number;
  const e = n[4] as number;
  const f = n[5] as number;
  return [m[0] * a + m[2] * b, m[1] * a + m[3] * b, m[0] * c + m[2] * d, m[1] * c + m[3] * d, m[0] * e + m[2] * f + m[4], m[1] * e + m[3] * f + m[5]];
}

export function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

export const round = (v: number): number => Math.round(v * 100) / 100;

/** Thickness below which a filled box is a ruling line, in points. */
const LINE = 2.5;

/** How a path is painted (PDF operators f, F, f* fill; S, s stroke; B, B*, b, b* both; n neither). */
export type Paint = 'fill' | 'stroke' | 'both' | 'none';

/**
 * Path data as pdfjs builds it (DrawOPS: 0 moveTo x y, 1 lineTo x y, 2 curveTo x1 y1 x2 y2 x y,
 * 3 quadraticCurveTo x1 y1 x y, 4 closePath), coordinates in the current user space.
 */
export type PathData = ArrayLike<number>;

/** Collects the lines of one page; the caller replays the page's drawing operations into it. */
export class RulingCollector {
  readonly out: Rulings = { horizontal: [], vertical: [], shades: [], images: 0, texts: 0 };
  private ctm: Matrix;
  private fill = '#000000';
  private lineWidth = 1;
  private readonly stack: { ctm: Matrix; fill: string; lineWidth: number }[] = [];

  /** `base`: the page's viewport transform (PDF user space to top-left points). */
  constructor(base: ArrayLike<number>) {
    this.ctm = Array.from(base) as Matrix;
  }

  save(): void {
    this.stack.push({ ctm: this.ctm, fill: this.fill, lineWidth: this.lineWidth });
  }

  restore(): void {
    const s = this.stack.pop();
    if (!s) return;
    this.ctm = s.ctm;
    this.fill = s.fill;
    this.lineWidth = s.lineWidth;
  }

  transform(m: ArrayLike<number>): void {
    this.ctm = multiply(this.ctm, m);
  }

  /** A form XObject: its matrix applies until endForm. */
  beginForm(matrix: ArrayLike<number> | null | undefined): void {
    this.save();
    if (matrix && matrix.length === 6) this.transform(matrix);
  }

  endForm(): void {
    this.restore();
  }

  setLineWidth(w: number): void {
    this.lineWidth = w;
  }

  /** The fill colour as pdfjs reports it (#rrggbb). */
  setFill(hex: string): void {
    this.fill = hex;
  }

  image(): void {
    this.out.images++;
  }

  text(): void {
    this.out.texts++;
  }

  /** A path, painted as `paint`. */
  paint(paint: Paint, data: PathData | null | undefined): void {
    if (paint === 'none' || !data) return;
    const ctm = this.ctm;
    const scale = Math.hypot(ctm[0], ctm[1]) || 1;
    const half = (this.lineWidth * scale) / 2;
    walkPath(data, (pts, closed) => {
      const dev = pts.map(([x, y]) => apply(ctm, x, y));
      if (paint === 'fill' || paint === 'both') {
        let [x1, x2, y1, y2] = [Infinity, -Infinity, Infinity, -Infinity];
        for (const [x, y] of dev) {
          x1 = Math.min(x1, x);
          x2 = Math.max(x2, x);
          y1 = Math.min(y1, y);
          y2 = Math.max(y2, y);
        }
        this.addBox(x1, y1, x2, y2);
      } else {
        for (let k = 1; k < dev.length; k++) this.addSegment(dev[k - 1]!, dev[k]!, half);
        if (closed && dev.length > 2) this.addSegment(dev[dev.length - 1]!, dev[0]!, half);
      }
    });
  }

  private addBox(x1: number, y1: number, x2: number, y2: number): void {
    const out = this.out;
    const w = x2 - x1;
    const h = y2 - y1;
    if (w <= LINE && h > LINE) out.vertical.push({ x1: round((x1 + x2) / 2), x2: round((x1 + x2) / 2), y1: round(y1), y2: round(y2) });
    else if (h <= LINE && w > LINE) out.horizontal.push({ x1: round(x1), x2: round(x2), y1: round((y1 + y2) / 2), y2: round((y1 + y2) / 2) });
    else if (w > LINE && h > LINE && !/^#(?:f{6}|0{6})$/i.test(this.fill)) out.shades.push({ x1: round(x1), y1: round(y1), x2: round(x2), y2: round(y2) });
  }

  private addSegment(a: [number, number], b: [number, number], half: number): void {
    const out = this.out;
    const [x1, y1] = a;
    const [x2, y2] = b;
    if (Math.abs(y1 - y2) < 0.5 && Math.abs(x1 - x2) > LINE) {
      out.horizontal.push({ x1: round(Math.min(x1, x2) - half), x2: round(Math.max(x1, x2) + half), y1: round(y1), y2: round(y1) });
    } else if (Math.abs(x1 - x2) < 0.5 && Math.abs(y1 - y2) > LINE) {
      out.vertical.push({ x1: round(x1), x2: round(x1), y1: round(Math.min(y1, y2) - half), y2: round(Math.max(y1, y2) + half) });
    }
  }
}

/** Calls back with the points of each subpath (curves by their end points) and whether it was closed. */
function walkPath(data: PathData, each: (pts: [number, number][], closed: boolean) => void): void {
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
