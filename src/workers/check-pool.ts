// Checking many documents on several cores: a small pool of worker threads, each running the
// whole rule catalogue (check-worker.ts), and checkDocuments(docs, ctx) → one CheckResult per
// document, the same as checkDocument on each (test/check-pool.test.ts holds the two equal).
//
// Moving a document to another thread costs about as much as checking it. Measured on the
// bench's documents (~100 KB of JSON each): JSON.stringify ~0.5 ms, but posting the resulting
// string to a worker costs ~1.3 ms more (Node's message serialization of a long string), and
// UTF-8 bytes need ~0.5 ms to encode and ~1.3 ms to decode; a structured clone of the Document as
// bytes (v8.serialize, ~0.5 ms, moved without copying) costs the worker ~1 ms to read back. So
// documents travel as v8-serialized bytes by default (`encoding: 'json'` sends UTF-8 JSON text
// instead), and results come back as structured clones: they are small and stay exact.
//
// Because of that cost the calling thread checks documents itself, without moving them, between
// feeding the workers: with N cores, N − 1 workers plus the caller. It cannot take messages while
// it checks, so each worker counts finished documents (and its time per document) in a shared
// Int32Array; after each document of its own the caller tops every worker up, as long as the
// worker would finish its queue before the caller runs out of documents. With one core (or
// workers: 0) everything is checked synchronously on the calling thread.
//
// Whether it pays depends on the machine: on the bench's 2-vCPU VM two threads checking at once
// reach only ~1.5× one thread's speed (without moving anything), and moving a document (~0.5 ms
// here + ~1 ms in the worker) costs about as much as checking it, so the pool measured slower than
// the caller alone there and the bench checks on one thread unless given --workers=N. Each worker
// also warms its own JIT up: the first ~150 documents of a thread are checked several times slower
// than the rest. It pays with cores that scale, more still if workers read files themselves (CLI).
// Workers that read or build their documents themselves, so that no Document crosses threads:
// source-pool.ts.
import os from 'node:os';
import { serialize } from 'node:v8';
import type { ResourceLimits } from 'node:worker_threads';
import { Worker } from 'node:worker_threads';
import type { Document } from '../core/model/document.ts';
import { CATALOGUE } from '../core/rules/catalogue/index.ts';
import type { CheckContext } from '../core/rules/check.ts';
import { checkDocument } from '../core/rules/check.ts';
import type { CheckResult } from '../core/rules/engine.ts';
import type { CheckMessage, ContextMessage, Encoding, FromWorker, ToWorker } from './check-protocol.ts';
import { COUNTERS_PER_WORKER, DONE, MICROS_PER_DOC } from './check-protocol.ts';
import { workerEntry } from './worker-entry.ts';

export interface CheckPoolOptions {
  /** Worker threads; default: available parallelism − 1 when the caller checks too, else all. */
  workers?: number;
  /** Whether the calling thread checks documents too (default true). */
  callerChecks?: boolean;
  /** At most this many documents in flight per worker: one being checked, the rest queued (default 2). */
  depth?: number;
  /** How documents travel to the workers: v8-serialized (default) or as UTF-8 JSON text. */
  encoding?: Encoding;
  /** Heap limits of each worker (node:worker_threads resourceLimits). */
  resourceLimits?: ResourceLimits;
}

/** A document to check: the Document, or its JSON text as read from a file. */
export type DocumentInput = Document | string;

export type Settled = { ok: true; result: CheckResult } | { ok: false; error: Error };

/** How a batch was shared out, for reports (the bench prints it). */
export interface PoolStats {
  /** Documents checked on the calling thread and by the workers. */
  caller: number;
  workers: number;
  /** Time the caller spent waiting for the workers' last results, in ms. */
  waitMs: number;
  /** Recent time per document: the caller's own checks, and each worker's (decoding included), in ms. */
  callerMs: number;
  workerMs: number[];
}

const WORKER_URL = new URL('./check-worker.ts', import.meta.url);

