// The print-ready PDF of the seed example, read back with poppler (pdftotext, pdffonts, pdfinfo):
// every table figure and every narrative number is printed, the pages carry 第 N 页 共 M 页, the
// 目录 and every table title are there, the Chinese font is embedded by name, and wide tables sit
// on landscape pages between portrait ones. One render for all assertions. Needs chromium,
// fonts-noto-cjk, poppler-utils and the TrueType fonts scripts/setup.sh builds.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Document } from '../src/core/model/document.ts';
import { normalizeRadicals } from '../src/core/text/radicals.ts';
import { documentCharts } from '../src/renderers/charts.ts';
import { closePdfEngine, renderPdf } from '../src/renderers/pdf.ts';
import { cellText, contentsLine } from '../src/renderers/table-text.ts';
import { documentOf, seedBudget, seedNarrative } from './support/bases.ts';

let doc: Document;
let dir: string;
let text: string; // pdftotext -layout, radicals normalised
let flat: string; // the same without any whitespace
let fonts: string;
let pageSizes: { page: number; width: number; height: number }[];

const run = (cmd: string, args: string[]): string => execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
const squeeze = (s: string): string => s.replace(/\s+/g, '');

/** How many times each number token occurs in a text (2002.45, 0.10, 66.30, 7 …). */
function numberCounts(s: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of s.matchAll(/-?\d+(?:\.\d+)?/g)) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
  return counts;
}

/** Tokens wanted more often than the PDF prints them: "2002.45 ×12 (PDF ×11)". */
function shortfall(wanted: Map<string, number>, printed: Map<string, number>): string[] {
  return [...wanted].filter(([n, k]) => (printed.get(n) ?? 0) < k).map(([n, k]) => `${n} ×${k} (PDF ×${printed.get(n) ?? 0})`);
}

beforeAll(async () => {
  doc = documentOf(await seedBudget());
  // The Document carries the generated narrative; if a build lacks it, print the seed's own.
  if (!doc.narrative?.some((s) => s.part === 'explanation')) doc.narrative = seedNarrative();
  const pdf = await renderPdf(doc);
  dir = mkdtempSync(join(tmpdir(), 'yusuan-pdf-'));
  const file = join(dir, 'seed.pdf');
  writeFileSync(file, pdf);
  text = normalizeRadicals(run('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-']));
  flat = squeeze(text);
  fonts = run('pdffonts', [file]);
  pageSizes = [...run('pdfinfo', ['-f', '1', '-l', '9999', file]).matchAll(/^Page\s+(\d+) size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => ({
    page: Number(m[1]),
    width: Number(m[2]),
    height: Number(m[3]),
  }));
}, 180_000);

