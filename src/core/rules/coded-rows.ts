// The coded rows of the document's tables, read the same way by every classification rule: the
// functional tables' 类/款/项 rows (code joined from the printed parts), the economic tables' 部门
// and 政府 款, and whether a row prints a non-zero amount. Worked out once per check (memo.ts).
import type { DocTable, Document, Row } from '../model/document.ts';
import { colIndex, findTable, textAt } from './doc-access.ts';
import { normalisedCode } from './classification-lists.ts';
import { FUNCTIONAL_TABLES } from './functional-tables.ts';
import { docMemo, getDocSlot, setDocSlot, slot } from './memo.ts';

/** A coded row of a table: where it is, its code as joined from the printed parts, its name. */
export interface CodedRow {
  table: DocTable;
  index: number;
  row: Row;
  /** Canonical code (digits only when well printed; whatever was printed otherwise). */
  code: string;
  /** The printed parts (类, 款, 项) where the table prints them separately, trimmed. */
  parts: { class: string; section: string; item: string } | undefined;
  name: string;
  /** Column of the code (the last printed part) and of the name, for locations. */
  codeCol: number;
  nameCol: number;
}

const NON_CODE_KINDS = new Set<Row['kind']>(['total', 'subtotal', 'department', 'unit', 'heading', 'pair', 'project', 'source', 'indicator']);

const FUNCTIONAL_ROWS = slot<CodedRow[]>('functionalRows');

/**
 * The rows of the functional tables (部门支出表, 一般公共预算支出表, 政府性基金…, 国有资本经营…) with a
 * code. Those of the four tables are worked out once per check and shared: do not modify.
 */
export function functionalRows(doc: Document, tables: readonly string[] = FUNCTIONAL_TABLES): CodedRow[] {
  const memo = tables === FUNCTIONAL_TABLES ? docMemo(doc) : undefined;
  const hit = getDocSlot(memo, FUNCTIONAL_ROWS);
  if (hit !== undefined) return hit;
  const out: CodedRow[] = [];
  for (const id of tables) {
    const table = findTable(doc, id as DocTable['id']);
    if (!table) continue;
    const c = colIndex(table, 'fn.class');
    const s = colIndex(table, 'fn.section');
    const it = colIndex(table, 'fn.item');
    const n = colIndex(table, 'name');
    const rows = table.rows;
    for (let index = 0; index < rows.length; index++) {
      const row = rows[index] as Row;
      if (NON_CODE_KINDS.has(row.kind)) continue;
      const name = (n >= 0 ? textAt(row, n) : '') || row.name || '';
      if (c >= 0) {
        const parts = { class: textAt(row, c).trim(), section: s >= 0 ? textAt(row, s).trim() : '', item: it >= 0 ? textAt(row, it).trim() : '' };
        if (!parts.class && !parts.section && !parts.item && !row.code) continue;
        const code = normalisedCode(parts.class + parts.section + parts.item);
        const codeCol = parts.item ? it : parts.section ? s : c;
        out.push({ table, index, row, code, parts, name, codeCol, nameCol: n });
      } else if (row.code) {
        out.push({ table, index, row, code: normalisedCode(row.code), parts: undefined, name, codeCol: n, nameCol: n });
      }
    }
  }
  return setDocSlot(memo, FUNCTIONAL_ROWS, out);
}

/** A coded row of the economic tables, with the list its code belongs to. */
export interface EconomicRow extends CodedRow {
  kind: 'economic-department' | 'economic-government';
}

/**
 * Economic codes printed in the 一般公共预算基本支出预算表 (部门 款 and its 政府 款) and the
 * 支出经济分类汇总表 (部门 类 and 款, code parts printed separately).
 */
const ECONOMIC_ROWS = slot<EconomicRow[]>('economicRows');

/**
 * Economic codes printed in the 一般公共预算基本支出预算表 (部门 款 and its 政府 款) and the
 * 支出经济分类汇总表 (部门 类 and 款, code parts printed separately). Worked out once per check and
 * shared: do not modify.
 */
export function economicRows(doc: Document): EconomicRow[] {
  const memo = docMemo(doc);
  const hit = getDocSlot(memo, ECONOMIC_ROWS);
  if (hit !== undefined) return hit;
  const out: EconomicRow[] = [];
  const basic = findTable(doc, 'general-public-basic-expenditure');
  if (basic) {
    const pairs: [EconomicRow['kind'], number, number][] = [
      ['economic-department', colIndex(basic, 'econ.code'), colIndex(basic, 'econ.name')],
      ['economic-government', colIndex(basic, 'gov.code'), colIndex(basic, 'gov.name')],
    ];
    const rows = basic.rows;
    for (let index = 0; index < rows.length; index++) {
      const row = rows[index] as Row;
      if (NON_CODE_KINDS.has(row.kind)) continue;
      for (const [kind, codeCol, nameCol] of pairs) {
        if (codeCol < 0) continue;
        const raw = textAt(row, codeCol).trim();
        const name = nameCol >= 0 ? textAt(row, nameCol).trim() : '';
        if (!raw && !name) continue;
        out.push({ table: basic, index, row, code: normalisedCode(raw), parts: undefined, name, codeCol, nameCol, kind });
      }
    }
  }
  // 类 and 款 printed in separate columns: the 支出经济分类汇总表, and Shanghai's 基本支出表.
  const split = (summary: DocTable, nameKey: string): void => {
    const c = colIndex(summary, 'econ.class');
    const s = colIndex(summary, 'econ.section');
    const n = colIndex(summary, nameKey);
    const rows = summary.rows;
    for (let index = 0; index < rows.length; index++) {
      const row = rows[index] as Row;
      if (NON_CODE_KINDS.has(row.kind) || c < 0) continue;
      const parts = { class: textAt(row, c).trim(), section: s >= 0 ? textAt(row, s).trim() : '', item: '' };
      if (!parts.class && !parts.section) continue;
      const code = normalisedCode(parts.class + parts.section);
      const name = (n >= 0 ? textAt(row, n) : '') || row.name || '';
      out.push({ table: summary, index, row, code, parts, name: name.trim(), codeCol: parts.section ? s : c, nameCol: n, kind: 'economic-department' });
    }
  };
  if (basic && colIndex(basic, 'econ.class') >= 0) split(basic, 'econ.name');
  const summary = findTable(doc, 'economic-summary');
  if (summary) split(summary, 'name');
  return setDocSlot(memo, ECONOMIC_ROWS, out);
}

/** True when any amount cell of the row is printed and not zero. */
export function hasFigure(table: DocTable, row: Row, keys?: (key: string) => boolean): boolean {
  const columns = table.columns;
  const cells = row.cells;
  for (let i = 0; i < columns.length; i++) {
    const col = columns[i] as DocTable['columns'][number];
    if (col.kind !== 'amount') continue;
    const v = cells[i];
    if (typeof v === 'number' && v !== 0 && (!keys || keys(col.key))) return true;
  }
  return false;
}
