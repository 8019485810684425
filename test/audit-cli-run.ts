// Runs `node bin/yusuan.js audit …` as a child process for the audit CLI tests, returning the exit
// code and both streams.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './support/bases.ts';

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export function audit(args: string[], cwd: string): Promise<Run> {
  return new Promise((done) => {
    execFile(process.execPath, [join(ROOT, 'bin', 'yusuan.js'), 'audit', ...args], { cwd, timeout: 170_000, maxBuffer: 50e6 }, (err, stdout, stderr) => {
      done({ code: err ? (typeof err.code === 'number' ? err.code : -1) : 0, stdout, stderr });
    });
  });
}

/** The corpus of real disclosures (../shared/corpus beside the repository). */
export const CORPUS = join(ROOT, 'test', 'fixtures', 'corpus');
