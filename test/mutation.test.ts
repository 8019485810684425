// Mutation test: take the seed example's Document as published (its JSON), change one amount at a
// time in every table — the typos a person editing the file makes (a digit changed, two digits
// swapped) — and require that checking each mutated Document yields an error naming that table
// and that row.
import { describe, expect, it } from 'vitest';
import type { Document } from '../src/core/model/document.ts';
import { formatAmount, parseAmount } from '../src/core/money/money.ts';
import { checkDocument } from '../src/core/rules/check.ts';
import { parseDocumentJson, renderJson } from '../src/renderers/json.ts';
import { classification2023, documentOf, luoyang, seedBudget } from './support/bases.ts';

interface Mutation {
  table: string;
  row: number;
  col: number;
  from: string;
  to: string;
}

/** A typo of a printed figure: swap two adjacent different digits, else change one digit. */
function typo(text: string, salt: number): string {
  const digits = [...text].map((c, i) => (/\d/.test(c) ? i : -1)).filter((i) => i >= 0);
  const chars = [...text];
  for (let k = 0; k < digits.length - 1; k++) {
    const a = digits[(k + salt) % (digits.length - 1)] as number;
    const b = digits[((k + salt) % (digits.length - 1)) + 1] as number;
    if (chars[a] !== chars[b] && b === a + 1) {
      [chars[a], chars[b]] = [chars[b] as string, chars[a] as string];
      return chars.join('');
    }
  }
  const at = digits[salt % digits.length] as number;
  chars[at] = String((Number(chars[at]) + 3) % 10);
  return chars.join('');
}

describe('mutation: every edited figure is caught where it was edited', async () => {
  const published = parseDocumentJson(renderJson(documentOf(await seedBudget())));
  const mutations: Mutation[] = [];
  published.tables.forEach((t) => {
    t.rows.forEach((row, r) => {
      row.cells.forEach((cell, c) => {
        if (typeof cell !== 'number' || cell === 0) return;
        const from = formatAmount(cell, { unit: t.unit, decimals: t.decimals });
        mutations.push({ table: t.id, row: r, col: c, from, to: typo(from, mutations.length) });
      });
    });
  });

  it('has at least 50 mutations across every table with figures', () => {
    expect(mutations.length).toBeGreaterThanOrEqual(50);
    const withFigures = published.tables.filter((t) => t.rows.some((r) => r.cells.some((c) => typeof c === 'number' && c !== 0)));
    expect(new Set(mutations.map((m) => m.table)).size).toBe(withFigures.length);
  });

  it('finds an error at the mutated table and row for each mutation', () => {
    const missed: string[] = [];
    for (const m of mutations) {
      const doc: Document = structuredClone(published);
      const table = doc.tables.find((t) => t.id === m.table);
      const row = table?.rows[m.row];
      if (!table || !row) throw new Error('bad mutation');
      row.cells[m.col] = parseAmount(m.to, table.unit);
      const result = checkDocument(doc, { template: luoyang(), classification: classification2023() });
      const hit = result.findings.some((f) => f.severity === 'error' && f.location.table === m.table && f.location.row === m.row);
      if (!hit) missed.push(`${m.table} 第${m.row}行 第${m.col}列 ${m.from} → ${m.to}`);
    }
    expect(missed).toEqual([]);
  });
});
