// Checking many documents on several cores without moving Documents between threads: each worker
// (source-worker.ts) reads or builds its documents itself from small inputs — a generator seed or
// a file path — and sends back per document only its counts and findings.
//
// Why: a structured clone of a Document costs more than checking it (check-pool.ts moves
// Documents and measured slower than one thread on 2 cores), while a seed or a path costs nothing
// to post and a document's findings are a few small values. Checking a folder of disclosures, or
// a portal re-checking everything it published, reads each file anyway: reading it in the worker
// puts the reading on that core too.
//
//   const pool = await SourcePool.create({ workers: 2 });
//   const outcomes = await pool.check(paths.map((path) => ({ kind: 'file', path })), { config });
//   await pool.close();
//
// or checkSources(sources, options) for a pool of its own. prepare() + go() split reading from
// checking (the bench times checking alone): each worker builds and keeps its share, then on 'go'
// checks all of it.
import os from 'node:os';
import type { ResourceLimits } from 'node:worker_threads';
import { Worker } from 'node:worker_threads';
import { checkSource } from './source-load.ts';
import type { CheckSource, FromSourceWorker, SourceOptions, SourceOutcome, ToSourceWorker, WorkerTiming } from './source-protocol.ts';
import { workerEntry } from './worker-entry.ts';

export type { CheckSource, SourceOptions, SourceOutcome, WorkerTiming } from './source-protocol.ts';

export interface SourcePoolOptions {
  /** Worker threads (default: os.availableParallelism()). */
  workers?: number;
  /** Heap limits of each worker (node:worker_threads resourceLimits). */
  resourceLimits?: ResourceLimits;
}

/** What go() reports: outcomes in the order of the prepared sources, and how long it took. */
export interface GoReport {
  outcomes: SourceOutcome[];
  /** From posting 'go' to the last worker's answer, in ms. */
  wallMs: number;
  /** Each worker's own time checking its share, and its thread's CPU time. */
  perWorker: WorkerTiming[];
}

const WORKER_URL = new URL('./source-worker.ts', import.meta.url);

type Reply = Extract<FromSourceWorker, { type: 'prepared' | 'checked' }>;

interface Slot {
  worker: Worker;
  index: number;
  pending: Map<number, { resolve: (r: Reply) => void; reject: (e: Error) => void }>;
}

export class SourcePool {
  private job = 0;
  private closed = false;
  private broken: Error | undefined;
  /** Where each prepared source went: per worker, the indexes of its share. */
  private shares: number[][] | undefined;

  private constructor(private readonly slots: Slot[]) {
    for (const slot of slots) {
      slot.worker.on('message', (m: FromSourceWorker) => this.receive(slot, m));
      slot.worker.on('error', (err) => this.fail(err));
      slot.worker.on('exit', (code) => {
        if (!this.closed) this.fail(new Error(`检查线程 ${slot.index} 意外退出（${code}）/ check worker ${slot.index} exited (${code})`));
      });
      slot.worker.unref(); // idle workers do not keep the process alive; a job holds them
    }
  }

  /** Starts the workers and waits until each has loaded the rules. */
  static async create(options: SourcePoolOptions = {}): Promise<SourcePool> {
    const count = Math.max(1, Math.floor(options.workers ?? os.availableParallelism()));
    const entry = workerEntry(WORKER_URL);
    const started = await Promise.allSettled(Array.from({ length: count }, (_, index) => new Promise<Slot>((resolve, reject) => {
      const worker = new Worker(entry, options.resourceLimits ? { resourceLimits: options.resourceLimits } : {});
      const onError = (err: Error) => reject(err);
      const onExit = (code: number) => reject(new Error(`check worker ${index} exited (${code}) while starting`));
      worker.once('error', onError);
      worker.once('exit', onExit);
      worker.once('message', (m: FromSourceWorker) => {
        worker.off('error', onError);
        worker.off('exit', onExit);
        if (m.type === 'ready') resolve({ worker, index, pending: new Map() });
        else reject(new Error(`check worker ${index} did not start: ${JSON.stringify(m)}`));
      });
    })));
    const slots = started.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
    const failed = started.find((s): s is PromiseRejectedResult => s.status === 'rejected');
    if (failed) {
      await Promise.all(slots.map((s) => s.worker.terminate()));
      throw failed.reason instanceof Error ? failed.reason : new Error(String(failed.reason));
    }
    return new SourcePool(slots);
  }

  /** Worker threads in the pool. */
  get size(): number {
    return this.slots.length;
  }

