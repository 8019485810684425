// The table figure a narrative statement names: by the words of its subject (收入预算, 财政拨款支出预算,
// “三公”经费, 机关运行经费 …) through the figures' refs, or by a quoted functional name resolved to
// its code (from the tables' coded rows and the year's classification) and read from the
// functional tables. A statement may fit several figures (财政拨款收入 is the fiscal summary's line or
// the sum of the three fund lines); it agrees when it fits one. Pure.
import type { ClassificationSet } from '../../classification/types.ts';
import type { DocTable, Document, TableId } from '../../model/document.ts';
import type { Fen } from '../../money/money.ts';
import { amountAt, colIndex, findTable } from '../doc-access.ts';
import { functionalRows } from '../classification-helpers.ts';
import { docRefs } from '../ref-index.ts';
import { docMemo, getDocSlot, setDocSlot, slot } from '../memo.ts';
import { tableStep, totalRow } from '../narrative-helpers.ts';
import type { PathPart } from './subject.ts';
import { classStemOf, nameKey } from './subject.ts';
import { BoundedCache } from '../bounded-cache.ts';

/** A table figure: its value, the rounding it carries (分, 0 when exact), and where it is. */
export interface Figure {
  fen: Fen;
  step: Fen;
  table: DocTable;
  row: number;
  col: number;
  label: string;
}

/** The first printed cell carrying a ref, in any table (through the Document's grouped references). */
export function refFigure(doc: Document, ref: string, label: string): Figure | undefined {
  const refs = docRefs(doc);
  const g = refs.first(ref);
  if (g < 0) return undefined;
  const table = refs.tables[refs.tableOf[g] as number] as DocTable;
  const row = refs.rowAt[g] as number;
  const col = refs.colAt[g] as number;
  return { fen: amountAt(table.rows[row], col), step: tableStep(doc, table), table, row, col, label };
}

/** The sum of the refs found (at least the first), located at the first. */
function sumOf(doc: Document, refs: readonly string[], label: string): Figure | undefined {
  const figs = refs.map((r) => refFigure(doc, r, label));
  const first = figs[0];
  if (!first) return undefined;
  const found = figs.filter((f): f is Figure => f !== undefined);
  return { ...first, fen: found.reduce((a, f) => a + f.fen, 0), step: found.reduce((a, f) => a + f.step, 0) };
}

/** Zero, when a table is printed without any figure (an empty fund table). */
function emptyTable(doc: Document, id: TableId, label: string): Figure | undefined {
  const table = findTable(doc, id);
  if (!table) return undefined;
  const any = table.rows.some((r) => r.cells.some((c) => typeof c === 'number' && c !== 0));
  if (any) return undefined;
  return { fen: 0, step: 0, table, row: Math.max(0, totalRow(table)), col: Math.max(0, colIndex(table, 'total')), label };
}

/** 机关运行经费 as the “三公” table prints it (Shanghai: a column of its own). */
function operatingFundsColumn(doc: Document, label: string): Figure | undefined {
  const table = findTable(doc, 'three-public');
  if (!table) return undefined;
  const col = table.columns.findIndex((c) => /operating/.test(c.key) || c.header.some((h) => /机关运行经费/.test(h)));
  if (col < 0) return undefined;
  const row = table.rows.findIndex((r) => typeof r.cells[col] === 'number');
  if (row < 0) return undefined;
  return { fen: amountAt(table.rows[row], col), step: tableStep(doc, table), table, row, col, label };
}

type Source = (doc: Document, label: string) => Figure | undefined;
const ref = (r: string): Source => (doc, label) => refFigure(doc, r, label);
const sum = (...refs: string[]): Source => (doc, label) => sumOf(doc, refs, label);
const empty = (id: TableId): Source => (doc, label) => emptyTable(doc, id, label);

