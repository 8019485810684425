// Round trip through Excel: Budget → Document (documentOf) → XLSX (src/renderers/xlsx.ts) →
// readXlsx → assembleDocument → compareDocuments against the Budget's own Document, for the seed
// example and generated budgets 1..100 (Luoyang template), and the seed plus 1..10 in the two
// Shanghai templates. Every difference must be one of the explained kinds below; anything else
// fails. Amounts are also compared at 分 precision to show what the printed precision costs, and
// every imported figure's sheet+cell is checked against the workbook.
import { describe, expect, it } from 'vitest';
import { assembleDocument } from '../src/core/import/assemble.ts';
import { compareDocuments, type DocumentDifference } from '../src/core/import/compare.ts';
import type { RawDocument } from '../src/core/import/raw.ts';
import { buildDocument } from '../src/core/document/build.ts';
import type { Budget } from '../src/core/model/budget.ts';
import type { Document } from '../src/core/model/document.ts';
import { parseAmount, stepFor } from '../src/core/money/money.ts';
import { getTemplate } from '../src/core/templates/index.ts';
import { generateBudget } from '../src/generator/index.ts';
import { readXlsxBytes } from '../src/importers/xlsx/index.ts';
import { renderXlsx } from '../src/renderers/xlsx.ts';
import { classification2023, documentOf, seedBudget } from './support/bases.ts';

/**
 * Differences that are not the reader's to remove, each with its reason:
 * - meta.title, meta.date: yusuan's XLSX has no cover sheet; the title is only a workbook property
 *   and the date only the file's creation date, neither printed on a sheet.
 * - narrative: yusuan's XLSX holds the tables only.
 * - meta.department.code (Shanghai): the Shanghai tables print no department row, so the code is
 *   nowhere in the workbook.
 * - a row printed with every cell blank (the “三公” total row of a budget without any “三公”
 *   figure): the reader returns it as a bordered blank row, assembleDocument drops blank rows and
 *   then calls the table empty.
 */
function explanation(d: DocumentDifference, doc: Document): string | undefined {
  if (d.path === 'meta.title' || d.path === 'meta.date') return 'not on any sheet';
  if (d.path.startsWith('narrative')) return 'no narrative in the XLSX';
  if (d.path === 'meta.department' && doc.meta.template.startsWith('shanghai')) {
    const e = d.expected as Document['meta']['department'];
    const a = d.actual as Document['meta']['department'];
    if (e.name === a.name && a.code === '') return 'no department row in Shanghai tables';
  }
  const table = /^tables\[([\w-]+)\]\.(rows\[(\d+)\]|empty)$/.exec(d.path);
  const t = table ? doc.tables.find((x) => x.id === table[1]) : undefined;
  if (t && table?.[3] !== undefined && d.actual === null && t.rows[Number(table[3])]!.cells.every((c) => c === null)) {
    return 'blank row dropped by assembleDocument';
  }
  if (t && table?.[2] === 'empty' && d.actual === true && t.rows.every((r) => r.cells.every((c) => typeof c !== 'number'))) {
    return 'blank row dropped by assembleDocument';
  }
  return undefined;
}

interface Outcome {
  name: string;
  unexplained: DocumentDifference[];
  explained: Map<string, number>;
  /** Amount cells compared, and those that differ at 分 precision (all within half a printed step). */
  amounts: number;
  roundedAway: number;
  problems: number;
  /** Imported figures whose sheet+cell does not hold the figure. */
  badProvenance: string[];
}

/** sheet!cell → printed text, from what the reader returned. */
function cellIndex(raw: RawDocument): Map<string, string> {
  const out = new Map<string, string>();
  for (const t of raw.tables) for (const row of t.body) for (const c of row) out.set(`${c.at.sheet}!${c.at.cell}`, c.text);
  return out;
}

