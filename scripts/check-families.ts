// How much of a cold check each rule family costs, and an optimistic bound for rewriting families,
// for whoever weighs the checking goal (docs/checking.md, “where it stands”). A fresh process
// builds 1,000 generated documents in chunks of 50 and checks each chunk right after it is built,
// as the bench's check stage does, timing only the check calls.
//
//   npx tsx scripts/check-families.ts [--without=ID,NAR,AUD] [--bound] [--count=1000]
//
// --without drops the rules whose id starts with those families; --bound also runs, per document,
// one synthetic pass standing in for the dropped families: the real reference index (DocRefs), one
// walk summing every row's amount cells against the table's first total row, and one pattern pass
// collecting every amount and percentage of the narrative. It checks far less than the rules it
// stands in for, so its figure is a bound no rewrite of those families could beat. Run each
// setting in its own process (a process is cold once), alternating, several times: the VM swings.
import { bundledClassification } from '../src/core/classification/bundled.ts';
import { buildDocument } from '../src/core/document/build.ts';
import type { Document } from '../src/core/model/document.ts';
import { CATALOGUE } from '../src/core/rules/catalogue/index.ts';
import { checkDocument } from '../src/core/rules/check.ts';
import { withMemo } from '../src/core/rules/memo.ts';
import { docRefs } from '../src/core/rules/ref-index.ts';
import { getTemplate } from '../src/core/templates/index.ts';
import { generateBudgets } from '../src/generator/index.ts';

function arg(name: string): string | undefined {
  const hit = process.argv.find((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  return hit === undefined ? undefined : hit.slice(name.length + 3);
}

const count = Math.max(1, Math.floor(Number(arg('count') ?? 1000)) || 1000);
const without = (arg('without') ?? '').split(',').filter(Boolean);
const bound = arg('bound') !== undefined;
const rules = CATALOGUE.filter((r) => !without.includes(r.id.split('-')[0] ?? ''));

const template = getTemplate('luoyang');
const classification = bundledClassification(2023);
if (!template || !classification) throw new Error('no Luoyang template or 2023 classification');

/** Totals the synthetic walk found different from its sums (printed, so the comparison is not dead code). */
let differing = 0;

const AMOUNT = /(-?\d[\d,]*(?:\.\d+)?)\s*(万元|元|亿元|%|％)/g;

/** The synthetic pass (see the header); returns how many comparisons it made. */
function syntheticPass(doc: Document): number {
  return withMemo(doc, () => {
    let checks = docRefs(doc).groups;
    for (const table of doc.tables) {
      const sums = new Float64Array(table.columns.length);
      let total = -1;
      for (let r = 0; r < table.rows.length; r++) {
        const row = table.rows[r]!;
        if (row.kind === 'total') {
          if (total < 0) total = r;
          continue;
        }
        const cells = row.cells;
        for (let c = 0; c < cells.length && c < sums.length; c++) {
          const v = cells[c];
          if (typeof v === 'number') sums[c] = (sums[c] ?? 0) + v;
        }
      }
      if (total < 0) continue;
      const cells = table.rows[total]!.cells;
      // The comparison itself (its outcome is beside the point: the walk sums class rows with their items).
      for (let c = 0; c < sums.length; c++) {
        const v = cells[c];
        if (typeof v !== 'number') continue;
        checks++;
        if (v !== sums[c]) differing++;
      }
    }
    for (const section of doc.narrative ?? []) {
      for (const p of section.paragraphs) {
        AMOUNT.lastIndex = 0;
        while (AMOUNT.exec(p) !== null) checks++;
      }
    }
    return checks;
  });
}

const budgets = generateBudgets(count, 1);
let ms = 0;
let comparisons = 0;
const chunk = 50;
for (let start = 0; start < count; start += chunk) {
  const docs: Document[] = [];
  for (let i = start; i < Math.min(count, start + chunk); i++) docs.push(buildDocument(budgets[i]!, { template, classification }));
  for (const doc of docs) {
    const t = performance.now();
    if (bound) comparisons += syntheticPass(doc);
    if (rules.length > 0) checkDocument(doc, { template, classification, rules });
    ms += performance.now() - t;
  }
}
const what = `${rules.length} rules${without.length ? ` (without ${without.join(', ')})` : ''}${bound ? ' + the synthetic pass' : ''}`;
console.log(`${what}: ${count} documents checked cold in ${ms.toFixed(0)} ms, ${((count / ms) * 1000).toFixed(1)} documents/s` +
  (bound ? `; the synthetic pass made ${(comparisons / count).toFixed(0)} comparisons a document (${differing} totals differed from its plain sums)` : ''));