/** A figure a subject names: the words (matched on the cleaned subject) and where to read it. */
export interface SubjectSpec {
  label: string;
  en: string;
  test: RegExp;
  sources: Source[];
  /** The 3P, totals and fund figures the NAR-* rules also read in their own sections. */
  narTopic: boolean;
  /** A word every subject the spec names contains (费, 收入 or 支出). */
  needs: string;
}

const END = String.raw`(?:预算)?(?:总额|金额|合计|总计)?(?:数)?(?:为|是|达|共计?)?$`;
const spec = (label: string, en: string, words: string, sources: Source[], anchored = true, narTopic = true): SubjectSpec =>
  ({ label, en, test: new RegExp(`${anchored ? '^(?:本年|全年|年初|当年)?' : ''}(?:${words})${END}`), sources, narTopic, needs: neededWord(words) });

/** The first of 费, 收入, 支出 the words require (outside their optional groups). */
function neededWord(words: string): string {
  const required = words.replace(/\(\?:[^()]*\)\?/g, '');
  const word = NEEDED.find((w) => required.includes(w));
  if (word === undefined) throw new Error(`subject words without 费, 收入 or 支出: ${words}`);
  return word;
}

const NEEDED = ['费', '收入', '支出'];

/** Most specific first: the first spec whose words end the subject names the figure. */
export const SUBJECTS: readonly SubjectSpec[] = [
  spec('“三公”经费', '“three public” expenses', '[“"]?三公[”"]?经费(?:支出)?', [ref('three-public:total')], false),
  spec('因公出国（境）费', 'official travel abroad', '因公出国[（(]境[）)]费(?:用)?', [ref('three-public:abroad')], false),
  spec('公务用车购置及运行费', 'official vehicles', '公务(?:用)?车(?:辆)?购置及运行(?:维护)?费', [ref('three-public:vehicle')], false),
  spec('公务用车购置费', 'vehicle purchase', '公务(?:用)?车(?:辆)?购置费', [ref('three-public:vehicle-purchase')], false),
  spec('公务用车运行费', 'vehicle running', '公务(?:用)?车(?:用车)?运行(?:维护)?费', [ref('three-public:vehicle-operation')], false),
  spec('公务接待费', 'official reception', '公务接待费', [ref('three-public:reception')], false),
  spec('机关运行经费', 'operating funds', '机关运行经费', [ref('operating-funds'), operatingFundsColumn], false, false),
  spec('财政拨款收入', 'fiscal appropriation income', '财政拨款收入', [ref('income:fiscal-this-year'), ref('income:fiscal-grand-total'), sum('income:general-public-all', 'income:government-fund', 'income:state-capital')]),
  spec('一般公共预算拨款收入', 'general public budget income', '一般公共预算(?:财政)?(?:拨款)?收入', [ref('income:general-public-all')]),
  spec('政府性基金预算拨款收入', 'government fund income', '政府性基金(?:预算)?(?:财政)?(?:拨款)?收入', [ref('income:government-fund')]),
  spec('国有资本经营预算拨款收入', 'state capital income', '国有资本经营(?:预算)?(?:财政)?(?:拨款)?收入', [ref('income:state-capital')]),
  spec('事业单位经营收入', 'operating income', '事业单位经营收入', [ref('income:operating')]),
  spec('事业收入', 'business income', '事业收入', [ref('income:business')]),
  // Shanghai's 其他收入 is every source but 财政拨款, 事业收入 and 经营收入 (income:other-all).
  spec('其他收入', 'other income', '其他收入', [ref('income:other-all'), ref('income:other')]),
  spec('收入预算', 'income', '收入(?:预算|总计|合计)', [ref('income:this-year'), ref('income:grand-total')]),
  spec('财政拨款支出预算', 'fiscal appropriation expenditure', '财政拨款支出', [ref('exp:fiscal:total:total'), ref('exp:fiscal:grand-total'), sum('exp:gp:total:total', 'exp:gf:total:total', 'exp:sc:total:total')]),
  spec('一般公共预算拨款支出预算', 'general public budget expenditure', '一般公共预算(?:财政)?(?:拨款)?支出', [ref('exp:gp:total:total'), ref('exp:gp:grand-total')]),
  spec('政府性基金拨款支出预算', 'government fund expenditure', '政府性基金(?:预算)?(?:财政)?(?:拨款)?支出', [ref('exp:gf:total:total'), ref('exp:gf:grand-total'), empty('government-fund-expenditure')]),
  spec('国有资本经营预算拨款支出预算', 'state capital expenditure', '国有资本经营(?:预算)?(?:财政)?(?:拨款)?支出', [ref('exp:sc:total:total'), ref('exp:sc:grand-total'), empty('state-capital-expenditure')]),
  spec('基本支出', 'basic expenditure', '基本支出', [ref('exp:all:total:basic'), ref('exp:gp:total:basic')]),
  spec('项目支出', 'project expenditure', '项目支出', [ref('exp:all:total:project'), ref('exp:gp:total:project')]),
  spec('人员经费', 'personnel expenditure', '人员经费(?:支出)?', [ref('exp:gp:total:personnel')]),
  spec('公用经费', 'public expenditure', '(?:日常)?公用经费(?:支出)?', [ref('exp:gp:total:public')]),
  spec('支出预算', 'expenditure', '支出(?:预算|总计|合计)', [ref('exp:all:total:total'), ref('exp:grand-total')]),
];

