// The PDF reader on the two real Shanghai disclosures of the corpus, against golden tables
// transcribed by hand from pdftotext (test/golden/shanghai-*-raw.ts): every table's title, first
// page, pages, lowest header row, body rows and notes; the 目录; narrative spot checks; wanli's
// project pages (项目经费情况说明 as narrative, the 绩效目标 forms as extra tables of their own
// title, never one of the nine); positions on every cell. Read twice: with ruling lines (the
// default) and from text positions alone (rulings: false), which must give the same texts.
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RawDocument, RawTable } from '../src/core/import/raw.ts';
import { readPdf } from '../src/importers/pdf/read-pdf.ts';
import { CZJ_CONTENTS, CZJ_FILE, CZJ_PAGES, CZJ_PARAGRAPHS, CZJ_TABLES, type GoldenRawTable } from './golden/shanghai-czj-raw.ts';
import { WANLI_FILE, WANLI_FORM_TEXTS, WANLI_FORMS, WANLI_PAGES, WANLI_PARAGRAPHS, WANLI_TABLES } from './golden/shanghai-wanli-raw.ts';

const CORPUS = resolve(import.meta.dirname, 'fixtures', 'corpus');
const join = (row: { text: string }[]): string => row.map((c) => c.text).join('|');
const filled = (row: string): string[] => row.split('|').filter((t) => t !== '');

const docs: Record<string, { ruled: RawDocument; text: RawDocument }> = {};

beforeAll(async () => {
  for (const file of [CZJ_FILE, WANLI_FILE]) {
    const path = resolve(CORPUS, file);
    docs[file] = { ruled: await readPdf(path), text: await readPdf(path, { rulings: false }) };
  }
}, 180_000);

function tableOf(doc: RawDocument, title: string): RawTable {
  const found = doc.tables.filter((t) => t.title === title);
  expect(found, title).toHaveLength(1);
  return found[0]!;
}

function pagesOf(t: RawTable): number[] {
  const pages = new Set<number>([t.titleAt.page!]);
  for (const row of t.body) for (const c of row) if (c.text !== '') pages.add(c.at.page!);
  return [...pages].sort((a, b) => a - b);
}

function checkTables(file: string, golden: GoldenRawTable[]): void {
  describe(`${file}: the nine tables`, () => {
    for (const g of golden) {
      it(`${g.title} (p${g.page}) — with ruling lines, cell by cell`, () => {
        const t = tableOf(docs[file]!.ruled, g.title);
        expect(t.titleAt.page).toBe(g.page);
        expect(pagesOf(t)).toEqual(g.pages);
        expect(join(t.header[t.header.length - 1] ?? [])).toBe(g.leaves);
        expect(t.body.map(join)).toEqual(g.rows);
        expect(t.notes.map((n) => n.text)).toEqual(g.notes ?? []);
        expect(t.preamble.some((c) => /^单位[:：]/.test(c.text))).toBe(true);
      });
      it(`${g.title} — from text positions alone, the same texts row by row`, () => {
        const t = tableOf(docs[file]!.text, g.title);
        expect(t.titleAt.page).toBe(g.page);
        expect(join(t.header[t.header.length - 1] ?? [])).toBe(g.leaves);
        expect(t.body.map((r) => filled(join(r)))).toEqual(g.rows.map(filled));
        // Figures stand in the same columns as in the printed grid.
        const amountCols = (row: string): string => row.split('|').map((v, i) => (/\d,\d{3}|\d\.\d\d$|^0$/.test(v) ? `${i}:${v}` : '')).filter(Boolean).join(' ');
        expect(t.body.map((r) => amountCols(join(r)))).toEqual(g.rows.map(amountCols));
        expect(t.notes.map((n) => n.text)).toEqual(g.notes ?? []);
      });
    }
  });
}

checkTables(CZJ_FILE, CZJ_TABLES);
checkTables(WANLI_FILE, WANLI_TABLES);

