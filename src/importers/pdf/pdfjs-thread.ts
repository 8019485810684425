// pdfjs's parsing on a worker thread of its own: in Node pdfjs otherwise runs its "worker" (the
// parser that decodes content streams, fonts and text) on the calling thread. On its own thread it
// parses the next pages while this thread lays out the ones already read, so a PDF reads in about
// the time of the larger of the two instead of their sum. One thread serves every open document;
// it is kept referenced only while a document is open, so it never keeps the process alive, and a
// crash or running out of memory there ends the open reads with an error instead of hanging them.
import { MessageChannel, type MessagePort, Worker } from 'node:worker_threads';
import type { PDFWorker } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { workerModule } from './pdfjs-patch.ts';
import { PACK_SOURCE, unpackingPort } from './text-chunks.ts';

type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

/** Heap limit of the parser thread: a hostile PDF exhausts this, not the process. */
const HEAP_MB = 1024;

interface Thread {
  worker: Worker;
  port: MessagePort;
  pdfWorker: PDFWorker;
  /** Documents open on this thread. */
  open: number;
  /** Whether the thread answers "YusuanPaths" (pdfjs-patch.ts). */
  paths: boolean;
  /** Called with the reason when the thread dies. */
  onDeath: Set<(err: Error) => void>;
  dead?: Error;
}

let current: Thread | undefined;

/** The module the thread runs: it loads pdfjs's worker code, undoes its polyfills, and listens. */
function threadSource(): string {
  return [
    "import { workerData } from 'node:worker_threads';",
    // The same built-ins pdfjs.ts restores on this thread (see REPLACED there).
    "const saved = [[Array.prototype, 'push'], [JSON, 'parse'], [JSON, 'stringify']].map(([o, k]) => [o, k, Object.getOwnPropertyDescriptor(o, k)]);",
    // pdfjs inflates each stream through DecompressionStream when there is one: in Node that is a
    // round trip through zlib's thread pool and web streams per stream, slower for the many small
    // streams of a disclosure than pdfjs's own synchronous inflate it falls back to. This thread only.
    'delete globalThis.DecompressionStream;',
    // pdfjs's worker module, with the YusuanPaths request added (pdfjs-patch.ts) when it could be.
    'const { WorkerMessageHandler } = await import(workerData.workerUrl);',
    'for (const [o, k, d] of saved) if (d && Object.getOwnPropertyDescriptor(o, k)?.value !== d.value) Object.defineProperty(o, k, d);',
    // Operator lists are read for their paths only (page-content.ts counts text operators but never
    // reads their glyphs): a text operator's glyph array, the bulk of a table page's list, is not
    // sent. pdfjs clears the chunk's arrays right after posting it.
    'const port = workerData.port;',
    'const TEXT_OPS = new Set([44, 45, 46, 47]);', // OPS.showText … nextLineSetSpacingShowText
    'const ENQUEUE = 4;', // StreamKind.ENQUEUE
    // Text-content chunks go packed (text-chunks.ts; unpacked by the port pdfjs's main side reads).
    PACK_SOURCE,
    // Messages go out in batches, one postMessage per turn of this thread's event loop: each post
    // costs a fixed amount (a page's close message as much as its text), and pdfjs sends many.
    'let batch = null;',
    'function flush() {',
    '  const b = batch;',
    '  if (!b) return;',
    '  batch = null;',
    '  if (b.messages.length === 1) port.postMessage(b.messages[0], b.transfer);',
    '  else port.postMessage({ yusuanBatch: b.messages }, b.transfer);',
    '}',
    'const sender = {',
    '  postMessage(message, transfer) {',
    '    const chunk = message && message.stream === ENQUEUE ? message.chunk : undefined;',
    '    if (chunk && Array.isArray(chunk.fnArray) && Array.isArray(chunk.argsArray)) {',
    '      for (let i = 0; i < chunk.fnArray.length; i++) if (TEXT_OPS.has(chunk.fnArray[i])) chunk.argsArray[i] = null;',
    // pdfjs empties an operator list's arrays as soon as it has posted them: post now, after what waits.
    '      if (batch) flush();',
    '      return port.postMessage(message, transfer);',
    '    } else if (chunk && Array.isArray(chunk.items)) {',
    '      const p = packTextChunk(chunk);',
    // Unpacked, the chunk is copied: pdfjs gives the object new items once posted.
    '      message = { ...message, chunk: p ? p.packed : { ...chunk } };',
    '      if (p) transfer = [...(transfer ?? []), p.buffer];',
    '    }',
    '    if (!batch) {',
    '      batch = { messages: [], transfer: [] };',
    '      setImmediate(flush);',
    '    }',
    '    batch.messages.push(message);',
    '    if (transfer) batch.transfer.push(...transfer);',
    '  },',
    '  addEventListener: (...args) => port.addEventListener(...args),',
    '  removeEventListener: (...args) => port.removeEventListener(...args),',
    '};',
    'WorkerMessageHandler.initializeFromPort(sender);',
  ].join('\n');
}

