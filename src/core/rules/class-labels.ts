// The 类 labels of the two summary tables (“七、文化旅游体育与传媒支出”, “（七）…”): numbered labels
// read, 类 names matched with the year's list, its short forms and obsolete names. Labels repeat
// across documents, so each text is read once; the labels of a document once per check.
import type { ClassificationSet, ClassItem } from '../classification/types.ts';
import { normaliseName } from '../classification/lookup.ts';
import type { DocTable, Document, Row } from '../model/document.ts';
import { colIndex, findTable, textAt } from './doc-access.ts';
import { isSpace } from './cell-text.ts';
import { hasFigure } from './coded-rows.ts';
import { docMemo, getDocSlot, setDocSlot, slot } from './memo.ts';
import type { Location } from './types.ts';
import { BoundedCache } from './bounded-cache.ts';

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

/** The 类 code a label's number stands for (七 → "207"), one string per number (一 … 九十九). */
export function numberedClassCode(n: number): string {
  return (classCodes[n] ??= String(200 + n));
}

const classCodes: string[] = [];

/** A numbered label “（七）文化…” or “七、文化…”: its numbering style, number and text. */
export interface NumberedLabel {
  style: 'paren' | 'dun';
  number: number;
  numeral: string;
  text: string;
  /** The numbering as printed: “（七）” or “七、”. */
  printed: string;
}

/**
 * A numbered label's parts (shared: do not modify — only labelNameMatch and labelClass keep their
 * answers on it). Labels repeat across documents (templates print the same lines), so each text
 * is parsed once.
 */
export function parseNumberedLabel(label: string): NumberedLabel | undefined {
  // Only a label starting (after white space) with a parenthesis or a numeral can be numbered:
  // any other (支出总计, a blank) is answered without a look-up in the cache.
  let i = 0;
  while (i < label.length && isSpace(label.charCodeAt(i))) i++;
  if (i === label.length || !isNumberedStart(label.charCodeAt(i))) return undefined;
  return numberedLabels.get(label, readNumberedLabel);
}

/** True for a character a numbered label starts with (readNumberedLabel's two patterns): （ ( 一 … 十. */
function isNumberedStart(c: number): boolean {
  return c === 0xff08 || c === 0x28 || c === 0x4e00 || c === 0x4e8c || c === 0x4e09 || c === 0x56db || c === 0x4e94
    || c === 0x516d || c === 0x4e03 || c === 0x516b || c === 0x4e5d || c === 0x5341;
}

const numberedLabels = new BoundedCache<string, NumberedLabel | undefined>();

function readNumberedLabel(label: string): NumberedLabel | undefined {
  const t = label.trim();
  let m = /^[（(]\s*([一二三四五六七八九十]+)\s*[）)]\s*(.*)$/.exec(t);
  if (m?.[1]) {
    const n = chineseNumber(m[1]);
    return n === undefined ? undefined : newLabel('paren', n, m[1], (m[2] ?? '').trim(), `（${m[1]}）`);
  }
  m = /^([一二三四五六七八九十]+)\s*[、.．]\s*(.*)$/.exec(t);
  if (m?.[1]) {
    const n = chineseNumber(m[1]);
    return n === undefined ? undefined : newLabel('dun', n, m[1], (m[2] ?? '').trim(), `${m[1]}、`);
  }
  return undefined;
}

/**
 * A parsed label with the places its memos fill in later (LabelMemo) already there, so that every
 * label has one shape whichever memos a rule has filled in (the rules read labels of one map).
 */
function newLabel(style: NumberedLabel['style'], number: number, numeral: string, text: string, printed: string): NumberedLabel {
  const label: LabelMemo = { style, number, numeral, text, printed, matched: undefined, named: undefined, numbered: undefined };
  return label;
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
  return normalise ? normalisedStems.get(name, (n) => stemOf(normaliseName(n))) : plainStems.get(name, (n) => stemOf(n.replace(/[\s\u3000]+/g, '')));
}

const stemOf = (name: string): string => name.replace(/支出$/, '').replace(/事务$/, '');

/** Stems of names seen (plain and normalised); labels repeat across documents, so each is worked out once. */
const plainStems = new BoundedCache<string, string>();
const normalisedStems = new BoundedCache<string, string>();

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

/**
 * How a printed 类 label text compares with the official name of a 类 (worked out once per pair:
 * documents print the same few labels).
 */
