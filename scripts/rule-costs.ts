// What each rule of the catalogue costs a document (µs), cold and warm, for whoever works on the
// checker's speed (docs/checking.md): a fresh process checks `--docs` generated documents once,
// rule by rule (cold: V8 still interprets and compiles — what the first documents of a run pay),
// then `--passes` more times (warm: the best of the last three passes). Rules share the per-check
// memo as in a real check, so the first rule to read a table pays for reading it.
//
//   npx tsx scripts/rule-costs.ts [--docs=300] [--passes=6] [--top=40] [--prefix=ID-]
import { bundledClassification } from '../src/core/classification/bundled.ts';
import { buildDocument } from '../src/core/document/build.ts';
import type { Document } from '../src/core/model/document.ts';
import { CATALOGUE } from '../src/core/rules/catalogue/index.ts';
import { runRule } from '../src/core/rules/engine.ts';
import { withMemo } from '../src/core/rules/memo.ts';
import { getTemplate } from '../src/core/templates/index.ts';
import { generateBudgets } from '../src/generator/index.ts';

function arg(name: string, fallback: string): string {
  const hit = process.argv.find((a) => a.startsWith(`--${name}=`));
  return hit ? hit.slice(name.length + 3) : fallback;
}

const docsCount = Math.max(1, Number(arg('docs', '300')) || 300);
const passes = Math.max(3, Number(arg('passes', '6')) || 6);
const top = Math.max(1, Number(arg('top', '40')) || 40);
const prefix = arg('prefix', '');

const template = getTemplate('luoyang');
const classification = bundledClassification(2023);
if (!template || !classification) throw new Error('no Luoyang template or 2023 classification');
const docs: Document[] = generateBudgets(docsCount, 1).map((b) => buildDocument(b, { template, classification }));

/** One pass over every document, each rule timed on its own; returns µs per document per rule. */
function pass(): Float64Array {
  const times = new Float64Array(CATALOGUE.length);
  for (const doc of docs) {
    withMemo(doc, () => {
      const ctx = { doc, template, classification };
      for (let i = 0; i < CATALOGUE.length; i++) {
        const t = performance.now();
        runRule(CATALOGUE[i]!, ctx);
        times[i]! += performance.now() - t;
      }
    });
  }
  return times.map((ms) => (ms / docs.length) * 1000);
}

const cold = pass();
const warm = new Float64Array(CATALOGUE.length).fill(Infinity);
for (let p = 1; p < passes; p++) {
  const t = pass();
  if (p >= passes - 3) t.forEach((us, i) => (warm[i] = Math.min(warm[i]!, us)));
}

const sum = (a: Float64Array): number => a.reduce((x, y) => x + y, 0);
console.log(`${docs.length} generated documents, ${CATALOGUE.length} rules: cold ${sum(cold).toFixed(0)} µs a document (first pass), ` +
  `warm ${sum(warm).toFixed(0)} µs (best of the last 3 of ${passes} passes)\n`);
const order = [...CATALOGUE.keys()].filter((i) => CATALOGUE[i]!.id.startsWith(prefix)).sort((a, b) => cold[b]! - cold[a]!);
console.log(`${'rule'.padEnd(32)} ${'cold µs'.padStart(8)} ${'warm µs'.padStart(8)}`);
for (const i of order.slice(0, top)) {
  console.log(`${CATALOGUE[i]!.id.padEnd(32)} ${cold[i]!.toFixed(1).padStart(8)} ${warm[i]!.toFixed(1).padStart(8)}`);
}
const byCategory = new Map<string, [number, number]>();
CATALOGUE.forEach((r, i) => {
  const k = r.id.split('-')[0] ?? r.id;
  const [c, w] = byCategory.get(k) ?? [0, 0];
  byCategory.set(k, [c + cold[i]!, w + warm[i]!]);
});
console.log(`\nby family (cold / warm µs): ${[...byCategory].map(([k, [c, w]]) => `${k} ${c.toFixed(0)} / ${w.toFixed(0)}`).join('; ')}`);
