// The bench's check stage on worker threads (npm run bench, row "check (all rules, W workers)"):
// W workers (src/workers/source-pool.ts) each generate and build their share of documents seeds
// 1…count themselves, untimed, then check them all on 'go'; timed from 'go' to the last answer,
// summed over rounds of --check-chunk documents a worker. Only counts and findings come back.
import { acceptCheck, cpuSince, message, procMemory } from './bench-util.ts';
import os from 'node:os';

const MB = 1024 * 1024;

/** What bench.ts lends: its flags, its RSS sampler, and its check of a generated document's result. */
export interface BenchHooks {
  arg(name: string): string | undefined;
  sampleRss(): void;
  accept(result: { counts: { error: number }; findings: { severity: string; message: string }[] }): unknown;
}

/** The row and its notes. */
export interface WorkerCheckRun {
  label: string;
  documents: number;
  seconds: number;
  /** Process CPU (every thread) from each 'go' to its last answer. */
  cpuSeconds: number;
  failures: number;
  error?: string;
  notes: string[];
}




/**
 * The check stage on W worker threads: each builds its share of documents seeds 1…count itself
 * (untimed), then all check at once on 'go'; timed from 'go' to the last answer. Only counts and
 * findings come back, and bench.accept (the bench's acceptCheck) holds each as in the single-thread stage.
 */