/** The spec a cleaned subject names, if any. */
export function subjectSpec(subject: string): SubjectSpec | undefined {
  if (!subject) return undefined;
  // Cleaned subjects repeat across documents (收入总计, “三公”经费预算数为 …): each is matched once.
  return specBySubject.get(subject, matchSpec);
}

const specBySubject = new BoundedCache<string, SubjectSpec | undefined>();

function matchSpec(subject: string): SubjectSpec | undefined {
  // Only the specs whose word the subject has can match it (most subjects lack two of the three).
  const fee = subject.includes('费');
  const income = subject.includes('收入');
  const spending = subject.includes('支出');
  if (!fee && !income && !spending) return undefined;
  for (const s of SUBJECTS) {
    const has = s.needs === '费' ? fee : s.needs === '收入' ? income : spending;
    if (has && s.test.test(subject)) return s;
  }
  return undefined;
}

const SPEC_FIGURES = slot<Map<SubjectSpec, Figure[]>>('auditSpecFigures');

/** The figures a spec reads in a document (those printed; shared within a check: do not modify). */
export function specFigures(doc: Document, s: SubjectSpec): Figure[] {
  // Several statements name the same figure (支出总计 in three sections): read once per check.
  const memo = docMemo(doc);
  if (memo === undefined) return readSpecFigures(doc, s);
  let bySpec = getDocSlot(memo, SPEC_FIGURES);
  if (bySpec === undefined) bySpec = setDocSlot(memo, SPEC_FIGURES, new Map());
  let figures = bySpec.get(s);
  if (figures === undefined) bySpec.set(s, (figures = readSpecFigures(doc, s)));
  return figures;
}

function readSpecFigures(doc: Document, s: SubjectSpec): Figure[] {
  const out: Figure[] = [];
  for (const source of s.sources) {
    const f = source(doc, s.label);
    if (f) out.push(f);
  }
  return out;
}

// ——— Functional names ———

/** Codes by level length and folded name (类 by stem): `3:一般公共服务` → ['201']. */
type FnIndex = Map<string, string[]>;

function addName(index: FnIndex, code: string, name: string): void {
  if (!name || !/^\d{3}(?:\d{2}){0,2}$/.test(code)) return;
  const key = `${code.length}:${code.length === 3 ? classStemOf(name) : nameKey(name)}`;
  const list = index.get(key);
  if (!list) index.set(key, [code]);
  else if (!list.includes(code)) list.push(code);
}

/** The classification's names, indexed once per list (the lists do not change). */
const byList = new WeakMap<ClassificationSet, FnIndex>();