interface Slot {
  worker: Worker;
  index: number;
  /** Documents posted to this worker so far (the shared counters hold those finished). */
  posted: number;
  /** Context ids this worker has been sent. */
  contexts: Set<number>;
}

interface Batch {
  results: (Settled | undefined)[];
  /** Document index of each posted sequence number. */
  index: Map<number, number>;
  waiting: number;
  done: () => void;
}

function parseInput(doc: DocumentInput): Document {
  return typeof doc === 'string' ? (JSON.parse(doc) as Document) : doc;
}

function checkHere(doc: DocumentInput, ctx: CheckContext): Settled {
  try {
    return { ok: true, result: checkDocument(parseInput(doc), ctx) };
  } catch (err) {
    return { ok: false, error: err instanceof Error ? err : new Error(String(err)) };
  }
}

/** The bytes of a document for a worker, in an ArrayBuffer of their own (to move, not copy). */
function encode(doc: DocumentInput, encoding: Encoding): { bytes: ArrayBuffer; length: number } {
  const buf = encoding === 'v8' ? serialize(parseInput(doc)) : Buffer.from(typeof doc === 'string' ? doc : JSON.stringify(doc), 'utf8');
  const own = buf.byteOffset === 0 && buf.buffer.byteLength === buf.length ? buf : Buffer.from(buf);
  return { bytes: own.buffer as ArrayBuffer, length: own.length };
}

export class CheckPool {
  private readonly slots: Slot[];
  private readonly counters: Int32Array;
  private readonly callerChecks: boolean;
  private readonly depth: number;
  private readonly encoding: Encoding;
  private seq = 0;
  private batch: Batch | undefined;
  private broken: Error | undefined;
  private closed = false;
  private waiter: (() => void) | undefined;
  /** The last context sent, by the identity of its parts. */
  private lastContext: { ctx: CheckContext; message: ContextMessage } | undefined;
  private contextIds = 0;
  /** The caller's time per document it checks (ms, moving average; 0 until known). */
  private callerMs = 0;
  private readonly tally = { caller: 0, workers: 0, waitMs: 0 };

  private constructor(slots: Slot[], counters: Int32Array, options: Required<Omit<CheckPoolOptions, 'workers' | 'resourceLimits'>>) {
    this.slots = slots;
    this.counters = counters;
    this.callerChecks = options.callerChecks;
    this.depth = options.depth;
    this.encoding = options.encoding;
    for (const slot of slots) {
      slot.worker.on('message', (m: FromWorker) => this.receive(m));
      slot.worker.on('error', (err) => this.fail(err));
      slot.worker.on('exit', (code) => {
        if (!this.closed) this.fail(new Error(`check pool: worker ${slot.index} exited (${code})`));
      });
      // Idle workers do not keep the process alive; a batch holds them (ref) while it runs.
      slot.worker.unref();
    }
  }

  /** Starts the workers and waits until each has loaded the catalogue. */
  static async create(options: CheckPoolOptions = {}): Promise<CheckPool> {
    const callerChecks = options.callerChecks ?? true;
    const count = Math.max(0, Math.floor(options.workers ?? os.availableParallelism() - (callerChecks ? 1 : 0)));
    const counters = new Int32Array(new SharedArrayBuffer(4 * COUNTERS_PER_WORKER * Math.max(1, count)));
    const entry = count > 0 ? workerEntry(WORKER_URL) : undefined;
    const started = await Promise.allSettled(
      Array.from({ length: count }, (_, index) => new Promise<Slot>((resolve, reject) => {
        const worker = new Worker(entry as URL, { workerData: { counters, slot: index }, ...(options.resourceLimits ? { resourceLimits: options.resourceLimits } : {}) });
        const onError = (err: Error) => reject(err);
        const onExit = (code: number) => reject(new Error(`check pool: worker ${index} exited (${code}) while starting`));
        worker.once('error', onError);
        worker.once('exit', onExit);
        worker.once('message', (m: FromWorker) => {
          worker.off('error', onError);
          worker.off('exit', onExit);
          if (m.type === 'ready') resolve({ worker, index, posted: 0, contexts: new Set() });
          else reject(new Error(`check pool: worker ${index} did not start: ${JSON.stringify(m)}`));
        });
      })),
    );
    const slots = started.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
    const failed = started.find((s): s is PromiseRejectedResult => s.status === 'rejected');
    if (failed) {
      await Promise.all(slots.map((s) => s.worker.terminate()));
      throw failed.reason instanceof Error ? failed.reason : new Error(String(failed.reason));
    }
    return new CheckPool(slots, counters, { callerChecks, depth: Math.max(1, Math.floor(options.depth ?? 2)), encoding: options.encoding ?? 'v8' });
  }

