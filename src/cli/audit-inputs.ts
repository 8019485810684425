// Turns audit's inputs into the files to read: a file is taken as given (so a wrong or unsupported
// extension is reported, not skipped); a directory is walked, sub-directories too, for the
// extensions audit knows (.pdf .xlsx .xls .txt .json; hidden files and ~$ Office lock files
// skipped), in sorted order so runs are deterministic. Inputs that do not exist become problems.
import { readdir, stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { IMPORT_EXTENSIONS } from '../importers/index.ts';

export interface AuditInputs {
  files: string[];
  /** Inputs that could not be used, each with a message (Chinese / English). */
  problems: { input: string; message: string }[];
}

/** Directory levels walked below an input directory. */
const MAX_DEPTH = 8;

async function walk(dir: string, depth: number, out: string[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  const names = entries.filter((e) => !e.name.startsWith('.') && !e.name.startsWith('~$')).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of names) {
    const path = join(dir, e.name);
    if (e.isDirectory()) {
      if (depth < MAX_DEPTH) await walk(path, depth + 1, out);
    } else if ((e.isFile() || e.isSymbolicLink()) && extname(e.name).toLowerCase() in IMPORT_EXTENSIONS) {
      out.push(path);
    }
  }
}

export async function expandAuditInputs(inputs: readonly string[]): Promise<AuditInputs> {
  const files: string[] = [];
  const problems: AuditInputs['problems'] = [];
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
      await walk(input, 0, found);
    } catch (e) {
      problems.push({ input, message: `无法读取目录（${(e as NodeJS.ErrnoException).code ?? '未知错误'}）/ cannot read the directory` });
      continue;
    }
    if (found.length === 0) problems.push({ input, message: '目录中没有 .pdf、.xlsx、.txt 或 .json 文件 / no .pdf, .xlsx, .txt or .json files in the directory' });
    for (const f of found) add(f);
  }
  return { files, problems };
}
