// The fast way to read a YAML Budget file: the plain block YAML people write by hand (mappings,
// `- ` lists, one-line `{ … }` and `[ … ]`, quoted and plain scalars, comments) read line by line
// into exactly the value the `yaml` parser (parse-source.ts) gives, with its YAML 1.2 core schema and
// its rule that a plain number a float cannot hold exactly keeps its text. At the first thing
// outside that subset — anchors, aliases, tags, block scalars, a scalar over several lines, a
// repeated or unusual key, an indentation the parser would refuse, anything doubtful — it gives up
// (undefined) and the `yaml` parser reads the file as before, with its errors and line numbers.
// The `yaml` parser takes 10–40 ms for a 31 KB Budget warm and about 100 ms cold; this reader,
// under a millisecond warm.
import { sameNumber } from './json-fast.ts';

/** The value of `text` when it is plain YAML that the yaml parser reads the same, else undefined. */
export function parseYamlFast(text: string): { value: Record<string, unknown> } | undefined {
  const lines = splitLines(text);
  if (lines === undefined) return undefined;
  const reader = new Reader(lines);
  try {
    const first = reader.next(0);
    if (first < 0 || (lines[first] as Line).indent !== 0) return undefined;
    const value = reader.block(0, 0);
    if (reader.next(reader.at) >= 0) return undefined; // something left over
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
    return { value: value as Record<string, unknown> };
  } catch (e) {
    if (e === GIVE_UP) return undefined;
    throw e;
  }
}

/** Thrown inside the reader to give the file up to the yaml parser. */
const GIVE_UP = new Error('not plain YAML');

function giveUp(): never {
  throw GIVE_UP;
}

interface Line {
  indent: number;
  /** The line after its indentation; '' for a blank or comment-only line. */
  text: string;
}

/** Lines with their indentation; undefined for what the reader does not take (tabs, lone CR, BOM, documents, directives). */
function splitLines(text: string): Line[] | undefined {
  if (text.length === 0 || text.charCodeAt(0) === 0xfeff) return undefined;
  // Tabs (indentation the yaml parser refuses), control characters, and the characters YAML
  // may read as line breaks or byte-order marks.
  if (/[\t\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u0085\u2028\u2029\ufeff]/.test(text)) return undefined;
  const out: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    let stop = end;
    if (stop > start && text.charCodeAt(stop - 1) === 13) stop--;
    const raw = text.slice(start, stop);
    if (raw.includes('\r')) return undefined;
    let indent = 0;
    while (indent < raw.length && raw.charCodeAt(indent) === 32) indent++;
    let body = raw.slice(indent);
    if (body.startsWith('#')) body = '';
    // Document markers and directives start a line at column 0.
    if (indent === 0 && (body.startsWith('---') || body.startsWith('...') || body.startsWith('%'))) return undefined;
    out.push({ indent, text: body.replace(/ +$/, '') });
    start = end + 1;
  }
  return out;
}

/** Plain keys the reader takes: identifiers, as a Budget file writes them. */
const PLAIN_KEY = /^[A-Za-z_][A-Za-z0-9_.-]*$/;
/** Characters that start a YAML indicator, not a plain scalar. */
const INDICATORS = new Set(['?', ':', ',', '[', ']', '{', '}', '#', '&', '*', '!', '|', '>', "'", '"', '%', '@', '`']);
const MAX_DEPTH = 64;

class Reader {
  /** The line the reader is at. */
  at = 0;
  private depth = 0;

  constructor(private readonly lines: readonly Line[]) {}

  /** The next line from `from` that has content, or -1. */
  next(from: number): number {
    for (let i = from; i < this.lines.length; i++) if ((this.lines[i] as Line).text !== '') return i;
    return -1;
  }

  /** A block mapping or sequence whose entries start at column `indent`, from the line `at`. */
  block(at: number, indent: number): unknown {
    if (++this.depth > MAX_DEPTH) giveUp();
    const line = this.lines[this.next(at)] as Line;
    const value = isItem(line.text) ? this.sequence(indent) : this.mapping(indent, undefined);
    this.depth--;
    return value;
  }