  /** Worker threads in the pool (0: everything is checked on the calling thread). */
  get size(): number {
    return this.slots.length;
  }

  /** Documents checked so far on the calling thread and by the workers. */
  get stats(): PoolStats {
    const workerMs = this.slots.map((s) => Atomics.load(this.counters, s.index * COUNTERS_PER_WORKER + MICROS_PER_DOC) / 1000);
    return { caller: this.tally.caller, workers: this.tally.workers, waitMs: this.tally.waitMs, callerMs: this.callerMs, workerMs };
  }

  /** Checks every document; rejects with the first document's error when one fails. */
  async checkDocuments(docs: readonly DocumentInput[], ctx: CheckContext): Promise<CheckResult[]> {
    const settled = await this.checkDocumentsSettled(docs, ctx);
    return settled.map((s) => {
      if (!s.ok) throw s.error;
      return s.result;
    });
  }

  /** Checks every document; each one's result or the error its check threw, in order. */
  async checkDocumentsSettled(docs: readonly DocumentInput[], ctx: CheckContext): Promise<Settled[]> {
    if (this.closed) throw new Error('check pool: closed');
    if (this.broken) throw this.broken;
    if (this.batch) throw new Error('check pool: one batch at a time');
    const n = docs.length;
    // Rules outside the catalogue cannot be sent to a worker: those batches are checked here.
    const foreign = ctx.rules !== undefined && ctx.rules.some((r) => CATALOGUE.find((c) => c.id === r.id) !== r);
    if (this.slots.length === 0 || foreign || n === 0) {
      this.tally.caller += n;
      return docs.map((d) => checkHere(d, ctx));
    }

    const context = this.contextFor(ctx);
    let finish!: () => void;
    const finished = new Promise<void>((resolve) => (finish = resolve));
    const batch: Batch = { results: new Array<Settled | undefined>(n), index: new Map(), waiting: 0, done: finish };
    this.batch = batch;
    for (const slot of this.slots) slot.worker.ref();
    try {
      let next = 0;
      while (next < n) {
        // Top the workers up, then check one document here (or, when the caller does not check,
        // wait until a worker reports).
        for (const slot of this.slots) {
          while (next < n && this.wants(slot, n - next)) this.post(slot, context, docs, next++);
        }
        if (next >= n) break;
        if (this.callerChecks) {
          const t = performance.now();
          batch.results[next] = checkHere(docs[next] as DocumentInput, ctx);
          const ms = performance.now() - t;
          this.callerMs = this.callerMs === 0 ? ms : 0.8 * this.callerMs + 0.2 * ms;
          this.tally.caller++;
          next++;
        } else {
          await this.progress();
        }
        if (this.broken) throw this.broken;
      }
      if (batch.waiting > 0) {
        const t = performance.now();
        await finished;
        this.tally.waitMs += performance.now() - t;
      }
      if (this.broken) throw this.broken;
      return batch.results as Settled[];
    } finally {
      this.batch = undefined;
      for (const slot of this.slots) slot.worker.unref();
    }
  }

