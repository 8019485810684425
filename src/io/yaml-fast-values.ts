// The one-line values the fast YAML reader (yaml-fast.ts) takes, read as the yaml parser reads
// them: plain scalars by the YAML 1.2 core schema (a decimal a float does not hold keeps its
// text), double- and single-quoted scalars, and `{ … }` / `[ … ]` on one line. Anything else
// gives the file up to the yaml parser (giveUp).
import { sameNumber } from './json-fast.ts';

/** Thrown to give the file up to the yaml parser. */
export const GIVE_UP = new Error('not plain YAML');

export function giveUp(): never {
  throw GIVE_UP;
}

/** Collections nested deeper than a Budget ever is are left to the yaml parser. */
export const MAX_DEPTH = 64;

/** Plain keys the reader takes: identifiers, as a Budget file writes them. */
const PLAIN_KEY = /^[A-Za-z_][A-Za-z0-9_.-]*$/;
/** Characters that start a YAML indicator, not a plain scalar. */
const INDICATORS = new Set(['?', ':', ',', '[', ']', '{', '}', '#', '&', '*', '!', '|', '>', "'", '"', '%', '@', '`']);

/** A key the reader takes for `out`: an identifier the yaml parser reads as that string, not yet in `out`. */
export function takesKey(out: Record<string, unknown>, key: string): boolean {
  return key.length <= 1024 && PLAIN_KEY.test(key) && key !== '__proto__' && !RESERVED_WORDS.has(key) && !Object.prototype.hasOwnProperty.call(out, key);
}

/** Keys the yaml parser would read as something other than a string. */
const RESERVED_WORDS = new Set(['null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE']);

/** A value written after `key: ` or `- ` on one line, with an optional comment after it. */
export function inlineValue(text: string): unknown {
  const c = text[0] as string;
  if (c === '"' || c === "'" || c === '{' || c === '[') {
    const flow = new Flow(text);
    const value = flow.value();
    flow.end();
    return value;
  }
  let end = text.indexOf(' #');
  if (end < 0) end = text.length;
  return plainScalar(text.slice(0, end).replace(/ +$/, ''), false);
}

/**
 * A plain scalar by the YAML 1.2 core schema as the yaml parser resolves it, plus parse-source's
 * rule that a decimal a float does not hold exactly keeps its text. Gives up on anything else
 * that could read otherwise (other number forms, indicators, `: ` inside).
 */
function plainScalar(s: string, inFlow: boolean): unknown {
  if (s === '' || s === '~' || s === 'null' || s === 'Null' || s === 'NULL') return null;
  if (s === 'true' || s === 'True' || s === 'TRUE') return true;
  if (s === 'false' || s === 'False' || s === 'FALSE') return false;
  const c = s[0] as string;
  if (INDICATORS.has(c)) giveUp();
  if (c === '-' && (s.length === 1 || s[1] === ' ')) giveUp();
  if (s.includes(': ') || s.endsWith(':') || s.includes(' #')) giveUp();
  if (inFlow && /[,[\]{}]/.test(s)) giveUp();
  if (/^[-+]?\d+(\.\d+)?$/.test(s)) {
    const n = Number(s);
    return sameNumber(s, n) ? n : s;
  }
  // Anything else that the core schema could read as a number (exponents, .5, 1., 0x…, 0o…, .inf, .nan).
  if (/^[-+]?(\.\d|\d)/.test(s) && !/^[-+]?\d+(\.\d+)?[^\d.eE_xXoObB]/.test(s)) giveUp();
  if (/^[-+]?\.(inf|Inf|INF|nan|NaN|NAN)$/.test(s) || /^\.(nan|NaN|NAN)$/.test(s)) giveUp();
  return s;
}

/** One-line flow collections and quoted scalars. */
class Flow {
  private i = 0;
  private depth = 0;

  constructor(private readonly s: string) {}

  /** After the value: only spaces and a comment may follow. */
  end(): void {
    this.spaces();
    if (this.i < this.s.length && !(this.s[this.i] === '#' && this.s[this.i - 1] === ' ')) giveUp();
  }

