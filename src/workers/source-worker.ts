// A source-check worker thread (started by source-pool.ts): reads or builds each document itself
// from a small input — a generator seed or a file path — checks it, and posts back only counts
// and findings; Documents never cross threads. 'prepare' builds and keeps a share of documents
// so that a later 'go' times checking alone (the bench); 'check' reads and checks one at a time.
import { getHeapStatistics } from 'node:v8';
import { parentPort } from 'node:worker_threads';
import type { Prepared } from './source-load.ts';
import { checkSource, errorOf, outcomeOf, prepareSource, threadCpuMs } from './source-load.ts';
import type { CheckSource, FromSourceWorker, SourceOptions, SourceOutcome, ToSourceWorker, WorkerTiming } from './source-protocol.ts';

const port = parentPort;
if (!port) throw new Error('source-worker.ts runs as a worker thread of source-pool.ts');

/** What the last 'prepare' built: per source its document, or the outcome it already failed with. */
let prepared: { source: CheckSource; ready?: Prepared; failed?: SourceOutcome }[] = [];
let preparedOptions: SourceOptions = {};

function post(message: FromSourceWorker): void {
  port!.postMessage(message);
}

/** Runs `work` and measures it: wall time and this thread's CPU time. */
async function timed<T>(documents: number, work: () => Promise<T> | T): Promise<{ value: T; timing: WorkerTiming }> {
  const cpu0 = threadCpuMs();
  const t0 = performance.now();
  const value = await work();
  const ms = performance.now() - t0;
  const cpu1 = threadCpuMs();
  const heap = getHeapStatistics();
  const cpuMs = cpu0 === undefined || cpu1 === undefined ? undefined : cpu1 - cpu0;
  return { value, timing: { documents, ms, cpuMs, heapBytes: heap.total_physical_size, heapUsedBytes: heap.used_heap_size } };
}

async function handle(message: ToSourceWorker): Promise<FromSourceWorker> {
  switch (message.type) {
    case 'prepare': {
      prepared = [];
      preparedOptions = message.options;
      const { timing } = await timed(message.sources.length, async () => {
        for (const source of message.sources) {
          try {
            prepared.push({ source, ready: await prepareSource(source, message.options) });
          } catch (err) {
            prepared.push({ source, failed: errorOf(source, err) });
          }
        }
      });
      return { type: 'prepared', job: message.job, timing, failed: prepared.filter((p) => p.failed).length };
    }
    case 'go': {
      const items = prepared;
      const { value: outcomes, timing } = await timed(items.length, () => items.map((item): SourceOutcome => {
        if (!item.ready) return item.failed as SourceOutcome;
        try {
          const { title, result } = item.ready.check();
          return outcomeOf(title, result, preparedOptions);
        } catch (err) {
          return errorOf(item.source, err);
        }
      }));
      prepared = []; // the documents are done with: free them before the next job
      return { type: 'checked', job: message.job, timing, outcomes };
    }
    case 'check': {
      const { value: outcomes, timing } = await timed(message.sources.length, async () => {
        const out: SourceOutcome[] = [];
        for (const source of message.sources) out.push(await checkSource(source, message.options));
        return out;
      });
      return { type: 'checked', job: message.job, timing, outcomes };
    }
  }
}

// One job at a time, in the order posted.
let queue: Promise<void> = Promise.resolve();
port.on('message', (message: ToSourceWorker) => {
  queue = queue.then(async () => {
    try {
      post(await handle(message));
    } catch (err) {
      post({ type: 'failed', job: message.job, message: err instanceof Error ? err.message : String(err) });
    }
  });
});

post({ type: 'ready' });