  /**
   * Shares the sources out (round robin, so each worker gets documents of every size) and has
   * each worker read or build its share and keep it. Resolves with each worker's build time.
   */
  async prepare(sources: readonly CheckSource[], options: SourceOptions = {}): Promise<{ perWorker: WorkerTiming[]; failed: number }> {
    const shares = this.slots.map((_, k) => sources.flatMap((_, i) => (i % this.slots.length === k ? [i] : [])));
    this.shares = undefined;
    const replies = await Promise.all(this.slots.map((slot, k) =>
      this.send(slot, { type: 'prepare', job: ++this.job, sources: (shares[k] as number[]).map((i) => sources[i] as CheckSource), options })));
    this.shares = shares;
    return { perWorker: replies.map((r) => r.timing), failed: replies.reduce((a, r) => a + (r.type === 'prepared' ? r.failed : 0), 0) };
  }

  /** Checks what prepare() built, every worker at once; the documents are freed afterwards. */
  async go(): Promise<GoReport> {
    const shares = this.shares;
    if (!shares) throw new Error('source pool: go() without prepare()');
    this.shares = undefined;
    const t0 = performance.now();
    let last = t0;
    const replies = await Promise.all(this.slots.map(async (slot) => {
      const r = await this.send(slot, { type: 'go', job: ++this.job });
      last = performance.now();
      return r;
    }));
    const outcomes = new Array<SourceOutcome>(shares.reduce((a, s) => a + s.length, 0));
    replies.forEach((r, k) => {
      const got = r.type === 'checked' ? r.outcomes : [];
      (shares[k] as number[]).forEach((i, j) => (outcomes[i] = got[j] ?? { ok: false, error: `check worker ${k} returned no outcome` }));
    });
    return { outcomes, wallMs: last - t0, perWorker: replies.map((r) => r.timing) };
  }

  /**
   * Reads and checks every source, each on the next free worker (files differ in size, so they are
   * handed out one at a time, two in flight per worker); outcomes in order. `onOutcome` sees each
   * as it arrives (for progress).
   */
  async check(sources: readonly CheckSource[], options: SourceOptions = {}, onOutcome?: (i: number, o: SourceOutcome) => void): Promise<SourceOutcome[]> {
    const outcomes = new Array<SourceOutcome>(sources.length);
    let next = 0;
    const feed = async (slot: Slot): Promise<void> => {
      while (next < sources.length) {
        const i = next++;
        const r = await this.send(slot, { type: 'check', job: ++this.job, sources: [sources[i] as CheckSource], options });
        const o = (r.type === 'checked' ? r.outcomes[0] : undefined) ?? { ok: false, error: `check worker ${slot.index} returned no outcome` };
        outcomes[i] = o;
        onOutcome?.(i, o);
      }
    };
    await Promise.all(this.slots.flatMap((slot) => [feed(slot), feed(slot)]));
    return outcomes;
  }

  /** Stops the workers. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private send(slot: Slot, message: ToSourceWorker): Promise<Reply> {
    if (this.closed) return Promise.reject(new Error('source pool: closed'));
    if (this.broken) return Promise.reject(this.broken);
    return new Promise<Reply>((resolve, reject) => {
      if (slot.pending.size === 0) slot.worker.ref();
      slot.pending.set(message.job, { resolve, reject });
      slot.worker.postMessage(message);
    });
  }

  private settle(slot: Slot, job: number): { resolve: (r: Reply) => void; reject: (e: Error) => void } | undefined {
    const waiter = slot.pending.get(job);
    slot.pending.delete(job);
    if (slot.pending.size === 0) slot.worker.unref();
    return waiter;
  }

  private receive(slot: Slot, m: FromSourceWorker): void {
    if (m.type === 'ready') return;
    if (m.type === 'failed') return this.settle(slot, m.job)?.reject(new Error(m.message));
    this.settle(slot, m.job)?.resolve(m);
  }

  /** A worker crashed: every job waiting on any worker fails with its error (nothing hangs). */
  private fail(err: Error): void {
    this.broken ??= err;
    for (const slot of this.slots) {
      for (const job of [...slot.pending.keys()]) this.settle(slot, job)?.reject(err);
    }
  }
}

/**
 * Reads and checks every source on `workers` threads (default: every core), in a pool of its own;
 * with workers: 0, on the calling thread. Outcomes in order; never throws for a bad source.
 */
export async function checkSources(sources: readonly CheckSource[], options: SourceOptions & { workers?: number } = {}): Promise<SourceOutcome[]> {
  const { workers, ...check } = options;
  if (workers === 0 || sources.length === 0) {
    const out: SourceOutcome[] = [];
    for (const source of sources) out.push(await checkSource(source, check));
    return out;
  }
  const pool = await SourcePool.create({ workers: Math.min(workers ?? os.availableParallelism(), sources.length) });
  try {
    return await pool.check(sources, check);
  } finally {
    await pool.close();
  }
}
