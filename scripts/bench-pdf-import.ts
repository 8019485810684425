// Benchmark of the PDF reader: readPdf on each corpus PDF against `pdftotext -layout` on the same
// file, in the same run, several repetitions each (the median is reported; one untimed readPdf
// first loads pdfjs and its CMaps). Goal: readPdf within 3× of pdftotext. Exported for
// scripts/bench.ts; run alone with `npx tsx scripts/bench-pdf-import.ts [--reps=5] [file.pdf …]`.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { promisify } from 'node:util';
import { readPdf } from '../src/importers/pdf/read-pdf.ts';

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '..');
const CORPUS = resolve(ROOT, 'test', 'fixtures', 'corpus');
export const CORPUS_PDFS = ['shanghai-czj-2025-unit-budget.pdf', 'shanghai-putuo-wanli-2023-dept-budget.pdf'].map((f) => resolve(CORPUS, f));
/** readPdf may take at most this many times pdftotext's time on the same file. */
export const PDF_IMPORT_GOAL_RATIO = 3;

export interface PdfImportBench {
  file: string;
  pages: number;
  /** Median seconds of readPdf. */
  seconds: number;
  pagesPerSecond: number;
  /** Median seconds of `pdftotext -layout FILE -` (process start included). */
  pdftotextSeconds: number;
  pdftotextPagesPerSecond: number;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const round = (v: number, d = 3): number => Math.round(v * 10 ** d) / 10 ** d;

/** Times readPdf and pdftotext on each file, alternating, reps times each. */
export async function benchPdfImport(files: string[] = CORPUS_PDFS, reps = 5): Promise<PdfImportBench[]> {
  const present = files.filter((f) => existsSync(f));
  if (present.length === 0) throw new Error(`没有可测的 PDF / no PDF to time: ${files.join(', ')}`);
  await readPdf(present[0]!); // untimed: loads pdfjs, its worker code and the CMaps
  const out: PdfImportBench[] = [];
  for (const file of present) {
    const ours: number[] = [];
    const theirs: number[] = [];
    let pages = 0;
    for (let i = 0; i < reps; i++) {
      let t0 = performance.now();
      const doc = await readPdf(file);
      ours.push((performance.now() - t0) / 1000);
      pages = doc.source.pages ?? 0;
      t0 = performance.now();
      await run('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { maxBuffer: 64 * 1024 * 1024 });
      theirs.push((performance.now() - t0) / 1000);
    }
    const seconds = median(ours);
    const pdftotextSeconds = median(theirs);
    out.push({
      file: basename(file),
      pages,
      seconds: round(seconds),
      pagesPerSecond: round(pages / seconds, 1),
      pdftotextSeconds: round(pdftotextSeconds),
      pdftotextPagesPerSecond: round(pages / pdftotextSeconds, 1),
    });
  }
  return out;
}

/** The results as a small table, with the ratio to pdftotext against the goal. */
export function formatPdfImportBench(rows: PdfImportBench[]): string {
  const lines = ['文件 / file | 页 pages | readPdf s | 页/秒 | pdftotext s | 页/秒 | 倍数 ratio (goal ≤ 3×)'];
  for (const r of rows) {
    const ratio = r.seconds / r.pdftotextSeconds;
    lines.push(`${r.file} | ${r.pages} | ${r.seconds} | ${r.pagesPerSecond} | ${r.pdftotextSeconds} | ${r.pdftotextPagesPerSecond} | ${ratio.toFixed(2)}× ${ratio <= PDF_IMPORT_GOAL_RATIO ? 'ok' : 'over goal'}`);
  }
  return lines.join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const args = process.argv.slice(2);
  const reps = Number(args.find((a) => a.startsWith('--reps='))?.slice(7) ?? 5);
  const files = args.filter((a) => !a.startsWith('--'));
  const rows = await benchPdfImport(files.length > 0 ? files.map((f) => resolve(f)) : CORPUS_PDFS, reps);
  console.log(formatPdfImportBench(rows));
}