describe('the rest of the documents', () => {
  it('czj: nine tables and nothing else; the 目录 and cover as printed; 21 pages', () => {
    const doc = docs[CZJ_FILE]!.ruled;
    expect(doc.source).toEqual({ file: resolve(CORPUS, CZJ_FILE), kind: 'pdf', pages: CZJ_PAGES });
    expect(doc.tables.map((t) => t.title)).toEqual(CZJ_TABLES.map((t) => t.title));
    expect(doc.contents.map((c) => c.text)).toEqual(CZJ_CONTENTS);
    expect(doc.contents.every((c) => c.at.page === 2)).toBe(true);
    expect(doc.titleLines.map((c) => c.text)).toEqual(['上海市2025年市级单位预算', '预算单位：上海市财政局']);
  });

  it('wanli: the nine tables, then the five 绩效目标 forms as extra tables under their own title', () => {
    const doc = docs[WANLI_FILE]!.ruled;
    expect(doc.source.pages).toBe(WANLI_PAGES);
    const titles = doc.tables.map((t) => t.title);
    expect(titles.slice(0, 9)).toEqual(WANLI_TABLES.map((t) => t.title));
    expect(titles.slice(9)).toEqual(WANLI_FORMS.pages.map(() => WANLI_FORMS.title));
    expect(doc.tables.slice(9).map((t) => t.titleAt.page)).toEqual(WANLI_FORMS.pages);
    for (const t of doc.tables.slice(9)) expect(t.preamble.map((c) => c.text)).toEqual([WANLI_FORMS.preamble]);
    for (const spot of WANLI_FORM_TEXTS) {
      const form = doc.tables.find((t) => t.titleAt.page === spot.page)!;
      const texts = form.body.flat().map((c) => c.text).join('\n');
      for (const s of spot.texts) expect(texts, `p${spot.page} ${s}`).toContain(s);
    }
    expect(doc.contents.map((c) => c.text).slice(-3)).toEqual(['六、其他相关情况说明', '七、项目经费情况说明', '八、绩效目标']);
  });

  it('wanli: 项目经费情况说明 (p30) is narrative, not a table', () => {
    const doc = docs[WANLI_FILE]!.ruled;
    expect(doc.tables.some((t) => t.titleAt.page === 30 || t.body.some((r) => r.some((c) => c.at.page === 30)))).toBe(false);
    expect(doc.paragraphs.filter((p) => p.at.page === 30).length).toBeGreaterThan(10);
  });

  it('narrative paragraphs: wrapped lines joined, each paragraph with its page (spot checks)', () => {
    for (const [file, spots] of [
      [CZJ_FILE, CZJ_PARAGRAPHS],
      [WANLI_FILE, WANLI_PARAGRAPHS],
    ] as const) {
      const paragraphs = docs[file]!.ruled.paragraphs;
      for (const s of spots) {
        const hit = paragraphs.find((p) => p.text.startsWith(s.starts));
        expect(hit, `${file}: ${s.starts.slice(0, 20)}`).toBeDefined();
        expect(hit!.at.page).toBe(s.page);
      }
      // No paragraph is a page footer, and none is split mid-sentence on one page.
      expect(paragraphs.some((p) => /^第\s*\d+\s*页/.test(p.text))).toBe(false);
    }
  });

  it('every cell of the nine tables carries its page and a position on the page', () => {
    // (Page 34 of wanli prints part of its form below the page's edge; the forms are not checked here.)
    for (const file of [CZJ_FILE, WANLI_FILE]) {
      for (const t of docs[file]!.ruled.tables.slice(0, 9)) {
        for (const c of [...t.preamble, ...t.header.flat(), ...t.body.flat(), ...t.notes]) {
          expect(c.at.page).toBeGreaterThanOrEqual(t.titleAt.page!);
          expect(c.at.x).toBeGreaterThanOrEqual(0);
          expect(c.at.x).toBeLessThan(842);
          expect(c.at.y).toBeGreaterThanOrEqual(0);
          expect(c.at.y).toBeLessThan(596);
        }
      }
    }
  });
});
