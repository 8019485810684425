// Template specs: a region's disclosure template as data — which canonical tables, in what order,
// with what titles, columns, row labels, units and notes. Views read them; they hold no logic.
import type { MoneyUnit } from '../money/money.ts';
import type { ColumnKind, TableId } from '../model/document.ts';

/** Placeholders usable in titles and notes: {year} {department} {unitWord}. */
export type TemplateText = string;

export interface ColumnSpec {
  key: string;
  kind: ColumnKind;
  header: string[];
  width?: number;
}

/**
 * One printed line of a two-sided summary table (收支总表, 财政拨款收支表). `ref` names the figure
 * the view puts beside the label (see tables/summary-refs.ts); no ref means a label-only line.
 */
export interface LineSpec {
  label: string;
  ref?: string;
  /** Print 0 as "0.00" (show) or leave it blank (blank, the default). */
  zero?: 'show' | 'blank';
  /** 'nonzero': the line is printed only when its figure is not zero (Shanghai's carry-over lines). */
  when?: 'nonzero';
}

export interface TableSpec {
  id: TableId;
  /** Printed numbering in the contents (一, 二 …). */
  numberLabel: string;
  /** Title above the table, e.g. "{year}年部门收支预算表". */
  title: TemplateText;
  /** Name in the contents (目录), e.g. "部门收支预算表". */
  listTitle: string;
  subtitle: TemplateText[];
  columns: ColumnSpec[];
  /** Two-sided summary tables: the left (income) and right (expenditure) lines, then the footer. */
  left?: LineSpec[];
  right?: LineSpec[];
  footer?: [LineSpec, LineSpec][];
  /**
   * Two-sided tables whose right side lists the 类 with figures (Shanghai): one line per 类, the
   * label filled with {n} (一、二 … in order) and {name}, the ref with {code}; `right` lines follow.
   */
  classLines?: LineSpec;
  /** Functional detail tables: which levels get rows (the Luoyang template prints 项 only). */
  functionalLevels?: ('class' | 'section' | 'item')[];
  /** The view's layout variant (tables/index.ts); absent: the standard (Luoyang) layout. */
  layout?: 'shanghai';
  /** The table's own unit and decimals where they differ from the template's (Shanghai “三公” in 万元). */
  unit?: MoneyUnit;
  decimals?: number;
  /** Note printed when the table has no data ({department} {year}); none means no such note. */
  emptyNote?: TemplateText;
  /** Notes printed under the table always. */
  notes?: TemplateText[];
}

export interface TemplateSpec {
  id: string;
  name: string;
  region: string;
  unit: MoneyUnit;
  decimals: number;
  /** Title of the whole document, e.g. "{year}年{department}部门预算公开". */
  documentTitle: TemplateText;
  /** Heading of the 附件 part, e.g. "附件：{year}年{department}部门预算表". */
  annexTitle: TemplateText;
  tables: TableSpec[];
  /** The narrative's wording; absent: the template generates no narrative. */
  narrative?: NarrativeSpec;
}

/** Fills {year}, {department} and other placeholders. */
export function fillTemplateText(text: TemplateText, vars: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in vars ? String(vars[name]) : whole,
  );
}

// ——— Narrative wording (第一部分 部门概况, 第二部分 情况说明, 第三部分 名词解释) ———
// Optional: a template without it gets no generated narrative. The patterns hold placeholders
// ({department} {year} {lastYear} and the slots each topic documents in core/narrative); the
// logic that fills them, and decides which variant applies, is in src/core/narrative.

/** How a change against last year is worded; {amount} and {rate} are magnitudes. */
export interface ChangeWording {
  /** This year above last year: '增加{amount}万元，增长{rate}%'. */
  up: TemplateText;
  /** This year below last year: '减少{amount}万元，下降{rate}%'. */
  down: TemplateText;
  /** Last year zero, this year not: no rate exists — '新增{amount}万元'. */
  fromZero: TemplateText;
  /** Unchanged: '保持一致'. */
  flat: TemplateText;
}

/** A comparison with last year: `text` holds {change}; `flat`, when given, replaces it when unchanged. */
export interface ComparisonWording {
  text: TemplateText;
  flat?: TemplateText;
}

