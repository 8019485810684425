// `audit --extract <dir>`: writes the tables recovered from each document into <dir>/<name>/ as
// one Excel workbook (<name>.xlsx, a sheet per table), one CSV per table (NN-<table-id>.csv, UTF-8
// with BOM) and the canonical Document JSON (<name>.json, which audit and check read back). Every
// file is written atomically; CSVs of an earlier run that this run no longer produces are removed.
import { mkdir, readdir, rm } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { Document } from '../core/model/document.ts';
import { writeFileAtomic } from '../io/atomic-write.ts';
import { renderJson } from '../renderers/json.ts';
import { tableCsv } from '../reports/audit-csv.ts';

/** Folder names for the inputs: the file's name without extension, “-2”, “-3” … on a clash. */
export function extractNames(files: readonly string[]): string[] {
  const used = new Map<string, number>();
  return files.map((file) => {
    const stem = basename(file, extname(file)).replace(/[\\/:*?"<>|\x00-\x1f]/g, '_') || 'document';
    const n = (used.get(stem.toLowerCase()) ?? 0) + 1;
    used.set(stem.toLowerCase(), n);
    return n === 1 ? stem : `${stem}-${n}`;
  });
}

/** The CSV file name of the document's i-th table. */
export function csvName(doc: Document, i: number): string {
  return `${String(i + 1).padStart(2, '0')}-${doc.tables[i]!.id}.csv`;
}

/** Writes one document's extraction; returns the paths written. */
export async function writeExtraction(dir: string, name: string, doc: Document): Promise<string[]> {
  const folder = join(dir, name);
  await mkdir(folder, { recursive: true });
  // exceljs is loaded only when extracting: an audit without --extract never needs it.
  const { renderXlsx } = await import('../renderers/xlsx.ts');
  const files: [string, Buffer][] = [
    [`${name}.xlsx`, await renderXlsx(doc)],
    [`${name}.json`, Buffer.from(renderJson(doc), 'utf8')],
    ...doc.tables.map((t, i): [string, Buffer] => [csvName(doc, i), Buffer.from(tableCsv(t), 'utf8')]),
  ];
  for (const [file, data] of files) await writeFileAtomic(join(folder, file), data, { overwrite: true });
  const written = new Set(files.map(([f]) => f));
  for (const old of await readdir(folder)) {
    if (/^\d{2,}-[a-z-]+\.csv$/.test(old) && !written.has(old)) await rm(join(folder, old), { force: true });
  }
  return files.map(([f]) => join(folder, f));
}
