// `yusuan classification import`: reads a finance bureau's official 科目 list (.xlsx/.csv), checks
// it cell by cell, stores it as the year's official overlay and reports what changed vs the bundled lists.
import { basename } from 'node:path';
import { bundledClassification } from '../core/classification/bundled.ts';
import { parseClassificationList, parseKindOption, type ListRow } from '../core/classification/list-sheet.ts';
import { KIND_LABEL, listOf, nameVariant, parentOf } from '../core/classification/lookup.ts';
import { emptyClassification, mergeClassification, mergeOverlays, OVERLAY_KEY, type ClassificationOverlay } from '../core/classification/merge.ts';
import { CLASS_KINDS, type ClassificationSet, type ClassItem, type ClassKind } from '../core/classification/types.ts';
import { readSheets } from './classification-file.ts';
import {
  ClassificationStoreError,
  OVERLAY_SCHEMA,
  readStoredOverlay,
  writeStoredOverlay,
  type StoredOverlay,
} from './classification-store.ts';

const MAX_ERRORS = 20;

export interface KindSummary {
  kind: ClassKind;
  /** Items read from the file. */
  read: number;
  /** Codes the bundled list did not have. */
  added: string[];
  /** Codes whose name differs from the bundled one (`variant` = only 其它/parentheses/spaces). */
  renamed: { code: string; bundled: string; official: string; variant: boolean }[];
}

export type ImportResult =
  | { ok: true; path: string; kinds: KindSummary[]; skipped: number; notes: string[] }
  | { ok: false; errors: string[] };

/** Duplicates with different names, and 款/项 whose parent is nowhere (file, stored list, bundled list). */
function crossCheck(rows: readonly ListRow[], known: ClassificationSet): string[] {
  const errors: string[] = [];
  const first = new Map<string, ListRow>();
  const unique: ListRow[] = [];
  for (const row of rows) {
    const key = `${row.kind}:${row.item.code}`;
    const prev = first.get(key);
    if (!prev) {
      first.set(key, row);
      unique.push(row);
    } else if (prev.item.name !== row.item.name) {
      errors.push(`${row.place}：科目 ${row.item.code} 重复，名称“${row.item.name}”与 ${prev.place} 的“${prev.item.name}”不同`);
    }
  }
  for (const row of unique) {
    const parent = parentOf(row.item.code);
    if (parent && !first.has(`${row.kind}:${parent}`) && !listOf(known, row.kind).has(parent)) {
      errors.push(`${row.place}：科目 ${row.item.code} 的上级科目 ${parent} 不在文件里，也不在已有科目表里`);
    }
  }
  return errors;
}

function summarise(kind: ClassKind, items: readonly ClassItem[], bundled: ClassificationSet): KindSummary {
  const base = listOf(bundled, kind);
  const summary: KindSummary = { kind, read: items.length, added: [], renamed: [] };
  for (const item of items) {
    const old = base.get(item.code);
    if (!old) summary.added.push(item.code);
    else if (nameVariant(old.name, item.name) !== 'same') {
      const variant = nameVariant(old.name, item.name) === 'variant';
      summary.renamed.push({ code: item.code, bundled: old.name, official: item.name, variant });
    }
  }
  return summary;
}

/**
 * Imports an official list for a year into the store (merging with a list imported before).
 * `kind` forces the list kind (functional | economic-department | economic-government, or
 * 功能 / 部门经济 / 政府经济); otherwise it is taken from sheet names, titles or code shapes
 * (7 digits or 2xx 功能, 3xx 部门经济, 5xx 政府经济).
 * Nothing is written when there is any error.
 */
