// Compares the check of two checkouts in ONE process, so that the machine's own speed swings (±15 %
// between runs on a shared VM) fall on both alike: each tree checks its own copies of the same
// generated documents, in alternating blocks of ten (which tree goes first swaps every block).
// Prints the median and mean µs a document, cold (documents 1–200) and warm (601–1,200).
//   npx tsx scripts/check-ab.ts /path/to/other-checkout [/path/to/this-checkout]
import path from 'node:path';
import { fileURLToPath } from 'node:url';

interface Tree {
  root: string;
  budgets: unknown[];
  build: (budget: unknown) => unknown;
  check: (doc: unknown) => void;
  times: number[];
}

async function load(root: string, count: number): Promise<Tree> {
  const src = (p: string) => import(path.join(root, 'src', p));
  const { generateBudgets } = await src('generator/index.ts');
  const { buildDocument } = await src('core/document/build.ts');
  const { checkDocument } = await src('core/rules/check.ts');
  const { getTemplate } = await src('core/templates/index.ts');
  const { bundledClassification } = await src('core/classification/bundled.ts');
  const ctx = { template: getTemplate('luoyang'), classification: bundledClassification(2023) };
  return {
    root,
    budgets: generateBudgets(count, 1),
    build: (b) => buildDocument(b, ctx),
    check: (d) => void checkDocument(d, ctx),
    times: [],
  };
}

const median = (a: number[]): number => [...a].sort((x, y) => x - y)[a.length >> 1] ?? NaN;
const mean = (a: number[]): number => a.reduce((x, y) => x + y, 0) / a.length;
const us = (ms: number): string => (ms * 1000).toFixed(0).padStart(6);

async function main(): Promise<void> {
  const here = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const roots = [process.argv[2], process.argv[3] ?? here];
  if (!roots[0]) {
    console.error('usage: npx tsx scripts/check-ab.ts OTHER-CHECKOUT [THIS-CHECKOUT]');
    process.exit(2);
  }
  const count = 1200;
  const block = 10;
  const trees = await Promise.all(roots.map((r) => load(path.resolve(r as string), count)));
  for (let i = 0; i < count; i += block) {
    const order = (i / block) % 2 === 0 ? trees : [...trees].reverse();
    for (const t of order) {
      const docs = t.budgets.slice(i, i + block).map(t.build);
      for (const d of docs) {
        const t0 = performance.now();
        t.check(d);
        t.times.push(performance.now() - t0);
      }
    }
  }
  console.log('µs a document       cold median   mean | warm median   mean');
  for (const t of trees) {
    const cold = t.times.slice(0, 200);
    const warm = t.times.slice(600);
    console.log(`${t.root}\n                    ${us(median(cold))}  ${us(mean(cold))} |  ${us(median(warm))}  ${us(mean(warm))}`);
  }
}

await main();
