// Assembling is the inverse of building: a Budget's Document, printed cell by cell into a
// RawDocument the way a clean reader returns one (header labels repeated over their spans, amounts
// as printed text, the narrative as paragraphs), assembles back into the same Document — same
// table ids, columns, row kinds, codes, names, cells and every ref — for the seed example and
// synthetic budgets, under the Luoyang and both Shanghai templates. Readers' own round trips
// (PDF, XLSX) add their reading on top of this.
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../src/core/document/build.ts';
import { assembleDocument } from '../src/core/import/assemble.ts';
import { compareDocuments } from '../src/core/import/compare.ts';
import type { RawCell, RawDocument, RawTable } from '../src/core/import/raw.ts';
import type { Budget } from '../src/core/model/budget.ts';
import type { DocTable, Document } from '../src/core/model/document.ts';
import { headerDepth } from '../src/core/tables/header-grid.ts';
import { printedRows } from '../src/core/tables/printed.ts';
import { getTemplate } from '../src/core/templates/index.ts';
import { fillTemplateText } from '../src/core/templates/types.ts';
import { baseBudget, classification2023 } from './support/bases.ts';

const cell = (text: string, sheet: string, r: number, c: number): RawCell => ({ text, at: { sheet, cell: `${String.fromCharCode(65 + c)}${r + 1}` } });

/** A table as a clean reader returns it. */
function rawTable(t: DocTable): RawTable {
  const depth = headerDepth(t.columns);
  const header = Array.from({ length: depth }, (_, r) => t.columns.map((c, k) => cell(c.header[Math.min(r, c.header.length - 1)] ?? '', t.id, r + 3, k)));
  const preamble = t.subtitle.map((s, i) => cell(s, t.id, 1 + i, 0));
  if (!t.subtitle.some((s) => /单位\s*[:：]/.test(s.replace(/^(部门名称|编制单位|编制部门)[:：].*/, '')))) preamble.push(cell(`单位：${t.unit}`, t.id, 2, 5));
  return {
    title: t.title,
    titleAt: { sheet: t.id, cell: 'A1' },
    preamble,
    header,
    body: printedRows(t).map((cells, r) => cells.map((text, c) => cell(text, t.id, r + 3 + depth, c))),
    notes: t.notes.map((n, i) => cell(n, t.id, 60 + i, 0)),
  };
}

/**
 * The narrative as paragraphs: part headings, section headings, paragraphs; 名词解释 as “一、X：…”.
 * Templates whose sections are 目录 entries (Shanghai): each section's heading and paragraphs.
 */
function paragraphs(doc: Document): RawDocument['paragraphs'] {
  const out: RawDocument['paragraphs'] = [];
  if (getTemplate(doc.meta.template)?.narrative?.contents) {
    for (const s of doc.narrative ?? []) {
      for (const text of [s.heading, ...s.paragraphs]) out.push({ text, at: { page: out.length } });
    }
    return out;
  }
  const parts = { profile: '第一部分', explanation: '第二部分', glossary: '第三部分' };
  let part = '';
  for (const s of doc.narrative ?? []) {
    if (s.part !== part) {
      part = s.part;
      out.push({ text: parts[s.part], at: { page: out.length } });
    }
    if (s.part === 'glossary') out.push({ text: `${s.heading}：${s.paragraphs[0] ?? ''}`, at: { page: out.length } });
    else {
      out.push({ text: s.heading, at: { page: out.length } });
      for (const p of s.paragraphs) out.push({ text: p, at: { page: out.length } });
    }
  }
  return out;
}

function rawOf(doc: Document): RawDocument {
  const titleLines = [cell(doc.meta.title, 'cover', 0, 0)];
  if (doc.meta.date) titleLines.push(cell(doc.meta.date, 'cover', 1, 0));
  // The 目录 of a template whose sections are its entries (Shanghai), as the contents layout prints it.
  const entries = getTemplate(doc.meta.template)?.narrative?.contents ?? [];
  const contents = entries.map((e, i) => cell(fillTemplateText(e.title, { year: doc.meta.year }), 'contents', i, 0));
  return { source: { file: 'x.xlsx', kind: 'xlsx' }, titleLines, contents, paragraphs: paragraphs(doc), tables: doc.tables.map(rawTable) };
}

function roundTrip(budget: Budget, templateId: string) {
  const template = getTemplate(templateId);
  if (!template) throw new Error(templateId);
  const doc = buildDocument(budget, { template, classification: classification2023() });
  const back = assembleDocument(rawOf(doc));
  return { doc, back, diffs: compareDocuments(doc, back.document) };
}

const BASES = ['seed', 'synthetic:1', 'synthetic:2', 'synthetic:3', 'synthetic:7', 'synthetic:12'];

describe('assemble ∘ print = identity on generated documents', () => {
  for (const base of BASES) {
    it(`Luoyang, ${base}`, async () => {
      const { back, diffs } = roundTrip(await baseBudget(base), 'luoyang');
      expect(back.detection.template).toBe('luoyang');
      expect(diffs).toEqual([]);
      expect(back.problems.filter((p) => !/未印出/.test(p.message))).toEqual([]);
    });
  }

  for (const id of ['shanghai', 'shanghai-dept']) {
    for (const base of BASES.slice(0, 4)) {
      it(`${id}, ${base}`, async () => {
        const { doc, back, diffs } = roundTrip(await baseBudget(base), id);
        expect(back.detection.template).toBe(id);
        // Shanghai tables print no department code; everything else reads back.
        expect(diffs).toEqual([{ path: 'meta.department', expected: doc.meta.department, actual: { ...doc.meta.department, code: '' } }]);
        expect(back.problems).toEqual([]);
        const refs = (d: Document) => d.tables.flatMap((t) => t.rows.flatMap((r) => Object.values(r.refs ?? {})));
        expect(refs(back.document).length).toBeGreaterThan(20);
      });
    }
  }
});

describe('a “三公” table printed blank (all zero)', () => {
  it('keeps its one row of figures and is not empty (Luoyang); reads back as generated', async () => {
    const budget = await baseBudget('synthetic:5');
    const { doc, back, diffs } = roundTrip(budget, 'luoyang');
    const printed = doc.tables.find((t) => t.id === 'three-public');
    expect(printed?.rows[0]?.cells.every((c) => c === null)).toBe(true);
    expect(diffs).toEqual([]);
    expect(back.document.tables.find((t) => t.id === 'three-public')?.empty).toBe(false);
  });

  it('reads back as generated under the Shanghai template too', async () => {
    const { doc, diffs } = roundTrip(await baseBudget('synthetic:5'), 'shanghai');
    expect(diffs.map((d) => d.path)).toEqual(['meta.department']);
    expect(doc.tables.find((t) => t.id === 'three-public')?.rows).toHaveLength(1);
  });
});
