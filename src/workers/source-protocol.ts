// What the source-check workers (source-worker.ts) are given and give back: small inputs — a
// generator seed or a file path — and per document its counts and, when wanted, its findings.
// A Document never crosses threads: each worker reads or builds its own (see source-pool.ts).
import type { RuleConfig } from '../core/rules/config.ts';
import type { CheckResult } from '../core/rules/engine.ts';
import type { Finding } from '../core/rules/types.ts';

/**
 * Where a document comes from.
 * - generated: generateBudget(seed) built with the luoyang template and the bundled classification
 *   of the budget's year, checked with the document rules (what `npm run bench` checks);
 * - file: what `yusuan check` reads (a Budget .yaml/.yml/.json: fact and document rules; a
 *   Document JSON: document rules) or what `yusuan audit` reads (a published .pdf, .xlsx or .txt
 *   disclosure, imported, then document rules).
 */
export type CheckSource = { kind: 'generated'; seed: number } | { kind: 'file'; path: string };

/** Which findings come back: all of them, or only for documents with errors or warnings. */
export type FindingsWanted = 'all' | 'problems';

/** How the workers check: the same for every source of a batch (small, sent with each job). */
export interface SourceOptions {
  /** Rule configuration (the deployment's rules.yaml, already read). */
  config?: RuleConfig;
  /** Template id to use instead of the file's own (as `--template`). */
  template?: string;
  /** The yusuan home for stored classification lists (as `--home`). */
  home?: string;
  /** Default 'all'. */
  findings?: FindingsWanted;
}

/** One source's outcome: the check's counts and findings, or why it could not be read or checked. */
export type SourceOutcome =
  | { ok: true; title: string; counts: CheckResult['counts']; findings: Finding[] }
  | { ok: false; error: string };

/** Time a worker spent on a job: wall and its own thread's CPU (undefined where not measurable). */
export interface WorkerTiming {
  documents: number;
  ms: number;
  cpuMs: number | undefined;
  /** The worker's V8 heap at the end of the job: physical size, and the part in use, in bytes. */
  heapBytes: number;
  heapUsedBytes: number;
}

export type ToSourceWorker =
  /** Read or build every source and keep the Documents, for a later 'go'. */
  | { type: 'prepare'; job: number; sources: CheckSource[]; options: SourceOptions }
  /** Check every prepared document, then drop them. */
  | { type: 'go'; job: number }
  /** Read or build, and check, each source in turn (nothing kept). */
  | { type: 'check'; job: number; sources: CheckSource[]; options: SourceOptions };

export type FromSourceWorker =
  | { type: 'ready' }
  | { type: 'prepared'; job: number; timing: WorkerTiming; failed: number }
  | { type: 'checked'; job: number; timing: WorkerTiming; outcomes: SourceOutcome[] }
  | { type: 'failed'; job: number; message: string };
