// What a figure in the narrative is of: the phrase before it back to the clause break (its
// subject), cleaned of numbering, the year and the department's own name; a quoted functional
// name (“一般公共服务支出（类）统计信息事务（款）统计管理（项）”, “住房保障支出”科目) split into its
// levels; whether the phrase speaks of last year, this year, or a change. Pure.
import { clauseStart, foldName } from './text.ts';

/** The raw phrase before `index`, back to the last clause break. */
export function phraseBefore(text: string, index: number): string {
  return text.slice(clauseStart(text, index), index).trim();
}

const NUMBERING = /^(?:\d+\s*[.．、]\s*|[（(][一二三四五六七八九十\d]+[）)]\s*[、.．]?\s*|[一二三四五六七八九十]+\s*[、.．]\s*|[一二三四五六七八九十]是\s*)/;

export interface SubjectContext {
  year: number;
  /** The department's (or unit's) own name, stripped from subjects. */
  department?: string;
}

/**
 * A subject as a figure's name: numbering, “其中”, the budget year, the department's name and
 * “本部门 / 本单位 / （部门）” removed, spaces dropped.
 */
export function cleanSubject(phrase: string, ctx: SubjectContext): string {
  // Each step tried only when the phrase has what it removes (most have little of it).
  let s = SPACE.test(phrase) ? phrase.replace(SPACES, '') : phrase;
  s = s.replace(NUMBERING, '');
  if (s.startsWith('其中')) s = s.slice(2);
  const dept = departmentKey(ctx.department);
  if (dept) s = without(s, dept);
  s = s.replace(YEAR_PREFIX, '');
  if (s.includes('部门') || s.includes('单位')) s = s.replace(OWN_KIND, '').replace(OWN, '');
  s = s.replace(YEAR_PREFIX, '');
  return s;
}

/** s.split(part).join('') for a non-empty part, without the array. */
function without(s: string, part: string): string {
  let i = s.indexOf(part);
  if (i < 0) return s;
  let out = '';
  let from = 0;
  while (i >= 0) {
    out += s.slice(from, i);
    from = i + part.length;
    i = s.indexOf(part, from);
  }
  return out + s.slice(from);
}

const SPACE = /[\s\u3000]/;
const SPACES = /[\s\u3000]+/g;
const YEAR_PREFIX = /^(?:\d{4}年度?|本年度?|今年)/;
/** （部门） / （单位）, and 本部门 / 我单位 … in front. */
const OWN_KIND = /[（(](?:部门|单位)[）)]/g;
const OWN = /^(?:本|我)(?:部门|单位)/;

/** The department's name without spaces, for the last name asked for (one document at a time). */
let lastDepartment: string | undefined;
let lastDepartmentKey: string | undefined;

function departmentKey(name: string | undefined): string | undefined {
  if (name !== lastDepartment) {
    lastDepartment = name;
    lastDepartmentKey = name?.replace(SPACES, '');
  }
  return lastDepartmentKey;
}

/** The text inside the quotes right before `index` (“…”, optionally followed by 科目 / 类), or undefined. */
export function quotedBefore(text: string, index: number): { name: string; start: number } | undefined {
  // text.slice(0, index).trimEnd(), its end found in place (trimEnd drops exactly what \s matches).
  let end = index;
  while (end > 0 && isSpaceCode(text.charCodeAt(end - 1))) end--;
  // After the closing quote come only spaces and QUOTED's tail words, and the quoted text
  // holds no quote: the match can only open at the last quote but one, within 81 characters of
  // the last. Scanning back for the two keeps the pattern off the whole paragraph before them.
  let close = end - 1;
  for (; close >= 0; close--) {
    const c = text.charCodeAt(close);
    if (isQuote(c)) break;
    if (!TAIL_CHARS.has(c) && !isSpaceCode(c)) return undefined;
  }
  if (close < 0) return undefined;
  let open = close - 1;
  const limit = Math.max(0, close - 81);
  while (open >= limit && !isQuote(text.charCodeAt(open))) open--;
  if (open < limit) return undefined;
  const m = QUOTED.exec(text.slice(open, end));
  return m ? { name: (m[1] ?? '').trim(), start: open + m.index } : undefined;
}

