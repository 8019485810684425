// The Document: what a reader sees — canonical tables as printed, plus (later) the narrative and,
// for imported documents, where every figure came from. Generated and imported documents share it,
// so the same rules check both.
import type { Fen, MoneyUnit } from '../money/money.ts';
import type { UnitType } from './budget.ts';

/** Canonical table ids; a template maps each to its own title, number and columns. */
export type TableId =
  | 'income-expenditure-summary' // 部门收支预算表
  | 'income' // 部门收入预算表
  | 'expenditure' // 部门支出预算表
  | 'fiscal-summary' // 财政拨款收支预算表
  | 'general-public-expenditure' // 一般公共预算支出预算表
  | 'general-public-basic-expenditure' // 一般公共预算基本支出预算表
  | 'economic-summary' // 支出经济分类汇总表
  | 'three-public' // 一般公共预算“三公”经费预算表
  | 'government-fund-expenditure' // 政府性基金支出预算表
  | 'state-capital-expenditure' // 国有资本经营支出预算表
  | 'project-expenditure' // 项目支出预算表
  | 'department-performance' // 部门（单位）整体绩效目标表
  | 'project-performance'; // 部门预算项目绩效目标表

export const TABLE_IDS: readonly TableId[] = [
  'income-expenditure-summary',
  'income',
  'expenditure',
  'fiscal-summary',
  'general-public-expenditure',
  'general-public-basic-expenditure',
  'economic-summary',
  'three-public',
  'government-fund-expenditure',
  'state-capital-expenditure',
  'project-expenditure',
  'department-performance',
  'project-performance',
];

/** What a column holds. Amount cells are integer 分; code and text cells are strings. */
export type ColumnKind = 'code' | 'text' | 'amount';

export interface Column {
  /** Stable key of the measure or field, e.g. "total", "basic.personnel.wages", "fn.class". */
  key: string;
  kind: ColumnKind;
  /** Header labels from the top header row down to the leaf; repeated labels merge vertically. */
  header: string[];
  /** Width hint in characters for renderers. */
  width?: number;
}

/** A cell: 分 for amounts, text for codes and names, null when printed blank. */
export type CellValue = Fen | string | null;

/** What a row is, so rules can find totals, classes, items and projects without reading labels. */
export type RowKind =
  | 'total' // 合计 / 总计
  | 'subtotal' // 本年收入合计 and the like
  | 'department' // the department row (e.g. 517)
  | 'unit' // a budget unit row
  | 'class' // 类
  | 'section' // 款
  | 'item' // 项 (or economic 款 in economic tables)
  | 'project'
  | 'source' // an income source row
  | 'indicator' // performance indicator rows
  | 'heading' // a label-only row (e.g. 年度主要任务)
  | 'pair'; // a two-sided row (收支总表): left and right halves carry their own refs

export interface Row {
  kind: RowKind;
  /** The row's code where it has one: functional 项 (7 digits), economic 款, unit, project id. */
  code?: string;
  /** The row's name as printed. */
  name?: string;
  /** One value per leaf column, in column order. */
  cells: CellValue[];
  /**
   * Semantic references of cells, by column index: which fact a figure states, e.g.
   * "income.general-public" or "exp.fn:212" — used by rules to compare figures across tables.
   */
  refs?: Record<number, string>;
  /** Imported documents: where each cell was read, by column index (see SourcePos). */
  at?: Record<number, SourcePos>;
}

/**
 * Where an imported figure or text was read: page and position (PDF, points from the page's
 * top-left), sheet and cell (Excel), or line (text). Generated documents carry none.
 */
export interface SourcePos {
  page?: number;
  x?: number;
  y?: number;
  sheet?: string;
  cell?: string;
  line?: number;
}

/** Printed form of a position, for messages: “第 3 页”, “工作表 2 C7”, “第 214 行”. */
export function formatSourcePos(at: SourcePos): string {
  const parts: string[] = [];
  if (at.page !== undefined) parts.push(`第 ${at.page} 页`);
  if (at.sheet !== undefined) parts.push(`工作表“${at.sheet}”${at.cell ? ` ${at.cell}` : ''}`);
  else if (at.cell !== undefined) parts.push(at.cell);
  if (at.line !== undefined) parts.push(`第 ${at.line} 行`);
  return parts.join(' ');
}

/** A merged block in the body (forms such as the performance tables), in body coordinates. */
export interface Merge {
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
}

export interface DocTable {
  id: TableId;
  /** Position in the template (1-based) and its printed numbering, e.g. "一". */
  number: number;
  numberLabel: string;
  title: string;
  /** Short name for contents and sheet names (部门收支预算表), without the year. */
  shortTitle?: string;
  /** Lines printed between the title and the table (部门名称：…). */
  subtitle: string[];
  unit: MoneyUnit;
  decimals: number;
  columns: Column[];
  rows: Row[];
  merges: Merge[];
  /** Notes printed under the table (备注：… 故此表无数据 / 注：…). */
  notes: string[];
  /** True when the table has no data and is printed with an explaining note. */
  empty: boolean;
  /** Imported documents: where the table's title was read (its first page / sheet / line). */
  at?: SourcePos;
}

export interface DocumentMeta {
  year: number;
  kind: 'budget';
  title: string;
  department: { code: string; name: string };
  /**
   * The types of the department's units (行政单位, 参公, 事业单位), when the Document was built from
   * a Budget: they decide which column of the 部门→政府 economic 对照表 each row must follow.
   * Imported documents do not print them, so it is absent and the rules infer the type.
   */
  unitTypes?: UnitType[];
  template: string;
  date?: string;
  /**
   * 'exact': amounts are the facts themselves (generated from a Budget), so identities hold to the
   * 分. 'printed': amounts were read back from a printed document and carry its rounding.
   */
  precision: 'exact' | 'printed';
  /** Imported documents: the 目录 entries as printed, in order (audit compares them with the tables). */
  contents?: string[];
  /** Imported documents: the file read and its kind. */
  source?: { file: string; kind: 'pdf' | 'xlsx' | 'text' | 'json'; pages?: number };
}

/** Which part of the document a narrative section belongs to. */
export type NarrativePart = 'profile' | 'explanation' | 'glossary';

/**
 * A numbered section of the narrative, e.g. 第二部分 “一、收入支出预算总体情况说明”. Paragraphs are
 * plain text as printed; `line` (imported) or claims (generated, later) locate them.
 */
export interface NarrativeSection {
  part: NarrativePart;
  heading: string;
  paragraphs: string[];
  /** For imported text: the 1-based line of the heading in the source. */
  line?: number;
  /** For generated text: what each number in the paragraphs states. */
  claims?: Claim[];
  /** For imported text: where each paragraph starts, by paragraph index. */
  at?: SourcePos[];
}

/**
 * A number in the narrative and what it states, so rules can check text against tables and a
 * person's later edits can be re-checked. Amounts are 分; percentages are hundredths of a percent
 * (9.54% → 954); counts are plain integers.
 */
export interface Claim {
  /** Paragraph index within the section and the character range of the number in it. */
  paragraph: number;
  start: number;
  end: number;
  kind: 'amount' | 'percent' | 'count';
  value: number;
  /** The table figure it states (a Row.refs reference), when it states one directly. */
  ref?: string;
  /** How it was computed when it is not a table figure, e.g. "share(exp:all:total:basic, exp:all:total:total)". */
  formula?: string;
}

export interface Document {
  schema: 'yusuan/document@1';
  meta: DocumentMeta;
  tables: DocTable[];
  /** The narrative (第一部分 … 第三部分), when the document has one. */
  narrative?: NarrativeSection[];
}
