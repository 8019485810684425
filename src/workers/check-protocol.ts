// Messages between the check pool (check-pool.ts) and its workers (check-worker.ts), and the
// layout of the counters they share.
import type { ClassificationSet } from '../core/classification/types.ts';
import type { RuleConfig } from '../core/rules/config.ts';
import type { CheckResult } from '../core/rules/engine.ts';
import type { TemplateSpec } from '../core/templates/types.ts';

/** How a document travels: v8-serialized (a structured clone as bytes) or UTF-8 JSON text. */
export type Encoding = 'v8' | 'json';

/** Shared Int32Array counters, per worker: documents finished, and its time per document. */
export const COUNTERS_PER_WORKER = 2;
export const DONE = 0;
/** Moving average of the worker's time per document (decoding and checking), in µs. */
export const MICROS_PER_DOC = 1;

/** What the workers need to check against, sent once per distinct context (structured clone). */
export interface ContextMessage {
  type: 'context';
  id: number;
  template: TemplateSpec;
  classification?: ClassificationSet;
  config?: RuleConfig;
  /** Ids of the catalogue's rules to run; absent: the whole catalogue. */
  ruleIds?: string[];
}

/** One document to check, as bytes moved (not copied) to the worker. */
export interface CheckMessage {
  type: 'check';
  seq: number;
  context: number;
  encoding: Encoding;
  bytes: ArrayBuffer;
  length: number;
}

export type ToWorker = ContextMessage | CheckMessage;

export type FromWorker =
  | { type: 'ready' }
  | { type: 'result'; seq: number; result: CheckResult }
  | { type: 'error'; seq: number; message: string; stack?: string }
  | { type: 'fatal'; message: string };
