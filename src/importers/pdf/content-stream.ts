// yusuan's own reading of a page's content stream for its drawing: the ruling lines and shading
// of tables, without pdfjs's operator list (which decodes every text operator's glyphs with the
// fonts, a third of a table page's parse). Only the operators that place or paint paths count
// (q Q cm w, colour, path construction and painting, Do, BI…EI, text showing for the count);
// everything else is stepped over. The paths are built exactly as pdfjs builds them (the same
// operations, coordinates as 32-bit floats) and fed to the same RulingCollector.
import { EOF, Lexer, NAME, NUMBER, OTHER, opCode } from './content-lexer.ts';
import { type Paint, RulingCollector, type Rulings } from './rulings.ts';

/** A colour space named in a resource dictionary, as far as lines care. */
export type ColorKind = 'gray' | 'rgb' | 'cmyk' | 'pattern' | 'other';

/** What the parser thread sends for a page (or a form XObject): decoded content and its resources. */
export interface StreamPaths {
  content: Uint8Array;
  xobjects: Record<string, XObjectPaths>;
  colorSpaces: Record<string, ColorKind>;
}

export type XObjectPaths = { kind: 'image' } | ({ kind: 'form'; matrix: number[] | null } & StreamPaths);

/** Forms nested deeper than this are not followed (pdfjs stops on cycles; this also bounds work). */
const MAX_DEPTH = 12;
/**
 * Bytes read for one page, forms counted each time they are drawn: a form drawing another ten
 * times, that one another ten times … (a “billion laughs” file) stops here instead of running on.
 */
const MAX_BYTES_READ = 64 * 1024 * 1024;

/** The rulings of a page from its content stream; `base` is the page's viewport transform. */
export function contentRulings(page: StreamPaths, base: ArrayLike<number>): Rulings {
  const c = new RulingCollector(base);
  run(page, c, 0, { left: MAX_BYTES_READ });
  return c.out;
}

const op = opCode;

const PAINTS = new Map<number, Paint>([
  [op('f'), 'fill'],
  [op('F'), 'fill'],
  [op('f*'), 'fill'],
  [op('S'), 'stroke'],
  [op('s'), 'stroke'],
  [op('B'), 'both'],
  [op('B*'), 'both'],
  [op('b'), 'both'],
  [op('b*'), 'both'],
  [op('n'), 'none'],
]);
const CLOSING = new Set([op('s'), op('b'), op('b*')]);
const TEXT_SHOWING = new Set([op('Tj'), op('TJ'), op("'"), op('"')]);
const [Q_SAVE, Q_RESTORE, CM, W, G, RG, K, CS, SC, SCN, RE, M, L, C, V, Y, H, DO, BI] = ['q', 'Q', 'cm', 'w', 'g', 'rg', 'k', 'cs', 'sc', 'scn', 're', 'm', 'l', 'c', 'v', 'y', 'h', 'Do', 'BI'].map(op) as number[] as [number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number];

/** pdfjs's DeviceCMYK to RGB polynomial (pdf.js src/core/colorspace.js, Apache-2.0). */
function cmykToRgb(c: number, m: number, y: number, k: number): [number, number, number] {
  return [
    255 + c * (-4.387332384609988 * c + 54.48615194189176 * m + 18.82290502165302 * y + 212.25662451639585 * k + -285.2331026137004) + m * (1.7149763477362134 * m - 5.6096736904047315 * y + -17.873870861415444 * k - 5.497006427196366) + y * (-2.5217340131683033 * y - 21.248923337353073 * k + 17.5119270841813) + k * (-21.86122147463605 * k - 189.48180835922747),
    255 + c * (8.841041422036149 * c + 60.118027045597366 * m + 6.871425592049007 * y + 31.159100130055922 * k + -79.2970844816548) + m * (-15.310361306967817 * m + 17.575251261109482 * y + 131.35250912493976 * k - 190.9453302588951) + y * (4.444339102852739 * y + 9.8632861493405 * k - 24.86741582555878) + k * (-20.737325471181034 * k - 187.80453709719578),
    255 + c * (0.8842522430003296 * c + 8.078677503112928 * m + 30.89978309703729 * y - 0.23883238689178934 * k + -14.183576799673286) + m * (10.49593273432072 * m + 63.02378494754052 * y + 50.606957656360734 * k - 112.23884253719248) + y * (0.03296041114873217 * y + 115.60384449646641 * k + -193.58209356861505) + k * (-22.33816807309886 * k - 180.12613974708367),
  ];
}

const clamped = new Uint8ClampedArray(3);

