// The store of official classification lists (~/.yusuan/classification/<year>/official.json):
// read, atomic write, and loadClassification = bundled lists merged with the stored official list.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { bundledClassification, bundledYears } from '../core/classification/bundled.ts';
import { emptyClassification, mergeClassification, type ClassificationOverlay } from '../core/classification/merge.ts';
import type { ClassificationSet } from '../core/classification/types.ts';
import { formatProblems, parseItems, parseMapping, type ClassificationProblem } from '../core/classification/validate.ts';

export const OVERLAY_SCHEMA = 'yusuan/classification-overlay@1';

/** What official.json holds: the overlay plus where it came from. */
export interface StoredOverlay extends ClassificationOverlay {
  schema: typeof OVERLAY_SCHEMA;
  year: number;
  /** Files imported into it, oldest first. */
  sources: { file: string; importedAt: string }[];
}

export interface StoreOptions {
  /** Overrides YUSUAN_HOME and ~/.yusuan. */
  home?: string;
}

/** A stored official list that cannot be read; the message names the file. Exit code 2. */
export class ClassificationStoreError extends Error {
  override name = 'ClassificationStoreError';
  constructor(
    message: string,
    readonly path: string,
  ) {
    super(message);
  }
}

/** The yusuan home directory: options.home, else $YUSUAN_HOME, else ~/.yusuan. */
export function yusuanHome(options: StoreOptions = {}): string {
  return options.home ?? (process.env.YUSUAN_HOME || join(homedir(), '.yusuan'));
}

/** Path of the stored official list for a year. */
export function officialListPath(year: number, options: StoreOptions = {}): string {
  return join(yusuanHome(options), 'classification', String(year), 'official.json');
}

/**
 * The stored official list for a year, or undefined when none was imported. Throws
 * ClassificationStoreError when the file exists but is not a valid list.
 */
export function readStoredOverlay(year: number, options: StoreOptions = {}): StoredOverlay | undefined {
  const path = officialListPath(year, options);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new ClassificationStoreError(`无法读取已导入的科目名录 ${path}：${(e as Error).message}`, path);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new ClassificationStoreError(`已导入的科目名录 ${path} 不是有效的 JSON（${(e as Error).message}）；请删除后重新导入`, path);
  }
  const rec = raw as Record<string, unknown> | null;
  if (typeof rec !== 'object' || rec === null || rec.schema !== OVERLAY_SCHEMA || rec.year !== year) {
    throw new ClassificationStoreError(`已导入的科目名录 ${path} 格式不对（应为 ${OVERLAY_SCHEMA}，年度 ${year}）；请删除后重新导入`, path);
  }
  const problems: ClassificationProblem[] = [];
  const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
  const overlay: StoredOverlay = { schema: OVERLAY_SCHEMA, year, sources: [] };
  for (const [key, kind] of [
    ['functional', 'functional'],
    ['economicDepartment', 'economic-department'],
    ['economicGovernment', 'economic-government'],
  ] as const) {
    if (rec[key] === undefined) continue;
    const parsed = parseItems(kind, list(rec[key]));
    problems.push(...parsed.problems);
    overlay[key] = parsed.items;
  }
  if (rec.mapping !== undefined) {
    const parsed = parseMapping(list(rec.mapping));
    problems.push(...parsed.problems);
    overlay.mapping = parsed.rows;
  }
  if (problems.length > 0) {
    throw new ClassificationStoreError(formatProblems(`已导入的科目名录 ${path} 有错，请删除后重新导入`, problems), path);
  }
  for (const s of list(rec.sources)) {
    const src = s as Record<string, unknown>;
    if (typeof src?.file === 'string') overlay.sources.push({ file: src.file, importedAt: String(src.importedAt ?? '') });
  }
  return overlay;
}

/** Writes the stored list atomically (temp file, then rename); returns its path. */
export function writeStoredOverlay(overlay: StoredOverlay, options: StoreOptions = {}): string {
  const path = officialListPath(overlay.year, options);
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.tmp-${process.pid}-${Date.now()}`;
  try {
    writeFileSync(tmp, `${JSON.stringify(overlay, null, 1)}\n`, 'utf8');
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
  return path;
}

/**
 * The classification lists for a year: the bundled lists merged with the stored official list
 * (authority 'official' when one was imported). Undefined when the year has neither. Throws
 * ClassificationStoreError (message names the file) when the stored list is corrupt.
 */
export function loadClassification(year: number, options: StoreOptions = {}): ClassificationSet | undefined {
  const base = bundledClassification(year);
  const overlay = readStoredOverlay(year, options);
  if (!overlay) return base;
  return mergeClassification(base ?? emptyClassification(year), overlay, 'official');
}

/** Years with classification data: the bundled ones and those with an imported official list. */
export function knownClassificationYears(home?: string): number[] {
  const store = home === undefined ? {} : { home };
  const years = new Set(bundledYears());
  try {
    for (const name of readdirSync(join(yusuanHome(store), 'classification'))) {
      if (/^\d{4}$/.test(name) && existsSync(officialListPath(Number(name), store))) years.add(Number(name));
    }
  } catch {
    // no store yet: only the bundled years
  }
  return [...years].sort((a, b) => a - b);
}