export function matchClassName(official: string, printed: string): ClassNameMatch {
  return classNameMatches.get(official, newMatches).get(printed, (p) => compareClassName(official, p));
}

/**
 * matchClassName(official, label.text) for a parsed label. Parsed labels are shared across
 * documents (parseNumberedLabel's cache) and each names the same 类 in every document of a year:
 * the answer is kept on the label for the official name last asked about (a property read rather
 * than two look-ups in the caches below, for every 类 line of every document).
 */
export function labelNameMatch(label: NumberedLabel, official: string): ClassNameMatch {
  const memo = label as LabelMemo;
  const hit = memo.matched;
  if (hit !== undefined && hit.official === official) return hit.how;
  const how = matchClassName(official, label.text);
  memo.matched = { official, how };
  return how;
}

/** What labelNameMatch, labelClass and numberedClass keep on a shared parsed label (answers that depend on it alone). */
type LabelMemo = NumberedLabel & {
  matched?: { official: string; how: ClassNameMatch };
  named?: { set: ClassificationSet; named: { code: string; obsolete: boolean } | undefined };
  numbered?: NumberedClass;
};

/** The 类 a label's number stands for in a list, and how the label's text compares with its name. */
export interface NumberedClass {
  set: ClassificationSet;
  /** The list's item for numberedClassCode(label.number) when it is a 类, else undefined. */
  item: ClassItem | undefined;
  /** labelNameMatch(label, item.name) when there is an item. */
  how: ClassNameMatch | undefined;
  /** labelClass(set, label): the 类 the label's text names. */
  named: { code: string; obsolete: boolean } | undefined;
  /** True when the text names a 类 other than the number's (named.code ≠ numberedClassCode). */
  namesOther: boolean;
}

/**
 * The 类 a label's number stands for in the list and how its text compares with the 类's name,
 * kept on the label for the list last asked about (as labelNameMatch): the two summary-table rules
 * ask it of every 类 line of every document, which then reads one object a line.
 */
export function numberedClass(set: ClassificationSet, label: NumberedLabel): NumberedClass {
  const memo = label as LabelMemo;
  const hit = memo.numbered;
  if (hit !== undefined && hit.set === set) return hit;
  const found = set.functional.get(numberedClassCode(label.number));
  const item = found !== undefined && found.level === '类' ? found : undefined;
  const named = labelClass(set, label);
  const how = item === undefined ? undefined : labelNameMatch(label, item.name);
  const numbered = { set, item, how, named, namesOther: named !== undefined && named.code !== numberedClassCode(label.number) };
  memo.numbered = numbered;
  return numbered;
}

/** classNamed(set, label.text) for a parsed label, kept on the label for the list last asked about (as labelNameMatch). */
export function labelClass(set: ClassificationSet, label: NumberedLabel): { code: string; obsolete: boolean } | undefined {
  const memo = label as LabelMemo;
  const hit = memo.named;
  if (hit !== undefined && hit.set === set) return hit.named;
  const named = classNamed(set, label.text);
  memo.named = { set, named };
  return named;
}

/** matchClassName's answers by official name and printed text. */
const classNameMatches = new BoundedCache<string, BoundedCache<string, ClassNameMatch>>(1000);
const newMatches = (): BoundedCache<string, ClassNameMatch> => new BoundedCache(1000);

function compareClassName(official: string, printed: string): ClassNameMatch {
  if (official.trim() === printed.trim()) return 'same';
  if (classStem(official) === classStem(printed)) return 'short';
  if (classStem(official, true) === classStem(printed, true)) return 'variant';
  return 'different';
}

/** The obsolete name a printed label uses, if any. */
export function obsoleteClassName(printed: string): (typeof OBSOLETE_CLASS_NAMES)[number] | undefined {
  const stem = classStem(printed, true);
  // The obsolete names' stems are worked out once, not once per name and call.
  obsoleteStems ??= OBSOLETE_CLASS_NAMES.map((o) => classStem(o.name, true));
  const i = obsoleteStems.indexOf(stem);
  return i < 0 ? undefined : OBSOLETE_CLASS_NAMES[i];
}

let obsoleteStems: string[] | undefined;

