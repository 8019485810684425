// One printed table → a DocTable of the template: its unit (from the preamble), subtitle, columns
// matched by header labels, cells read (amounts into 分 in the table's unit, blanks as null), each
// cell's position, notes and whether it is empty. Row kinds and refs are set afterwards by family.
import type { CellValue, DocTable, Merge, Row, SourcePos } from '../model/document.ts';
import type { TableSpec, TemplateSpec } from '../templates/types.ts';
import { readAmount, tableUnit, unitStated, withoutUnit } from './amounts.ts';
import { matchColumns } from './columns.ts';
import type { ProblemList } from './problems.ts';
import type { RawCell, RawTable } from './raw.ts';

/** Notes that say the table is empty on purpose. */
export const EMPTY_NOTE = /本表为空|空表|无数据|此表无|本表无/;

/** Preamble lines as subtitle lines: the unit statement split off (kept only where the template prints it as a line). */
function subtitleOf(preamble: readonly RawCell[], spec: TableSpec): string[] {
  const keepUnit = spec.subtitle.some((s) => unitStated(s) !== undefined);
  const out: string[] = [];
  for (const c of preamble) {
    const text = c.text.trim();
    const unitAt = text.search(/(?:金额)?单\s*位\s*[:：]\s*(?:万元|元)/);
    const before = unitAt > 0 ? withoutUnit(text) : unitAt === 0 ? '' : text;
    if (before) out.push(before.replace(/\s{2,}/g, ' '));
    if (unitAt >= 0 && keepUnit) out.push(text.slice(unitAt).trim());
  }
  return out;
}

function blankRow(cells: readonly RawCell[]): boolean {
  return cells.every((c) => c.text.trim() === '');
}

export function assembleTable(raw: RawTable, spec: TableSpec, template: TemplateSpec, number: number, problems: ProblemList): DocTable {
  const fallbackUnit = spec.unit ?? template.unit;
  const { unit } = tableUnit(raw.preamble, raw.title, raw.header, fallbackUnit);
  const form = spec.columns.every((c) => c.header.length === 0);
  // A form has no header: whatever the reader took for one is body.
  const header = form ? [] : raw.header;
  const bodyRows = form ? [...raw.header, ...raw.body] : raw.body;
  const offset = form ? raw.header.length : 0;
  const width = Math.max(0, ...header.map((r) => r.length), ...bodyRows.map((r) => r.length));
  const match = matchColumns(header, width, spec.columns);
  const where = raw.titleAt;
  if (match.reading === 'no-header') {
    problems.add(`${raw.title}：未印出表头，按模板列序读取`, `${spec.id}: no header printed; columns read in the template's order`, where, spec.id);
  }
  for (const j of match.unmatched) {
    const labels = match.columns[match.source.indexOf(j)]?.header.join('/') || `第 ${j + 1} 列`;
    problems.add(`${raw.title}：表头“${labels}”不是模板中的列，原样保留为文字列`, `${spec.id}: printed column “${labels}” matches no column of the template; kept as text`, raw.header[0]?.[j]?.at ?? where, spec.id);
  }
  for (const a of match.approximate) {
    problems.add(`${raw.title}：第 ${a.printed + 1} 列表头与模板不完全相同，按相近的列“${a.key}”读取`, `${spec.id}: column ${a.printed + 1} read as “${a.key}” by similar header labels`, raw.header[0]?.[a.printed]?.at ?? where, spec.id);
  }
  const missing = spec.columns.filter((c) => !match.columns.some((m) => m.key === c.key)).map((c) => c.header[c.header.length - 1] ?? c.key);
  if (missing.length && !form) {
    problems.add(`${raw.title}：未印出模板中的列：${missing.join('、')}`, `${spec.id}: columns of the template not printed: ${missing.length}`, where, spec.id);
  }

  let decimals = -1;
  const rows: Row[] = [];
  const rowOf = new Map<number, number>();
  // A table of figures only (“三公”) is one row by design: blank there means zero, and the row stays.
  const figuresOnly = spec.columns.every((col) => col.kind === 'amount');
  bodyRows.forEach((cells, r) => {
    if (blankRow(cells) && !(figuresOnly && rows.length === 0)) return;
    const row: Row = { kind: 'item', cells: [], at: {} };
    match.columns.forEach((col, k) => {
      const cell = cells[match.source[k] as number];
      const text = cell?.text.trim() ?? '';
      if (cell && row.at) row.at[k] = cell.at;
      row.cells.push(cellValue(text, col.kind === 'amount', unit, cell?.at, raw.title, spec, problems, (d) => (decimals = Math.max(decimals, d))));
    });
    rowOf.set(r - offset, rows.length);
    rows.push(row);
  });

  const notes = raw.notes.map((n) => n.text.trim()).filter(Boolean);
  const hasAmounts = match.columns.some((c) => c.kind === 'amount');
  const noFigures = rows.every((row) => row.cells.every((c: CellValue) => typeof c !== 'number' || c === 0));
  const table: DocTable = {
    id: spec.id,
    number,
    numberLabel: spec.numberLabel,
    title: raw.title.trim(),
    shortTitle: spec.listTitle,
    subtitle: subtitleOf(raw.preamble, spec),
    unit,
    decimals: decimals >= 0 ? decimals : (spec.decimals ?? template.decimals),
    columns: match.columns,
    rows,
    merges: mergesOf(raw.merges, rowOf),
    notes,
    // Empty: a note says so, nothing is printed, or only a 合计 row without figures. The “三公” row
    // blank is zero, not “no data” — except in Shanghai's layout, whose view calls it empty.
    empty: notes.some((n) => EMPTY_NOTE.test(n)) || rows.length === 0 || (hasAmounts && noFigures && (!figuresOnly || spec.layout === 'shanghai')),
    at: where,
  };
  return table;
}

function cellValue(
  text: string, amount: boolean, unit: DocTable['unit'], at: SourcePos | undefined,
  title: string, spec: TableSpec, problems: ProblemList, seen: (decimals: number) => void,
): CellValue {
  if (!amount) return text === '' ? null : text;
  const r = readAmount(text, unit);
  if (r.ok) {
    if (r.value !== null) seen(r.decimals);
    return r.value;
  }
  problems.add(`${title}：${r.message}，原样保留`, `${spec.id}: ${r.messageEn}; kept as text`, at, spec.id);
  return text;
}

/** The reader's body merges (Excel) in the Document's row numbering (blank rows dropped). */
function mergesOf(merges: readonly Merge[] | undefined, rowOf: ReadonlyMap<number, number>): Merge[] {
  const out: Merge[] = [];
  for (const m of merges ?? []) {
    const row = rowOf.get(m.row);
    if (row !== undefined) out.push({ ...m, row });
  }
  return out;
}
