// Benchmark (npm run bench): generates synthetic budgets (seeds 1…N, untimed), then times each
// stage over all of them — building Documents, rendering HTML and XLSX, checking — and prints a table
// against the goals, plus peak memory. A failing stage is reported and the others still run; the
// script always exits 0. Add later stages (PDF …) as entries of STAGES.
//
//   npx tsx scripts/bench.ts [--count=1000] [--chunk=50|all] [--stages=document,html,xlsx,check]
//     [--check-workers=N] [--check-chunk=N|all] [--worker-heap=MB] [--workers=N]
//   npx tsx scripts/bench.ts --stages=pdf-import [--reps=3]   (the corpus PDFs read against pdftotext;
//                                                              also at the end of a default run)
//
// Besides wall-clock documents/s (the goals), the notes give each stage's CPU time: the process's,
// all threads, during the timed calls — on a shared machine the wall clock also counts the time
// other processes hold the cores.
//
// Checking has two rows. "check (all rules, 1 thread)" checks on the calling thread, one timed call
// per document as the other stages (--workers=N instead checks each chunk as one batch through
// src/workers/check-pool.ts, which moves Documents to N workers; slower on 2 cores). "check (all
// rules, W workers)" — W = --check-workers, default min(2, available cores), 0 to skip — runs
// first, before the budgets are generated here: W worker threads (src/workers/source-pool.ts) each
// generate and build their share of the same documents (seeds 1…count, untimed), then on 'go' check
// all of them; its seconds run from 'go' to the last worker's answer, and no Document crosses
// threads. Each worker holds --check-chunk documents at a time (default: --chunk; 'all'), so this
// runs in rounds of build-then-go; --worker-heap=MB caps each worker's old generation. The notes
// give each worker's check time and its thread's CPU time.
// --stages=check-workers runs that row alone. The checking goal (≥ 1,000 documents/s) is marked on
// the row of the configuration `yusuan check <folder>` uses on this machine (defaultWorkers in
// src/cli/check-many.ts): on 2 cores the calling thread, with a core to spare the workers.
import { acceptCheck, cpuSince, message, procMemory } from './bench-util.ts';
import os from 'node:os';
import type { Budget } from '../src/core/model/budget.ts';
import type { Document } from '../src/core/model/document.ts';
import { generateBudgets } from '../src/generator/index.ts';
import type { WorkerCheckRun } from './bench-check-workers.ts';

const MB = 1024 * 1024;
const MEMORY_GOAL_MB = 500;
/** Issue 3: documents checked a second on 2 cores. */
const CHECK_GOAL = 1000;
/** After the label of the check row that has the goal: the configuration `yusuan check` uses here. */
const GOAL_MARK = ' ← yusuan check';

interface Goal {
  /** At least this many documents per second. */
  docsPerSecond?: number;
  /** At most this many seconds for the whole stage. */
  maxSeconds?: number;
}

/** What a stage works on: the generated Budget, or the Document the document stage built. */
type StageInput = 'budget' | 'document';

interface Stage {
  id: string;
  label: string;
  input: StageInput;
  /** The stage's output becomes the chunk's Document (only the document stage). */
  producesDocument?: boolean;
  goal?: Goal;
  /** Untimed: loads modules and checks prerequisites; returns the per-document work. */
  prepare(): Promise<(input: Budget | Document) => unknown>;
  /** Untimed, after all stages ran: releases what prepare() started (the PDF engine's browser). */
  teardown?(): Promise<void>;
  /** Runs only when --stages names it (slow stages: a default run stays short). */
  onlyWhenAsked?: boolean;
  /**
   * Untimed, instead of prepare() when present: the work on a whole chunk at once (one timed
   * call per chunk), with each input's outcome in order.
   */
  prepareBatch?(): Promise<((inputs: readonly (Budget | Document)[]) => Promise<Outcome[]>) | undefined>;
  /** A line for the notes under the table (after the run). */
  note?(): string | undefined;
  /**
   * Instead of prepare(): the whole stage on its own, run before the budgets are generated (the
   * check in worker threads, which build their own documents). `with` names a stage whose
   * selection brings this one along.
   */
  alone?(count: number): Promise<Omit<Result, 'stage'>>;
  with?: string;
  /** Print the stage's seconds per 100 documents, in order (how V8's warming up shapes the run). */
  curve?: boolean;
}

