// CMP-FN-DETAIL: functional expenditure is shown down to the 项. A row that carries money at the 类
// or 款 with no 项 beneath it (in the same unit's block) stops short of the required detail.
import type { DocTable } from '../../model/document.ts';
import { cellLocation } from '../doc-access.ts';
import { type CodedRow, functionalRows, hasFigure } from '../classification-helpers.ts';
import { FUNCTIONAL_TABLES } from '../functional-tables.ts';
import type { Rule } from '../types.ts';

const DETAIL_KINDS: readonly string[] = ['class', 'section', 'item'];

/** For each row, the first row of the run of class/section/item rows just above it (itself when the row above is none). */
function runStarts(table: DocTable): number[] {
  const out: number[] = [];
  for (let i = 0; i < table.rows.length; i++) {
    out.push(i > 0 && DETAIL_KINDS.includes(table.rows[i - 1]?.kind ?? '') ? (out[i - 1] as number) : i);
  }
  return out;
}

/** /^\d+$/.test(code), without the pattern (asked of every coded row). */
function isAllDigits(code: string): boolean {
  if (code === '') return false;
  for (let i = 0; i < code.length; i++) {
    const c = code.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

export const rule: Rule = {
  id: 'CMP-FN-DETAIL',
  category: 'completeness',
  severity: 'warning',
  statement: {
    zh: '支出功能分类应细化到项级科目，不能只列到类或款。',
    en: 'Functional expenditure is detailed down to the item (项); rows must not stop at the class or section.',
  },
  tables: FUNCTIONAL_TABLES,
  target: 'document',
  check({ doc }, report) {
    const rows = functionalRows(doc).filter((r) => isAllDigits(r.code));
    if (rows.length === 0) return report.notApplicable('功能分类支出表中没有科目行');
    // Blocks: rows between two unit / department / total rows belong to one unit. Blocks in the
    // order first met, each table's keyed by the first row of the run of class/section/item rows
    // (runStarts, once per table; functionalRows reads each functional table once, so a table is
    // known by itself rather than by its id).
    const starts = new Map<DocTable, { first: number[]; blocks: Map<number, CodedRow[]> }>();
    const blocks: CodedRow[][] = [];
    for (const r of rows) {
      let table = starts.get(r.table);
      if (!table) starts.set(r.table, (table = { first: runStarts(r.table), blocks: new Map() }));
      const key = table.first[r.index] ?? r.index;
      const block = table.blocks.get(key);
      if (block) block.push(r);
      else {
        const started = [r];
        table.blocks.set(key, started);
        blocks.push(started);
      }
    }
    for (const block of blocks) {
      for (const r of block) {
        report.checked();
        if (r.code.length >= 7 || !hasFigure(r.table, r.row)) continue;
        if (block.some((o) => o.code.length > r.code.length && o.code.startsWith(r.code))) continue;
        const level = r.code.length === 5 ? '款' : r.code.length === 3 ? '类' : `${r.code.length} 位编码`;
        report.fail({
          message: `${r.table.title}中“${r.code} ${r.name}”只列到${level}，其下没有项级科目：功能分类应细化到项`,
          messageEn: `${r.table.id}: “${r.code} ${r.name}” stops at the ${r.code.length === 5 ? 'section' : 'class'} level with no items beneath it`,
          location: cellLocation(r.table, r.index, r.codeCol),
          actual: r.code,
          hint: '把这笔支出分列到所属的项级科目（7 位编码），例如 2210201 住房公积金。',
        });
      }
    }
  },
};
