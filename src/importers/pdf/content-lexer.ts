// A tokenizer for PDF content streams (ISO 32000-1 §7.2) over bytes, for content-stream.ts:
// numbers are read as pdfjs reads them, names are kept as positions until asked for, operators
// come as a numeric code of their bytes (no string per token), and strings, arrays, dictionaries,
// comments and inline images (BI … ID … EI) are stepped over. Never throws; junk is skipped.

/** An operator's code: its bytes, up to three, little-endian (longer operators are none we read). */
export const opCode = (name: string): number => [...name].reduceRight((code, ch) => code * 256 + ch.charCodeAt(0), 0);
const ID = opCode('ID');

export const EOF = 0;
export const NUMBER = 1;
export const NAME = 2;
export const OPERATOR = 3;
/** A string, array, dictionary or keyword operand: counted, never read. */
export const OTHER = 4;

/** Byte classes: 1 white space, 2 delimiter. */
const CLASS = new Uint8Array(256);
for (const b of [0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]) CLASS[b] = 1;
for (const ch of '()<>[]{}/%') CLASS[ch.charCodeAt(0)] = 2;

/** A PDF content-stream tokenizer over bytes (ISO 32000-1 §7.2), as forgiving as pdfjs's. */
export class Lexer {
  pos = 0;
  number = 0;
  /** The last operator's code (see op()); -1 for one longer than three bytes. */
  code = 0;
  private nameStart = 0;
  private nameEnd = 0;
  constructor(private readonly bytes: Uint8Array) {}

  /** The last name operand read, without its slash. */
  name(): string {
    return latin(this.bytes, this.nameStart, this.nameEnd);
  }

  next(): number {
    const b = this.bytes;
    const n = b.length;
    for (;;) {
      while (this.pos < n && CLASS[b[this.pos]!] === 1) this.pos++;
      if (this.pos >= n) return EOF;
      const ch = b[this.pos]!;
      if (ch === 0x25 /* % */) {
        while (this.pos < n && b[this.pos] !== 0x0a && b[this.pos] !== 0x0d) this.pos++;
        continue;
      }
      if ((ch >= 0x30 && ch <= 0x39) || ch === 0x2b || ch === 0x2d || ch === 0x2e) return this.readNumber();
      if (ch === 0x2f /* / */) {
        this.nameStart = ++this.pos;
        while (this.pos < n && CLASS[b[this.pos]!] === 0) this.pos++;
        this.nameEnd = this.pos;
        return NAME;
      }
      if (ch === 0x28 /* ( */) {
        this.skipString();
        return OTHER;
      }
      if (ch === 0x3c /* < */) {
        if (b[this.pos + 1] === 0x3c) this.skipNested(0x3c, 0x3e, true);
        else this.skipHex();
        return OTHER;
      }
      if (ch === 0x5b /* [ */) {
        this.skipNested(0x5b, 0x5d, false);
        return OTHER;
      }
      if (CLASS[ch] === 2) {
        this.pos++; // a stray ) > ] { }: pdfjs skips it too
        continue;
      }
      // An operator, or a keyword operand (true, false, null: longer than any operator read here).
      const start = this.pos;
      let code = 0;
      while (this.pos < n && CLASS[b[this.pos]!] === 0) {
        if (this.pos - start < 3) code += b[this.pos]! * 256 ** (this.pos - start);
        this.pos++;
      }
      if (this.pos - start > 3) return OTHER;
      this.code = code;
      return OPERATOR;
    }
  }

  /** A number: sign, digits, one decimal point (pdfjs reads "--5" as -5 and ignores a second point). */
  private readNumber(): number {
    const b = this.bytes;
    let sign = 1;
    while (b[this.pos] === 0x2d || b[this.pos] === 0x2b) {
      if (b[this.pos] === 0x2d) sign = -1;
      this.pos++;
    }
    let value = 0;
    let scale = 0;
    for (; this.pos < b.length; this.pos++) {
      const d = b[this.pos]!;
      if (d >= 0x30 && d <= 0x39) {
        value = value * 10 + (d - 0x30);
        if (scale) scale *= 10;
      } else if (d === 0x2e && !scale) scale = 1;
      else break;
    }
    this.number = sign * (scale ? value / scale : value);
    return NUMBER;
  }

  /** A literal string: balanced parentheses, backslash escapes. */
  private skipString(): void {
    const b = this.bytes;
    let depth = 0;
    for (; this.pos < b.length; this.pos++) {
      const ch = b[this.pos];
      if (ch === 0x5c) this.pos++;
      else if (ch === 0x28) depth++;
      else if (ch === 0x29 && --depth === 0) {
        this.pos++;
        return;
      }
    }
  }

  private skipHex(): void {
    const end = this.bytes.indexOf(0x3e, this.pos);
    this.pos = end < 0 ? this.bytes.length : end + 1;
  }

  /** An array or dictionary with what it holds (strings inside skipped as strings). */
  private skipNested(open: number, close: number, double: boolean): void {
    const b = this.bytes;
    let depth = 0;
    while (this.pos < b.length) {
      const ch = b[this.pos]!;
      if (ch === 0x28) {
        this.skipString();
        continue;
      }
      if (ch === open && (!double || b[this.pos + 1] === open)) {
        depth++;
        this.pos += double ? 2 : 1;
        continue;
      }
      if (ch === close && (!double || b[this.pos + 1] === close)) {
        this.pos += double ? 2 : 1;
        if (--depth === 0) return;
        continue;
      }
      if (double && ch === 0x3c) {
        this.skipHex();
        continue;
      }
      this.pos++;
    }
  }

  /**
   * An inline image, from after BI to after EI: its dictionary up to ID, one white-space byte,
   * then binary data up to an EI that stands alone and is followed by operators (pdfjs's test).
   */
  skipInlineImage(): void {
    const b = this.bytes;
    for (;;) {
      const t = this.next();
      if (t === EOF) return;
      if (t === OPERATOR && this.code === ID) break;
    }
    this.pos++;
    for (let i = this.pos; i + 1 < b.length; i++) {
      if (b[i] !== 0x45 || b[i + 1] !== 0x49) continue;
      const before = i === 0 ? 0x20 : b[i - 1]!;
      const after = i + 2 < b.length ? b[i + 2]! : 0x20;
      if (CLASS[before] !== 1 || CLASS[after] !== 1) continue;
      if (!followedByText(b, i + 2)) continue;
      this.pos = i + 2;
      return;
    }
    this.pos = b.length;
  }
}

/** Whether the bytes after a candidate EI look like content-stream text (no binary in the next 10). */
function followedByText(b: Uint8Array, from: number): boolean {
  for (let i = from; i < Math.min(b.length, from + 10); i++) {
    const ch = b[i]!;
    if (ch > 0x7f || (ch < 0x20 && CLASS[ch] !== 1)) return false;
  }
  return true;
}

function latin(b: Uint8Array, start: number, end: number): string {
  let s = '';
  for (let i = start; i < end; i++) s += String.fromCharCode(b[i]!);
  return s;
}
