// Checking in workers that build their own documents (src/workers/source-pool.ts) gives the same
// counts and findings as checking on the calling thread: 20 generated documents (prepare + go,
// and one at a time), the seed as a Budget file, as a Document JSON and as its published text.
// Bad seeds and bad files come back as failed outcomes naming the source; a worker that dies
// makes the call reject instead of hanging.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkBudget, checkDocument } from '../src/core/rules/check.ts';
import type { CheckResult } from '../src/core/rules/engine.ts';
import { generateBudget } from '../src/generator/index.ts';
import { importFile } from '../src/importers/index.ts';
import type { CheckSource, SourceOutcome } from '../src/workers/source-pool.ts';
import { checkSources, SourcePool } from '../src/workers/source-pool.ts';
import { classification2023, documentOf, luoyang, SEED_EXAMPLE, SEED_TEXT, seedBudget } from './support/bases.ts';

const ctx = { template: luoyang(), classification: classification2023() };
const dir = mkdtempSync(join(tmpdir(), 'yusuan-source-pool-'));
const pools: SourcePool[] = [];
afterAll(async () => {
  await Promise.all(pools.map((p) => p.close()));
  rmSync(dir, { recursive: true, force: true });
});

function expected(result: CheckResult, title: string): SourceOutcome {
  return { ok: true, title, counts: result.counts, findings: result.findings };
}

const seeds = Array.from({ length: 20 }, (_, i) => i + 1);
const generated: CheckSource[] = seeds.map((seed) => ({ kind: 'generated', seed }));

async function seedSources(): Promise<{ sources: CheckSource[]; outcomes: SourceOutcome[] }> {
  const budget = await seedBudget();
  const { doc, ...fromBudget } = checkBudget(budget, ctx);
  const docPath = join(dir, 'seed-document.json');
  writeFileSync(docPath, JSON.stringify(doc));
  const imported = (await importFile(SEED_TEXT)).document;
  return {
    sources: [{ kind: 'file', path: SEED_EXAMPLE }, { kind: 'file', path: docPath }, { kind: 'file', path: SEED_TEXT }],
    outcomes: [
      expected(fromBudget, doc.meta.title),
      expected(checkDocument(doc, ctx), doc.meta.title),
      expected(checkDocument(imported, ctx), imported.meta.title),
    ],
  };
}

describe('source pool', () => {
  it('gives the calling thread’s counts and findings for 20 generated documents and the seed', async () => {
    const want = seeds.map((seed) => {
      const doc = documentOf(generateBudget(seed));
      return expected(checkDocument(doc, ctx), doc.meta.title);
    });
    const seed = await seedSources();
    // The seed as published has findings of every kind to compare (its Budget file: errors too).
    expect(seed.outcomes.some((o) => o.ok && o.counts.error > 0)).toBe(true);
    const pool = await SourcePool.create({ workers: 2 });
    pools.push(pool);
    const sources = [...generated, ...seed.sources];
    const built = await pool.prepare(sources);
    expect(built.failed).toBe(0);
    expect(built.perWorker.map((w) => w.documents)).toEqual([12, 11]);
    const go = await pool.go();
    expect(go.outcomes).toStrictEqual([...want, ...seed.outcomes]);
    expect(go.perWorker.reduce((a, w) => a + w.documents, 0)).toBe(23);
    await expect(pool.go()).rejects.toThrow(/prepare/);
    // One at a time, on whichever worker is free: the same outcomes, in order.
    expect(await pool.check(sources)).toStrictEqual([...want, ...seed.outcomes]);
    // On the calling thread (workers: 0), the same again.
    expect(await checkSources(sources.slice(18), { workers: 0 })).toStrictEqual([...want.slice(18), ...seed.outcomes]);
  });

  it("sends findings back only for documents with errors or warnings when told 'problems'", async () => {
    const some = generated.slice(0, 4);
    const all = await checkSources(some, { workers: 1 });
    // The same documents with every rule that warned disabled: no errors or warnings left.
    const warned = new Set(all.flatMap((o) => (o.ok ? o.findings.filter((f) => f.severity !== 'info').map((f) => f.ruleId) : [])));
    expect(warned.size).toBeGreaterThan(0);
    const config = { rules: Object.fromEntries([...warned].map((id) => [id, { enabled: false }])) };
    for (const options of [{}, { config }]) {
      const full = await checkSources(some, { workers: 1, ...options });
      const problems = await checkSources(some, { workers: 1, ...options, findings: 'problems' });
      problems.forEach((o, i) => {
        const a = full[i] as SourceOutcome;
        if (!o.ok || !a.ok) throw new Error('a generated document failed');
        expect(o.counts).toStrictEqual(a.counts);
        const clean = a.counts.error + a.counts.warning === 0;
        expect(clean).toBe('config' in options);
        expect(o.findings).toStrictEqual(clean ? [] : a.findings);
      });
    }
  });

  it('reports bad seeds and bad files by name and goes on with the rest', async () => {
    const notJson = join(dir, 'broken.json');
    writeFileSync(notJson, '{ "schema": "yusuan/document@1", ');
    const sources: CheckSource[] = [
      { kind: 'generated', seed: -3 },
      { kind: 'generated', seed: 1.5 },
      { kind: 'file', path: join(dir, 'missing.yaml') },
      { kind: 'file', path: notJson },
      { kind: 'file', path: join(dir, 'missing.pdf') },
      { kind: 'generated', seed: 7 },
    ];
    const pool = await SourcePool.create({ workers: 1 });
    pools.push(pool);
    for (const outcomes of [await pool.check(sources), await pool.prepare(sources).then(() => pool.go()).then((g) => g.outcomes)]) {
      expect(outcomes.map((o) => o.ok)).toEqual([false, false, false, false, false, true]);
      const errors = outcomes.map((o) => (o.ok ? '' : o.error));
      expect(errors[0]).toMatch(/种子 -3.*非负整数/);
      expect(errors[1]).toMatch(/种子 1\.5/);
      expect(errors[2]).toMatch(/missing\.yaml.*不存在/);
      expect(errors[3]).toMatch(/broken\.json/);
      expect(errors[4]).toMatch(/missing\.pdf.*不存在/);
    }
  });

  it('rejects, not hangs, when a worker dies', async () => {
    // A heap too small for 200 documents: the worker runs out of memory mid-job ("Worker
    // terminated due to reaching memory limit"), or already while starting.
    const run = async () => {
      const pool = await SourcePool.create({ workers: 1, resourceLimits: { maxOldGenerationSizeMb: 12, maxYoungGenerationSizeMb: 1 } });
      pools.push(pool);
      await pool.prepare(Array.from({ length: 200 }, (_, i) => ({ kind: 'generated' as const, seed: i + 1 })));
    };
    await expect(run()).rejects.toThrow();
  });
});