/** The topics of 第二部分; each has its composer in core/narrative. */
export type ExplanationTopic =
  | 'overall' // 收入支出预算总体情况
  | 'income' // 收入预算总体情况
  | 'expenditure' // 支出预算总体情况
  | 'fiscal' // 财政拨款收入支出预算总体情况
  | 'generalPublic' // 一般公共预算支出预算情况
  | 'basic' // 一般公共预算基本支出预算情况
  | 'threePublic' // “三公”经费支出预算情况
  | 'governmentFund' // 政府性基金支出预算情况
  | 'stateCapital' // 国有资本经营支出预算情况
  | 'other' // 其他重要事项情况 (its matters below)
  | 'budgetNotes' // 单位（部门）预算编制说明 (Shanghai: income, 财政拨款 by kind, by 类)
  | 'otherNotes'; // 其他相关情况说明 (Shanghai: “三公”, 机关运行经费, 采购, 绩效, 资产)

/** The matters of 其他重要事项, in the template's order. */
export type OtherMatter = 'operatingFunds' | 'procurement' | 'performance' | 'assets' | 'transferPayments';

/**
 * Wording of one section or matter: paragraph patterns (a paragraph that fills to nothing is
 * left out), variants replacing them in a situation the topic names (e.g. `none` when a table
 * is empty), comparison and reason wording by figure, named sub-patterns and labels.
 */
export interface WordingBlock {
  paragraphs: TemplateText[];
  variants?: Record<string, TemplateText[]>;
  comparisons?: Record<string, ComparisonWording>;
  /** '主要原因是：{reason}。' — used only with a reason the Budget gives. */
  reasons?: Record<string, TemplateText>;
  parts?: Record<string, TemplateText>;
  labels?: Record<string, string>;
  /** Decimals of amounts in this block where they differ from the narrative's (Shanghai 编制说明: 0). */
  decimals?: number;
}

export interface ExplanationSpec extends WordingBlock {
  topic: ExplanationTopic;
  heading: TemplateText;
  /** For topic 'other': its matters, each printed as a subheading paragraph and its paragraphs. */
  matters?: (WordingBlock & { matter: OtherMatter; heading: TemplateText })[];
}

export interface GlossaryEntry {
  term: string;
  definition: string;
}

export interface NarrativeSpec {
  /** Unit and decimals of amounts in the text; the patterns print the unit word themselves. */
  unit: MoneyUnit;
  decimals: number;
  /** Amounts printed with thousands separators ("2,517.78", Shanghai); default none. */
  thousands?: boolean;
  partTitles: { profile: TemplateText; explanation: TemplateText; glossary: TemplateText };
  profile: {
    dutiesHeading: TemplateText;
    /** One duty: '{n}.{duty}' ({cn}: the number in Chinese, for '（{cn}）{duty}'). */
    duty: TemplateText;
    compositionHeading: TemplateText;
  };
  change: ChangeWording;
  /** 第二部分 in order. Headings carry their printed numbering (一、…). */
  sections: ExplanationSpec[];
  /**
   * Whose 公用经费 the operating-funds matter states: 'organs' (机关运行经费: 行政单位 and 参公
   * units, the national definition) or 'all-units' (行政（事业）单位机构运转经费, every unit).
   * Default 'organs'.
   */
  operatingFundsScope?: 'organs' | 'all-units';
  /** 第三部分, in order; numbered 一、二、… when printed. */
  glossary: GlossaryEntry[];
  /**
   * 名词解释 as one section (Shanghai): its heading, and each entry as a paragraph filled from
   * `entry` ({cn} the number in Chinese, {term}, {definition}). Absent: one section per entry.
   */
  glossaryList?: { heading: TemplateText; entry: TemplateText };
  /**
   * Sections printed as 目录 entries rather than in 第一部分 … 第三部分 (Shanghai): each entry's
   * title with the part and index of the section it prints (in the order built: profile sections,
   * explanation sections, glossary), or 'tables' for the tables. Absent: the three parts, then the tables.
   */
  contents?: { title: TemplateText; section: [NarrativePartName, number] | 'tables' }[];
}

/** The parts of a narrative (as document.ts NarrativePart). */
export type NarrativePartName = 'profile' | 'explanation' | 'glossary';
