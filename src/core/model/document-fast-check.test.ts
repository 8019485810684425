// Equivalence of the fast acceptance path with zod: for real, generated and mutated Documents the
// fast path gives either undefined or exactly zod's output (same keys, same order), never accepts
// what zod refuses, and validateDocument's error messages stay zod's.
import { describe, expect, it } from 'vitest';
import zhCN from 'zod/v4/locales/zh-CN.js';
import { documentOf, seedBudget, seedNarrative } from '../../../test/support/bases.ts';
import { czjBudget, shanghaiDocument } from '../../../test/shanghai-support.ts';
import { generateBudgets } from '../../generator/index.ts';
import { renderJson } from '../../renderers/json.ts';
import { FAST_CHECK_ENUMS, fastCheckDocument } from './document-fast-check.ts';
import { DocumentValidationError, documentSchema, formatPath, validateDocument } from './document-schema.ts';
import type { Document } from './document.ts';

const zhErrors = zhCN().localeError;

/** What validateDocument threw before the fast path: zod's first issue, formatted. */
function zodMessage(value: unknown): string | undefined {
  const r = documentSchema.safeParse(value, { error: zhErrors });
  if (r.success) return undefined;
  return new DocumentValidationError(r.error.issues.map((i) => ({ path: formatPath(i.path), message: i.message }))).message;
}

/** Checks one value both ways; returns whether the fast path accepted it. */
function expectSame(value: unknown, label = ''): boolean {
  const z = documentSchema.safeParse(value, { error: zhErrors });
  const f = fastCheckDocument(value);
  if (f !== undefined) {
    expect(z.success, `fast path accepted what zod refuses ${label}`).toBe(true);
    expect(JSON.stringify(f), label).toBe(JSON.stringify(z.data));
    expect(f, label).toStrictEqual(z.data);
    expect(validateDocument(value)).toStrictEqual(z.data);
    return true;
  }
  if (!z.success) expect(() => validateDocument(value), label).toThrow(DocumentValidationError);
  if (!z.success) expect(catchMessage(value), label).toBe(zodMessage(value));
  else expect(validateDocument(value), label).toStrictEqual(z.data);
  return false;
}

function catchMessage(value: unknown): string | undefined {
  try {
    validateDocument(value);
    return undefined;
  } catch (err) {
    return err instanceof DocumentValidationError ? err.message : `not a DocumentValidationError: ${String(err)}`;
  }
}

const viaJson = (doc: Document): unknown => JSON.parse(renderJson(doc));

/** A small Document with every optional field the schema knows, so each gets mutated. */
function full(): Record<string, unknown> {
  return {
    $comment: '金额为整数分',
    schema: 'yusuan/document@1',
    meta: {
      year: 2023, kind: 'budget', title: '某部门预算', department: { code: '517', name: '某部门' },
      unitTypes: ['administrative', 'institution'], template: 'luoyang', date: '2023 年 3 月', precision: 'printed',
      contents: ['目录一'], source: { file: 'a.pdf', kind: 'pdf', pages: 3 },
    },
    tables: [{
      id: 'three-public', number: 8, numberLabel: '八', title: '“三公”经费预算表', shortTitle: '三公', subtitle: ['单位：万元'],
      unit: '万元', decimals: 2,
      columns: [
        { key: 'name', kind: 'text', header: ['项目'], width: 12.5 },
        { key: 'code', kind: 'code', header: ['编码'] },
        { key: 'total', kind: 'amount', header: ['合计', '小计'] },
      ],
      rows: [
        { kind: 'total', code: '1', name: '合计', cells: ['合计', null, 100_000], refs: { 2: 'three-public:total' },
          at: { 0: { page: 2, x: 10.5, y: 20, line: 4 }, 2: { sheet: '表8', cell: 'C5' } } },
        { kind: 'item', cells: ['公务接待费', '2', -0] },
      ],
      merges: [{ row: 0, col: 0, rowSpan: 2, colSpan: 1 }], notes: ['注：无'], empty: false, at: { page: 2 },
    }],
    narrative: [{
      part: 'explanation', heading: '一、收支说明', paragraphs: ['收入 10.00 万元。'], line: 3,
      claims: [{ paragraph: 0, start: 2, end: 7, kind: 'amount', value: 100_000, ref: 'income:total', formula: 'a+b' }],
      at: [{ page: 5 }],
    }],
  };
}

