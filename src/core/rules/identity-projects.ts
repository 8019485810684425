// Projects for the identity rules — the project rows of a table with their printed names and codes,
// two tables' projects paired by name, then by code — and the 预算情况 block of the 部门（单位）整体
// 绩效目标表, found by its printed labels. Worked out once per check (memo.ts).
import type { DocTable, Row } from '../model/document.ts';
import { colIndex, textAt } from './doc-access.ts';
import { getTableSlot, setTableSlot, slot, tableMemo } from './memo.ts';
import type { Cell } from './ref-index.ts';
import { cellAt } from './ref-index.ts';

// ——— Project tables ———

/** Whitespace, made once (a regex literal inside a function is a new RegExp object at each call). */
const SPACES = /\s+/g;

/** Any whitespace (not global: a test, not a replace). */
const SPACE = /\s/;

/**
 * The text without whitespace. Names and codes seldom hold any: a test finds that without the
 * replace. endsWith first: a string the builder concatenated (a cons string) is flattened by it
 * cheaply, where a regex would flatten it through V8's runtime.
 */
function withoutSpaces(s: string): string {
  return s.endsWith(' ') || SPACE.test(s) ? s.replace(SPACES, '') : s;
}

export interface ProjectRow {
  rowIndex: number;
  name: string;
  code?: string;
}

const PROJECT_ROWS = slot<ProjectRow[]>('projectRows');

/** The project rows of a table (kind 'project'), with their printed names and codes (shared within a check: do not modify). */
export function projectRows(table: DocTable): ProjectRow[] {
  const memo = tableMemo(table);
  const hit = getTableSlot(memo, PROJECT_ROWS);
  if (hit !== undefined) return hit;
  const nameCol = colIndex(table, 'name');
  const codeCol = colIndex(table, 'code');
  const out: ProjectRow[] = [];
  const rows = table.rows;
  for (let rowIndex = 0; rowIndex < rows.length; rowIndex++) {
    const row = rows[rowIndex] as Row;
    if (row.kind !== 'project') continue;
    const name = withoutSpaces(textAt(row, nameCol) || row.name || '');
    const code = (codeCol >= 0 ? withoutSpaces(textAt(row, codeCol)) : '') || row.code;
    out.push(code ? { rowIndex, name, code } : { rowIndex, name });
  }
  return setTableSlot(memo, PROJECT_ROWS, out);
}

/**
 * Pairs the projects of two tables: by name first (as printed), then the rest by project code.
 * `byCode` marks pairs whose names differ.
 */
export function pairProjects(a: readonly ProjectRow[], b: readonly ProjectRow[]): {
  pairs: { a: ProjectRow; b: ProjectRow; byCode: boolean }[];
  onlyA: ProjectRow[];
  onlyB: ProjectRow[];
} {
  // Indexes of b by name and by code, in b's order; `taken` marks those already paired, so the
  // first untaken of a list is the first the unpaired rest of b would yield.
  const byName = new Map<string, number[]>();
  const byCode = new Map<string, number[]>();
  for (let k = 0; k < b.length; k++) {
    const q = b[k] as ProjectRow;
    const named = byName.get(q.name);
    if (named) named.push(k);
    else byName.set(q.name, [k]);
    if (q.code !== undefined) {
      const coded = byCode.get(q.code);
      if (coded) coded.push(k);
      else byCode.set(q.code, [k]);
    }
  }
  const taken = new Uint8Array(b.length);
  const pairs: { a: ProjectRow; b: ProjectRow; byCode: boolean }[] = [];
  const restA: ProjectRow[] = [];
  for (const p of a) {
    // Same name: the one with the same code, else the first.
    let pick = -1;
    for (const k of byName.get(p.name) ?? []) {
      if (taken[k]) continue;
      if (pick < 0) pick = k;
      const code = (b[k] as ProjectRow).code;
      if (code && code === p.code) {
        pick = k;
        break;
      }
    }
    if (pick >= 0) {
      taken[pick] = 1;
      pairs.push({ a: p, b: b[pick] as ProjectRow, byCode: false });
    } else restA.push(p);
  }
  const onlyA: ProjectRow[] = [];
  for (const p of restA) {
    let pick = -1;
    if (p.code) {
      for (const k of byCode.get(p.code) ?? []) {
        if (!taken[k]) {
          pick = k;
          break;
        }
      }
    }
    if (pick >= 0) {
      taken[pick] = 1;
      pairs.push({ a: p, b: b[pick] as ProjectRow, byCode: true });
    } else onlyA.push(p);
  }
  const onlyB: ProjectRow[] = [];
  for (let k = 0; k < b.length; k++) if (!taken[k]) onlyB.push(b[k] as ProjectRow);
  return { pairs, onlyA, onlyB };
}

