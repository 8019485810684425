// Reads a finance bureau's classification list from sheet cells (pure): finds the header
// (科目编码 / 科目名称 / 级次), the list kind, and each row's code, name and level, with cell-exact errors.
import type { ClassItem, ClassKind, ClassLevel } from './types.ts';
import { KIND_LABEL, KIND_LEVELS, KIND_PREFIX, kindOfCode, levelOf, normaliseCode, parentOf } from './lookup.ts';

/** One sheet as text cells: rows[r][c] is the cell at row r+1, column c+1. CSV has no name. */
export interface SheetGrid {
  name?: string;
  rows: readonly (readonly string[])[];
}

/** An item read from a file, with the place of its code cell for messages. */
export interface ListRow {
  kind: ClassKind;
  item: ClassItem;
  place: string;
}

export interface ParsedList {
  rows: ListRow[];
  /** Errors naming file, sheet and cell; any error means the file must not be imported. */
  errors: string[];
  /** Rows without a code that were passed over (notes, totals). */
  skipped: number;
  /** Sheets passed over and why. */
  notes: string[];
}

const HEADER_SCAN_ROWS = 30;

/** Column number (1-based) to letters: 1 → A, 27 → AA. */
export function columnLetter(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

/** "名录.xlsx 工作表“功能科目” C17" or, for CSV, "名录.csv 第 17 行 C 列". */
export function placeOf(file: string, sheet: string | undefined, row: number, col: number): string {
  return sheet === undefined
    ? `${file} 第 ${row} 行 ${columnLetter(col)} 列`
    : `${file} 工作表“${sheet}” ${columnLetter(col)}${row}`;
}

function sheetPlace(file: string, sheet: string | undefined): string {
  return sheet === undefined ? file : `${file} 工作表“${sheet}”`;
}

/** The list kind a sheet name or title names, if exactly one (a 功能/经济 对照 title names none). */
export function detectKind(text: string): ClassKind | undefined {
  const t = text.replace(/\s+/g, '');
  if (t.includes('功能') && t.includes('经济')) return undefined;
  const hits = new Set<ClassKind>();
  if (t.includes('功能')) hits.add('functional');
  if (/部门(预算)?(支出)?经济/.test(t)) hits.add('economic-department');
  if (/政府(预算)?(支出)?经济/.test(t)) hits.add('economic-government');
  return hits.size === 1 ? [...hits][0] : undefined;
}

/** A --kind value (English id or Chinese short name) to a kind. */
export function parseKindOption(value: string): ClassKind | undefined {
  const v = value.trim().toLowerCase();
  if (v === 'functional' || v === '功能' || v === '功能分类') return 'functional';
  if (v === 'economic-department' || v === '部门经济' || v === '部门经济分类') return 'economic-department';
  if (v === 'economic-government' || v === '政府经济' || v === '政府经济分类') return 'economic-government';
  return undefined;
}

type Column = 'code' | 'name' | 'level';

function headerColumn(cell: string): Column | undefined {
  const h = cell.replace(/[\s\u3000]+/g, '').replace(/[（(].*[)）]$/, '').toLowerCase();
  if (h === '') return undefined;
  if (/^(单位|部门|项目)/.test(h)) return undefined;
  if (['科目编码', '编码', '代码', '科目代码', 'code', '科目编号'].includes(h)) return 'code';
  if (['科目名称', '名称', 'name'].includes(h)) return 'name';
  if (['级次', '级别', '层级', '科目级次', '级', 'level'].includes(h)) return 'level';
  if (h.endsWith('编码') || h.endsWith('代码')) return 'code';
  if (h.endsWith('名称')) return 'name';
  return undefined;
}

/** Finds the header row: the first row with a code and a name column. */
function findHeader(rows: SheetGrid['rows']): { row: number; cols: Partial<Record<Column, number>> } | undefined {
  for (let r = 0; r < Math.min(rows.length, HEADER_SCAN_ROWS); r++) {
    const cols: Partial<Record<Column, number>> = {};
    const strong = new Set<Column>(); // a header with 科目 in it beats a plain 编码 / 名称
    rows[r]!.forEach((cell, c) => {
      const col = headerColumn(cell);
      if (!col || strong.has(col)) return;
      if (cell.includes('科目')) strong.add(col);
      else if (cols[col] !== undefined) return;
      cols[col] = c;
    });
    if (cols.code !== undefined && cols.name !== undefined) return { row: r, cols };
  }
  return undefined;
}

function parseLevel(text: string): ClassLevel | undefined {
  const t = text.replace(/\s+/g, '');
  if (t === '类' || t === '1' || t === '一级' || t === '类级') return '类';
  if (t === '款' || t === '2' || t === '二级' || t === '款级') return '款';
  if (t === '项' || t === '3' || t === '三级' || t === '项级') return '项';
  return undefined;
}

const blank = (s: string | undefined): boolean => s === undefined || s.replace(/[\s\u3000]+/g, '') === '';

/**
 * Reads the items of every sheet that has a header. Kind: `options.kind`, else the sheet name or a
 * title above the header, else each code's shape (2xx or 7 digits 功能, 3xx 部门经济, 5xx 政府经济).
 */
export function parseClassificationList(
  file: string,
  sheets: readonly SheetGrid[],
  options: { kind?: ClassKind } = {},
): ParsedList {
  const out: ParsedList = { rows: [], errors: [], skipped: 0, notes: [] };
  let sheetsWithHeader = 0;
  let anyCell = false;
  for (const sheet of sheets) {
    const nonEmpty = sheet.rows.some((r) => r.some((c) => !blank(c)));
    if (!nonEmpty) continue;
    anyCell = true;
    const header = findHeader(sheet.rows);
    if (!header) {
      if (sheets.length > 1) out.notes.push(`${sheetPlace(file, sheet.name)}：没有“科目编码”“科目名称”表头，已跳过`);
      continue;
    }
    if (sheet.name && /收入/.test(sheet.name) && !/支出/.test(sheet.name)) {
      out.notes.push(`${sheetPlace(file, sheet.name)}：收入分类科目，已跳过`);
      continue;
    }
    sheetsWithHeader++;
    const titles = sheet.rows.slice(0, header.row).flat().join(' ');
    const sheetKind = options.kind ?? (sheet.name ? detectKind(sheet.name) : undefined) ?? detectKind(titles);
    const codeCol = header.cols.code!;
    const nameCol = header.cols.name!;
    const levelCol = header.cols.level;
    let dataRows = 0;
    for (let r = header.row + 1; r < sheet.rows.length; r++) {
      const cells = sheet.rows[r]!;
      const rowNo = r + 1;
      const rawCode = cells[codeCol] ?? '';
      const rawName = cells[nameCol] ?? '';
      if (blank(rawCode)) {
        if (cells.some((c) => !blank(c))) out.skipped++;
        continue;
      }
      dataRows++;
      const at = (col: number): string => placeOf(file, sheet.name, rowNo, col + 1);
      const code = normaliseCode(rawCode);
      const level = levelOf(code);
      if (!/^\d+$/.test(code) || !level) {
        out.errors.push(`${at(codeCol)}：“${rawCode.trim()}” 不是科目编码（应为 3、5 或 7 位数字）/ not a classification code`);
        continue;
      }
      const kind = sheetKind ?? kindOfCode(code);
      if (!kind) {
        out.errors.push(`${at(codeCol)}：“${rawCode.trim()}” 不是支出科目编码（功能分类以 2 开头，部门经济分类以 3 开头，政府经济分类以 5 开头）`);
        continue;
      }
      if (!code.startsWith(KIND_PREFIX[kind]) || !KIND_LEVELS[kind].includes(level)) {
        out.errors.push(`${at(codeCol)}：“${rawCode.trim()}” 不是${KIND_LABEL[kind]}的编码（本表按${KIND_LABEL[kind]}读取）`);
        continue;
      }
      if (levelCol !== undefined && !blank(cells[levelCol])) {
        const stated = parseLevel(cells[levelCol]!);
        if (!stated) {
          out.errors.push(`${at(levelCol)}：级次“${cells[levelCol]!.trim()}”无法识别（应为 类/款/项 或 1/2/3）`);
          continue;
        }
        if (stated !== level) {
          out.errors.push(`${at(levelCol)}：级次是“${stated}”，但编码 ${code} 是${level}级科目`);
          continue;
        }
      }
      const name = rawName.replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');
      if (name === '') {
        out.errors.push(`${at(nameCol)}：科目 ${code} 没有名称 / missing name`);
        continue;
      }
      const item: ClassItem = { code, name, level, verified: true };
      const parent = parentOf(code);
      if (parent) item.parent = parent;
      out.rows.push({ kind, item, place: at(codeCol) });
    }
    if (dataRows === 0) out.errors.push(`${sheetPlace(file, sheet.name)}：表头下面没有科目行 / no rows under the header`);
  }
  if (!anyCell) out.errors.push(`${file}：文件是空的 / the file is empty`);
  else if (sheetsWithHeader === 0 && out.notes.every((n) => !n.includes('收入分类'))) {
    out.errors.push(`${file}：找不到表头，需要“科目编码”和“科目名称”两列 / no header with 科目编码 and 科目名称 columns`);
  }
  return out;
}
