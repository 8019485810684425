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
  let s = phrase.replace(/[\s\u3000]+/g, '');
  s = s.replace(NUMBERING, '').replace(/^其中/, '');
  const dept = ctx.department?.replace(/[\s\u3000]+/g, '');
  if (dept) s = s.split(dept).join('');
  s = s.replace(/^(?:\d{4}年度?|本年度?|今年)/, '');
  s = s.replace(/[（(](?:部门|单位)[）)]/g, '').replace(/^(?:本|我)(?:部门|单位)/, '');
  s = s.replace(/^(?:\d{4}年度?|本年度?|今年)/, '');
  return s;
}

/** The text inside the quotes right before `index` (“…”, optionally followed by 科目 / 类), or undefined. */
export function quotedBefore(text: string, index: number): { name: string; start: number } | undefined {
  const before = text.slice(0, index).replace(/\s+$/, '');
  const m = /[“"]([^“”"]{2,80})[”"]\s*(?:科目|类|款|项)?(?:支出)?(?:预算)?(?:数|安排)?(?:为|是)?$/.exec(before);
  return m ? { name: (m[1] ?? '').trim(), start: m.index } : undefined;
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

/** True when the phrase introduces a change, not the figure itself (“比2022年预算增加”). */
export function isChangePhrase(phrase: string): boolean {
  return CHANGE.test(phrase) || /^比|^较|[与和]\d{4}年/.test(phrase.replace(/\s+/g, ''));
}

/** Anything yearRole looks for. */
const YEAR_WORDS = /年|执行数|决算|预算安排/;

/**
 * Which year a phrase speaks of: 'last' (an earlier year, 上年, 执行数, 决算), 'this' (the budget
 * year, 本年), or undefined when it names neither.
 */
export function yearRole(phrase: string, year: number): 'last' | 'this' | undefined {
  if (!YEAR_WORDS.test(phrase)) return undefined;
  const s = phrase.replace(/\s+/g, '');
  const years = [...s.matchAll(/(\d{4})年/g)].map((m) => Number(m[1]));
  if (years.some((y) => y < year) || /上年|上一年|去年|上年度|执行数|决算/.test(s)) return 'last';
  if (years.includes(year) || /本年|今年|当年预算安排|预算安排/.test(s)) return 'this';
  return undefined;
}

/** The name of a path part reduced for comparison (see foldName). */
export function nameKey(name: string): string {
  return foldName(name);
}

/** A 类 name's stem: 支出 / 事务 dropped, so “一般公共服务” and “一般公共服务支出” meet. */
export function classStemOf(name: string): string {
  return foldName(name).replace(/支出$/, '').replace(/事务$/, '');
}
