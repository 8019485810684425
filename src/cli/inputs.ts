// Turns the render command's inputs (files and directories) into the list of Budget files to
// render: a directory contributes its *.yaml, *.yml and *.json (not recursive), sorted by name;
// duplicates are dropped; inputs that cannot be used become problems naming them.
import { readdir, stat } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import { isBudgetFileName } from '../io/read-budget.ts';

export interface InputProblem {
  input: string;
  message: string;
}

export interface ExpandedInputs {
  files: string[];
  problems: InputProblem[];
}

export async function expandInputs(inputs: readonly string[]): Promise<ExpandedInputs> {
  const files: string[] = [];
  const problems: InputProblem[] = [];
  const seen = new Set<string>();
  const add = (file: string): void => {
    const key = resolve(file);
    if (!seen.has(key)) {
      seen.add(key);
      files.push(file);
    }
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
    const entries = await readdir(input, { withFileTypes: true });
    const names = entries
      .filter((e) => (e.isFile() || e.isSymbolicLink()) && isBudgetFileName(e.name) && !e.name.startsWith('.'))
      .map((e) => e.name)
      .sort();
    if (names.length === 0) {
      problems.push({ input, message: '目录中没有 .yaml、.yml 或 .json 文件 / no .yaml, .yml or .json files in the directory' });
    }
    for (const name of names) add(join(input, name));
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
