// The entry of a worker thread that runs one of our TypeScript modules: an ES module (as a data:
// URL) that registers tsx in the worker — a `--import tsx` in execArgv does not reach a worker's
// own entry module in Node 20 — and then loads the module. tsx is resolved from this file, so the
// workers start from any directory. Used by check-pool.ts and source-pool.ts.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** A data: URL for `new Worker(...)` that loads `module` (a file: URL of a .ts file) under tsx. */
export function workerEntry(module: URL): URL {
  const tsxApi = pathToFileURL(join(dirname(createRequire(import.meta.url).resolve('tsx/esm/api')), 'index.mjs')).href;
  const code = `import { register } from ${JSON.stringify(tsxApi)};\nregister();\nawait import(${JSON.stringify(module.href)});\n`;
  return new URL(`data:text/javascript,${encodeURIComponent(code)}`);
}