/** What a batch stage made of one input: its output, or the error that input failed with. */
type Outcome = { ok: true; out: unknown } | { ok: false; error: unknown };


/** Size in bytes of a rendered output, for the notes (0 when it is not text or bytes). */
function sizeOf(out: unknown): number {
  if (typeof out === 'string') return Buffer.byteLength(out);
  if (out instanceof Uint8Array) return out.byteLength;
  return 0;
}

const STAGES: Stage[] = [
  {
    id: 'document',
    label: 'build Document',
    input: 'budget',
    producesDocument: true,
    async prepare() {
      const { buildDocument } = await import('../src/core/document/build.ts');
      const { getTemplate } = await import('../src/core/templates/index.ts');
      const { bundledClassification } = await import('../src/core/classification/bundled.ts');
      const template = getTemplate('luoyang');
      const classification = bundledClassification(2023);
      if (!template) throw new Error("getTemplate('luoyang') returned nothing");
      if (!classification) throw new Error('bundledClassification(2023) returned nothing');
      return (budget) => buildDocument(budget as Budget, { template, classification });
    },
  },
  {
    id: 'html',
    label: 'render HTML',
    input: 'document',
    goal: { docsPerSecond: 500 },
    async prepare() {
      const { renderHtml } = await import('../src/renderers/html.ts');
      return (doc) => renderHtml(doc as Document);
    },
  },
  {
    id: 'xlsx',
    label: 'render XLSX',
    input: 'document',
    goal: { docsPerSecond: 30, maxSeconds: 40 },
    async prepare() {
      const { renderXlsx } = await import('../src/renderers/xlsx.ts');
      return (doc) => renderXlsx(doc as Document);
    },
  },
  {
    id: 'check',
    label: 'check (all rules, 1 thread)',
    input: 'document',
    curve: true,
    async prepare() {
      const { checkDocument } = await import('../src/core/rules/check.ts');
      const { getTemplate } = await import('../src/core/templates/index.ts');
      const { bundledClassification } = await import('../src/core/classification/bundled.ts');
      const template = getTemplate('luoyang');
      const classification = bundledClassification(2023);
      if (!template || !classification) throw new Error('no template or classification');
      return (doc) => acceptCheck(checkDocument(doc as Document, { template, classification }));
    },
    async prepareBatch() {
      // Measured on 2 cores: moving documents to a worker costs more than checking them, so the
      // single-thread path is the default (342 vs 219 docs/s); --workers=N tries the pool.
      const workers = arg('workers');
      if (workers === undefined || Number(workers) === 0) return undefined; // per document, as prepare()
      const { CheckPool } = await import('../src/workers/check-pool.ts');
      const { getTemplate } = await import('../src/core/templates/index.ts');
      const { bundledClassification } = await import('../src/core/classification/bundled.ts');
      const template = getTemplate('luoyang');
      const classification = bundledClassification(2023);
      if (!template || !classification) throw new Error('no template or classification');
      // Starting the workers (each loads the catalogue) is setup, like loading modules.
      const pool = await CheckPool.create({ workers: Number(workers) });
      this.label = `check (all rules, caller + ${pool.size} pool workers, Documents moved)`;
      this.teardown = () => pool.close();
      this.note = () => {
        const s = pool.stats;
        return `${pool.size} worker thread(s) + the calling thread; checked by the caller ${s.caller}, by workers ${s.workers}; ` +
          `caller waited ${(s.waitMs / 1000).toFixed(2)} s for workers at the ends of chunks`;
      };
      return async (docs) => (await pool.checkDocumentsSettled(docs as Document[], { template, classification }))
        .map((s): Outcome => {
          if (!s.ok) return { ok: false, error: s.error };
          try {
            return { ok: true, out: acceptCheck(s.result) };
          } catch (error) {
            return { ok: false, error };
          }
        });
    },
  },
  {
    id: 'check-workers',
    with: 'check',
    label: 'check (all rules, workers)',
    input: 'document',
    prepare: () => Promise.reject(new Error('check-workers runs alone')),
    async alone(count) {
      // In a process of its own (scripts/bench-check-workers.ts --child): the memory the worker
      // threads leave with the allocator would otherwise add to the pipeline's peak below.
      const { run, peakRss: childPeak } = await workerCheckProcess(count).catch((err: unknown) => ({
        run: { label: this.label, documents: 0, seconds: 0, cpuSeconds: 0, failures: 0, notes: [], error: `not run: ${message(err)}` } as WorkerCheckRun,
        peakRss: 0,
      }));
      this.label = this.goal ? `${run.label}${GOAL_MARK}` : run.label;
      this.note = () => [...run.notes, `its own process's peak RSS (VmHWM, every thread): ${(childPeak / MB).toFixed(0)} MB`].join('\n  ');
      const { label: _l, notes: _n, ...result } = run;
      return { ...result, bytes: 0, skipped: 0 };
    },
  },
  {
    id: 'pdf',
    label: 'render PDF',
    input: 'document',
    onlyWhenAsked: true, // about a second a document: npm run bench -- --stages=pdf --count=100
    async prepare() {
      const { renderPdf, closePdfEngine, pdfEngineProblem } = await import('../src/renderers/pdf.ts');
      const problem = await pdfEngineProblem();
      if (problem) throw new Error(problem);
      this.teardown = closePdfEngine;
      return (doc) => renderPdf(doc as Document);
    },
    async prepareBatch() {
      // A chunk at once: the engine prints pdfTabs() documents side by side (--pdf-tabs=1 for one
      // at a time); --tagged=false prints without tags and bookmarks.
      if (arg('pdf-tabs') !== undefined) process.env.YUSUAN_PDF_TABS = arg('pdf-tabs');
      const { renderPdf, closePdfEngine, pdfEngineProblem, pdfTabs } = await import('../src/renderers/pdf.ts');
      const problem = await pdfEngineProblem();
      if (problem) throw new Error(problem);
      this.teardown = closePdfEngine;
      const tagged = arg('tagged') !== 'false';
      this.note = () => `${pdfTabs()} tab(s) at once, ${tagged ? 'tagged with bookmarks' : 'untagged'}`;
      return async (docs) => (await Promise.allSettled(docs.map((d) => renderPdf(d as Document, { tagged }))))
        .map((s): Outcome => (s.status === 'fulfilled' ? { ok: true, out: s.value } : { ok: false, error: s.reason }));
    },
  },
];