function listIndex(set: ClassificationSet): FnIndex {
  let index = byList.get(set);
  if (!index) {
    index = new Map();
    for (const item of set.functional.values()) addName(index, item.code, item.name);
    byList.set(set, index);
  }
  return index;
}

const TABLE_NAMES = slot<FnIndex>('auditFunctionalNames');

/** The names the document's functional tables print, indexed once per check. */
function tableIndex(doc: Document): FnIndex {
  const memo = docMemo(doc);
  const hit = getDocSlot(memo, TABLE_NAMES);
  if (hit) return hit;
  const index: FnIndex = new Map();
  for (const r of functionalRows(doc)) addName(index, r.code, r.name);
  return setDocSlot(memo, TABLE_NAMES, index);
}

const LEVEL_LENGTH = { 类: 3, 款: 5, 项: 7 } as const;

/** Codes of a level whose name (or 类 stem) is the part's, in the tables or the classification. */
function codesNamed(doc: Document, set: ClassificationSet | undefined, part: PathPart, length: number): string[] {
  const key = `${length}:${length === 3 ? classStemOf(part.name) : nameKey(part.name)}`;
  const out = [...(tableIndex(doc).get(key) ?? [])];
  for (const c of (set ? listIndex(set).get(key) : undefined) ?? []) if (!out.includes(c)) out.push(c);
  return out;
}

/** The functional code a quoted path names, or undefined when none or several fit. */
export function resolveFunctional(doc: Document, set: ClassificationSet | undefined, path: readonly PathPart[]): string | undefined {
  if (path.length === 1 && !path[0]?.level) {
    for (const length of [3, 5, 7]) {
      const hits = codesNamed(doc, set, path[0] as PathPart, length);
      if (hits.length === 1) return hits[0];
      if (hits.length > 1) return undefined;
    }
    return undefined;
  }
  let prefixes = [''];
  for (const part of path) {
    const length = part.level ? LEVEL_LENGTH[part.level] : 0;
    prefixes = codesNamed(doc, set, part, length).filter((c) => prefixes.some((p) => c.startsWith(p)));
    if (prefixes.length === 0) return undefined;
  }
  return prefixes.length === 1 ? prefixes[0] : undefined;
}

const FUNCTIONAL_TABLES: readonly TableId[] = ['general-public-expenditure', 'expenditure'];

/**
 * A functional code's figures: its row's 合计 in the 一般公共预算 and the 部门支出 table (or the sum of
 * its 项 rows where the table prints only 项), and the 类 line of the summary tables. A table that
 * prints coded rows but none under the code gives 0 for the 部门支出 table.
 */
export function functionalFigures(doc: Document, code: string, label: string): Figure[] {
  const out: Figure[] = [];
  const rows = functionalRows(doc);
  for (const id of FUNCTIONAL_TABLES) {
    const table = findTable(doc, id);
    if (!table) continue;
    const col = colIndex(table, 'total');
    if (col < 0) continue;
    const own = rows.filter((r) => r.table === table);
    const exact = own.find((r) => r.code === code);
    const step = tableStep(doc, table);
    if (exact) {
      out.push({ fen: amountAt(exact.row, col), step, table, row: exact.index, col, label });
      continue;
    }
    const leaves = own.filter((r) => r.code.startsWith(code) && r.code.length === 7);
    if (leaves.length > 0) {
      out.push({ fen: leaves.reduce((a, r) => a + amountAt(r.row, col), 0), step: step * leaves.length, table, row: (leaves[0] as { index: number }).index, col, label });
    } else if (id === 'expenditure' && own.length > 0) {
      out.push({ fen: 0, step: 0, table, row: Math.max(0, totalRow(table)), col, label });
    }
  }
  if (code.length === 3) {
    for (const r of [`exp:gp:fn:${code}:total`, `exp:fiscal:fn:${code}:total`, `exp:all:fn:${code}:total`]) {
      const f = refFigure(doc, r, label);
      if (f) out.push(f);
    }
  }
  return out;
}
