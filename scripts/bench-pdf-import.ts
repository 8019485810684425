// Benchmark of the PDF reader: readPdf on each corpus PDF against `pdftotext -layout` on the same
// file, in the same run, alternating, several repetitions each. Goal (issue 5): readPdf within 3×
// of pdftotext's wall time. Exported for scripts/bench.ts; run alone with
// `npx tsx scripts/bench-pdf-import.ts [--reps=5] [file.pdf …]`.
//
// What is timed, per repetition:
// - readPdf(file): from the call to the RawDocument — stat and read the file, parse it with pdfjs
//   (text of every page, drawing operators of the table pages), lay it out. Not timed: loading the
//   pdfjs modules (setup, as installing pdftotext is), done by one untimed readPdf of each file first.
// - `pdftotext -layout -enc UTF-8 FILE -` (text to /dev/null), timed by a small bash around it
//   ($EPOCHREALTIME before and after, CPU from `times`), as a shell user would see it: its own
//   process start (exec, dynamic linking; `pdftotext -v` shows how much) is part of its work on a
//   file and is included, but not the cost of forking this large Node process (20–60 ms, which
//   would flatter readPdf). Without bash ≥ 5 it is spawned from here instead, and the table says so.
//   It too runs once untimed per file first.
// Wall: the median of the repetitions. CPU: the mean over the repetitions — readPdf's from
// process.cpuUsage() (this process, all threads: pdfjs runs in this thread, zlib and the GC in
// helper threads), pdftotext's its process's user + system time. The load average is printed with
// the figures: on a shared machine the wall times count other processes' time on the cores, the
// CPU times much less so.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import os from 'node:os';
import { basename, resolve } from 'node:path';
import { promisify } from 'node:util';
import { readPdf } from '../src/importers/pdf/read-pdf.ts';

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '..');
const CORPUS = resolve(ROOT, 'test', 'fixtures', 'corpus');
export const CORPUS_PDFS = ['shanghai-czj-2025-unit-budget.pdf', 'shanghai-putuo-wanli-2023-dept-budget.pdf'].map((f) => resolve(CORPUS, f));
/** readPdf may take at most this many times pdftotext's wall time on the same file. */
export const PDF_IMPORT_GOAL_RATIO = 3;

