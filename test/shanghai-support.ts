// Shared by the Shanghai tests: the 上海市财政局 2025 example (examples/shanghai-czj-2025.yaml) and
// generated budgets, built into Documents under the Shanghai templates with the bundled lists.
import { resolve } from 'node:path';
import { bundledClassification, bundledYears } from '../src/core/classification/bundled.ts';
import type { ClassificationSet } from '../src/core/classification/types.ts';
import { buildDocument } from '../src/core/document/build.ts';
import type { Budget } from '../src/core/model/budget.ts';
import type { Document } from '../src/core/model/document.ts';
import { getTemplate } from '../src/core/templates/index.ts';
import type { TemplateSpec } from '../src/core/templates/types.ts';
import { readBudgetFile } from '../src/io/read-budget.ts';
import { ROOT } from './support/bases.ts';

export const CZJ_EXAMPLE = resolve(ROOT, 'examples', 'shanghai-czj-2025.yaml');

export function template(id: 'shanghai' | 'shanghai-dept'): TemplateSpec {
  const t = getTemplate(id);
  if (!t) throw new Error(`no template ${id}`);
  return t;
}

export function classification(year: number): ClassificationSet {
  const set = bundledClassification(year);
  if (!set) throw new Error(`no bundled ${year} classification`);
  return set;
}

export async function czjBudget(): Promise<Budget> {
  const result = await readBudgetFile(CZJ_EXAMPLE, { knownYears: bundledYears() });
  if (!result.ok) throw new Error(`示例无法读取：${JSON.stringify(result.issues)}`);
  return result.budget;
}

export function shanghaiDocument(budget: Budget, id: 'shanghai' | 'shanghai-dept' = 'shanghai'): Document {
  return buildDocument({ ...budget, template: id }, { template: template(id), classification: classification(budget.year) });
}
