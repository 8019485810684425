// A check-pool worker thread: receives contexts (template, classification, configuration, rules)
// and documents as bytes (v8-serialized or JSON text), checks each with the same entry point as
// the calling thread (checkDocument), and posts the result back (a structured clone keeps it
// exact). Before each reply it updates its shared counters — documents finished and time per
// document — so a caller busy checking documents itself can see, without yielding, that this
// worker wants more (see check-pool.ts).
import { deserialize } from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';
import type { Document } from '../core/model/document.ts';
import { CATALOGUE } from '../core/rules/catalogue/index.ts';
import type { CheckContext } from '../core/rules/check.ts';
import { checkDocument } from '../core/rules/check.ts';
import type { Rule } from '../core/rules/types.ts';
import type { FromWorker, ToWorker } from './check-protocol.ts';
import { COUNTERS_PER_WORKER, DONE, MICROS_PER_DOC } from './check-protocol.ts';

const port = parentPort;
if (!port) throw new Error('check-worker.ts runs as a worker thread of check-pool.ts');

const { counters, slot } = workerData as { counters: Int32Array; slot: number };
const base = slot * COUNTERS_PER_WORKER;
const contexts = new Map<number, CheckContext>();
const byId = new Map<string, Rule>(CATALOGUE.map((r) => [r.id, r]));
let microsPerDoc = 0;

function post(message: FromWorker): void {
  port!.postMessage(message);
}

port.on('message', (message: ToWorker) => {
  if (message.type === 'context') {
    const ctx: CheckContext = { template: message.template };
    if (message.classification) ctx.classification = message.classification;
    if (message.config) ctx.config = message.config;
    if (message.ruleIds) ctx.rules = message.ruleIds.map((id) => byId.get(id) as Rule);
    contexts.set(message.id, ctx);
    return;
  }
  const start = performance.now();
  let reply: FromWorker;
  try {
    const ctx = contexts.get(message.context);
    if (!ctx) throw new Error(`check pool: unknown context ${message.context}`);
    const bytes = Buffer.from(message.bytes, 0, message.length);
    const doc = (message.encoding === 'v8' ? deserialize(bytes) : JSON.parse(bytes.toString('utf8'))) as Document;
    reply = { type: 'result', seq: message.seq, result: checkDocument(doc, ctx) };
  } catch (err) {
    const e = err instanceof Error ? err : new Error(String(err));
    reply = { type: 'error', seq: message.seq, message: e.message, ...(e.stack ? { stack: e.stack } : {}) };
  }
  const micros = (performance.now() - start) * 1000;
  microsPerDoc = microsPerDoc === 0 ? micros : 0.8 * microsPerDoc + 0.2 * micros;
  Atomics.store(counters, base + MICROS_PER_DOC, Math.min(2 ** 31 - 1, Math.round(microsPerDoc)));
  // Counted before the reply is posted: a caller that has the reply sees the count too.
  Atomics.add(counters, base + DONE, 1);
  post(reply);
});

post({ type: 'ready' });