export interface PdfImportBench {
  file: string;
  pages: number;
  /** Median wall seconds of readPdf. */
  seconds: number;
  pagesPerSecond: number;
  /** Median wall seconds of `pdftotext -layout FILE -` (its process start included). */
  pdftotextSeconds: number;
  pdftotextPagesPerSecond: number;
  /** seconds / pdftotextSeconds, from the unrounded medians. */
  ratio: number;
  /** Mean CPU seconds of one readPdf (this process, all threads). */
  cpuSeconds: number;
  /** Mean CPU seconds of one pdftotext process (undefined when it could not be timed through bash). */
  pdftotextCpuSeconds?: number;
  /** How pdftotext was timed: by bash around it, or spawned from this process (fork included). */
  pdftotextTimedBy: 'bash' | 'node-spawn';
  /** Median wall seconds of `pdftotext -v` (its process start alone, for reference). */
  pdftotextStartSeconds: number;
  /** 1-minute load average before and after this file's repetitions. */
  load: [number, number];
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const round = (v: number, d = 3): number => Math.round(v * 10 ** d) / 10 ** d;
const load1 = (): number => round(os.loadavg()[0]!, 2);

/** One timed run of pdftotext: wall and CPU seconds (CPU undefined when spawned from Node). */
interface Timed {
  wall: number;
  cpu?: number;
}

const minutes = (t: string): number => {
  const m = /^(\d+)m([\d.]+)s$/.exec(t);
  return m ? Number(m[1]) * 60 + Number(m[2]) : NaN;
};

/** bash that times one command: its wall clock, then `times` (the second line: children's user, system). */
const TIMER = 's=$EPOCHREALTIME; "$@" >/dev/null 2>&1 || exit $?; e=$EPOCHREALTIME; echo "$s $e"; times';

/** Times a command the shell way (see the head of this file); undefined when bash cannot. */
async function shellTimed(args: string[]): Promise<Timed | undefined> {
  try {
    const { stdout } = await run('bash', ['-c', TIMER, 'bench', ...args]);
    const [span, , children] = stdout.trim().split('\n');
    const [s, e] = (span ?? '').split(' ').map(Number);
    const [user, system] = (children ?? '').trim().split(/\s+/).map(minutes);
    if (!Number.isFinite(s) || !Number.isFinite(e) || !(e! >= s!)) return undefined;
    return { wall: e! - s!, ...(Number.isFinite(user) && Number.isFinite(system) ? { cpu: user! + system! } : {}) };
  } catch {
    return undefined;
  }
}

/** Times a command spawned from this process (the fallback: this process's fork included). */
async function spawnTimed(args: string[]): Promise<Timed> {
  const t0 = performance.now();
  await run(args[0]!, args.slice(1), { maxBuffer: 64 * 1024 * 1024 });
  return { wall: (performance.now() - t0) / 1000 };
}

let viaShell: boolean | undefined;
async function timed(args: string[]): Promise<Timed> {
  if (viaShell !== false) {
    const t = await shellTimed(args);
    viaShell = t !== undefined;
    if (t) return t;
  }
  return spawnTimed(args);
}

const pdftotextArgs = (file: string): string[] => ['pdftotext', '-layout', '-enc', 'UTF-8', file, '-'];

/** Times readPdf and pdftotext on each file, alternating, reps times each. */
export async function benchPdfImport(files: string[] = CORPUS_PDFS, reps = 5): Promise<PdfImportBench[]> {
  const present = files.filter((f) => existsSync(f));
  if (present.length === 0) throw new Error(`没有可测的 PDF / no PDF to time: ${files.join(', ')}`);
  // Untimed: loads pdfjs and its worker code, then each file once with each tool.
  for (const file of present) {
    await readPdf(file);
    await timed(pdftotextArgs(file));
  }
  const starts: number[] = [];
  for (let i = 0; i < Math.max(3, reps); i++) starts.push((await timed(['pdftotext', '-v'])).wall);
  const pdftotextStartSeconds = round(median(starts));
  const out: PdfImportBench[] = [];
  for (const file of present) {
    const ours: number[] = [];
    const theirs: number[] = [];
    let ourCpu = 0;
    let theirCpu: number | undefined = 0;
    let pages = 0;
    const before = load1();
    for (let i = 0; i < reps; i++) {
      const t0 = performance.now();
      const c0 = process.cpuUsage();
      const doc = await readPdf(file);
      ours.push((performance.now() - t0) / 1000);
      const c = process.cpuUsage(c0);
      ourCpu += (c.user + c.system) / 1e6;
      pages = doc.source.pages ?? 0;
      const t = await timed(pdftotextArgs(file));
      theirs.push(t.wall);
      theirCpu = theirCpu === undefined || t.cpu === undefined ? undefined : theirCpu + t.cpu;
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
      ratio: round(seconds / pdftotextSeconds, 2),
      cpuSeconds: round(ourCpu / reps),
      ...(theirCpu !== undefined ? { pdftotextCpuSeconds: round(theirCpu / reps) } : {}),
      pdftotextStartSeconds,
      pdftotextTimedBy: viaShell ? 'bash' : 'node-spawn',
      load: [before, load1()],
    });
  }
  return out;
}

/** The results as a small table, with the ratio to pdftotext against the goal, then CPU and load. */
export function formatPdfImportBench(rows: PdfImportBench[]): string {
  const lines = [`文件 / file | 页 pages | readPdf s | 页/秒 p/s | pdftotext s | 页/秒 p/s | 倍数 ratio (goal ≤ ${PDF_IMPORT_GOAL_RATIO}×) | CPU s readPdf / pdftotext | 负载 load 1 min`];
  for (const r of rows) {
    const cpu = r.pdftotextCpuSeconds !== undefined && r.pdftotextCpuSeconds > 0 ? `${r.cpuSeconds} / ${r.pdftotextCpuSeconds} (${(r.cpuSeconds / r.pdftotextCpuSeconds).toFixed(2)}×)` : `${r.cpuSeconds} / –`;
    lines.push(
      `${r.file} | ${r.pages} | ${r.seconds} | ${r.pagesPerSecond} | ${r.pdftotextSeconds} | ${r.pdftotextPagesPerSecond} | ${r.ratio.toFixed(2)}× ${r.ratio <= PDF_IMPORT_GOAL_RATIO ? 'ok' : 'over goal'} | ${cpu} | ${r.load[0]} → ${r.load[1]}`,
    );
  }
  if (rows[0]) {
    lines.push(
      `wall: median of the repetitions; CPU: mean per run (readPdf: this process, all threads; pdftotext: its process). ` +
        `pdftotext timed ${rows[0].pdftotextTimedBy === 'bash' ? 'by bash around it' : 'spawned from Node (this process’s fork included: flatters readPdf)'}; ` +
        `its process start alone (pdftotext -v): ${rows[0].pdftotextStartSeconds} s, included. ${os.availableParallelism()} cores.`,
    );
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