/** The 类 (current name or short form, or an obsolete name) a printed label text names, if any (shared: do not modify). */
export function classNamed(set: ClassificationSet, printed: string): { code: string; obsolete: boolean } | undefined {
  let byText = namedClasses.get(set);
  if (byText === undefined) {
    byText = new BoundedCache();
    namedClasses.set(set, byText);
  }
  return byText.get(printed, (p) => findClassNamed(set, p));
}

/** classNamed's answers per list and label text (labels repeat across documents). */
const namedClasses = new WeakMap<ClassificationSet, BoundedCache<string, { code: string; obsolete: boolean } | undefined>>();

function findClassNamed(set: ClassificationSet, printed: string): { code: string; obsolete: boolean } | undefined {
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
}

/**
 * True when the label's line carries a figure (a non-zero amount on the expenditure side). Asked
 * only for a finding, so not worked out for every label.
 */
export function labelHasFigure(l: ClassLabel): boolean {
  return hasFigure(l.table, l.row, isRightKey);
}

const SUMMARY_TABLES = ['income-expenditure-summary', 'fiscal-summary'] as const;

/** Where a 类 label is: its cell, labelled by the label itself (not the whole two-sided row). */
export function labelLocation(l: ClassLabel): Location {
  // { ...cellLocation(…), rowLabel } without the spread (slow in this V8) and without the row
  // label cellLocation works out only to have it replaced: same keys, same order, same values.
  const table = l.table;
  const c = table.columns[l.col];
  const loc: Location = { table: table.id, tableTitle: table.title, row: l.index, rowLabel: `${l.label.printed}${l.label.text}` };
  if (c) {
    loc.column = c.key;
    loc.columnLabel = c.header.filter((h, i, a) => h && a.indexOf(h) === i).join('/') || c.key;
  }
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
  for (let t = 0; t < SUMMARY_TABLES.length; t++) {
    const id = SUMMARY_TABLES[t] as (typeof SUMMARY_TABLES)[number];
    const table = findTable(doc, id);
    if (!table) continue;
    const col = colIndex(table, 'right.label');
    if (col < 0) continue;
    const rows = table.rows;
    // Documents of a template print the same label column: the last scan of the table is reused
    // when every label is the same text (mostly the same string), read only when one differs.
    let scan = lastScans[t];
    if (scan === undefined || scan.set !== set || !sameTexts(scan.texts, rows, col)) {
      scan = scanLabels(set, rows, col);
      lastScans[t] = scan;
    }
    const picks = scan.picks;
    const labels = scan.labels;
    for (let k = 0; k < picks.length; k++) {
      const index = picks[k] as number;
      out.push({ table, index, row: rows[index] as Row, col, label: labels[k] as NumberedLabel });
    }
  }
  return out;
}

/** A summary table's label column read once: its texts, and the rows (with their labels) of the 类 lines. */
interface LabelScan {
  set: ClassificationSet;
  texts: string[];
  picks: number[];
  labels: NumberedLabel[];
}

/** The last scan of each summary table (SUMMARY_TABLES order). */
const lastScans: (LabelScan | undefined)[] = [];

/** True when the rows print exactly the texts in the column. */
function sameTexts(texts: readonly string[], rows: readonly Row[], col: number): boolean {
  if (texts.length !== rows.length) return false;
  for (let i = 0; i < rows.length; i++) if (textAt(rows[i], col) !== texts[i]) return false;
  return true;
}

/** The numbered labels of the numbering style most of whose labels name a 类. */
function scanLabels(set: ClassificationSet, rows: readonly Row[], col: number): LabelScan {
  const texts: string[] = [];
  const found: number[] = [];
  const parsed: NumberedLabel[] = [];
  let paren = 0;
  let dun = 0;
  for (let index = 0; index < rows.length; index++) {
    const text = textAt(rows[index], col);
    texts.push(text);
    const label = parseNumberedLabel(text);
    if (!label) continue;
    found.push(index);
    parsed.push(label);
    if (labelClass(set, label)) {
      if (label.style === 'paren') paren++;
      else dun++;
    }
  }
  const picks: number[] = [];
  const labels: NumberedLabel[] = [];
  const style = paren > dun ? 'paren' : 'dun';
  if ((style === 'paren' ? paren : dun) > 0) {
    for (let k = 0; k < found.length; k++) {
      const label = parsed[k] as NumberedLabel;
      if (label.style !== style) continue;
      picks.push(found[k] as number);
      labels.push(label);
    }
  }
  return { set, texts, picks, labels };
}