export async function importClassificationFile(
  path: string,
  year: number,
  options: { kind?: string; home?: string } = {},
): Promise<ImportResult> {
  if (!Number.isInteger(year) || year < 2000 || year > 2100) {
    return { ok: false, errors: [`年度“${String(year)}”无效 / invalid year`] };
  }
  let kind: ClassKind | undefined;
  if (options.kind !== undefined) {
    kind = parseKindOption(options.kind);
    if (!kind) {
      return {
        ok: false,
        errors: [`--kind “${options.kind}” 无效，应为 functional、economic-department 或 economic-government`],
      };
    }
  }
  const store = options.home === undefined ? {} : { home: options.home };
  const file = basename(path);
  const read = await readSheets(path);
  if (!read.ok) return { ok: false, errors: [read.error] };
  const parsed = parseClassificationList(file, read.sheets, kind ? { kind } : {});
  if (parsed.errors.length === 0 && parsed.rows.length === 0) {
    parsed.errors.push(`${file}：没有读到支出分类科目 / no expenditure codes found`);
  }
  let stored: StoredOverlay | undefined;
  try {
    stored = readStoredOverlay(year, store);
  } catch (e) {
    if (e instanceof ClassificationStoreError) return { ok: false, errors: [...parsed.errors, e.message] };
    throw e;
  }
  const bundled = bundledClassification(year) ?? emptyClassification(year);
  const known = mergeClassification(bundled, stored ?? {}, 'official');
  const errors = [...parsed.errors, ...crossCheck(parsed.rows, known)];
  if (errors.length > 0) return { ok: false, errors };

  const overlay: ClassificationOverlay = {};
  for (const row of parsed.rows) (overlay[OVERLAY_KEY[row.kind]] ??= []).push(row.item);
  const deduped = mergeOverlays({}, overlay); // one item per code (same-name repeats are allowed)
  const next: StoredOverlay = {
    schema: OVERLAY_SCHEMA,
    year,
    sources: [...(stored?.sources ?? []), { file, importedAt: new Date().toISOString() }],
    ...mergeOverlays(stored ?? {}, deduped),
  };
  let written: string;
  try {
    written = writeStoredOverlay(next, store);
  } catch (e) {
    return { ok: false, errors: [`无法写入科目名录存储（${(e as Error).message}）/ cannot write the store`] };
  }
  const kinds = CLASS_KINDS.filter((k) => deduped[OVERLAY_KEY[k]]?.length).map((k) =>
    summarise(k, deduped[OVERLAY_KEY[k]]!, bundled),
  );
  return { ok: true, path: written, kinds, skipped: parsed.skipped, notes: parsed.notes };
}

/** The summary printed after a successful import. */
export function formatImportSummary(file: string, year: number, result: Extract<ImportResult, { ok: true }>): string {
  const lines = [`已导入 ${file}，作为 ${year} 年的官方科目名录 / imported as the official ${year} list:`];
  for (const k of result.kinds) {
    const variants = k.renamed.filter((r) => r.variant).length;
    lines.push(
      `  ${KIND_LABEL[k.kind]}：读入 ${k.read} 条，比内置科目表新增 ${k.added.length} 条，名称不同 ${k.renamed.length} 条` +
        (variants ? `（其中仅写法不同 ${variants} 条）` : '') +
        ` / ${k.read} read, ${k.added.length} added, ${k.renamed.length} renamed`,
    );
    for (const r of k.renamed.slice(0, 10)) lines.push(`    ${r.code}：${r.bundled} → ${r.official}`);
    if (k.renamed.length > 10) lines.push(`    …… 另有 ${k.renamed.length - 10} 条`);
  }
  if (result.skipped > 0) lines.push(`  跳过没有编码的行 ${result.skipped} 行 / ${result.skipped} rows without a code skipped`);
  for (const note of result.notes) lines.push(`  ${note}`);
  lines.push(`写入 ${result.path}`);
  lines.push(`此后 ${year} 年的检查以这份名录为准：名录里没有的编码将报为错误，而不再只是提醒。`);
  return lines.join('\n');
}

/** Entry for the CLI (`yusuan classification import <file> --year <y> [--kind k]`): exit code 0 or 2. */
export async function classificationImportCommand(args: {
  file: string;
  year: number;
  kind?: string;
  home?: string;
}): Promise<{ exitCode: number; message: string }> {
  const options: { kind?: string; home?: string } = {};
  if (args.kind !== undefined) options.kind = args.kind;
  if (args.home !== undefined) options.home = args.home;
  const result = await importClassificationFile(args.file, args.year, options);
  if (!result.ok) {
    const shown = result.errors.slice(0, MAX_ERRORS);
    const more = result.errors.length - shown.length;
    const message = [
      `科目名录没有导入（未写入任何文件）/ nothing imported:`,
      ...shown.map((e) => `  ${e}`),
      ...(more > 0 ? [`  …… 另有 ${more} 处错误 / ${more} more`] : []),
    ].join('\n');
    return { exitCode: 2, message };
  }
  return { exitCode: 0, message: formatImportSummary(basename(args.file), args.year, result) };
}
