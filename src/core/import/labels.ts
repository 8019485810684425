// Label and title normalisation for reading printed disclosures: the forms under which the same
// header label or table title is printed (spaces, full/half width, quotes, look-alike radicals,
// numbering, year, 部门/单位 wording) and a similarity for what is left (character bigram Dice).
import { normalizeRadicals } from '../text/radicals.ts';

/** Quotes of every kind: “三公” "三公" ‘三公’ 「三公」 all read 三公. */
const QUOTES = /[“”"‘’'「」『』〝〞＂]/g;

/**
 * The comparable form of a printed label: radicals normalised, full-width forms made half-width
 * (NFKC), quotes and all whitespace removed. “项 目” → 项目, “单位（科目名称）” → 单位(科目名称).
 */
export function labelKey(text: string): string {
  return normalizeRadicals(text).normalize('NFKC').replace(QUOTES, '').replace(/\s+/g, '');
}

/** True for CJK ideographs and full-width punctuation, where a space is a line break, not a word gap. */
function isWide(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.codePointAt(0) ?? 0;
  return (c >= 0x2e80 && c <= 0x9fff) || (c >= 0xff00 && c <= 0xffef) || (c >= 0xf900 && c <= 0xfaff);
}

/**
 * Joins text a PDF broke over lines inside one cell: a space between two wide characters
 * (“建 设”, “专用， 按月”) or between two digits (“410305230000 000016469”) is a line break;
 * other spaces (“1. 是否”, “(1) 政府预算资金”) are printed and kept.
 */
export function joinBrokenLines(text: string): string {
  if (!/\s/.test(text)) return text;
  const chars = [...text.trim()];
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] as string;
    if (/\s/.test(ch)) {
      let j = i;
      while (j < chars.length && /\s/.test(chars[j] as string)) j++;
      const prev = out[out.length - 1];
      const next = chars[j];
      const digits = prev !== undefined && next !== undefined && /\d/.test(prev) && /\d/.test(next);
      if (!(isWide(prev) && isWide(next)) && !digits) out += ' ';
      i = j - 1;
      continue;
    }
    out += ch;
  }
  return out;
}

/** Removes the spaces a PDF puts around figures in running text: “2023 年洛阳市” → “2023年洛阳市”. */
export function tightenCjk(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/ (?=[\u2e80-\u9fff\uff00-\uffef])|(?<=[\u2e80-\u9fff\uff00-\uffef]) /g, '');
}

/** Leading numbering of a title or heading: 一、 1. 5． 表1 附表1 (一) （三） 第一 . */
const NUMBERING = /^(?:附?表\s*[0-9一二三四五六七八九十]+[-—.．、:：]?|[0-9]+\s*[.．、]|[一二三四五六七八九十]+\s*[、.．]|[（(][一二三四五六七八九十0-9]+[)）]\s*[、.．]?)\s*/;

/** A title or heading without its numbering: “5． 2025年…” → “2025年…”. */
export function stripNumbering(text: string): string {
  return text.trim().replace(NUMBERING, '').trim();
}

/**
 * The comparable core of a table title: no numbering, no year, no level word (区级/市级) and no
 * leading 部门/单位/预算单位 wording, 预算总表 read as 预算表 and 支出功能分类预算表 as 支出预算表, so
 * “5． 2025年预算单位一般公共预算支出功能分类预算表” and “2023年部门一般公共预算支出预算表” meet.
 */
export function titleKey(text: string): string {
  let t = labelKey(stripNumbering(normalizeRadicals(text).normalize('NFKC')));
  t = t.replace(/\{year\}年度?/g, '').replace(/\{\w+\}/g, '');
  t = t.replace(/\d{4}年度?/g, '').replace(/[(]\d{4}年度?[)]/g, '');
  t = t.replace(/^(?:[^()]{0,12}?[市区县省]级)/, '');
  t = t.replace(/^(?:部门[(]单位[)]|预算单位|部门|单位)/, '');
  t = t.replace(/预算总表$/, '预算表').replace(/功能分类预算表$/, '预算表');
  return t.replace(/[()]/g, '');
}

function bigrams(text: string): string[] {
  const chars = [...text];
  if (chars.length < 2) return chars.length ? [chars[0] as string] : [];
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) out.push(`${chars[i]}${chars[i + 1]}`);
  return out;
}

/** Character bigram Dice coefficient of two strings (1 = same bigrams, 0 = none shared). */
export function dice(a: string, b: string): number {
  if (a === b) return a.length ? 1 : 0;
  const x = bigrams(a);
  const y = bigrams(b);
  if (!x.length || !y.length) return 0;
  const counts = new Map<string, number>();
  for (const g of x) counts.set(g, (counts.get(g) ?? 0) + 1);
  let shared = 0;
  for (const g of y) {
    const n = counts.get(g) ?? 0;
    if (n > 0) {
      shared++;
      counts.set(g, n - 1);
    }
  }
  return (2 * shared) / (x.length + y.length);
}
