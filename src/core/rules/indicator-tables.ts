// Reading the indicators out of the two performance tables: the project blocks of the 项目绩效目标表
// (each project's cost, output, effect and satisfaction indicators, their values parsed once per
// indicator) and the 部门（单位）整体绩效目标表 (goal, tasks, the indicator tree). Worked out once per
// check (memo.ts).
import type { DocTable, Row } from '../model/document.ts';
import type { Fen } from '../money/money.ts';
import { trimmed } from './cell-text.ts';
import { colIndex } from './doc-access.ts';
import type { ValueEntry } from './indicator-grammar.ts';
import { parseIndicatorValue, parseWithEntry, quickEntry, valueEntry } from './indicator-grammar.ts';
import type { ParsedValue } from './indicator-words.ts';
import { getTableSlot, setTableSlot, slot, tableMemo } from './memo.ts';

// ——— Reading the performance tables ———

export type IndicatorKind = 'cost' | 'output' | 'effect' | 'satisfaction';
export const INDICATOR_KINDS: readonly IndicatorKind[] = ['cost', 'output', 'effect', 'satisfaction'];
export const KIND_LABEL: Record<IndicatorKind, string> = { cost: '成本指标', output: '产出指标', effect: '效益指标', satisfaction: '满意度指标' };

export interface TableIndicator {
  kind: IndicatorKind;
  name: string;
  value: string;
  /** Row index in the table body, and the columns of the name and the value. */
  row: number;
  nameCol: number;
  valueCol: number;
}

/** An indicator of projectBlocks, with its value's parses kept (see indicatorValue). */
interface ParsedIndicator extends TableIndicator {
  /** The value's cache entry, looked up once for both parses (its `plain` is the parse without the name). */
  entry: ValueEntry | undefined;
  parsedNamed: ParsedValue | undefined;
}

/**
 * parseIndicatorValue of an indicator's value — with its name (`withName`, for the value that
 * repeats its name) or without — worked out once per indicator: several rules read the same
 * indicators of the blocks projectBlocks shares within a check.
 */
export function indicatorValue(ind: TableIndicator, withName: boolean): ParsedValue {
  const p = ind as Partial<ParsedIndicator>;
  if (!('entry' in p)) return withName ? parseIndicatorValue(ind.value, ind.name) : parseIndicatorValue(ind.value);
  if (withName) return (p.parsedNamed ??= parseWithEntry((p.entry ??= entryOf(ind.value)), ind.value, ind.name));
  return (p.entry ??= entryOf(ind.value)).plain;
}

/**
 * A value's entry: a percentage (≥95%: a few dozen values recur in every document) from the
 * cache, where it is found at once; another usual quantity (≤8.80万元, ≥4529平方米: figures that
 * differ from document to document) read directly (quickEntry), no look-up; the rest from the cache.
 */
function entryOf(value: string): ValueEntry {
  if (value.charCodeAt(value.length - 1) === 37) return valueEntry(value); // %
  return quickEntry(value) ?? valueEntry(value);
}

export interface ProjectBlock {
  /** Row index of the block's first row. */
  row: number;
  code?: string;
  name: string;
  /** 资金总额 in 分 (blank = 0), undefined when the table has no total column. */
  total?: Fen;
  indicators: TableIndicator[];
}

/**
 * The project blocks of a 项目绩效目标表: a block starts at a row printing a project name (kind
 * 'project', or for imported tables any non-total, non-unit row with a name) and runs until the
 * next one; each row contributes one indicator per kind whose name or value is printed.
 */
const PROJECT_BLOCKS = slot<ProjectBlock[]>('projectBlocks');
const KIND_COLUMNS = INDICATOR_KINDS.map((k) => ({ kind: k, name: `${k}.name`, value: `${k}.value` }));

/** projectBlocks, worked out once per check and shared: do not modify. */
export function projectBlocks(table: DocTable): ProjectBlock[] {
  const memo = tableMemo(table);
  const hit = getTableSlot(memo, PROJECT_BLOCKS);
  if (hit !== undefined) return hit;
  return setTableSlot(memo, PROJECT_BLOCKS, readProjectBlocks(table));
}

