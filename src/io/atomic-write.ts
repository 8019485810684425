// Writes output files all-or-nothing: the data goes to a temporary file in the target's directory,
// which is then renamed over the target (or hard-linked, when overwriting is not allowed, so an
// existing file is never replaced). A failed write removes its temporary file; pending ones can
// be removed on Ctrl-C with removePendingTemps(), so no partial output is ever left behind.
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { access, link, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

const pending = new Set<string>();
const NO_HARD_LINKS = ['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV'];

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

/** Thrown when the target exists and overwriting was not allowed. */
export class OutputExistsError extends Error {
  constructor(readonly path: string) {
    super(`${path}: 文件已存在；加 --force 覆盖 / file exists; use --force to overwrite`);
    this.name = 'OutputExistsError';
  }
}

/** The temporary name used for `target`: hidden, in the same directory, unique per call. */
export function tempPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

export async function writeFileAtomic(target: string, data: Uint8Array, opts: { overwrite: boolean }): Promise<void> {
  const temp = tempPathFor(target);
  pending.add(temp);
  try {
    await writeFile(temp, data, { flag: 'wx' });
    if (opts.overwrite) {
      await rename(temp, target);
    } else {
      try {
        await link(temp, target); // fails with EEXIST instead of replacing
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code ?? '';
        if (code === 'EEXIST') throw new OutputExistsError(target);
        if (!NO_HARD_LINKS.includes(code)) throw e;
        // A file system without hard links: check, then rename (a small race, but no partial file).
        if (await exists(target)) throw new OutputExistsError(target);
        await rename(temp, target);
      }
    }
  } finally {
    await rm(temp, { force: true });
    pending.delete(temp);
  }
}

/** Removes temporary files of writes still in progress (for signal handlers; synchronous). */
export function removePendingTemps(): void {
  for (const temp of pending) rmSync(temp, { force: true });
  pending.clear();
}