type Path = (string | number)[];

/** Every path to a value inside `v` (objects and arrays included), root excluded. */
function paths(v: unknown, prefix: Path = []): Path[] {
  if (typeof v !== 'object' || v === null) return [];
  return Object.entries(v).flatMap(([k, x]) => {
    const p = [...prefix, Array.isArray(v) ? Number(k) : k];
    return [p, ...paths(x, p)];
  });
}

/** A copy of `doc` with `edit` applied to the parent of `path`. */
function mutate(doc: unknown, path: Path, edit: (parent: Record<string | number, unknown>, key: string | number) => void): unknown {
  const copy = structuredClone(doc);
  let parent = copy as Record<string | number, unknown>;
  for (const k of path.slice(0, -1)) parent = parent[k] as Record<string | number, unknown>;
  edit(parent, path[path.length - 1]!);
  return copy;
}

const REPLACEMENTS: unknown[] = [
  'x', '', 0, -1, 1.5, 3000, 2 ** 53, Number.NaN, Number.POSITIVE_INFINITY, null, true, {}, [], [1], ['x'], undefined, '7', 'amount', 'item',
];

describe('fast acceptance path of validateDocument', () => {
  it('knows the same enum values as the schema', () => {
    const s = (documentSchema as unknown as { in: { shape: Record<string, any> } }).in.shape;
    const table = s.tables.element.shape;
    const meta = s.meta.shape;
    const section = s.narrative.unwrap().element.shape;
    expect(FAST_CHECK_ENUMS).toEqual({
      rowKind: table.rows.element.shape.kind.options,
      tableId: table.id.options,
      columnKind: table.columns.element.shape.kind.options,
      unit: table.unit.options,
      unitType: meta.unitTypes.unwrap().element.options,
      precision: meta.precision.options,
      sourceKind: meta.source.unwrap().shape.kind.options,
      claimKind: section.claims.unwrap().element.shape.kind.options,
      part: section.part.options,
    });
  });

  it('accepts the seed, Shanghai and generated Documents with exactly zod’s output', async () => {
    const seed = documentOf(await seedBudget());
    const czj = await czjBudget();
    const docs: Document[] = [
      seed, { ...seed, narrative: seedNarrative() },
      shanghaiDocument(czj), shanghaiDocument(czj, 'shanghai-dept'),
      ...generateBudgets(6, 11).map(documentOf),
    ];
    for (const [i, doc] of docs.entries()) {
      expect(expectSame(doc, `doc ${i}`), `doc ${i} in memory`).toBe(true);
      expect(expectSame(viaJson(doc), `doc ${i}`), `doc ${i} read back from JSON`).toBe(true);
    }
    expect(expectSame(full())).toBe(true);
  });

  it('drops $comment like the schema, and returns fresh objects', () => {
    const value = full();
    const out = fastCheckDocument(value)!;
    expect(Object.keys(out)).toEqual(['schema', 'meta', 'tables', 'narrative']);
    expect(out.tables[0]).not.toBe((value.tables as unknown[])[0]);
    expect(out.tables[0]!.rows[0]!.refs).toStrictEqual({ 2: 'three-public:total' });
  });

  it('agrees with zod on every replacement, deletion and extra key anywhere in a full Document', () => {
    const base = full();
    let accepted = 0;
    let refused = 0;
    for (const p of paths(base)) {
      const variants = [
        ...REPLACEMENTS.map((x) => mutate(base, p, (o, k) => { o[k] = x; })),
        mutate(base, p, (o, k) => { if (Array.isArray(o)) o.splice(k as number, 1); else delete o[k]; }),
        mutate(base, p, (o, k) => { const x = o[k]; if (x && typeof x === 'object' && !Array.isArray(x)) (x as Record<string, unknown>).extra = 1; }),
      ];
      for (const v of variants) {
        if (expectSame(v, formatPath(p))) accepted++;
        else refused++;
      }
    }
    expect(accepted).toBeGreaterThan(50);
    expect(refused).toBeGreaterThan(500);
  });

  it('agrees with zod on sampled mutations of the seed Document', async () => {
    const seed = viaJson({ ...documentOf(await seedBudget()), narrative: seedNarrative() });
    const all = paths(seed);
    let state = 12345;
    for (let n = 0; n < 150; n++) {
      state = (state * 1103515245 + 12345) % 2 ** 31;
      const p = all[state % all.length]!;
      const x = REPLACEMENTS[n % REPLACEMENTS.length];
      expectSame(mutate(seed, p, (o, k) => { o[k] = x; }), formatPath(p));
    }
  });

  it('refuses each kind of invalid Document, leaving zod’s message to validateDocument', () => {
    const bad: [string, (d: any) => void][] = [
      ['wrong type', (d) => { d.tables[0].title = 3; }],
      ['missing key', (d) => { delete d.tables[0].rows[0].cells; }],
      ['extra key', (d) => { d.tables[0].rows[0].extra = 1; }],
      ['extra top key', (d) => { d.extra = 1; }],
      ['unsafe amount', (d) => { d.tables[0].rows[0].cells[2] = 2 ** 60; }],
      ['fractional amount', (d) => { d.tables[0].rows[0].cells[2] = 1.5; }],
      ['text in amount column', (d) => { d.tables[0].rows[1].cells[2] = '10.00'; }],
      ['too many cells', (d) => { d.tables[0].rows[0].cells.push(null); }],
      ['too few cells', (d) => { d.tables[0].rows[0].cells.pop(); }],
      ['bad row kind', (d) => { d.tables[0].rows[0].kind = 'sum'; }],
      ['bad table id', (d) => { d.tables[0].id = 'three'; }],
      ['bad unit', (d) => { d.tables[0].unit = '千元'; }],
      ['bad part', (d) => { d.narrative[0].part = 'intro'; }],
      ['ref key out of range', (d) => { d.tables[0].rows[0].refs = { 3: 'x' }; }],
      ['ref key not a number', (d) => { d.tables[0].rows[0].refs = { a: 'x' }; }],
      ['merge out of range', (d) => { d.tables[0].merges[0].rowSpan = 3; }],
      ['merge past the columns', (d) => { d.tables[0].merges[0].col = 3; }],
      ['too many decimals', (d) => { d.tables[0].unit = '元'; d.tables[0].decimals = 3; }],
      ['year too early', (d) => { d.meta.year = 1899; }],
      ['year too late', (d) => { d.meta.year = 3000; }],
      ['page 0', (d) => { d.tables[0].at.page = 0; }],
      ['width 0', (d) => { d.tables[0].columns[0].width = 0; }],
      ['empty column key', (d) => { d.tables[0].columns[0].key = ''; }],
      ['$comment not text', (d) => { d.$comment = 1; }],
      ['wrong schema', (d) => { d.schema = 'yusuan/document@2'; }],
    ];
    for (const [label, edit] of bad) {
      const value: any = full();
      edit(value);
      const message = zodMessage(value);
      expect(message, label).toBeDefined();
      expect(fastCheckDocument(value), label).toBeUndefined();
      expect(catchMessage(value), label).toBe(message);
    }
    expect(catchMessage('text')).toBe(zodMessage('text'));
    expect(catchMessage(null)).toBe(zodMessage(null));
  });

  it('leaves odd but valid values to zod: undefined optional keys, prototypes, a polluted Object.prototype', () => {
    const withUndefined = full();
    (withUndefined.meta as Record<string, unknown>).date = undefined;
    expect(fastCheckDocument(withUndefined)).toBeUndefined();
    expect(validateDocument(withUndefined)).toStrictEqual(documentSchema.parse(withUndefined));
    const protoRefs: any = full();
    protoRefs.tables[0].rows[0].refs = JSON.parse('{"__proto__": "x", "1": "y"}');
    expectSame(protoRefs);
    const inherited: any = full();
    inherited.tables[0].rows[1] = Object.create({ extra: 1 }, { kind: { value: 'item', enumerable: true }, cells: { value: ['a', 'b', 1], enumerable: true } });
    expectSame(inherited);
    class Refs { '1' = 'x'; }
    const classRefs: any = full();
    classRefs.tables[0].rows[0].refs = new Refs();
    expect(zodMessage(classRefs)).toBeDefined();
    expectSame(classRefs);
    for (const [key, value] of [['polluted', 1], ['date', 5], ['date', '2023'], ['5', 'x']] as const) {
      (Object.prototype as Record<string, unknown>)[key] = value;
      try {
        expect(fastCheckDocument(full())).toBeUndefined();
        expectSame(full());
      } finally {
        delete (Object.prototype as Record<string, unknown>)[key];
      }
    }
    expect(fastCheckDocument(full())).toBeDefined();
  });
});