  value(): unknown {
    const c = this.s[this.i];
    if (c === '"') return this.doubleQuoted();
    if (c === "'") return this.singleQuoted();
    if (c !== '{' && c !== '[') return this.plain();
    // Collections nested deeper than a Budget ever is are left to the yaml parser's own limits.
    if (++this.depth > MAX_DEPTH) giveUp();
    const value = c === '{' ? this.map() : this.seq();
    this.depth--;
    return value;
  }

  private spaces(): void {
    while (this.s.charCodeAt(this.i) === 32) this.i++;
  }

  private map(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    if (this.opens('}')) return out;
    do {
      this.spaces();
      const start = this.i;
      while (this.i < this.s.length && /[A-Za-z0-9_.-]/.test(this.s[this.i] as string)) this.i++;
      const key = this.s.slice(start, this.i);
      if (!takesKey(out, key)) giveUp();
      if (this.s[this.i] !== ':' || this.s[this.i + 1] !== ' ') giveUp();
      this.i += 2;
      this.spaces();
      out[key] = this.value();
    } while (!this.closes('}'));
    return out;
  }

  private seq(): unknown[] {
    const out: unknown[] = [];
    if (this.opens(']')) return out;
    do {
      this.spaces();
      out.push(this.value());
    } while (!this.closes(']'));
    return out;
  }

  /** Past the opening bracket: true (and past the closing one) when the collection is empty. */
  private opens(close: string): boolean {
    this.i++;
    this.spaces();
    if (this.s[this.i] !== close) return false;
    this.i++;
    return true;
  }

  /** After an entry: true past the closing bracket, false past a comma; gives up on anything else or a trailing comma. */
  private closes(close: string): boolean {
    this.spaces();
    const c = this.s[this.i];
    this.i++;
    if (c === close) return true;
    if (c !== ',') giveUp();
    this.spaces();
    if (this.s[this.i] === close) giveUp();
    return false;
  }

  /** A plain scalar inside a flow collection: up to `,`, `]` or `}`. */
  private plain(): unknown {
    const start = this.i;
    while (this.i < this.s.length && !',]}[{#'.includes(this.s[this.i] as string)) this.i++;
    if (this.s[this.i] === '#' || this.s[this.i] === '[' || this.s[this.i] === '{') giveUp();
    const text = this.s.slice(start, this.i).replace(/ +$/, '');
    if (text === '') giveUp(); // an empty entry
    return plainScalar(text, true);
  }

  private doubleQuoted(): string {
    let out = '';
    this.i++;
    let from = this.i;
    for (;;) {
      if (this.i >= this.s.length) giveUp(); // continues on the next line
      const c = this.s[this.i];
      if (c === '"') break;
      if (c === '\\') {
        out += this.s.slice(from, this.i);
        const e = this.s[this.i + 1];
        const simple = e === undefined ? undefined : ESCAPES[e];
        if (simple !== undefined) {
          out += simple;
          this.i += 2;
        } else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(this.s.slice(this.i + 2, this.i + 6))) {
          const code = parseInt(this.s.slice(this.i + 2, this.i + 6), 16);
          if (code >= 0xd800 && code <= 0xdfff) giveUp(); // surrogates: leave pairing to the parser
          out += String.fromCharCode(code);
          this.i += 6;
        } else giveUp();
        from = this.i;
      } else this.i++;
    }
    out += this.s.slice(from, this.i);
    this.i++;
    return out;
  }

  private singleQuoted(): string {
    let out = '';
    this.i++;
    for (;;) {
      const j = this.s.indexOf("'", this.i);
      if (j < 0) giveUp(); // continues on the next line
      out += this.s.slice(this.i, j);
      if (this.s[j + 1] === "'") {
        out += "'";
        this.i = j + 2;
      } else {
        this.i = j + 1;
        return out;
      }
    }
  }
}

/** The one-character escapes of double-quoted YAML the reader takes. */
const ESCAPES: Readonly<Record<string, string>> = { '\\': '\\', '"': '"', '/': '/', n: '\n', t: '\t', r: '\r', '0': '\0' };