  /** Block mapping entries at column `indent`; `first` is the text of an entry already begun on an item line. */
  private mapping(indent: number, first: string | undefined): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    let pending = first;
    for (;;) {
      let text: string;
      if (pending !== undefined) {
        text = pending;
        pending = undefined;
      } else {
        const i = this.next(this.at);
        if (i < 0) break;
        const line = this.lines[i] as Line;
        if (line.indent < indent) break;
        if (line.indent > indent) giveUp();
        if (isItem(line.text)) break; // a sequence at the parent key's column ends here
        this.at = i + 1;
        text = line.text;
      }
      // (An entry begun on an item line: `at` is already past that line.)
      const colon = keyEnd(text);
      if (colon < 0) giveUp();
      const key = text.slice(0, colon);
      if (!takesKey(out, key)) giveUp();
      const rest = text.slice(colon + 1).replace(/^ +/, '');
      if (rest === '' || rest.startsWith('#')) {
        out[key] = this.nested(indent);
      } else {
        out[key] = inlineValue(rest);
        this.noContinuation(indent);
      }
    }
    return out;
  }

  /** Block sequence items (`- …`) at column `indent`. */
  private sequence(indent: number): unknown[] {
    const out: unknown[] = [];
    for (;;) {
      const i = this.next(this.at);
      if (i < 0) break;
      const line = this.lines[i] as Line;
      if (line.indent < indent) break;
      if (line.indent > indent) giveUp();
      // Not an item: the next key of a mapping whose key this sequence (at the key's column) belongs to.
      if (!isItem(line.text)) break;
      this.at = i + 1;
      const rest = line.text.slice(1).replace(/^ +/, '');
      if (rest === '' || rest.startsWith('#')) {
        const j = this.next(this.at);
        if (j < 0 || (this.lines[j] as Line).indent <= indent) out.push(null);
        else out.push(this.block(j, (this.lines[j] as Line).indent));
      } else if (isItem(rest)) {
        giveUp(); // - - nested on one line
      } else if (keyEnd(rest) >= 0 && !startsFlowOrQuote(rest)) {
        // - key: value, the item's mapping at the column of its first key.
        const column = indent + (line.text.length - rest.length);
        if (++this.depth > MAX_DEPTH) giveUp();
        out.push(this.mapping(column, rest));
        this.depth--;
      } else {
        out.push(inlineValue(rest));
        this.noContinuation(indent);
      }
    }
    return out;
  }

  /** The value of `key:` with nothing after it: a nested block, a sequence at the key's column, or null. */
  private nested(indent: number): unknown {
    const j = this.next(this.at);
    if (j < 0) return null;
    const line = this.lines[j] as Line;
    if (line.indent > indent) return this.block(j, line.indent);
    if (line.indent === indent && isItem(line.text)) return this.block(j, indent);
    return null;
  }

  /** Gives up when the line after an inline value is indented deeper (a scalar continued, or bad indentation). */
  private noContinuation(indent: number): void {
    const j = this.next(this.at);
    if (j >= 0 && (this.lines[j] as Line).indent > indent) giveUp();
  }
}

/** A key the reader takes for `out`: an identifier the yaml parser reads as that string, not yet in `out`. */
function takesKey(out: Record<string, unknown>, key: string): boolean {
  return key.length <= 1024 && PLAIN_KEY.test(key) && key !== '__proto__' && !RESERVED_WORDS.has(key) && !Object.prototype.hasOwnProperty.call(out, key);
}

/** Keys the yaml parser would read as something other than a string. */
const RESERVED_WORDS = new Set(['null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE']);

/** True for a sequence item: `-` alone or followed by a space. */
function isItem(text: string): boolean {
  return text === '-' || text.startsWith('- ');
}

function startsFlowOrQuote(text: string): boolean {
  const c = text[0];
  return c === '{' || c === '[' || c === '"' || c === "'";
}

/** The index of the colon that ends a plain key (followed by a space or the end), or -1. */
function keyEnd(text: string): number {
  const i = text.indexOf(':');
  if (i <= 0) return -1;
  return i === text.length - 1 || text.charCodeAt(i + 1) === 32 ? i : -1;
}

/** A value written after `key: ` or `- ` on one line, with an optional comment after it. */
function inlineValue(text: string): unknown {
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