// ---- memory sampling -------------------------------------------------------------------------

let peakRss = 0;
function sampleRss(): void {
  const rss = process.memoryUsage.rss();
  if (rss > peakRss) peakRss = rss;
}

/** The worker check run in a child process (tsx, the same flags), its result and peak RSS. */
async function workerCheckProcess(count: number): Promise<{ run: WorkerCheckRun; peakRss: number }> {
  const { execFile } = await import('node:child_process');
  const script = new URL('./bench-check-workers.ts', import.meta.url).pathname;
  const flags = process.argv.slice(2).filter((a) => a.startsWith('--') && !a.startsWith('--count='));
  const stdout = await new Promise<string>((done, fail) =>
    execFile(process.execPath, ['--import', 'tsx', script, '--child', `--count=${count}`, ...flags], { maxBuffer: 64 * MB }, (err, out, errOut) =>
      err ? fail(new Error(`${err.message}\n${errOut}`)) : done(out),
    ),
  );
  const last = stdout.trim().split('\n').pop() ?? '';
  return JSON.parse(last) as { run: WorkerCheckRun; peakRss: number };
}


// ---- running ---------------------------------------------------------------------------------

interface Result {
  stage: Stage;
  work?: (input: Budget | Document) => unknown;
  batch?: (inputs: readonly (Budget | Document)[]) => Promise<Outcome[]>;
  documents: number;
  seconds: number;
  /** CPU time of the whole process (every thread: JIT compilers and GC helpers too) during the timed calls. */
  cpuSeconds: number;
  bytes: number;
  failures: number;
  skipped: number;
  error?: string;
  /** Seconds of each successful call, in order (stages with `curve`). */
  times?: number[];
}

