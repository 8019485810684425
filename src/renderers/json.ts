// JSON renderer (标准 JSON): the canonical Document as pretty JSON — 2-space indent, keys in the
// model's declared order (not insertion order), rows kept one line per leaf array so diffs stay
// readable, amounts as integer 分 — and its reader, which validates with the Document schema and
// names the JSON path of any problem.
import type { Column, DocTable, Document, NarrativeSection, Row } from '../core/model/document.ts';
import { DocumentValidationError, validateDocument } from '../core/model/document-schema.ts';

/** Written as the JSON's first key, "$comment", so a reader knows what the numbers are. */
export const AMOUNTS_COMMENT =
  '金额均为整数分（1 元 = 100 分，1 万元 = 1,000,000 分）；各表按其 unit 与 decimals 打印。' +
  ' Amounts are integer 分 (fen); see each table’s unit and decimals for printing.';

/** Renders the document as canonical, pretty JSON (UTF-8 text, ending in a newline). */
export function renderJson(doc: Document): string {
  return `${writeDocument(doc)}\n`;
}

/**
 * Reads a document written by renderJson (or anyone following the schema). Throws
 * DocumentValidationError naming the first problem's path, e.g.
 * "tables[2].rows[5].cells[3]: 应为整数（分）".
 */
export function parseDocumentJson(text: string): Document {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    throw new DocumentValidationError([{ path: '', message: `不是有效的 JSON：${detail}` }]);
  }
  return validateDocument(value);
}

// ---- writing: the structure is fixed, so each level is written straight into one string ----

type Scalar = string | number | boolean | null;

function scalar(v: Scalar): string {
  return typeof v === 'string' ? JSON.stringify(v) : v === null ? 'null' : String(v);
}

/** A one-line array of scalars: ["科目编码", "类"]. */
function line(values: readonly Scalar[]): string {
  let out = '[';
  for (let i = 0; i < values.length; i++) out += (i ? ', ' : '') + scalar(values[i]!);
  return `${out}]`;
}

/** A one-line object of scalars: { "row": 0, "col": 1 }. */
function flat(fields: readonly (readonly [string, Scalar])[]): string {
  if (fields.length === 0) return '{}';
  let out = '{ ';
  for (let i = 0; i < fields.length; i++) out += `${i ? ', ' : ''}${JSON.stringify(fields[i]![0])}: ${scalar(fields[i]![1])}`;
  return `${out} }`;
}

/**
 * Writes pretty JSON into one growing string: open/close an object or array, then fields or
 * items whose values are already JSON text. Indentation follows the nesting (2 spaces).
 */
class Writer {
  text = '';
  private indent = '';
  private first: boolean[] = [];

  open(bracket: '{' | '['): void {
    this.text += bracket;
    this.indent += '  ';
    this.first.push(true);
  }

  close(bracket: '}' | ']'): void {
    const empty = this.first.pop();
    this.indent = this.indent.slice(2);
    this.text += empty ? bracket : `\n${this.indent}${bracket}`;
  }

  /** Starts the next item or field: comma, newline, indentation, and the key if given. */
  next(key?: string): void {
    const top = this.first.length - 1;
    this.text += `${this.first[top] ? '' : ','}\n${this.indent}`;
    this.first[top] = false;
    if (key !== undefined) this.text += `${JSON.stringify(key)}: `;
  }

  /** An array item with a JSON value. */
  item(json: string): void {
    this.next();
    this.text += json;
  }

  /** A field with a JSON value; nothing when the value is undefined (optional fields). */
  field(key: string, json: string | undefined): void {
    if (json === undefined) return;
    this.next(key);
    this.text += json;
  }
}

const opt = (v: Scalar | undefined): string | undefined => (v === undefined ? undefined : scalar(v));

// Compile-time guard: the writers below name every field of the model. A field added to
// document.ts fails here until it is written (and read: see document-schema.ts).
type Written<T, K extends readonly (keyof T)[]> = [Exclude<keyof T, K[number]>] extends [never] ? true : false;
type Assert<T extends true> = T;
export type JsonWritesEveryField = Assert<
  Written<Document, ['schema', 'meta', 'tables', 'narrative']> extends true
    ? Written<Document['meta'], ['year', 'kind', 'title', 'department', 'unitTypes', 'template', 'date', 'precision', 'contents', 'source']> extends true
      ? Written<DocTable, ['id', 'number', 'numberLabel', 'title', 'shortTitle', 'subtitle', 'unit', 'decimals', 'columns', 'rows', 'merges', 'notes', 'empty', 'at']> extends true
        ? Written<Column, ['key', 'kind', 'header', 'width']> extends true
          ? Written<Row, ['kind', 'code', 'name', 'cells', 'refs', 'at']> extends true
            ? Written<NarrativeSection, ['part', 'heading', 'paragraphs', 'line', 'claims', 'at']>
            : false
          : false
        : false
      : false
    : false
