// The worker pool checks documents exactly as the calling thread does: for synthetic documents,
// the seed (with its published narrative) and edited copies that make findings, the pool's results
// — from the worker and from the caller, with either encoding — equal checkDocument's.
import { afterAll, describe, expect, it } from 'vitest';
import type { Document } from '../src/core/model/document.ts';
import { checkDocument } from '../src/core/rules/check.ts';
import { CheckPool } from '../src/workers/check-pool.ts';
import { baseBudget, classification2023, documentOf, luoyang, seedNarrative } from './support/bases.ts';

async function documents(): Promise<Document[]> {
  const docs: Document[] = [];
  for (const base of ['seed', 'synthetic:1', 'synthetic:2', 'synthetic:3', 'synthetic:4', 'synthetic:5']) docs.push(documentOf(await baseBudget(base)));
  const published: Document = { ...structuredClone(docs[0] as Document), narrative: seedNarrative() };
  docs.push(published);
  // Edited copies: a mistyped figure, a dropped table, a renamed department — findings to compare.
  const typo = structuredClone(docs[1] as Document);
  const cells = typo.tables.find((t) => t.id === 'expenditure')?.rows[2]?.cells;
  const col = cells?.findIndex((c) => typeof c === 'number' && c > 0) ?? -1;
  if (cells && col >= 0) cells[col] = (cells[col] as number) + 90;
  docs.push(typo);
  const dropped = structuredClone(docs[2] as Document);
  dropped.tables = dropped.tables.filter((t) => t.id !== 'three-public');
  docs.push(dropped);
  const renamed = structuredClone(published);
  renamed.meta.department.name = '某某局';
  docs.push(renamed);
  return docs;
}

const ctx = { template: luoyang(), classification: classification2023() };
const pools: CheckPool[] = [];
afterAll(async () => {
  await Promise.all(pools.map((p) => p.close()));
});

describe('check pool', () => {
  it('gives checkDocument’s results, from the worker (v8 and JSON) and from the caller', async () => {
    const docs = await documents();
    const expected = docs.map((d) => checkDocument(d, ctx));
    expect(expected.some((r) => r.findings.some((f) => f.severity === 'error'))).toBe(true);
    for (const options of [
      { workers: 1, callerChecks: false, encoding: 'v8' as const },
      { workers: 1, callerChecks: false, encoding: 'json' as const },
      { workers: 1, callerChecks: true },
    ]) {
      const pool = await CheckPool.create(options);
      pools.push(pool);
      expect(await pool.checkDocuments(docs, ctx), JSON.stringify(options)).toStrictEqual(expected);
      // Documents given as JSON text (as read from files) give the same results too.
      expect(await pool.checkDocuments(docs.map((d) => JSON.stringify(d)), ctx), JSON.stringify(options)).toStrictEqual(expected);
      if (!options.callerChecks) expect(pool.stats.workers).toBe(2 * docs.length);
    }
  });

  it('runs the configuration and the chosen rules it is given', async () => {
    const [doc] = await documents();
    const rules = (await import('../src/core/rules/catalogue/index.ts')).CATALOGUE.slice(0, 20);
    const config = { rules: { 'ID-SUM-BALANCE': { enabled: false }, 'ID-SUM-EXP-CLASSES': { severity: 'warning' as const } } };
    const pool = await CheckPool.create({ workers: 1, callerChecks: false });
    pools.push(pool);
    const narrowed = { ...ctx, rules, config };
    expect(await pool.checkDocuments([doc as Document], narrowed)).toStrictEqual([checkDocument(doc as Document, narrowed)]);
  });

  it('reports a document that cannot be read without failing the others', async () => {
    const [doc] = await documents();
    const pool = await CheckPool.create({ workers: 1, callerChecks: false, encoding: 'json' });
    pools.push(pool);
    const settled = await pool.checkDocumentsSettled([JSON.stringify(doc), '{ not json', doc as Document], ctx);
    expect(settled.map((s) => s.ok)).toEqual([true, false, true]);
    await expect(pool.checkDocuments(['{ not json'], ctx)).rejects.toThrow(/JSON/);
  });

  it('checks on the calling thread alone with no workers', async () => {
    const docs = (await documents()).slice(0, 3);
    const pool = await CheckPool.create({ workers: 0 });
    pools.push(pool);
    expect(pool.size).toBe(0);
    expect(await pool.checkDocuments(docs, ctx)).toStrictEqual(docs.map((d) => checkDocument(d, ctx)));
  });
});