// ——— 部门（单位）整体绩效目标表: the 预算情况 block, found by its printed labels ———

/** The words that label each line (matched anywhere in a cell: a plain includes, no regex run per cell). */
export const BUDGET_LABELS = {
  total: '预算总额',
  government: '政府预算资金',
  special: '财政专户',
  unitFunds: '单位资金',
  basic: '基本支出',
  project: '项目支出',
} as const;

export type BudgetLine = keyof typeof BUDGET_LABELS;

/**
 * The figures of the 预算情况 block: each label is looked for between the block's first row
 * (预算情况 / 预算总额) and the indicator header (一级指标); its figure is the cell right after it.
 */
const BUDGET_LINES = Object.keys(BUDGET_LABELS) as BudgetLine[];
const PERFORMANCE_BUDGET = slot<Partial<Record<BudgetLine, Cell>>>('performanceBudget');

/** True when a text cell of the row contains one of the words (indexed loops: cheaper interpreted than for-of). */
function rowTextHas(row: Row, words: readonly string[]): boolean {
  const cells = row.cells;
  for (let k = 0; k < cells.length; k++) {
    const c = cells[k];
    if (typeof c !== 'string') continue;
    for (let w = 0; w < words.length; w++) if (c.includes(words[w] as string)) return true;
  }
  return false;
}

const BLOCK_START = ['预算情况', '预算总额'];
const BLOCK_END = ['一级指标'];
/** The labels in BUDGET_LINES' order, and the shortest (a cell shorter holds none of them). */
const LINE_LABELS: readonly string[] = BUDGET_LINES.map((key) => BUDGET_LABELS[key]);
const SHORTEST_LABEL = Math.min(...LINE_LABELS.map((l) => l.length));

export function performanceBudget(table: DocTable): Partial<Record<BudgetLine, Cell>> {
  const memo = tableMemo(table);
  const hit = getTableSlot(memo, PERFORMANCE_BUDGET);
  if (hit !== undefined) return hit;
  const rows = table.rows;
  let start = -1;
  for (let r = 0; r < rows.length; r++) {
    if (rowTextHas(rows[r] as Row, BLOCK_START)) {
      start = r;
      break;
    }
  }
  if (start < 0) return setTableSlot(memo, PERFORMANCE_BUDGET, {});
  let end = rows.length;
  for (let r = start + 1; r < rows.length; r++) {
    if (rowTextHas(rows[r] as Row, BLOCK_END)) {
      end = r;
      break;
    }
  }
  const out: Partial<Record<BudgetLine, Cell>> = {};
  // Per line, the first row holding its label in a cell with a cell after it; in that row the
  // first cell holding it. A line found in a row's last cell is looked for again in the next rows.
  let left = LINE_LABELS.length;
  for (let r = start; r < end && left > 0; r++) {
    const cells = (rows[r] as Row).cells;
    for (let key = 0; key < LINE_LABELS.length; key++) {
      const line = BUDGET_LINES[key] as BudgetLine;
      if (out[line]) continue;
      const label = LINE_LABELS[key] as string;
      for (let k = 0; k < cells.length; k++) {
        const t = cells[k];
        if (typeof t !== 'string' || t.length < SHORTEST_LABEL || !t.includes(label)) continue;
        if (k + 1 < cells.length) {
          out[line] = cellAt(table, r, k + 1);
          left--;
        }
        break;
      }
    }
  }
  return setTableSlot(memo, PERFORMANCE_BUDGET, out);
}
