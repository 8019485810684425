// A small RFC 4180 CSV parser (quoted fields, "" escapes, commas and line breaks inside quotes).
// Pure: text in, rows out; used by the data build script and by the classification importer.

export interface CsvParseResult {
  /** Rows of fields, as written (no trimming). Line numbers are 1-based in `lines`. */
  rows: string[][];
  /** The physical line on which each row starts (1-based), parallel to `rows`. */
  lines: number[];
  /** Problems such as an unclosed quote, with the line where they start. */
  problems: { line: number; message: string }[];
}

/**
 * Parses CSV text. A leading BOM is ignored; CRLF, LF and CR line ends are accepted. Completely
 * empty lines are kept as rows with one empty field, so row numbers match what a spreadsheet shows.
 */
export function parseCsv(text: string, separator = ','): CsvParseResult {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: string[][] = [];
  const lines: number[] = [];
  const problems: { line: number; message: string }[] = [];
  let row: string[] = [];
  let field = '';
  let line = 1;
  let rowStart = 1;
  let inQuotes = false;
  let quoteStart = 0;
  let i = 0;
  const endRow = (): void => {
    row.push(field);
    rows.push(row);
    lines.push(rowStart);
    row = [];
    field = '';
  };
  while (i < src.length) {
    const ch = src[i]!;
    if (inQuotes) {
      if (ch === '"') {
        if (src[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        inQuotes = false;
        i++;
        continue;
      }
      if (ch === '\r' || ch === '\n') {
        field += ch === '\r' && src[i + 1] === '\n' ? '\r\n' : ch;
        i += ch === '\r' && src[i + 1] === '\n' ? 2 : 1;
        line++;
        continue;
      }
      field += ch;
      i++;
      continue;
    }
    if (ch === '"' && field.trim() === '') {
      // Opening quote (spaces before it are dropped, as spreadsheets do).
      inQuotes = true;
      quoteStart = line;
      field = '';
      i++;
      continue;
    }
    if (ch === separator) {
      row.push(field);
      field = '';
      i++;
      continue;
    }
    if (ch === '\r' || ch === '\n') {
      endRow();
      i += ch === '\r' && src[i + 1] === '\n' ? 2 : 1;
      line++;
      rowStart = line;
      continue;
    }
    field += ch;
    i++;
  }
  if (inQuotes) {
    problems.push({ line: quoteStart, message: `第 ${quoteStart} 行：引号没有闭合 / unclosed quote` });
  }
  // A final line without a line break still counts; a trailing line break adds no empty row.
  if (field !== '' || row.length > 0 || inQuotes) endRow();
  return { rows, lines, problems };
}

/**
 * Parses CSV with a header row into records keyed by header name. Fails (returns problems) when
 * a required column is missing or a row has more fields than the header.
 */
export function parseCsvRecords(
  text: string,
  required: readonly string[] = [],
): { records: { line: number; values: Record<string, string> }[]; problems: { line: number; message: string }[] } {
  const { rows, lines, problems } = parseCsv(text);
  const out: { line: number; values: Record<string, string> }[] = [];
  const header = rows[0]?.map((h) => h.trim());
  if (!header) return { records: out, problems: [...problems, { line: 1, message: '文件是空的 / empty file' }] };
  for (const name of required) {
    if (!header.includes(name)) problems.push({ line: 1, message: `表头缺少列“${name}” / missing column ${name}` });
  }
  for (let r = 1; r < rows.length; r++) {
    const fields = rows[r]!;
    const lineNo = lines[r]!;
    if (fields.length === 1 && fields[0]!.trim() === '') continue; // blank line
    if (fields.length > header.length) {
      problems.push({ line: lineNo, message: `第 ${lineNo} 行：有 ${fields.length} 列，表头只有 ${header.length} 列` });
      continue;
    }
    const values: Record<string, string> = {};
    header.forEach((h, idx) => {
      values[h] = (fields[idx] ?? '').trim();
    });
    out.push({ line: lineNo, values });
  }
  return { records: out, problems };
}