/** #rrggbb as pdfjs makes it (components to 0…255 through a clamped byte array). */
function hex(r: number, g: number, b: number): string {
  clamped[0] = r;
  clamped[1] = g;
  clamped[2] = b;
  return `#${[...clamped].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}

/** The fill colour of `n` components in a colour space of this kind; undefined: unchanged. */
function colour(kind: ColorKind, n: number[]): string | undefined {
  if (kind === 'gray' && n.length >= 1) return hex(n[0]! * 255, n[0]! * 255, n[0]! * 255);
  if (kind === 'rgb' && n.length >= 3) return hex(n[0]! * 255, n[1]! * 255, n[2]! * 255);
  if (kind === 'cmyk' && n.length >= 4) return hex(...cmykToRgb(n[0]!, n[1]!, n[2]!, n[3]!));
  // Separation, Lab, Indexed …: some colour that is neither white nor black.
  if (kind === 'other') return '#808080';
  return undefined;
}

const f32 = Math.fround;

/** Runs one content stream (a page's or a form's) into the collector. */
function run(stream: StreamPaths, c: RulingCollector, depth: number, budget: { left: number }): void {
  budget.left -= stream.content.length;
  if (budget.left < 0) return;
  const lexer = new Lexer(stream.content);
  const nums: number[] = [];
  /** Whether a name operand came since the last operator (lexer.name() reads the last one). */
  let named = false;
  let fillSpace: ColorKind = 'gray';
  const spaces: ColorKind[] = [];
  const path: number[] = [];
  let cx = 0;
  let cy = 0;
  // An operator takes its last k numeric operands (pdfjs drops extra ones, and the operator when too few).
  const last = (k: number): number[] | undefined => (nums.length >= k ? nums.slice(nums.length - k) : undefined);
  for (;;) {
    const t = lexer.next();
    if (t === EOF) break;
    if (t === NUMBER) {
      nums.push(lexer.number);
      continue;
    }
    if (t === NAME) {
      named = true;
      continue;
    }
    if (t === OTHER) continue;
    const code = lexer.code;
    switch (code) {
      case Q_SAVE:
        c.save();
        spaces.push(fillSpace);
        break;
      case Q_RESTORE:
        c.restore();
        fillSpace = spaces.pop() ?? fillSpace;
        break;
      case CM: {
        const a = last(6);
        if (a) c.transform(a);
        break;
      }
      case W: {
        const a = last(1);
        if (a) c.setLineWidth(a[0] || 0);
        break;
      }
      case G:
      case RG:
      case K: {
        const kind: ColorKind = code === G ? 'gray' : code === RG ? 'rgb' : 'cmyk';
        const a = last(code === G ? 1 : code === RG ? 3 : 4);
        fillSpace = kind;
        if (a) c.setFill(colour(kind, a) as string);
        break;
      }
      case CS:
        if (named) fillSpace = spaceKind(lexer.name(), stream.colorSpaces);
        break;
      case SC:
      case SCN: {
        if (fillSpace === 'pattern') break;
        const n = fillSpace === 'gray' ? 1 : fillSpace === 'rgb' ? 3 : fillSpace === 'cmyk' ? 4 : nums.length;
        const a = last(n);
        const hexed = a ? colour(fillSpace, a) : undefined;
        if (hexed) c.setFill(hexed);
        break;
      }
      case RE: {
        const a = last(4);
        if (!a) break;
        const [x, y, w, h] = a as [number, number, number, number];
        cx = x;
        cy = y;
        const xw = x + w;
        const yh = y + h;
        if (w === 0 || h === 0) path.push(0, f32(x), f32(y), 1, f32(xw), f32(yh), 4);
        else path.push(0, f32(x), f32(y), 1, f32(xw), f32(y), 1, f32(xw), f32(yh), 1, f32(x), f32(yh), 4);
        break;
      }
      case M:
      case L: {
        const a = last(2);
        if (!a) break;
        cx = a[0]!;
        cy = a[1]!;
        path.push(code === M ? 0 : 1, f32(cx), f32(cy));
        break;
      }
      case C: {
        const a = last(6);
        if (!a) break;
        path.push(2, ...a.map(f32));
        cx = a[4]!;
        cy = a[5]!;
        break;
      }
      case V: {
        const a = last(4);
        if (!a) break;
        path.push(2, f32(cx), f32(cy), f32(a[0]!), f32(a[1]!), f32(a[2]!), f32(a[3]!));
        cx = a[2]!;
        cy = a[3]!;
        break;
      }
      case Y: {
        const a = last(4);
        if (!a) break;
        path.push(2, f32(a[0]!), f32(a[1]!), f32(a[2]!), f32(a[3]!), f32(a[2]!), f32(a[3]!));
        cx = a[2]!;
        cy = a[3]!;
        break;
      }
      case H:
        path.push(4);
        break;
      case DO: {
        const key = named ? lexer.name() : undefined;
        const x = key !== undefined && Object.hasOwn(stream.xobjects, key) ? stream.xobjects[key] : undefined;
        if (x?.kind === 'image') c.image();
        else if (x?.kind === 'form' && depth < MAX_DEPTH) {
          c.beginForm(x.matrix);
          run(x, c, depth + 1, budget);
          c.endForm();
        }
        break;
      }
      case BI:
        lexer.skipInlineImage();
        c.image();
        break;
      default: {
        const paint = PAINTS.get(code);
        if (paint !== undefined) {
          if (CLOSING.has(code)) path.push(4);
          c.paint(paint, path.length > 0 ? Float32Array.from(path) : null);
          path.length = 0;
        } else if (TEXT_SHOWING.has(code)) c.text();
      }
    }
    nums.length = 0;
    named = false;
  }
}

/** The kind of a colour space named by `cs`: a device family or a resource. */
function spaceKind(name: string, resources: Record<string, ColorKind>): ColorKind {
  if (name === 'DeviceGray' || name === 'G') return 'gray';
  if (name === 'DeviceRGB' || name === 'RGB') return 'rgb';
  if (name === 'DeviceCMYK' || name === 'CMYK') return 'cmyk';
  if (name === 'Pattern') return 'pattern';
  return Object.hasOwn(resources, name) ? (resources[name] as ColorKind) : 'other';
}
