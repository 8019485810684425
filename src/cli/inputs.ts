// Turns a command's inputs (files and directories) into the list of files to read: a file is
// taken as given (so a wrong extension is reported by the reader, not skipped); a directory
// contributes the files its command accepts (render: *.yaml, *.yml, *.json at its top level; audit:
// .pdf .xlsx .xls .txt .json, sub-directories too), in natural order (2 before 10; natural-order.ts)
// so runs are deterministic and read as a person lists them; hidden
// files and ~$ Office lock files are skipped; duplicates are dropped; inputs that cannot be used
// become problems naming them.
import { readdir, stat } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import { isBudgetFileName } from '../io/read-budget.ts';
import { naturalCompare } from './natural-order.ts';

export interface InputProblem {
  input: string;
  /** Chinese / English. */
  message: string;
}

export interface ExpandedInputs {
  files: string[];
  problems: InputProblem[];
}

/** Which files a command takes from a directory. */
export interface InputKind {
  /** Whether a file of this name is taken. */
  accepts(name: string): boolean;
  /** Directory levels walked below an input directory (0: its own files only). */
  depth: number;
  /** The problem reported for a directory holding no such file. */
  emptyMessage: string;
}

/** render's inputs: Budget files (.yaml .yml .json) at a directory's top level. */
export const BUDGET_INPUTS: InputKind = {
  accepts: isBudgetFileName,
  depth: 0,
  emptyMessage: '目录中没有 .yaml、.yml 或 .json 文件 / no .yaml, .yml or .json files in the directory',
};

async function walk(dir: string, kind: InputKind, depth: number, out: string[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  const names = entries.filter((e) => !e.name.startsWith('.') && !e.name.startsWith('~$')).sort((a, b) => naturalCompare(a.name, b.name));
  for (const e of names) {
    const path = join(dir, e.name);
    if (e.isDirectory()) {
      if (depth < kind.depth) await walk(path, kind, depth + 1, out);
    } else if ((e.isFile() || e.isSymbolicLink()) && kind.accepts(e.name)) {
      out.push(path);
    }
  }
}

export async function expandInputs(inputs: readonly string[], kind: InputKind): Promise<ExpandedInputs> {
  const files: string[] = [];
  const problems: InputProblem[] = [];
  const seen = new Set<string>();
  const add = (file: string): void => {
    const key = resolve(file);
    if (seen.has(key)) return;
    seen.add(key);
    files.push(file);
  };
  for (const input of inputs) {
    let info;
    try {
      info = await stat(input);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      problems.push({ input, message: code === 'ENOENT' ? '文件或目录不存在 / no such file or directory' : `无法读取（${code ?? '未知错误'}）/ cannot read` });
      continue;
    }
    if (!info.isDirectory()) {
      add(input);
      continue;
    }
    const found: string[] = [];
    try {
      await walk(input, kind, 0, found);
    } catch (e) {
      problems.push({ input, message: `无法读取目录（${(e as NodeJS.ErrnoException).code ?? '未知错误'}）/ cannot read the directory` });
      continue;
    }
    if (found.length === 0) problems.push({ input, message: kind.emptyMessage });
    for (const f of found) add(f);
  }
  return { files, problems };
}

/** The output name stem of an input: its base name without the extension. */
export function outputStem(file: string): string {
  return basename(file, extname(file));
}

/** Later inputs whose output names clash with an earlier input's (a/x.yaml and b/x.json). */
export function clashingStems(files: readonly string[]): Map<string, string> {
  const first = new Map<string, string>();
  const clashes = new Map<string, string>();
  for (const file of files) {
    const stem = outputStem(file);
    const earlier = first.get(stem);
    if (earlier === undefined) first.set(stem, file);
    else clashes.set(file, earlier);
  }
  return clashes;
}