>;

function writeDocument(doc: Document): string {
  const w = new Writer();
  const m = doc.meta;
  w.open('{');
  w.field('$comment', scalar(AMOUNTS_COMMENT));
  w.field('schema', scalar(doc.schema));
  w.next('meta');
  w.open('{');
  w.field('year', scalar(m.year));
  w.field('kind', scalar(m.kind));
  w.field('title', scalar(m.title));
  w.field('department', flat([['code', m.department.code], ['name', m.department.name]]));
  if (m.unitTypes) w.field('unitTypes', line(m.unitTypes));
  w.field('template', scalar(m.template));
  w.field('date', opt(m.date));
  w.field('precision', scalar(m.precision));
  if (m.contents) w.field('contents', line(m.contents));
  if (m.source) w.field('source', JSON.stringify(m.source));
  w.close('}');
  w.next('tables');
  w.open('[');
  for (const t of doc.tables) {
    w.next();
    writeTable(w, t);
  }
  w.close(']');
  if (doc.narrative) {
    w.next('narrative');
    w.open('[');
    for (const n of doc.narrative) {
      w.next();
      w.open('{');
      w.field('part', scalar(n.part));
      w.field('heading', scalar(n.heading));
      w.field('paragraphs', line(n.paragraphs));
      w.field('line', opt(n.line));
      if (n.claims) w.field('claims', `[${n.claims.map((c) => JSON.stringify(c)).join(', ')}]`);
      if (n.at) w.field('at', `[${n.at.map((a) => JSON.stringify(a)).join(', ')}]`);
      w.close('}');
    }
    w.close(']');
  }
  w.close('}');
  return w.text;
}

function writeTable(w: Writer, t: DocTable): void {
  w.open('{');
  w.field('id', scalar(t.id));
  w.field('number', scalar(t.number));
  w.field('numberLabel', scalar(t.numberLabel));
  w.field('title', scalar(t.title));
  w.field('shortTitle', opt(t.shortTitle));
  w.field('subtitle', line(t.subtitle));
  w.field('unit', scalar(t.unit));
  w.field('decimals', scalar(t.decimals));
  w.next('columns');
  w.open('[');
  for (const c of t.columns) {
    w.next();
    writeColumn(w, c);
  }
  w.close(']');
  w.next('rows');
  w.open('[');
  for (const r of t.rows) {
    w.next();
    writeRow(w, r);
  }
  w.close(']');
  w.next('merges');
  w.open('[');
  for (const g of t.merges) w.item(flat([['row', g.row], ['col', g.col], ['rowSpan', g.rowSpan], ['colSpan', g.colSpan]]));
  w.close(']');
  w.field('notes', line(t.notes));
  w.field('empty', scalar(t.empty));
  if (t.at) w.field('at', JSON.stringify(t.at));
  w.close('}');
}

function writeColumn(w: Writer, c: Column): void {
  w.open('{');
  w.field('key', scalar(c.key));
  w.field('kind', scalar(c.kind));
  w.field('header', line(c.header));
  w.field('width', opt(c.width));
  w.close('}');
}

function writeRow(w: Writer, r: Row): void {
  w.open('{');
  w.field('kind', scalar(r.kind));
  w.field('code', opt(r.code));
  w.field('name', opt(r.name));
  w.field('cells', line(r.cells));
  if (r.refs) {
    const refs = r.refs;
    const keys = Object.keys(refs).map(Number).sort((a, b) => a - b);
    w.field('refs', flat(keys.map((k) => [String(k), refs[k]!] as const)));
  }
  if (r.at) {
    const at = r.at;
    const keys = Object.keys(at).map(Number).sort((a, b) => a - b);
    w.field('at', `{ ${keys.map((k) => `"${k}": ${JSON.stringify(at[k])}`).join(', ')} }`);
  }
  w.close('}');
}