afterAll(async () => {
  await closePdfEngine();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('PDF of the seed example', () => {
  it('prints every table figure as the tables format it, as often as the tables hold it', () => {
    const wanted = new Map<string, number>();
    let cells = 0;
    for (const t of doc.tables) {
      for (const row of t.rows) {
        for (const v of row.cells) {
          if (typeof v !== 'number') continue;
          const printed = cellText(v, t); // formatAmount in the table's unit and decimals
          wanted.set(printed, (wanted.get(printed) ?? 0) + 1);
          cells++;
        }
      }
    }
    expect(cells).toBeGreaterThan(100);
    expect(shortfall(wanted, numberCounts(text))).toEqual([]);
  });

  it('prints every number of the narrative', () => {
    const narrative = doc.narrative ?? [];
    expect(narrative.length).toBeGreaterThan(10);
    const wanted = new Map<string, number>();
    for (const s of narrative) for (const p of [s.heading, ...s.paragraphs]) for (const [n, k] of numberCounts(p)) wanted.set(n, (wanted.get(n) ?? 0) + k);
    // Each claim's number is a token of the printed text too.
    const claimed = narrative.flatMap((s) => (s.claims ?? []).map((c) => s.paragraphs[c.paragraph]?.slice(c.start, c.end) ?? ''));
    for (const c of claimed) expect(numberCounts(c).size, `claim “${c}”`).toBe(1);
    const tableFigures = new Map<string, number>();
    for (const t of doc.tables) for (const r of t.rows) for (const v of r.cells) if (typeof v === 'number') {
      const s = cellText(v, t);
      tableFigures.set(s, (tableFigures.get(s) ?? 0) + 1);
    }
    // Tables and narrative together: the PDF must print at least as many of each number.
    for (const [n, k] of tableFigures) wanted.set(n, (wanted.get(n) ?? 0) + k);
    expect(shortfall(wanted, numberCounts(text))).toEqual([]);
    // And every paragraph's opening words (paragraphs are laid out, not lost).
    const missing = narrative.flatMap((s) => s.paragraphs).map((p) => squeeze(p).slice(0, 14)).filter((head) => !flat.includes(head));
    expect(missing).toEqual([]);
  });

  it('numbers the pages 第 N 页 共 M 页', () => {
    const n = pageSizes.length;
    expect(n).toBeGreaterThan(15);
    expect(text).toContain(`第 1 页 共 ${n} 页`);
    expect(text).toContain(`第 ${n} 页 共 ${n} 页`);
    expect(text.match(/第 \d+ 页 共 \d+ 页/g)).toHaveLength(n);
  });

  it('has the cover, the 目录, the parts and every table title', () => {
    expect(flat).toContain(squeeze(doc.meta.title));
    expect(flat).toContain('目录');
    for (const part of ['第一部分', '第二部分', '第三部分']) expect(flat).toContain(part);
    expect(flat).toContain(squeeze(`附件：${doc.meta.year}年${doc.meta.department.name}部门预算表`));
    expect(doc.tables).toHaveLength(13);
    for (const t of doc.tables) {
      expect(flat, t.title).toContain(squeeze(t.title));
      expect(flat, contentsLine(t)).toContain(squeeze(contentsLine(t)));
    }
    // Chart captions (图1 …) are printed text.
    const charts = documentCharts(doc);
    expect(charts.length).toBe(3);
    charts.forEach((c, i) => expect(flat).toContain(squeeze(`图${i + 1}　${c.title}`)));
  });

  it('embeds every font, and the Chinese one by name (Noto Sans/Serif CJK)', () => {
    const rows = fonts.split('\n').slice(2).filter((l) => l.trim() !== '');
    expect(rows.length).toBeGreaterThan(0);
    // name, type, encoding, emb, sub, uni, object ID — the type may have a space ("CID TrueType").
    const parsed = rows.map((l) => {
      const m = /^(\S+)\s+(.+?)\s+(\S+)\s+(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$/.exec(l);
      return m ? { name: m[1]!, type: m[2]!, emb: m[4]!, uni: m[6]! } : { name: l, type: '?', emb: '?', uni: '?' };
    });
    expect(parsed.filter((f) => f.emb !== 'yes'), fonts).toEqual([]);
    const cjk = parsed.filter((f) => /Noto(Sans|Serif)CJK/i.test(f.name.replace(/\s/g, '')));
    expect(cjk.length, `${fonts}\n没有按名称嵌入的中文字体：请运行 bash scripts/setup.sh（生成 TrueType 字体）`).toBeGreaterThan(0);
    expect(parsed.filter((f) => f.type === 'Type 3'), 'Type 3 fonts').toEqual([]);
    expect(cjk.every((f) => f.uni === 'yes')).toBe(true);
  });

  it('prints portrait A4 pages and landscape A4 pages for the wide tables', () => {
    const near = (a: number, b: number) => Math.abs(a - b) < 1.5;
    const portrait = pageSizes.filter((p) => near(p.width, 595) && near(p.height, 842));
    const landscape = pageSizes.filter((p) => near(p.width, 842) && near(p.height, 595));
    expect(portrait.length + landscape.length).toBe(pageSizes.length);
    expect(portrait.length).toBeGreaterThan(5);
    expect(landscape.length).toBeGreaterThan(3);
    expect(pageSizes[0]).toMatchObject({ page: 1 });
    expect(near(pageSizes[0]!.width, 595)).toBe(true); // the cover
  });

  it('reads back as ordinary characters (no look-alike radicals left after normalising)', () => {
    expect(text).not.toMatch(/[\u2E80-\u2FDF]/);
    expect(flat).toContain(squeeze(doc.meta.department.name));
  });
});
