// Excel reader (.xlsx): a workbook into a RawDocument — the sheets before the 目录 (the cover) as
// title lines, the 目录 as contents, every table sheet as a RawTable with the sheet and cell of
// each label and figure, every text sheet as paragraphs. Hidden sheets are skipped with a warning.
// The file is checked by zip-guard.ts before exceljs sees it; what cannot be read is an
// ImportError, Chinese / English, naming the file.
import { open } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { RawCell, RawDocument } from '../../core/import/raw.ts';
import { ImportError } from '../errors.ts';
import { layoutSheet, type SheetLayout } from './layout.ts';
import { readSheet } from './sheet-grid.ts';
import { storedZip } from './stored-zip.ts';
import { DEFAULT_ZIP_LIMITS, formatBytes, guardXlsx, type ZipLimits } from './zip-guard.ts';

export { sniffXlsx, type XlsxKind } from './sniff.ts';
export { DEFAULT_ZIP_LIMITS, type ZipLimits } from './zip-guard.ts';

/** Largest workbook file read: 100 MB (real disclosures are well under 5 MB). */
export const MAX_XLSX_BYTES = 100 * 1024 * 1024;

export interface ReadXlsxOptions {
  maxBytes?: number;
  zip?: Partial<ZipLimits>;
}

/** Cover sheets by name, read as title lines even without a 目录 sheet after them. */
const COVER = /封面|封皮|首页/;

/** Reads an .xlsx file. Throws ImportError for what cannot be read. */
export async function readXlsx(path: string, opts: ReadXlsxOptions = {}): Promise<RawDocument> {
  const max = opts.maxBytes ?? MAX_XLSX_BYTES;
  let bytes: Buffer;
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? '';
    if (code === 'ENOENT') throw new ImportError('文件不存在 / no such file', path);
    throw new ImportError(`无法打开文件（${code || '未知错误'}）/ cannot open the file`, path);
  }
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) throw new ImportError('不是普通文件 / not a regular file', path);
    if (stat.size > max) {
      throw new ImportError(`文件大小 ${formatBytes(stat.size)}，超过上限 ${formatBytes(max)}，未读取 / the file is ${formatBytes(stat.size)}, over the ${formatBytes(max)} limit; not read`, path);
    }
    bytes = await handle.readFile();
  } finally {
    await handle.close();
  }
  return readXlsxBytes(bytes, path, opts);
}

/** Reads a workbook from memory; `file` names it in messages and provenance. */
export async function readXlsxBytes(bytes: Uint8Array, file: string, opts: ReadXlsxOptions = {}): Promise<RawDocument> {
  const checked = guardXlsx(bytes, file, { ...DEFAULT_ZIP_LIMITS, ...opts.zip });
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(storedZip(checked) as unknown as ArrayBuffer);
  } catch (e) {
    const why = e instanceof Error ? e.message.split('\n')[0] : String(e);
    throw new ImportError(`工作簿无法解析：${why} / the workbook cannot be parsed: ${why}`, file);
  }
  const raw: RawDocument = { source: { file, kind: 'xlsx' }, titleLines: [], contents: [], paragraphs: [], tables: [] };
  const warnings: RawCell[] = [];
  const sheets: { name: string; layout: SheetLayout }[] = [];
  for (const ws of wb.worksheets) {
    if (ws.state === 'hidden' || ws.state === 'veryHidden') {
      warnings.push({
        text: `工作表“${ws.name}”已隐藏，未读取 / hidden sheet "${ws.name}" skipped`,
        at: { sheet: ws.name },
      });
      continue;
    }
    const read = readSheet(ws);
    warnings.push(...read.warnings);
    const layout = layoutSheet(read.grid);
    if (layout.kind === 'table') warnings.push(...layout.warnings);
    sheets.push({ name: ws.name, layout });
  }
  const contentsAt = sheets.findIndex((s) => s.layout.kind === 'contents');
  sheets.forEach(({ name, layout }, i) => {
    switch (layout.kind) {
      case 'contents':
        raw.contents.push(...layout.entries);
        return;
      case 'table':
        raw.tables.push(layout.table);
        return;
      case 'text':
        if (i < contentsAt || COVER.test(name)) raw.titleLines.push(...layout.lines);
        else raw.paragraphs.push(...layout.lines);
        return;
      case 'empty':
        return;
    }
  });
  if (warnings.length > 0) raw.warnings = warnings;
  return raw;
}