export async function checkInWorkers(count: number, bench: BenchHooks): Promise<WorkerCheckRun> {
  const { arg, sampleRss } = bench;
  const workersWanted = Math.floor(Number(arg('check-workers') ?? Math.min(2, os.availableParallelism())));
  const workers = Number.isFinite(workersWanted) && workersWanted > 0 ? workersWanted : 1;
  const r: WorkerCheckRun = { label: `check (all rules, ${workers} worker${workers > 1 ? 's' : ''})`, documents: 0, seconds: 0, cpuSeconds: 0, failures: 0, notes: [] };
  const { SourcePool } = await import('../src/workers/source-pool.ts');
  // Starting the workers (each loads the catalogue) and building the documents is setup, untimed.
  // Round by round, each worker holding --check-chunk documents at a time (default: --chunk, 50;
  // 'all': its whole share), as the pipeline holds a chunk: memory measures checking, not a pile.
  const chunkArg = arg('check-chunk') ?? arg('chunk');
  const chunk = chunkArg === 'all' ? count : Math.max(1, Math.floor(Number(chunkArg ?? 50)) || 50);
  // Each worker's old generation is capped (--worker-heap, MB; default 64 + 1 MB a document held,
  // 114 for 50; a document is ~0.3 MB live): uncapped, V8 let each worker's heap grow to ~180 MB,
  // mostly garbage, which took the process over the 500 MB goal (552 MB; 385 MB capped).
  const heapMb = Math.max(32, Math.floor(Number(arg('worker-heap') ?? 64 + chunk)) || 64 + chunk);
  const pool = await SourcePool.create({ workers, resourceLimits: { maxOldGenerationSizeMb: heapMb } });
  try {
    // --check-warmup=N: each worker first checks N other documents (seeds 1,000,001…), untimed, so
    // that its JIT has compiled the rules — what a long-lived pool (a portal) runs at. Default 0:
    // cold workers, what a one-off `yusuan check <folder>` pays.
    const warmup = Math.max(0, Math.floor(Number(arg('check-warmup') ?? 0)) || 0);
    for (let first = 0; first < warmup * workers; first += chunk * workers) {
      const n = Math.min(warmup * workers - first, chunk * workers);
      await pool.prepare(Array.from({ length: n }, (_, i) => ({ kind: 'generated' as const, seed: 1_000_001 + first + i })), { findings: 'problems' });
      await pool.go();
    }
    const per = Array.from({ length: workers }, () => ({ documents: 0, ms: 0, cpuMs: 0 as number | undefined, buildMs: 0, heap: 0 }));
    let rssBuilt = 0;
    for (let first = 0; first < count; first += chunk * workers) {
      const n = Math.min(count - first, chunk * workers);
      const sources = Array.from({ length: n }, (_, i) => ({ kind: 'generated' as const, seed: first + i + 1 }));
      const built = await pool.prepare(sources, { findings: 'problems' });
      sampleRss();
      rssBuilt = Math.max(rssBuilt, procMemory('VmRSS') ?? 0);
      const cpu = process.cpuUsage();
      const go = await pool.go();
      r.cpuSeconds += cpuSince(cpu);
      r.seconds += go.wallMs / 1000;
      sampleRss();
      go.perWorker.forEach((w, k) => {
        const p = per[k] as (typeof per)[number];
        p.documents += w.documents;
        p.ms += w.ms;
        p.cpuMs = p.cpuMs === undefined || w.cpuMs === undefined ? undefined : p.cpuMs + w.cpuMs;
        p.buildMs += built.perWorker[k]?.ms ?? 0;
        p.heap = Math.max(p.heap, w.heapBytes, built.perWorker[k]?.heapBytes ?? 0);
      });
      go.outcomes.forEach((o, j) => {
        const seed = first + j + 1;
        let error: unknown;
        if (!o.ok) error = new Error(o.error);
        else {
          try {
            bench.accept(o);
          } catch (e) {
            error = e;
          }
        }
        if (error === undefined) r.documents++;
        else {
          r.failures++;
          r.error ??= `document ${seed} (seed ${seed}): ${message(error)}`;
        }
      });
    }
    const perWorker = per.map((w, k) => {
      const cpuText = w.cpuMs === undefined ? 'thread CPU n/a' : `thread CPU ${(w.cpuMs / 1000).toFixed(2)} s (${(w.documents / (w.cpuMs / 1000)).toFixed(1)} docs per CPU-second)`;
      return `worker ${k + 1}: ${w.documents} docs checked in ${(w.ms / 1000).toFixed(2)} s, ${cpuText}; built them in ${(w.buildMs / 1000).toFixed(2)} s untimed; its V8 heap ≤ ${(w.heap / MB).toFixed(0)} MB`;
    });
    const rounds = Math.ceil(count / (chunk * workers));
    r.notes = [
      `${warmup > 0 ? `workers warmed up on ${warmup} other documents each (untimed); ` : 'cold workers (no warm-up); '}` +
        `${rounds} round(s) of ≤ ${chunk} documents a worker (heap cap ${heapMb} MB); wall summed from each 'go' to the last worker's answer; ` +
        'Documents built inside each worker (round robin share), never moved',
      ...perWorker,
      `whole process RSS with the workers' documents built: ${rssBuilt === 0 ? 'n/a' : `${(rssBuilt / MB).toFixed(0)} MB`}`,
    ];
  } catch (err) {
    r.error = `not run: ${message(err)}`;
  } finally {
    await pool.close();
  }
  return r;
}


/**
 * Run as its own process by bench.ts (`--child --count=N` and bench's flags): one JSON line on
 * stdout, the run and this process's peak RSS. In its own process, the workers' memory (freed
 * worker heaps the allocator keeps) does not add to the pipeline's peak, and is reported on its own.
 */
async function child(): Promise<void> {
  const arg = (name: string): string | undefined => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  let peak = 0;
  const sampleRss = (): void => {
    peak = Math.max(peak, process.memoryUsage.rss());
  };
  const count = Math.max(1, Math.floor(Number(arg('count') ?? 1000)) || 1000);
  const run = await checkInWorkers(count, { arg, sampleRss, accept: acceptCheck });
  sampleRss();
  process.stdout.write(`${JSON.stringify({ run, peakRss: Math.max(peak, procMemory('VmHWM') ?? 0) })}\n`);
}

if (process.argv.includes('--child')) await child();
