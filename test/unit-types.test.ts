// A department with 行政 and 事业 units maps each unit's rows by its own column of the 部门→政府
// economic 对照表. A Document built from the Budget carries the unit types (meta.unitTypes), so checking
// the Document alone (its JSON, as `yusuan check out.json` or the bench does) knows both columns are
// right; an imported document does not print them, and the rule falls back to the majority.
import { describe, expect, it } from 'vitest';
import { checkDocument } from '../src/core/rules/check.ts';
import type { Document } from '../src/core/model/document.ts';
import { generateBudget } from '../src/generator/index.ts';
import { parseDocumentJson, renderJson } from '../src/renderers/json.ts';
import { classification2023, documentOf, luoyang } from './support/bases.ts';

const mapFindings = (doc: Document) =>
  checkDocument(doc, { template: luoyang(), classification: classification2023() }).findings.filter((f) => f.ruleId === 'CLS-ECON-MAP');

/** The first generated budget whose units are of both kinds. */
function mixedBudget() {
  for (let seed = 1; seed < 50; seed++) {
    const b = generateBudget(seed);
    const kinds = new Set(b.department.units.map((u) => (u.type === 'institution' ? 'institution' : 'administrative')));
    if (kinds.size === 2 && b.lines.some((l) => l.nature !== 'project')) return b;
  }
  throw new Error('no generated budget with both unit kinds in seeds 1…49');
}

describe('meta.unitTypes', () => {
  const budget = mixedBudget();
  const doc = documentOf(budget);

  it('lists each unit type of the Budget once', () => {
    expect(new Set(doc.meta.unitTypes)).toEqual(new Set(budget.department.units.map((u) => u.type)));
    expect(doc.meta.unitTypes?.length).toBe(new Set(doc.meta.unitTypes).size);
  });

  it('survives the JSON round trip', () => {
    expect(parseDocumentJson(renderJson(doc)).meta.unitTypes).toEqual(doc.meta.unitTypes);
  });

  it('lets CLS-ECON-MAP accept both columns of a mixed department without the Budget', () => {
    expect(mapFindings(doc)).toEqual([]);
  });

  it('without it (an imported document) the minority column is a warning, not an error', () => {
    const { unitTypes: _, ...meta } = doc.meta;
    const found = mapFindings({ ...doc, meta });
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((f) => f.severity === 'warning')).toBe(true);
  });

  it('with only one type listed, a row mapped for the other type is an error', () => {
    const found = mapFindings({ ...doc, meta: { ...doc.meta, unitTypes: ['administrative'] } });
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((f) => f.severity === 'error' && /本部门单位类型为行政单位/.test(f.message))).toBe(true);
  });
});