const yieldToTimers = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Runs the stages chunk by chunk: for each chunk of budgets, every stage in order over the chunk,
 * timing each call on its own (so a stage's seconds exclude building its input). Only a chunk's
 * Documents are alive at a time, so memory measures the pipeline, not a pile of 1,000 Documents.
 * A document that fails in one stage is counted and skipped downstream; the stage goes on.
 */
async function runStages(stages: Stage[], budgets: readonly Budget[], chunk: number): Promise<Result[]> {
  const results: Result[] = [];
  for (const stage of stages) {
    const r: Result = { stage, documents: 0, seconds: 0, cpuSeconds: 0, bytes: 0, failures: 0, skipped: 0 };
    if (stage.curve) r.times = [];
    try {
      const batch = await stage.prepareBatch?.();
      if (batch) r.batch = batch;
      else r.work = await stage.prepare();
    } catch (err) {
      r.error = `not run: ${message(err)}`;
    }
    results.push(r);
  }
  for (let start = 0; start < budgets.length; start += chunk) {
    const end = Math.min(budgets.length, start + chunk);
    const docs: (Document | undefined)[] = [];
    for (const r of results) {
      if (r.batch) {
        await runBatch(r, r.batch, budgets, docs, start, end);
        continue;
      }
      if (!r.work) continue;
      for (let i = start; i < end; i++) {
        const input = r.stage.input === 'budget' ? budgets[i] : docs[i - start];
        if (input === undefined) {
          r.skipped++;
          continue;
        }
        const t = process.hrtime.bigint();
        const cpu = process.cpuUsage();
        try {
          let out = r.work(input);
          if (out instanceof Promise) out = await out;
          const seconds = Number(process.hrtime.bigint() - t) / 1e9;
          r.seconds += seconds;
          r.times?.push(seconds);
          r.cpuSeconds += cpuSince(cpu);
          r.documents++;
          r.bytes += sizeOf(out);
          if (r.stage.producesDocument) docs[i - start] = out as Document;
        } catch (err) {
          r.seconds += Number(process.hrtime.bigint() - t) / 1e9;
          r.cpuSeconds += cpuSince(cpu);
          r.failures++;
          r.error ??= `document ${i + 1} (seed ${i + 1}): ${message(err)}`;
        }
        if ((i - start) % 25 === 24) {
          sampleRss();
          await yieldToTimers(); // lets the 20 ms sampler run during synchronous stages
        }
      }
      sampleRss();
      await yieldToTimers();
    }
  }
  return results;
}

/** One chunk of a batch stage: a single timed call over the chunk's inputs. */
async function runBatch(
  r: Result, batch: NonNullable<Result['batch']>, budgets: readonly Budget[], docs: readonly (Document | undefined)[], start: number, end: number,
): Promise<void> {
  const inputs: (Budget | Document)[] = [];
  const seeds: number[] = [];
  for (let i = start; i < end; i++) {
    const input = r.stage.input === 'budget' ? budgets[i] : docs[i - start];
    if (input === undefined) r.skipped++;
    else {
      inputs.push(input);
      seeds.push(i + 1);
    }
  }
  if (inputs.length === 0) return;
  const t = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  let outcomes: Outcome[];
  try {
    outcomes = await batch(inputs);
  } catch (err) {
    outcomes = inputs.map(() => ({ ok: false, error: err }));
  }
  r.seconds += Number(process.hrtime.bigint() - t) / 1e9;
  r.cpuSeconds += cpuSince(cpu);
  outcomes.forEach((o, k) => {
    if (o.ok) {
      r.documents++;
      r.bytes += sizeOf(o.out);
    } else {
      r.failures++;
      r.error ??= `document ${seeds[k]} (seed ${seeds[k]}): ${message(o.error)}`;
    }
  });
  sampleRss();
  await yieldToTimers();
}



// ---- printing --------------------------------------------------------------------------------

function goalText(goal?: Goal): string {
  if (!goal) return '—';
  const parts: string[] = [];
  if (goal.docsPerSecond !== undefined) parts.push(`≥ ${goal.docsPerSecond} docs/s`);
  if (goal.maxSeconds !== undefined) parts.push(`< ${goal.maxSeconds} s`);
  return parts.join(', ');
}

function verdict(r: Result): string {
  if (r.error || r.documents === 0) return '✗';
  if (!r.stage.goal) return '—';
  const rate = r.documents / r.seconds;
  const { docsPerSecond, maxSeconds } = r.stage.goal;
  const ok = (docsPerSecond === undefined || rate >= docsPerSecond) && (maxSeconds === undefined || r.seconds < maxSeconds);
  return ok ? '✓' : '✗';
}

function printTable(rows: string[][]): void {
  const width = (s: string): number => [...s].reduce((w, ch) => w + (/[\u2E80-\uFFEF]/.test(ch) ? 2 : 1), 0);
  const cols = rows[0]?.length ?? 0;
  const widths = Array.from({ length: cols }, (_, c) => Math.max(...rows.map((r) => width(r[c] ?? ''))));
  rows.forEach((r, i) => {
    console.log(r.map((cell, c) => cell + ' '.repeat((widths[c] ?? 0) - width(cell))).join(' | '));
    if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
  });
}

function arg(name: string): string | undefined {
  const hit = process.argv.find((a) => a.startsWith(`--${name}=`));
  return hit?.slice(name.length + 3);
}

async function main(): Promise<void> {
  const cpus = os.cpus();
  console.log(`machine: ${cpus.length} cores (${cpus[0]?.model.trim() ?? 'unknown cpu'}), ` +
    `${(os.totalmem() / 1024 ** 3).toFixed(1)} GB RAM, ${os.platform()} ${os.arch()}, node ${process.version}`);
  const sampler = setInterval(sampleRss, 20);
  sampler.unref();

  const count = Math.max(1, Math.floor(Number(arg('count') ?? 1000)) || 1000);
  // The checking goal (issue 3: ≥ 1,000 documents/s on 2 cores) belongs to the configuration
  // `yusuan check <folder>` uses on this machine (defaultWorkers): on 2 cores the calling thread,
  // which is the faster of the two rows there; with a core to spare, the worker threads.
  const { defaultWorkers } = await import('../src/cli/check-many.ts');
  const checkWorkers = defaultWorkers(count, os.availableParallelism());
  const goalStage = STAGES.find((s) => s.id === (checkWorkers === 0 ? 'check' : 'check-workers'));
  if (goalStage) {
    goalStage.goal = { docsPerSecond: CHECK_GOAL };
    goalStage.label += GOAL_MARK;
  }
  const chunk = arg('chunk') === 'all' ? count : Math.max(1, Math.floor(Number(arg('chunk') ?? 50)) || 50);
  const wanted = arg('stages')?.split(',');
  const isPicked = (s: Stage): boolean =>
    wanted ? wanted.includes(s.id) || (s.with !== undefined && wanted.includes(s.with)) : !s.onlyWhenAsked;
  // Stages that run alone go first, each in a process of its own (the worker check): their memory
  // (worker threads with their own documents) and the pipeline's do not add up.
  const alone: Result[] = [];
  for (const s of STAGES) {
    if (!s.alone || !isPicked(s)) continue;
    if (s.id === 'check-workers' && arg('check-workers') === '0') continue;
    console.log(`${s.label}: running first, on its own…`);
    alone.push({ stage: s, ...(await s.alone(count)) });
  }
  const t0 = process.hrtime.bigint();
  const budgets = generateBudgets(count, 1);
  const genSeconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const lines = budgets.reduce((a, b) => a + b.lines.length, 0);
  const projects = budgets.reduce((a, b) => a + b.projects.length, 0);
  console.log(`generated ${count} budgets (seeds 1…${count}; ${lines} lines, ${projects} projects) ` +
    `in ${genSeconds.toFixed(2)} s — not timed`);
  console.log(`stages run chunk by chunk (${chunk} documents a chunk); each call is timed on its own\n`);

  // A stage that works on Documents brings the document stage along.
  const picked = STAGES.filter((s) => isPicked(s) && !s.alone);
  const needDocs = picked.some((s) => s.input === 'document');
  const stages = STAGES.filter((s) => picked.includes(s) || (needDocs && s.producesDocument));
  const results = [...await runStages(stages, budgets, chunk), ...alone]
    .sort((a, b) => STAGES.indexOf(a.stage) - STAGES.indexOf(b.stage));
  for (const s of stages) await s.teardown?.().catch((err: unknown) => console.error(`${s.label}: teardown failed: ${message(err)}`));
  sampleRss();
  clearInterval(sampler);

  const rows = [['stage', 'documents', 'seconds', 'documents/s', 'goal', '✓/✗']];
  for (const r of results) {
    const ran = r.documents + r.failures > 0;
    const rate = r.documents > 0 && r.seconds > 0 ? (r.documents / r.seconds).toFixed(1) : '—';
    rows.push([r.stage.label, String(r.documents), ran ? r.seconds.toFixed(2) : '—', rate, goalText(r.stage.goal), verdict(r)]);
  }
  const hwm = procMemory('VmHWM');
  const peak = Math.max(peakRss, hwm ?? 0);
  const peakOk = peak < MEMORY_GOAL_MB * MB ? '✓' : '✗';
  rows.push(['peak memory (RSS)', '', '', `${(peak / MB).toFixed(0)} MB`, `< ${MEMORY_GOAL_MB} MB`, peakOk]);
  printTable(rows);
  console.log(`\npeak RSS sampled every 20 ms: ${(peakRss / MB).toFixed(0)} MB; ` +
    `VmHWM: ${hwm === undefined ? 'n/a' : `${(hwm / MB).toFixed(0)} MB`}`);
  for (const r of results) {
    const extra = [
      // On a shared machine the wall clock counts the time other processes hold the cores; the
      // process's CPU time (all its threads) during the same calls does not.
      r.documents > 0 && r.cpuSeconds > 0 ? `CPU ${r.cpuSeconds.toFixed(2)} s (${(r.documents / r.cpuSeconds).toFixed(1)} documents per CPU-second)` : '',
      // What that CPU allows however the work were spread over the cores: a rate above it needs
      // less CPU, not better scheduling (docs/checking.md, “the CPU budget”).
      r.documents > 0 && r.cpuSeconds > 0 ? `all ${os.availableParallelism()} cores busy, at most ${((r.documents * os.availableParallelism()) / r.cpuSeconds).toFixed(0)} documents/s with this CPU` : '',
      r.bytes > 0 ? `${(r.bytes / MB).toFixed(1)} MB out, ${(r.bytes / r.documents / 1024).toFixed(1)} KB a document` : '',
      r.failures > 0 ? `${r.failures} failed` : '',
      r.skipped > 0 ? `${r.skipped} skipped (no input)` : '',
      r.error ? `first error: ${r.error}` : '',
      r.stage.note?.() ?? '',
      curveText(r.times),
    ].filter(Boolean);
    if (extra.length > 0) console.log(`${r.stage.label}: ${extra.join('; ')}`);
  }
  // A default run ends with it too (a few seconds): issue 5's pages per second next to pdftotext.
  if (!wanted || wanted.includes('pdf-import')) await pdfImportStage();
}

/**
 * A stage's ms a document per 100 documents in order: a cold process checks its first hundreds of
 * documents while V8 still interprets and compiles the rules, and this shows how much of the run
 * that is (docs/checking.md).
 */
function curveText(times: readonly number[] | undefined): string {
  if (!times || times.length < 200) return '';
  const parts: string[] = [];
  for (let i = 0; i < times.length; i += 100) {
    const slice = times.slice(i, i + 100);
    parts.push((slice.reduce((a, b) => a + b, 0) / slice.length * 1000).toFixed(2));
  }
  return `ms a document, per 100 documents in order: ${parts.join(' ')}`;
}

/**
 * --stages=pdf-import: reading the corpus PDFs (scripts/bench-pdf-import.ts) against pdftotext on
 * the same files, pages per second side by side. Not per Budget, so outside the table above.
 */
async function pdfImportStage(): Promise<void> {
  console.log('\nPDF import (readPdf vs pdftotext -layout, median of --reps runs each):');
  try {
    const { benchPdfImport, formatPdfImportBench } = await import('./bench-pdf-import.ts');
    const reps = Math.max(1, Math.floor(Number(arg('reps') ?? 7)) || 7);
    console.log(formatPdfImportBench(await benchPdfImport(undefined, reps)));
  } catch (err) {
    console.log(`not run: ${message(err)}`);
  }
}

main()
  .catch((err) => console.error(`bench: ${message(err)}`))
  .finally(() => {
    process.exitCode = 0;
  });
