// The fast way to read a YAML Budget file: the plain block YAML people write by hand (mappings,
// `- ` lists, one-line `{ … }` and `[ … ]`, quoted and plain scalars, comments) read line by line
// into exactly the value the `yaml` parser (parse-source.ts) gives, with its YAML 1.2 core schema and
// its rule that a plain number a float cannot hold exactly keeps its text. At the first thing
// outside that subset — anchors, aliases, tags, block scalars, a scalar over several lines, a
// repeated or unusual key, an indentation the parser would refuse, anything doubtful — it gives up
// (undefined) and the `yaml` parser reads the file as before, with its errors and line numbers.
// The `yaml` parser takes 10–40 ms for a 31 KB Budget warm and about 100 ms cold; this reader,
// under a millisecond warm. The values on a line are read by yaml-fast-values.ts.
import { GIVE_UP, MAX_DEPTH, giveUp, inlineValue, takesKey } from './yaml-fast-values.ts';

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