function readProjectBlocks(table: DocTable): ProjectBlock[] {
  const nameCol = colIndex(table, 'name');
  const codeCol = colIndex(table, 'code');
  const totalCol = colIndex(table, 'total');
  // The name and value columns of each kind the table has, in INDICATOR_KINDS order: kinds[k],
  // names[k], values[k] (plain locals and arrays, no iterator or object a row).
  const kinds: IndicatorKind[] = [];
  const names: number[] = [];
  const values: number[] = [];
  for (let k = 0; k < KIND_COLUMNS.length; k++) {
    const kc = KIND_COLUMNS[k] as (typeof KIND_COLUMNS)[number];
    const name = colIndex(table, kc.name);
    const value = colIndex(table, kc.value);
    if (name >= 0 && value >= 0) {
      kinds.push(kc.kind);
      names.push(name);
      values.push(value);
    }
  }
  const kindCount = kinds.length;
  const blocks: ProjectBlock[] = [];
  let current: ProjectBlock | undefined;
  const rows = table.rows;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as Row;
    const kind = row.kind;
    const cells = row.cells;
    if (kind !== 'indicator') {
      if (kind === 'total' || kind === 'subtotal' || kind === 'unit' || kind === 'department') {
        current = undefined;
        continue;
      }
      // An indicator row never starts a block: its name cell is not read.
      const name = (nameCol >= 0 ? textOf(cells[nameCol]) : '') || (kind === 'project' ? (row.name ?? '') : '');
      if (kind === 'project' || name !== '') {
        const block: ProjectBlock = { row: i, name, indicators: [] };
        const code = (codeCol >= 0 ? textOf(cells[codeCol]) : '') || row.code;
        if (code) block.code = code;
        if (totalCol >= 0) {
          const v = cells[totalCol];
          block.total = typeof v === 'number' ? v : 0;
        }
        blocks.push(block);
        current = block;
      }
    }
    if (current === undefined) continue;
    for (let k = 0; k < kindCount; k++) {
      const nameCol = names[k] as number;
      const valueCol = values[k] as number;
      const nc = cells[nameCol];
      const vc = cells[valueCol];
      // The usual blank pair (null, null) is passed over without reading either as text.
      if (nc === null && vc === null) continue;
      const n = textOf(nc);
      const v = textOf(vc);
      if (n === '' && v === '') continue;
      const indicator: ParsedIndicator = { kind: kinds[k] as IndicatorKind, name: n, value: v, row: i, nameCol, valueCol, entry: undefined, parsedNamed: undefined };
      current.indicators.push(indicator);
    }
  }
  return blocks;
}

/** A cell as trimmed text: '' for a blank, a number or a cell the row does not have. */
function textOf(v: Row['cells'][number] | undefined): string {
  return typeof v === 'string' ? trimmed(v) : '';
}

export interface DepartmentIndicatorRow {
  level1: string;
  level2: string;
  name: string;
  value: string;
  row: number;
}

export interface DepartmentForm {
  goal?: { text: string; row: number };
  tasks: { name: string; content: string; row: number }[];
  /** Row of the 一级指标 header, when printed. */
  headerRow?: number;
  indicators: DepartmentIndicatorRow[];
}

const DEPARTMENT_FORM = slot<DepartmentForm>('departmentForm');

/** Reads the 部门（单位）整体绩效目标表: goal, tasks and the indicator tree (blank = as above). Shared within a check: do not modify. */
export function departmentForm(table: DocTable): DepartmentForm {
  const memo = tableMemo(table);
  const hit = getTableSlot(memo, DEPARTMENT_FORM);
  if (hit !== undefined) return hit;
  return setTableSlot(memo, DEPARTMENT_FORM, readDepartmentForm(table));
}

function readDepartmentForm(table: DocTable): DepartmentForm {
  const form: DepartmentForm = { tasks: [], indicators: [] };
  let mode: 'none' | 'tasks' | 'indicators' = 'none';
  let level1 = '';
  let level2 = '';
  const rows = table.rows;
  for (let i = 0; i < rows.length; i++) {
    const cells = (rows[i] as Row).cells;
    const c1 = textOf(cells[0]);
    if (mode === 'indicators') {
      if (c1) level1 = c1;
      // Each cell read once.
      const c2 = textOf(cells[1]);
      if (c2) level2 = c2;
      // A row whose first cells were lost keeps the tree above it.
      const name = textOf(cells[2]);
      const value = textOf(cells[3]);
      if (name || value) form.indicators.push({ level1, level2, name, value, row: i });
      continue;
    }
    if (GOAL_LABEL.test(c1)) {
      form.goal = { text: textOf(cells[1]), row: i };
      mode = 'none';
      continue;
    }
    // /年度主要任务|主要任务/: every label with the first contains the second.
    if (c1.includes('主要任务')) {
      mode = 'tasks';
      continue;
    }
    if (c1 === '一级指标' || (textOf(cells[1]) === '二级指标' && textOf(cells[2]) === '三级指标')) {
      form.headerRow = i;
      mode = 'indicators';
      continue;
    }
    if (mode === 'tasks') {
      if (c1 !== '') {
        mode = 'none';
        continue;
      }
      const name = textOf(cells[1]);
      if (name) form.tasks.push({ name, content: textOf(cells[2]), row: i });
    }
  }
  return form;
}

const GOAL_LABEL = /年度履职目标|年度总体目标|绩效目标$/;

/** Whitespace-free form of a name for matching names across tables (PDF text breaks lines). */
export function nameKey(name: string): string {
  // Most names have neither spaces nor full-width parentheses: then the key is the name.
  return NAME_KEY_CHANGES.test(name) ? name.replace(/\s+/g, '').replace(/[（]/g, '(').replace(/[）]/g, ')') : name;
}

const NAME_KEY_CHANGES = /[\s（）]/;
