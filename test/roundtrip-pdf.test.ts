// Round trip through print: Budget → Document → PDF (src/renderers/pdf.ts) → readPdf → assembleDocument
// with the budget's template → must equal the Budget's own Document as printed (amounts rounded to
// the printed decimals, test/support/printed-document.ts). For the seed example and the generated
// budgets of seeds 1…100, each rendered once into a temporary folder; rendering (Chromium, two tabs
// at once) and reading back (pdfjs, this thread) overlap. Needs what test/pdf.test.ts needs.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assembleDocument } from '../src/core/import/assemble.ts';
import { compareDocuments, type DocumentDifference } from '../src/core/import/compare.ts';
import type { Document } from '../src/core/model/document.ts';
import { formatAmount, parseAmount } from '../src/core/money/money.ts';
import { generateBudget } from '../src/generator/index.ts';
import type { RawDocument } from '../src/core/import/raw.ts';
import { readPdf, readPdfBytes } from '../src/importers/pdf/read-pdf.ts';
import { closePdfEngine, renderPdf } from '../src/renderers/pdf.ts';
import { documentOf, seedBudget } from './support/bases.ts';
import { printedDocument } from './support/printed-document.ts';

/** Generated budgets (seeds 1…N); YUSUAN_ROUNDTRIP_PDF=N runs fewer while working on the reader. */
const GENERATED = Number(process.env.YUSUAN_ROUNDTRIP_PDF ?? 100);

interface Trip {
  name: string;
  expected: Document; // printed precision
  actual?: Document;
  differences: DocumentDifference[];
  error?: string;
}

let dir: string;
let trips: Trip[] = [];

async function roundTrip(name: string, doc: Document): Promise<Trip> {
  const expected = printedDocument(doc);
  try {
    const pdf = await renderPdf(doc);
    const file = join(dir, `${name.replace(/\W/g, '-')}.pdf`);
    writeFileSync(file, pdf);
    const raw = await readPdf(file);
    const { document } = assembleDocument(raw, { template: doc.meta.template });
    // Exact comparison: the expected amounts are already rounded as printed.
    return { name, expected, actual: document, differences: compareDocuments(expected, document, { printed: false }) };
  } catch (err) {
    return { name, expected, differences: [], error: err instanceof Error ? (err.stack ?? err.message) : String(err) };
  }
}

/** One line a difference, for the failure message. */
function describeDifference(d: DocumentDifference): string {
  const show = (v: unknown) => JSON.stringify(v)?.slice(0, 160);
  return `  ${d.path}${d.label ? ` (${d.label})` : ''}: expected ${show(d.expected)}, got ${show(d.actual)}`;
}

/** Each failed trip with up to `max` of its differences, or its error. */
function report(list: Trip[], pick: (t: Trip) => DocumentDifference[], max = 8): string[] {
  return list
    .map((t) => ({ t, ds: pick(t) }))
    .filter(({ t, ds }) => t.error || ds.length > 0)
    .map(({ t, ds }) =>
      t.error
        ? `${t.name}: ${t.error.split('\n').slice(0, 3).join(' | ')}`
        : [`${t.name}: ${ds.length} difference(s)`, ...ds.slice(0, max).map(describeDifference)].join('\n'),
    );
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'yusuan-roundtrip-pdf-'));
  const started = performance.now();
  const cpu = process.cpuUsage();
  const docs: [string, Document][] = [['seed', documentOf(await seedBudget())]];
  for (let seed = 1; seed <= GENERATED; seed++) docs.push([`synthetic:${seed}`, documentOf(generateBudget(seed))]);
  // All at once: the engine prints two (one a core) at a time while this thread reads back the
  // PDFs already printed.
  trips = await Promise.all(docs.map(([name, doc]) => roundTrip(name, doc)));
  const used = process.cpuUsage(cpu);
  console.log(
    `PDF round trip: ${trips.length} documents in ${((performance.now() - started) / 1000).toFixed(1)} s; ` +
      `this thread (print HTML, reading, assembling, comparing) ${((used.user + used.system) / 1e6 / trips.length).toFixed(2)} CPU s a document; ` +
      `${trips.filter((t) => !t.error && t.differences.length === 0).length} equal`,
  );
}, 1_200_000);

