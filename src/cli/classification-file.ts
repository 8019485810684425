// Reads a classification list file (.xlsx via exceljs, or .csv in UTF-8 or GB18030) into text cells.
import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import ExcelJS from 'exceljs';
import { parseCsv } from '../core/classification/csv.ts';
import type { SheetGrid } from '../core/classification/list-sheet.ts';

/** The sheets of a file, or an error message naming the file (exit code 2). */
export type ReadSheetsResult = { ok: true; sheets: SheetGrid[] } | { ok: false; error: string };

/** The text a spreadsheet shows for a cell value (numbers without exponent, formulas by result). */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') {
    return Number.isInteger(value) ? value.toFixed(0) : String(value);
  }
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((t) => t.text).join('');
  if ('error' in value) return String(value.error);
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: unknown }).result;
    return result === undefined || result === null || typeof result === 'object' ? '' : cellText(result as ExcelJS.CellValue);
  }
  if ('text' in value) return String(value.text);
  return '';
}

/** UTF-8 when the bytes are valid UTF-8, else GB18030 (what Excel in China saves CSV as). */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

function csvSheets(bytes: Uint8Array, file: string): ReadSheetsResult {
  const text = decodeText(bytes);
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const separator = firstLine.includes('\t') && !firstLine.includes(',') ? '\t' : ',';
  const parsed = parseCsv(text, separator);
  const problem = parsed.problems[0];
  if (problem) return { ok: false, error: `${file} ${problem.message}` };
  return { ok: true, sheets: [{ rows: parsed.rows }] };
}

async function xlsxSheets(bytes: Uint8Array, file: string): Promise<ReadSheetsResult> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    return { ok: false, error: `${file}：无法作为 Excel (.xlsx) 文件读取（${(e as Error).message}）/ not a readable .xlsx file` };
  }
  const sheets: SheetGrid[] = [];
  workbook.eachSheet((ws) => {
    const rows: string[][] = [];
    ws.eachRow({ includeEmpty: true }, (row, rowNumber) => {
      const cells: string[] = [];
      row.eachCell({ includeEmpty: true }, (cell, colNumber) => {
        cells[colNumber - 1] = cellText(cell.value);
      });
      rows[rowNumber - 1] = Array.from(cells, (c) => c ?? '');
    });
    sheets.push({ name: ws.name, rows: Array.from(rows, (r) => r ?? []) });
  });
  return { ok: true, sheets };
}

/** Reads .xlsx/.xlsm or .csv/.txt; other types and unreadable files give an error message. */
export async function readSheets(path: string): Promise<ReadSheetsResult> {
  const file = basename(path);
  const ext = extname(path).toLowerCase();
  if (ext === '.xls' || ext === '.et') {
    return { ok: false, error: `${file}：不支持旧版 Excel (${ext}) 文件，请另存为 .xlsx 或 .csv / save as .xlsx or .csv` };
  }
  if (!['.xlsx', '.xlsm', '.csv', '.txt'].includes(ext)) {
    return { ok: false, error: `${file}：不认识的文件类型“${ext || '无扩展名'}”，应为 .xlsx 或 .csv / expected .xlsx or .csv` };
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? '文件不存在 / file not found' : `无法读取（${(e as Error).message}）`;
    return { ok: false, error: `${path}：${why}` };
  }
  if (bytes.length === 0) return { ok: false, error: `${file}：文件是空的 / the file is empty` };
  return ext === '.csv' || ext === '.txt' ? csvSheets(bytes, file) : xlsxSheets(bytes, file);
}