function start(lib: Pdfjs): Thread {
  const { port1, port2 } = new MessageChannel();
  const module = workerModule();
  const worker = new Worker(new URL(`data:text/javascript,${encodeURIComponent(threadSource())}`), {
    workerData: { port: port2, workerUrl: module.url },
    transferList: [port2],
    resourceLimits: { maxOldGenerationSizeMb: HEAP_MB },
    stdout: false,
    stderr: false,
  });
  worker.unref();
  port1.unref();
  const thread: Thread = { worker, port: port1, pdfWorker: new lib.PDFWorker({ port: unpackingPort(port1) as never, verbosity: lib.VerbosityLevel.ERRORS }), paths: module.paths, open: 0, onDeath: new Set() };
  const die = (err: Error): void => {
    if (thread.dead) return;
    thread.dead = err;
    if (current === thread) current = undefined;
    port1.close();
    for (const f of thread.onDeath) f(err);
  };
  worker.on('error', (err) => die(err instanceof Error ? err : new Error(String(err))));
  worker.on('exit', (code) => die(new Error(`PDF 解析线程已退出（代码 ${code}）/ the PDF parser thread exited (code ${code})`)));
  return thread;
}

export interface ThreadLease {
  /** The PDFWorker to pass to getDocument. */
  pdfWorker: PDFWorker;
  /** Whether the thread answers "YusuanPaths" (pdfjs-patch.ts). */
  paths: boolean;
  /** Called once the document is destroyed. */
  release(): void;
  /** Registers what to do if the thread dies while the document is open. */
  onDeath(f: (err: Error) => void): void;
}

/**
 * A lease on the shared parser thread (started on first use), held while one document is open.
 * One thread: pdfjs's parsing is most of the work, and a second thread reading half the pages of
 * the same file parses its fonts again (measured slower on 2 cores: 0.18–0.19 s vs 0.14–0.16 s for
 * the 21-page czj PDF).
 */
export function leaseThread(lib: Pdfjs): ThreadLease {
  const thread = current && !current.dead ? current : (current = start(lib));
  if (thread.open++ === 0) {
    thread.worker.ref();
    thread.port.ref();
  }
  const handlers: ((err: Error) => void)[] = [];
  let released = false;
  return {
    pdfWorker: thread.pdfWorker,
    paths: thread.paths,
    onDeath(f) {
      handlers.push(f);
      thread.onDeath.add(f);
      if (thread.dead) f(thread.dead);
    },
    release() {
      if (released) return;
      released = true;
      for (const f of handlers) thread.onDeath.delete(f);
      if (--thread.open === 0 && !thread.dead) {
        thread.worker.unref();
        thread.port.unref();
      }
    },
  };
}

/** Whether PDFs are parsed on the parser thread (default) or on the calling thread (YUSUAN_PDF_THREAD=0). */
export function parserThreadEnabled(): boolean {
  return process.env.YUSUAN_PDF_THREAD !== '0';
}

/** Stops the parser thread (open reads end with an ImportError); the next read starts a new one. */
export async function stopParserThread(): Promise<void> {
  const thread = current;
  if (thread) await thread.worker.terminate();
}
