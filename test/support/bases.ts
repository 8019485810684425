// Bases for rule fixtures and integration tests: the seed example (examples/jianxi-2023.yaml)
// and generated budgets, built into Documents with the bundled classification.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { bundledClassification, bundledYears } from '../../src/core/classification/bundled.ts';
import type { ClassificationSet } from '../../src/core/classification/types.ts';
import { buildDocument } from '../../src/core/document/build.ts';
import type { Budget } from '../../src/core/model/budget.ts';
import type { Document } from '../../src/core/model/document.ts';
import { getTemplate } from '../../src/core/templates/index.ts';
import type { TemplateSpec } from '../../src/core/templates/types.ts';
import { readBudgetFile } from '../../src/io/read-budget.ts';
import { narrativeFromText } from '../../src/importers/narrative-text.ts';
import type { NarrativeSection } from '../../src/core/model/document.ts';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const SEED_EXAMPLE = resolve(ROOT, 'examples', 'jianxi-2023.yaml');
/** The seed disclosure's text as published (a copy of ../shared/seed/000_99224ebd0f5404a5.txt). */
export const SEED_TEXT = resolve(ROOT, 'test', 'fixtures', 'seed-jianxi-2023.txt');

/** The seed's own narrative (第一部分 to 第三部分), read from its published text. */
export function seedNarrative(): NarrativeSection[] {
  return narrativeFromText(readFileSync(SEED_TEXT, 'utf8'));
}

let seed: Budget | undefined;

export async function seedBudget(): Promise<Budget> {
  if (!seed) {
    const result = await readBudgetFile(SEED_EXAMPLE, { knownYears: bundledYears() });
    if (!result.ok) throw new Error(`种子示例无法读取：${JSON.stringify(result.issues)}`);
    seed = result.budget;
  }
  return structuredClone(seed);
}

export function classification2023(): ClassificationSet {
  const set = bundledClassification(2023);
  if (!set) throw new Error('no bundled 2023 classification');
  return set;
}

export function luoyang(): TemplateSpec {
  const t = getTemplate('luoyang');
  if (!t) throw new Error('no luoyang template');
  return t;
}

export function documentOf(budget: Budget): Document {
  return buildDocument(budget, { template: luoyang(), classification: classification2023() });
}

/** A base by name: 'seed' or 'synthetic:N'. */
export async function baseBudget(name: string): Promise<Budget> {
  if (name === 'seed') return seedBudget();
  const m = /^synthetic:(\d+)$/.exec(name);
  if (m) {
    const { generateBudget } = (await import('../../src/generator/index.ts')) as { generateBudget: (seed: number) => Budget };
    return generateBudget(Number(m[1]));
  }
  throw new Error(`unknown base ${name}`);
}