/** True for a UTF-16 unit /\s/ (and so /[\s\u3000]/) matches: tested on a code, not on a one-character string. */
export function isSpaceCode(c: number): boolean {
  return (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a)
    || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

const QUOTED = /[“"]([^“”"]{2,80})[”"]\s*(?:科目|类|款|项)?(?:支出)?(?:预算)?(?:数|安排)?(?:为|是)?$/;
/** The characters of the words QUOTED allows after the closing quote. */
const TAIL_CHARS = new Set([...'科目类款项支出预算数安排为是'].map((c) => c.charCodeAt(0)));

/** “ ” " */
function isQuote(c: number): boolean {
  return c === 0x201c || c === 0x201d || c === 34;
}

export type FnLevel = '类' | '款' | '项';

/** A level of a functional path and the name printed for it; level unknown for a bare name. */
export interface PathPart {
  name: string;
  level?: FnLevel;
}

/**
 * Splits a quoted functional name: “一般公共服务支出（类）统计信息事务（款）统计管理（项）” → three
 * parts with their levels; “住房保障支出” → one part of unknown level.
 */
export function parseFunctionalPath(quoted: string): PathPart[] {
  const s = quoted.replace(/[\s\u3000]+/g, '');
  const parts: PathPart[] = [];
  const re = /(.+?)[（(](类|款|项)[）)]/g;
  let last = 0;
  for (const m of s.matchAll(re)) {
    if ((m.index ?? 0) !== last) return [{ name: s }];
    parts.push({ name: m[1] ?? '', level: m[2] as FnLevel });
    last = (m.index ?? 0) + m[0].length;
  }
  if (parts.length === 0) return [{ name: s }];
  if (last !== s.length) return [{ name: s }];
  return parts;
}

const CHANGE = /增加|减少|增长|下降|上升|降低|增幅|降幅|变化|变动|相比|比上年|较上年|同比|持平|新增|减少了|增减/;

/** A phrase that compares (比 / 较 …, 与2022年): a change, once its spaces are dropped. */
const COMPARED = /^比|^较|[与和]\d{4}年/;

/** True when the phrase introduces a change, not the figure itself (“比2022年预算增加”). */
export function isChangePhrase(phrase: string): boolean {
  return CHANGE.test(phrase) || COMPARED.test(SPACE.test(phrase) ? phrase.replace(/\s+/g, '') : phrase);
}

/** Anything yearRole looks for. */
const YEAR_WORDS = /年|执行数|决算|预算安排/;

/**
 * Which year a phrase speaks of: 'last' (an earlier year, 上年, 执行数, 决算), 'this' (the budget
 * year, 本年), or undefined when it names neither.
 */
export function yearRole(phrase: string, year: number): 'last' | 'this' | undefined {
  if (!YEAR_WORDS.test(phrase)) return undefined;
  const s = SPACE.test(phrase) ? phrase.replace(/\s+/g, '') : phrase;
  // The years the phrase names (2022年 …): whether one is earlier than the budget year, or it.
  let earlier = false;
  let same = false;
  YEAR.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = YEAR.exec(s)) !== null) {
    const y = Number(m[1]);
    if (y < year) earlier = true;
    else if (y === year) same = true;
  }
  if (earlier || LAST_YEAR.test(s)) return 'last';
  if (same || THIS_YEAR.test(s)) return 'this';
  return undefined;
}

const YEAR = /(\d{4})年/g;
const LAST_YEAR = /上年|上一年|去年|上年度|执行数|决算/;
const THIS_YEAR = /本年|今年|当年预算安排|预算安排/;

/** The name of a path part reduced for comparison (see foldName). */
export function nameKey(name: string): string {
  return foldName(name);
}

/** A 类 name's stem: 支出 / 事务 dropped, so “一般公共服务” and “一般公共服务支出” meet. */
export function classStemOf(name: string): string {
  return foldName(name).replace(/支出$/, '').replace(/事务$/, '');
}

// ——— Phrases that start with the department's name ———

/** The words CHANGE, YEAR_WORDS, LAST_YEAR and THIS_YEAR look for (plain alternatives of literal words). */
const PHRASE_WORDS = [CHANGE, YEAR_WORDS, LAST_YEAR, THIS_YEAR].flatMap((re) => re.source.split('|'));
const PHRASE_WORD = new RegExp(PHRASE_WORDS.join('|'));
/** Every proper beginning of those words: a name ending in one could begin a match in what follows it. */
const WORD_STARTS = new Set(PHRASE_WORDS.flatMap((w) => [...Array(w.length - 1).keys()].map((k) => w.slice(0, k + 1))));
const LONGEST_START = Math.max(...[...WORD_STARTS].map((w) => w.length));
/** What a name must not hold (YEAR's and NUMBERING's digits; phraseInfo's 费 入 出), begin with (COMPARED, NUMBERING, 其中) or end with (COMPARED). */
const NAME_HOLDS = /[\d费入出]/;
const NAME_BEGINS = /^[比较其（(一二三四五六七八九十]/;
const NAME_ENDS = /[与和]$/;

/**
 * True when no pattern read on a phrase before cleanSubject drops the department's name can match
 * within that name or begin in it, for a phrase that starts with the name (no spaces): isChangePhrase,
 * yearRole, the 费 / 入 / 出 test and cleanSubject's NUMBERING and 其中 then read such a phrase
 * exactly as the same phrase with the name replaced by a character none of them matches, so what
 * follows the name can be worked out once for every department (statements.ts).
 */
export function nameIsInert(name: string): boolean {
  if (name === '' || NAME_HOLDS.test(name) || NAME_BEGINS.test(name) || NAME_ENDS.test(name) || PHRASE_WORD.test(name)) return false;
  for (let k = 1; k <= LONGEST_START && k <= name.length; k++) if (WORD_STARTS.has(name.slice(name.length - k))) return false;
  return true;
}