  /** Stops the workers. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.wake();
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  /**
   * Whether to post one more document to a worker, with `remaining` documents not yet handed
   * out: while it has fewer than `depth` in flight, and — when the caller checks too — the worker
   * would finish its queue with this one before the caller finished the rest on its own.
   */
  private wants(slot: Slot, remaining: number): boolean {
    const base = slot.index * COUNTERS_PER_WORKER;
    const inFlight = slot.posted - Atomics.load(this.counters, base + DONE);
    if (inFlight >= this.depth) return false;
    if (!this.callerChecks || this.callerMs === 0) return true;
    const workerMs = Atomics.load(this.counters, base + MICROS_PER_DOC) / 1000 || 2 * this.callerMs;
    return (inFlight + 1) * workerMs <= (remaining - 1) * this.callerMs;
  }

  private contextFor(ctx: CheckContext): ContextMessage {
    const last = this.lastContext;
    if (last && last.ctx.template === ctx.template && last.ctx.classification === ctx.classification && last.ctx.config === ctx.config && last.ctx.rules === ctx.rules) {
      return last.message;
    }
    const message: ContextMessage = { type: 'context', id: ++this.contextIds, template: ctx.template };
    if (ctx.classification) message.classification = ctx.classification;
    if (ctx.config) message.config = ctx.config;
    if (ctx.rules) message.ruleIds = ctx.rules.map((r) => r.id);
    this.lastContext = { ctx: { ...ctx }, message };
    return message;
  }

  private post(slot: Slot, context: ContextMessage, docs: readonly DocumentInput[], i: number): void {
    const batch = this.batch as Batch;
    if (!slot.contexts.has(context.id)) {
      slot.worker.postMessage(context satisfies ToWorker);
      slot.contexts.add(context.id);
    }
    let encoded: { bytes: ArrayBuffer; length: number };
    try {
      encoded = encode(docs[i] as DocumentInput, this.encoding);
    } catch (err) {
      // A document that cannot be encoded (JSON text that does not parse) fails on its own.
      batch.results[i] = { ok: false, error: err instanceof Error ? err : new Error(String(err)) };
      return;
    }
    const { bytes, length } = encoded;
    const message: CheckMessage = { type: 'check', seq: ++this.seq, context: context.id, encoding: this.encoding, bytes, length };
    batch.index.set(message.seq, i);
    batch.waiting++;
    slot.posted++;
    this.tally.workers++;
    slot.worker.postMessage(message satisfies ToWorker, [bytes]);
  }

  /** Resolves when a worker reports (a result, an error or a failure). */
  private progress(): Promise<void> {
    return new Promise((resolve) => (this.waiter = resolve));
  }

  private wake(): void {
    const w = this.waiter;
    this.waiter = undefined;
    w?.();
  }

  private receive(m: FromWorker): void {
    if (m.type === 'fatal') return this.fail(new Error(m.message));
    if (m.type !== 'result' && m.type !== 'error') return;
    const batch = this.batch;
    const i = batch?.index.get(m.seq);
    if (!batch || i === undefined) return;
    batch.index.delete(m.seq);
    if (m.type === 'result') batch.results[i] = { ok: true, result: m.result };
    else {
      const error = new Error(m.message);
      if (m.stack) error.stack = m.stack;
      batch.results[i] = { ok: false, error };
    }
    batch.waiting--;
    this.wake();
    if (batch.waiting === 0) batch.done();
  }

  private fail(err: Error): void {
    this.broken ??= err;
    this.wake();
    this.batch?.done();
  }
}

let shared: Promise<CheckPool> | undefined;

/**
 * Checks many documents on every core with a pool shared by the process (started on first use).
 * The same results as checkDocument on each, in order; rejects with the first error.
 */
export async function checkDocuments(docs: readonly DocumentInput[], ctx: CheckContext): Promise<CheckResult[]> {
  shared ??= CheckPool.create();
  return (await shared).checkDocuments(docs, ctx);
}

/** Stops the shared pool of checkDocuments, if it was started. */
export async function closeSharedPool(): Promise<void> {
  const pool = shared;
  shared = undefined;
  if (pool) await (await pool).close();
}
