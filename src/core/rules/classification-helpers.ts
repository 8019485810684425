// Shared helpers of the classification and completeness rules (pure): which classification list
// applies, how severe a finding that rests on it is, and the coded rows of the document's tables
// (functional 类/款/项 from the printed parts, economic 部门/政府 款, the 类 labels of the two
// summary tables) read the same way by every rule.
import type { ClassificationSet, ClassItem, ClassKind } from '../classification/types.ts';
import { listOf, normaliseCode, normaliseName } from '../classification/lookup.ts';
import type { Budget, UnitType } from '../model/budget.ts';
import type { DocTable, Document, Row, TableId } from '../model/document.ts';
import type { TemplateSpec } from '../templates/types.ts';
import { cellLocation, colIndex, findTable, textAt } from './doc-access.ts';
import { FUNCTIONAL_TABLES } from './functional-tables.ts';
import { docMemo, getDocSlot, setDocSlot, slot } from './memo.ts';
import type { Location, Reporter, RuleContext, Severity } from './types.ts';
import { withSeverity } from './types.ts';

// ——— the list and its authority ———

/** The classification of the document's year; reports insufficient data when there is none. */
export function requireClassification(ctx: RuleContext, report: Reporter): ClassificationSet | undefined {
  const set = ctx.classification;
  const year = ctx.budget?.year ?? ctx.doc.meta.year;
  if (!set) {
    report.insufficient(`没有 ${year} 年度的分类科目数据`);
    return undefined;
  }
  if (set.year !== year) {
    report.insufficient(`分类科目数据是 ${set.year} 年度的，文件是 ${year} 年度`);
    return undefined;
  }
  return set;
}

/**
 * Severity of a finding that rests on the list (an unknown code, a name that differs): an error
 * once a finance bureau's official list is loaded; otherwise the rule's own severity (warning),
 * left unset so a deployment's configuration still applies.
 */
export function listSeverity(set: ClassificationSet): { severity?: Severity } {
  return set.authority === 'official' ? { severity: 'error' } : {};
}

/** listSeverity as a value: 'error' with an official list, else undefined (for withSeverity). */
export function listSeverityOf(set: ClassificationSet): Severity | undefined {
  return set.authority === 'official' ? 'error' : undefined;
}

/** Says which list a finding rests on, for messages. */
export function listBasis(set: ClassificationSet): { zh: string; en: string } {
  return set.authority === 'official'
    ? { zh: `（依据已载入的 ${set.year} 年度财政部门正式科目表）`, en: ` (per the official ${set.year} list loaded)` }
    : {
        zh: `（依据随附的 ${set.year} 年度参考科目表；该表不完整、部分凭记忆整理，仅作提示，载入财政部门正式科目表后此项为错误）`,
        en: ` (per the bundled ${set.year} reference list, which is incomplete and partly recalled; an error once the official list is loaded)`,
      };
}

/** What a list's missing code is called in messages. */
export const LIST_NAME: Readonly<Record<ClassKind, string>> = {
  functional: '支出功能分类科目',
  'economic-department': '部门预算支出经济分类科目',
  'economic-government': '政府预算支出经济分类科目',
};

export function itemIn(set: ClassificationSet, kind: ClassKind, code: string): ClassItem | undefined {
  return listOf(set, kind).get(code);
}

// ——— printed codes ———

/** normaliseName, without its four replacements for the usual name that none of them changes. */
export function normalisedName(name: string): string {
  return NAME_CHANGES.test(name) ? normaliseName(name) : name;
}

/** What normaliseName changes: spaces (\s covers U+3000), 其它 and full-width parentheses. */
const NAME_CHANGES = /[\s（）]|其它/;

/** normaliseCode, without its regular expressions for the usual code of plain digits. */
export function normalisedCode(printed: string): string {
  for (let i = 0; i < printed.length; i++) {
    const c = printed.charCodeAt(i);
    if (c < 48 || c > 57) return normaliseCode(printed);
  }
  return printed;
}

