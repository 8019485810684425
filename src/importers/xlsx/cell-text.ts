// The text of one exceljs cell as a reader of the workbook sees it: strings and rich text as
// written, numbers under their number format (num-format.ts), a formula's cached result, dates as
// yyyy-mm-dd, error values as printed (#DIV/0!). A formula without a cached result has no text and
// is reported, not guessed. Look-alike CJK radicals are normalised, line breaks become \n.
import type { Cell, CellValue } from 'exceljs';
import { normalizeRadicals } from '../../core/text/radicals.ts';
import { formatNumber } from './num-format.ts';

export interface CellText {
  text: string;
  /** The cell held a number (directly or as a formula's result). */
  numeric: boolean;
  /** A formula whose result was never calculated and saved. */
  missingResult?: boolean;
}

const EMPTY: CellText = { text: '', numeric: false };

/** Text of a cell, from its value and number format. */
export function cellText(cell: Cell): CellText {
  return valueText(cell.value, cell.numFmt);
}

function valueText(value: CellValue, numFmt: string | undefined): CellText {
  if (value === null || value === undefined) return EMPTY;
  if (typeof value === 'number') return { text: formatNumber(value, numFmt), numeric: true };
  if (typeof value === 'string') return { text: clean(value), numeric: false };
  if (typeof value === 'boolean') return { text: value ? 'TRUE' : 'FALSE', numeric: false };
  if (value instanceof Date) return { text: isoDate(value), numeric: false };
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: unknown }).result;
    if (result === undefined || result === null) return { text: '', numeric: false, missingResult: true };
    return valueText(result as CellValue, numFmt);
  }
  if ('richText' in value && Array.isArray(value.richText)) {
    return { text: clean(value.richText.map((r) => r.text ?? '').join('')), numeric: false };
  }
  if ('error' in value) return { text: String(value.error), numeric: false };
  if ('text' in value) {
    const t = (value as { text: unknown }).text;
    if (typeof t === 'string') return { text: clean(t), numeric: false };
    if (t && typeof t === 'object') return valueText(t as CellValue, numFmt);
  }
  return EMPTY; // a value type exceljs has not documented
}

function clean(text: string): string {
  return normalizeRadicals(text.replace(/\r\n?/g, '\n'));
}

/** A date cell as yyyy-mm-dd (exceljs reads Excel dates as UTC). */
function isoDate(d: Date): string {
  if (Number.isNaN(d.getTime())) return '';
  const iso = d.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19).replace('T', ' ');
}
