// Turns one exceljs worksheet into a Grid (grid.ts): each written cell's text (cell-text.ts), the
// merged ranges, the print-title rows and frozen rows, plus the warnings reading it raised — a
// formula without a cached result (its cell is read as blank), hidden rows and columns (read
// anyway, since their figures are part of the workbook).
import type { Worksheet } from 'exceljs';
import type { RawCell } from '../../core/import/raw.ts';
import { cellText } from './cell-text.ts';
import { address, Grid, MAX_COLUMNS, type Block, type GridInput } from './grid.ts';

export interface SheetRead {
  grid: Grid;
  warnings: RawCell[];
}

/** Decodes "B3" into row and column. */
function decode(ref: string): { row: number; col: number } | undefined {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/.exec(ref.trim().toUpperCase());
  if (!m) return undefined;
  let col = 0;
  for (const ch of m[1]!) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), col };
}

/** "A2:I2" → block; undefined for what is not a range. */
export function parseRange(range: string): Block | undefined {
  const [a, b = a] = range.split(':');
  const tl = a ? decode(a) : undefined;
  const br = b ? decode(b) : undefined;
  if (!tl || !br) return undefined;
  return {
    top: Math.min(tl.row, br.row),
    left: Math.min(tl.col, br.col),
    bottom: Math.max(tl.row, br.row),
    right: Math.max(tl.col, br.col),
  };
}

/** The merged ranges exceljs parsed ("A2:I2" …), read from its model's merge list. */
function mergeRanges(ws: Worksheet): string[] {
  const internal = (ws as unknown as { _merges?: Record<string, { range?: string }> })._merges;
  if (internal) return Object.values(internal).flatMap((m) => (m?.range ? [m.range] : []));
  return ws.model.merges ?? [];
}

function printTitles(ws: Worksheet): [number, number] | undefined {
  const m = /^\$?(\d+):\$?(\d+)$/.exec(ws.pageSetup?.printTitlesRow ?? '');
  if (!m) return undefined;
  const a = Number(m[1]);
  const b = Number(m[2]);
  return a >= 1 && b >= a ? [a, b] : undefined;
}

function frozenRows(ws: Worksheet): number | undefined {
  const v = ws.views?.[0] as { state?: string; ySplit?: number } | undefined;
  return v?.state === 'frozen' && typeof v.ySplit === 'number' && v.ySplit > 0 ? v.ySplit : undefined;
}

/** Reads a worksheet's cells and layout hints. */
export function readSheet(ws: Worksheet): SheetRead {
  const sheet = ws.name;
  const warnings: RawCell[] = [];
  const cells: GridInput['cells'] = [];
  const missing: string[] = [];
  const hiddenRows: number[] = [];
  const framedRows: number[] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    let any = false;
    let framed = false;
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      if (col > MAX_COLUMNS) return;
      if (!framed) {
        const b = cell.border;
        framed = Boolean(b && (b.top?.style || b.bottom?.style || b.left?.style || b.right?.style));
      }
      if (cell.master !== cell || cell.value === null || cell.value === undefined) return;
      const t = cellText(cell);
      if (t.missingResult) missing.push(address(rowNumber, col));
      if (t.text === '') return;
      cells.push({ row: rowNumber, col, text: t.text, numeric: t.numeric });
      any = true;
    });
    if (any && row.hidden) hiddenRows.push(rowNumber);
    if (framed) framedRows.push(rowNumber);
  });
  for (const cell of missing) {
    warnings.push({
      text: `工作表“${sheet}” ${cell}：公式没有保存计算结果，按空白读取；请在 Excel 或 WPS 中打开并保存后重新导入 / sheet "${sheet}" ${cell}: the formula has no saved result and is read as blank; open and save the workbook in Excel or WPS, then import again`,
      at: { sheet, cell },
    });
  }
  const usedCols = new Set(cells.map((c) => c.col));
  const hiddenCols = [...usedCols].filter((c) => ws.getColumn(c).hidden).sort((a, b) => a - b);
  if (hiddenRows.length > 0 || hiddenCols.length > 0) {
    const parts = [
      hiddenRows.length ? `第 ${hiddenRows.slice(0, 10).join('、')}${hiddenRows.length > 10 ? ' 等' : ''} 行` : '',
      hiddenCols.length ? `第 ${hiddenCols.slice(0, 10).map((c) => address(1, c).replace(/\d+$/, '')).join('、')} 列` : '',
    ].filter(Boolean);
    warnings.push({
      text: `工作表“${sheet}”的${parts.join('和')}已隐藏，仍照常读取 / sheet "${sheet}" has hidden rows or columns with content; they are read like the others`,
      at: { sheet },
    });
  }
  const merges = mergeRanges(ws).flatMap((r) => {
    const b = parseRange(r);
    return b ? [b] : [];
  });
  const input: GridInput = { name: sheet, cells, merges, framedRows };
  const titles = printTitles(ws);
  if (titles) input.printTitles = titles;
  const frozen = frozenRows(ws);
  if (frozen) input.frozenRows = frozen;
  return { grid: new Grid(input), warnings };
}