/** A printed code part as digits (full-width digits and spaces folded), or undefined when blank. */
export function part(raw: string): string | undefined {
  const t = normalisedCode(raw);
  return t === '' ? undefined : t;
}

/** True when a printed part is plain ASCII digits of the given length. */
export function isDigits(raw: string, length: number): boolean {
  // /^\d{length}$/ on the trimmed text, without building the pattern each time.
  const t = raw.trim();
  if (t.length !== length) return false;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

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
  const summary = findTable(doc, 'economic-summary');
  if (summary) {
    const c = colIndex(summary, 'econ.class');
    const s = colIndex(summary, 'econ.section');
    const n = colIndex(summary, 'name');
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
  }
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

// ——— the 类 labels of the two summary tables ———

const DIGIT: Readonly<Record<string, number>> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** A Chinese numeral 一 … 九十九 as a number, or undefined. */
export function chineseNumber(text: string): number | undefined {
  const m = /^([一二三四五六七八九]?)(十?)([一二三四五六七八九]?)$/.exec(text);
  if (!m || text === '') return undefined;
  const [, tens = '', ten = '', ones = ''] = m;
  if (!ten) return tens && !ones ? DIGIT[tens] : undefined;
  return (tens ? (DIGIT[tens] ?? 0) : 1) * 10 + (ones ? (DIGIT[ones] ?? 0) : 0);
}

/** A numbered label “（七）文化…” or “七、文化…”: its numbering style, number and text. */
export interface NumberedLabel {
  style: 'paren' | 'dun';
  number: number;
  numeral: string;
  text: string;
  /** The numbering as printed: “（七）” or “七、”. */
  printed: string;
}

export function parseNumberedLabel(label: string): NumberedLabel | undefined {
  const t = label.trim();
  let m = /^[（(]\s*([一二三四五六七八九十]+)\s*[）)]\s*(.*)$/.exec(t);
  if (m?.[1]) {
    const n = chineseNumber(m[1]);
    return n === undefined ? undefined : { style: 'paren', number: n, numeral: m[1], text: (m[2] ?? '').trim(), printed: `（${m[1]}）` };
  }
  m = /^([一二三四五六七八九十]+)\s*[、.．]\s*(.*)$/.exec(t);
  if (m?.[1]) {
    const n = chineseNumber(m[1]);
    return n === undefined ? undefined : { style: 'dun', number: n, numeral: m[1], text: (m[2] ?? '').trim(), printed: `${m[1]}、` };
  }
  return undefined;
}

/**
 * 类 names the 2023 list replaced, with the 类 they named and the year the current name came in.
 * Templates carried over from older years still print them.
 */
export const OBSOLETE_CLASS_NAMES: readonly { name: string; code: string; current: number }[] = [
  { name: '医疗卫生与计划生育支出', code: '210', current: 2019 }, // 2014–2018; 卫生健康支出 since 2019
  { name: '医疗卫生支出', code: '210', current: 2014 },
  { name: '文化体育与传媒支出', code: '207', current: 2019 }, // 文化旅游体育与传媒支出 since 2019
  { name: '资源勘探信息等支出', code: '215', current: 2019 }, // 资源勘探工业信息等支出 since 2019
  { name: '国土海洋气象等支出', code: '220', current: 2019 }, // 自然资源海洋气象等支出 since 2019
  { name: '环境保护支出', code: '211', current: 2011 }, // 节能环保支出 since 2011
];

/** A 类 name reduced for comparison with the template's short forms: 支出 / 事务 suffixes dropped. */
export function classStem(name: string, normalise = false): string {
  const cache = normalise ? normalisedStems : plainStems;
  let stem = cache.get(name);
  if (stem === undefined) {
    const n = normalise ? normaliseName(name) : name.replace(/[\s\u3000]+/g, '');
    stem = n.replace(/支出$/, '').replace(/事务$/, '');
    if (cache.size < 10_000) cache.set(name, stem);
  }
  return stem;
}

/** Stems of names seen (plain and normalised); labels repeat across documents, so each is worked out once. */
const plainStems = new Map<string, string>();
const normalisedStems = new Map<string, string>();

/** The 类 of a list by normalised stem, built once per list. */
const classIndex = new WeakMap<ClassificationSet, Map<string, string>>();

function classesByStem(set: ClassificationSet): Map<string, string> {
  let index = classIndex.get(set);
  if (!index) {
    index = new Map();
    for (const item of set.functional.values()) {
      if (item.level === '类') {
        const stem = classStem(item.name, true);
        if (!index.has(stem)) index.set(stem, item.code);
      }
    }
    classIndex.set(set, index);
  }
  return index;
}

export type ClassNameMatch = 'same' | 'short' | 'variant' | 'different';

/** How a printed 类 label text compares with the official name of a 类. */
export function matchClassName(official: string, printed: string): ClassNameMatch {
  if (official.trim() === printed.trim()) return 'same';
  if (classStem(official) === classStem(printed)) return 'short';
  if (classStem(official, true) === classStem(printed, true)) return 'variant';
  return 'different';
}

/** The obsolete name a printed label uses, if any. */
export function obsoleteClassName(printed: string): (typeof OBSOLETE_CLASS_NAMES)[number] | undefined {
  const stem = classStem(printed, true);
  return OBSOLETE_CLASS_NAMES.find((o) => classStem(o.name, true) === stem);
}

/** The 类 (current name or short form, or an obsolete name) a printed label text names, if any. */
export function classNamed(set: ClassificationSet, printed: string): { code: string; obsolete: boolean } | undefined {
  const stem = classStem(printed, true);
  if (!stem) return undefined;
  const code = classesByStem(set).get(stem);
  if (code !== undefined) return { code, obsolete: false };
  const old = obsoleteClassName(printed);
  return old ? { code: old.code, obsolete: true } : undefined;
}

/** A 类 label of a summary table. */
export interface ClassLabel {
  table: DocTable;
  index: number;
  row: Row;
  col: number;
  label: NumberedLabel;
  /** The line carries a figure (a non-zero amount on the expenditure side). */
  figure: boolean;
}

const SUMMARY_TABLES = ['income-expenditure-summary', 'fiscal-summary'] as const;

/** Where a 类 label is: its cell, labelled by the label itself (not the whole two-sided row). */
export function labelLocation(l: ClassLabel): Location {
  // { ...cellLocation(…), rowLabel } without the spread (slow in this V8): same keys, same order.
  const loc = cellLocation(l.table, l.index, l.col);
  loc.rowLabel = `${l.label.printed}${l.label.text}`;
  return loc;
}

/**
 * The 类 lines of the expenditure side of 部门收支预算表 and 财政拨款收支预算表: the numbered labels
 * of the numbering style most of whose labels name a 类 (“七、…” in the one, “（七）…” in the other).
 */
const SUMMARY_CLASS_LABELS = slot<{ set: ClassificationSet; labels: ClassLabel[] }>('summaryClassLabels');

const isRightKey = (key: string): boolean => key.startsWith('right.');

/** summaryClassLabels, worked out once per check and shared: do not modify. */
export function summaryClassLabels(doc: Document, set: ClassificationSet): ClassLabel[] {
  const memo = docMemo(doc);
  const hit = getDocSlot(memo, SUMMARY_CLASS_LABELS);
  if (hit !== undefined && hit.set === set) return hit.labels;
  return setDocSlot(memo, SUMMARY_CLASS_LABELS, { set, labels: findSummaryClassLabels(doc, set) }).labels;
}

function findSummaryClassLabels(doc: Document, set: ClassificationSet): ClassLabel[] {
  const out: ClassLabel[] = [];
  for (const id of SUMMARY_TABLES) {
    const table = findTable(doc, id);
    if (!table) continue;
    const col = colIndex(table, 'right.label');
    if (col < 0) continue;
    const labels: ClassLabel[] = [];
    let paren = 0;
    let dun = 0;
    const rows = table.rows;
    for (let index = 0; index < rows.length; index++) {
      const row = rows[index] as Row;
      const label = parseNumberedLabel(textAt(row, col));
      if (!label) continue;
      labels.push({ table, index, row, col, label, figure: hasFigure(table, row, isRightKey) });
      if (classNamed(set, label.text)) {
        if (label.style === 'paren') paren++;
        else dun++;
      }
    }
    const style = paren > dun ? 'paren' : 'dun';
    if ((style === 'paren' ? paren : dun) === 0) continue;
    for (const l of labels) if (l.label.style === style) out.push(l);
  }
  return out;
}

// ——— economic codes against the lists ———

const ECON_LEVEL: Readonly<Record<number, '类' | '款'>> = { 3: '类', 5: '款' };

/** Reports economic codes of one list (部门 or 政府) printed in the economic tables that the list lacks. */
export function checkEconomicKnown(ctx: RuleContext, report: Reporter, kind: EconomicRow['kind']): void {
  const set = requireClassification(ctx, report);
  if (!set) return;
  const basis = listBasis(set);
  const prefix = kind === 'economic-department' ? '3' : '5';
  const rows = economicRows(ctx.doc).filter((r) => r.kind === kind && /^\d{3}(\d{2})?$/.test(r.code));
  if (rows.length === 0) return report.notApplicable(`表中没有${LIST_NAME[kind]}编码`);
  for (const r of rows) {
    report.checked();
    const item = itemIn(set, kind, r.code);
    if (item && item.level === ECON_LEVEL[r.code.length] && r.code.startsWith(prefix)) continue;
    report.fail(withSeverity(listSeverityOf(set), {
      message: `${r.table.title}中的${LIST_NAME[kind]} ${r.code}“${r.name}”不在 ${set.year} 年${LIST_NAME[kind]}中${basis.zh}`,
      messageEn: `${r.table.id}: ${kind} code ${r.code} is not in the ${set.year} list${basis.en}`,
      location: cellLocation(r.table, r.index, r.codeCol),
      actual: r.code,
      hint: kind === 'economic-department'
        ? '对照当年《部门预算支出经济分类科目》核对编码（类 3 位、款 5 位，以 3 开头）。'
        : '对照当年《政府预算支出经济分类科目》核对编码（类 3 位、款 5 位，以 5 开头）。',
    }));
  }
}

/** Reports economic names that differ from the list's name (variants always a warning). */
export function checkEconomicName(ctx: RuleContext, report: Reporter, kind: EconomicRow['kind']): void {
  const set = requireClassification(ctx, report);
  if (!set) return;
  const basis = listBasis(set);
  let known = 0;
  for (const r of economicRows(ctx.doc)) {
    if (r.kind !== kind || !r.name) continue;
    const item = itemIn(set, kind, r.code);
    if (!item) continue;
    known++;
    report.checked();
    const official = item.name;
    if (official.trim() === r.name.trim()) continue;
    const variant = normaliseName(official) === normaliseName(r.name);
    report.fail(withSeverity(variant ? 'warning' : listSeverityOf(set), {
      message: variant
        ? `${r.table.title}中 ${r.code} 的名称印为“${r.name}”，规范写法为“${official}”（“其他”不写“其它”，括号用全角）`
        : `${r.table.title}中${LIST_NAME[kind]} ${r.code} 的名称印为“${r.name}”，与科目名称“${official}”不一致${basis.zh}`,
      messageEn: variant
        ? `${r.table.id}: ${r.code} is printed “${r.name}”, a spelling variant of “${official}”`
        : `${r.table.id}: ${kind} code ${r.code} is printed “${r.name}”, not the official “${official}”${basis.en}`,
      location: cellLocation(r.table, r.index, r.nameCol),
      expected: official,
      actual: r.name,
      hint: variant ? '按科目表的规范写法改正名称。' : '科目名称照当年科目表填写；名称对应的若是另一科目，则改正编码。',
    }));
  }
  if (known === 0) report.notApplicable(`没有能在${LIST_NAME[kind]}中找到的科目`);
}

// ——— one code, one name ———

/**
 * Reports every occurrence whose name differs from the code's reference name: the official name
 * when some occurrence prints it, otherwise the name most occurrences print (the first on a tie).
 */
export function reportNameClashes(
  report: Reporter,
  groups: readonly CodedRow[][],
  official: (code: string) => string | undefined,
  what: string,
  whatEn: string,
): void {
  for (const group of groups) {
    const code = group[0]?.code ?? '';
    const names = group.map((r) => r.name.trim());
    const off = official(code);
    let reference = off !== undefined && names.includes(off) ? off : undefined;
    if (reference === undefined) {
      const count = new Map<string, number>();
      for (const n of names) count.set(n, (count.get(n) ?? 0) + 1);
      reference = names.reduce((best, n) => ((count.get(n) ?? 0) > (count.get(best) ?? 0) ? n : best), names[0] ?? '');
    }
    const first = group.find((r) => r.name.trim() === reference);
    for (const r of group) {
      report.checked();
      const name = r.name.trim();
      if (name === reference) continue;
      const variant = normaliseName(name) === normaliseName(reference);
      const where = first ? `${first.table.title === r.table.title ? '同表' : first.table.title}中印为“${reference}”` : `别处印为“${reference}”`;
      report.fail(withSeverity(variant ? 'warning' : undefined, {
        message: `${what} ${code} 在${r.table.title}中印为“${name}”，${where}：同一科目名称${variant ? '写法' : ''}不一致`,
        messageEn: `${whatEn} ${code} is printed “${name}” in ${r.table.id} but “${reference}” elsewhere in the document`,
        location: cellLocation(r.table, r.index, r.nameCol),
        expected: reference,
        actual: name,
        hint: '同一科目在各表中统一用科目表的规范名称；名称不同的若本是另一科目，则改正编码。',
      }));
    }
  }
}

// ——— template and notes ———

/** The template the document was laid out with; reports insufficient data when it is unknown. */
export function requireTemplate(ctx: RuleContext, report: Reporter): TemplateSpec | undefined {
  const t = ctx.template;
  if (!t) {
    report.insufficient('不知道文件所用的公开模板');
    return undefined;
  }
  if (ctx.doc.meta.template && ctx.doc.meta.template !== t.id) {
    report.insufficient(`文件使用的模板是“${ctx.doc.meta.template}”，不是“${t.id}”`);
    return undefined;
  }
  return t;
}

/** A note saying a table has no data: “…无政府性基金预算拨款安排的支出，故此表无数据”, “本表为空表”. */
export const NO_DATA_NOTE = /[此本该]表(?:无数据|为空)|空表|无[^，。；、]{0,30}?(?:安排的?支出|预算拨款|支出|收入|经费)/;

export function isNoDataNote(note: string): boolean {
  return NO_DATA_NOTE.test(note.replace(/[\s\u3000]+/g, ''));
}

/** The budget (预算) a fund-specific table belongs to, by the words a note uses for it. */
export const TABLE_BUDGET: Readonly<Partial<Record<TableId, string>>> = {
  'government-fund-expenditure': '政府性基金',
  'state-capital-expenditure': '国有资本经营',
  'general-public-expenditure': '一般公共预算',
  'general-public-basic-expenditure': '一般公共预算',
};

export const BUDGET_NAMES: readonly string[] = ['政府性基金', '国有资本经营', '一般公共预算'];

/** True when the table prints no figure other than zero (blank or 0.00 everywhere). */
export function hasNoFigures(table: DocTable): boolean {
  return !table.rows.some((row) => hasFigure(table, row));
}

// ——— budget ———

export function unitTypeOf(budget: Budget, unitCode: string): UnitType | undefined {
  return budget.department.units.find((u) => u.code === unitCode)?.type;
}

export const UNIT_TYPE_LABEL: Readonly<Record<UnitType, string>> = {
  administrative: '行政单位',
  'civil-service-managed': '参照公务员法管理事业单位',
  institution: '事业单位',
};