async function roundTrip(name: string, doc: Document): Promise<Outcome> {
  const raw = await readXlsxBytes(await renderXlsx(doc), `${name}.xlsx`);
  const { document, problems } = assembleDocument(raw);
  const outcome: Outcome = { name, unexplained: [], explained: new Map(), amounts: 0, roundedAway: 0, problems: problems.length, badProvenance: [] };
  for (const d of compareDocuments(doc, document)) {
    const why = explanation(d, doc);
    if (why) outcome.explained.set(why, (outcome.explained.get(why) ?? 0) + 1);
    else outcome.unexplained.push(d);
  }
  // At 分 precision: every difference is an amount rounded to the printed step.
  for (const d of compareDocuments(doc, document, { printed: false })) {
    if (!/^tables\[[\w-]+\]\.rows\[\d+\]\.cells\[/.test(d.path)) continue;
    const table = doc.tables.find((t) => d.path.startsWith(`tables[${t.id}]`))!;
    const step = stepFor(table.unit, table.decimals);
    const e = d.expected as number;
    const a = d.actual as number;
    if (typeof e !== 'number' || typeof a !== 'number' || a % step !== 0 || 2 * Math.abs(e - a) > step) outcome.unexplained.push(d);
    else outcome.roundedAway++;
  }
  const cells = cellIndex(raw);
  for (const t of document.tables) {
    for (const row of t.rows) {
      row.cells.forEach((v, i) => {
        if (typeof v !== 'number') return;
        outcome.amounts++;
        const at = row.at?.[i];
        const text = at ? cells.get(`${at.sheet}!${at.cell}`) : undefined;
        if (text === undefined || parseAmount(text, t.unit) !== v) outcome.badProvenance.push(`${t.id} ${row.name ?? row.code ?? ''} #${i}: ${JSON.stringify(at)} → ${text}`);
      });
    }
  }
  return outcome;
}

function summarise(label: string, outcomes: Outcome[]): void {
  const explained = new Map<string, number>();
  for (const o of outcomes) for (const [k, n] of o.explained) explained.set(k, (explained.get(k) ?? 0) + n);
  const amounts = outcomes.reduce((s, o) => s + o.amounts, 0);
  const rounded = outcomes.reduce((s, o) => s + o.roundedAway, 0);
  console.log(
    `${label}: ${outcomes.length} documents, ${amounts} amount cells, ${rounded} differ at 分 precision (rounded to the printed step), ` +
      `explained differences: ${[...explained].map(([k, n]) => `${k} ×${n}`).join('; ')}`,
  );
}

function check(outcomes: Outcome[]): void {
  for (const o of outcomes) {
    expect(o.unexplained, o.name).toEqual([]);
    expect(o.badProvenance, o.name).toEqual([]);
    expect(o.problems, o.name).toBe(0);
    expect(o.amounts, o.name).toBeGreaterThan(0);
  }
}

const SEEDS = Array.from({ length: 100 }, (_, i) => i + 1);

describe('Budget → XLSX → readXlsx → assembleDocument equals the Budget’s Document', () => {
  it('Luoyang template: the seed example and generated budgets 1..100', async () => {
    const outcomes: Outcome[] = [await roundTrip('seed', documentOf(await seedBudget()))];
    for (const seed of SEEDS) outcomes.push(await roundTrip(`synthetic-${seed}`, documentOf(generateBudget(seed))));
    summarise('Luoyang', outcomes);
    check(outcomes);
  }, 240_000);

  it('figures finer than the printed step come back rounded to it (万元, 2 decimals = 100 元)', async () => {
    // The seed with 1.37 元 added to every expenditure line (and the total to its first income).
    const budget = await seedBudget();
    for (const line of budget.lines) line.amount += 137;
    budget.income[0]!.amount += 137 * budget.lines.length;
    const doc = documentOf(budget);
    const o = await roundTrip('seed+1.37元', doc);
    summarise('seed with 分', [o]);
    check([o]);
    expect(o.roundedAway).toBeGreaterThan(20);
  }, 60_000);

  it.each(['shanghai', 'shanghai-dept'])('%s template: the seed example and generated budgets 1..10', async (id) => {
    const template = getTemplate(id);
    expect(template, id).toBeDefined();
    const build = (b: Budget) => buildDocument(b, { template: template!, classification: classification2023() });
    const outcomes: Outcome[] = [await roundTrip(`${id}-seed`, build(await seedBudget()))];
    for (const seed of SEEDS.slice(0, 10)) outcomes.push(await roundTrip(`${id}-${seed}`, build(generateBudget(seed))));
    summarise(id, outcomes);
    check(outcomes);
  }, 240_000);
});