afterAll(async () => {
  await closePdfEngine();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('printedDocument', () => {
  it('rounds every amount exactly as the tables print it', async () => {
    const doc = documentOf(await seedBudget());
    const printed = printedDocument(doc);
    expect(printed.meta.precision).toBe('printed');
    let amounts = 0;
    doc.tables.forEach((t, i) => {
      const p = printed.tables[i]!;
      t.rows.forEach((row, r) =>
        row.cells.forEach((v, c) => {
          if (typeof v !== 'number') return;
          amounts++;
          const text = formatAmount(v, { unit: t.unit, decimals: t.decimals });
          expect(p.rows[r]!.cells[c], `${t.id} ${row.code ?? row.name} ${text}`).toBe(parseAmount(text, t.unit));
        }),
      );
    });
    expect(amounts).toBeGreaterThan(100);
    // The seed's 2,002.45 万元 stays; an unrounded generated figure loses its 分.
    expect(printedDocument({ ...doc, tables: [{ ...doc.tables[0]!, rows: [{ kind: 'total', cells: [1_234_567] }] }] }).tables[0]!.rows[0]!.cells).toEqual([1_230_000]);
  });
});

describe('PDF round trip (Budget → PDF → import)', () => {
  it('reads the seed example back as its own Document', () => {
    const seed = trips.find((t) => t.name === 'seed');
    expect(seed, 'seed rendered').toBeDefined();
    expect(report([seed!], (t) => t.differences, 40)).toEqual([]);
  });

  it(`reads the ${GENERATED} generated budgets back as their own Documents`, () => {
    const generated = trips.filter((t) => t.name !== 'seed');
    expect(generated).toHaveLength(GENERATED);
    expect(report(generated, (t) => t.differences).join('\n')).toBe('');
  });

  it('reads every narrative paragraph back word for word (whitespace aside)', () => {
    const squash = (s: string) => s.replace(/\s+/g, '');
    const narrativeOnly = (t: Trip): DocumentDifference[] => {
      if (!t.actual) return [];
      const out: DocumentDifference[] = [];
      const want = t.expected.narrative ?? [];
      const got = t.actual.narrative ?? [];
      if (want.length === 0) out.push({ path: 'narrative', expected: 'sections', actual: null });
      const wantText = want.flatMap((s) => [s.heading, ...s.paragraphs].filter((p) => p !== '').map(squash));
      const gotText = got.flatMap((s) => [s.heading, ...s.paragraphs].filter((p) => p !== '').map(squash));
      const n = Math.max(wantText.length, gotText.length);
      for (let i = 0; i < n; i++) {
        if (wantText[i] !== gotText[i]) out.push({ path: `narrative text ${i}`, expected: wantText[i] ?? null, actual: gotText[i] ?? null });
      }
      return out;
    };
    expect(trips.length).toBe(GENERATED + 1);
    expect(report(trips, narrativeOnly, 4).join('\n')).toBe('');
  });
});

// Minimal cases of what the round trip found the reader or the assembler getting wrong (both fixed:
// src/importers/pdf keeps a blank ruled row, src/core/import/meta.ts drops a bare department line
// from the title); each pins its fix on its own, quicker to read than a failed round trip.
describe('reader and assembler cases found by the round trip', () => {
  it('assembler: a cover line that only names the department is not part of the title', () => {
    // Covers often print the department under the title (yusuan's did). The title lines are joined
    // (a title wraps), but a line equal to the department named elsewhere is no title line.
    const at = { page: 1, x: 100, y: 200 };
    const raw: RawDocument = {
      source: { file: 'cover.pdf', kind: 'pdf', pages: 1 },
      titleLines: [
        { text: '2023年洛阳市涧西区社区治理和服务创新', at },
        { text: '办公室部门预算公开', at },
        { text: '洛阳市涧西区社区治理和服务创新办公室', at },
        { text: '2023 年 3 月', at },
      ],
      contents: [],
      paragraphs: [],
      tables: [],
    };
    const { document } = assembleDocument(raw, { template: 'luoyang' });
    expect(document.meta.date).toBe('2023 年 3 月');
    expect(document.meta.title).toBe('2023年洛阳市涧西区社区治理和服务创新办公室部门预算公开');
  });

  it('reader: a ruled table row with every cell blank is a row (“三公” table of a budget with none)', async () => {
    // The view prints the 合计 row of the “三公” table with blank cells when there is no “三公”
    // money; the PDF draws the row's borders. The reader drops the row, so the table reads as empty.
    const seed = documentOf(await seedBudget());
    const three = seed.tables.find((t) => t.id === 'three-public')!;
    const doc: Document = {
      ...seed,
      narrative: [],
      tables: [{ ...three, rows: three.rows.map((r) => ({ ...r, cells: r.cells.map(() => null) })) }],
    };
    const raw = await readPdfBytes(await renderPdf(doc), 'three-public-blank.pdf');
    const table = raw.tables.find((t) => t.title.includes('三公'));
    expect(table?.body.map((r) => r.map((c) => c.text))).toEqual([['', '', '', '', '', '']]);
    const { document } = assembleDocument(raw, { template: 'luoyang' });
    const read = document.tables.find((t) => t.id === 'three-public');
    expect(read?.empty).toBe(false);
    expect(read?.rows.map((r) => [r.kind, ...r.cells])).toEqual([['total', null, null, null, null, null, null]]);
  }, 120_000);
});
