// The printed forms the PDF reader recognises: amounts, codes, row labels, table titles and the
// lines around a table (编制单位…, 单位：元, 注：…), page footers and the 目录 heading.
import { squeeze } from './lines.ts';

/** An amount as printed: 171,915,169 / 2002.45 / -3.20 / 0 / 12.5% / （负数用括号）. */
const AMOUNT = /^[-−–]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?%?$/;
export function isAmount(text: string): boolean {
  return AMOUNT.test(text.replace(/\s+/g, ''));
}

/** A classification, unit or project code: 212 / 212 01 / 2120101 / 517001 / 410305230000000016465. */
const CODE = /^(?:\d{3}(?:\s+\d{2}){0,2}|\d{2}|\d{5,})$/;
export function isCode(text: string): boolean {
  return CODE.test(text.trim());
}

/** A row label that opens a data row: 一、… （一）… 1、… 合计 总计 本年收入合计 其中：… */
const DATA_LABEL =
  /^(?:[一二三四五六七八九十]+[、．.]|[（(][一二三四五六七八九十\d]+[)）]|\d+\s*[、．.](?!\d)|合\s*计|总\s*计|小\s*计|本年(?:收入|支出)合计|上年结转|年终结转|收入总计|支出总计|其中[:：])/;
export function isDataLabel(text: string): boolean {
  return DATA_LABEL.test(text.trim());
}

/** Lines printed between a table's title and its header. */
const PREAMBLE = /^(?:编制单位|编制部门|部门名称|单位名称|预算单位|主管部门名称|填报单位|单位\s*[:：]\s*(?:万?元|千元)|金额单位|[（(]\s*\d{4}\s*年度?\s*[)）])/;
export function isPreambleText(text: string): boolean {
  return PREAMBLE.test(text.trim());
}

/** Words a table title carries; a title is also short and stands on its own line. */
const TITLE_WORDS = /(?:预算表|预算总表|决算表|收支|经费|绩效目标|明细表|汇总表|情况表|填报表|一览表)/;
export function looksLikeTitle(text: string): boolean {
  const t = squeeze(text);
  return t.length >= 4 && t.length <= 60 && TITLE_WORDS.test(t) && /表$/.test(t) && !/[。；]/.test(t);
}

/** Notes under a table. */
const NOTE = /^(?:注\s*\d*\s*[:：]|备注\s*[:：]|说明\s*[:：]|本表|此表)|本表为空|此表无数据|故本表|空表。?$|表无数据/;
export function isNoteText(text: string): boolean {
  return NOTE.test(text.trim());
}

/** Page footers and bare page numbers: 第 1 页 共 26 页, - 3 -, 3 / 26, Page 3. */
const FOOTER = /^(?:第\s*\d+\s*页(?:\s*[,，/]?\s*共\s*\d+\s*页)?|共\s*\d+\s*页\s*第\s*\d+\s*页|[-—–]?\s*\d{1,4}\s*[-—–]?|\d+\s*\/\s*\d+|Page\s+\d+(?:\s+of\s+\d+)?)$/i;
export function isFooterText(text: string): boolean {
  return FOOTER.test(text.trim());
}

/** The contents heading: 目录, 目 录. */
export function isContentsHeading(text: string): boolean {
  return /^目\s*录$/.test(text.trim());
}

/** Numbered headings of the narrative: 第一部分, 一、, （一）, 1.、2、 */
const HEADING = /^(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+[、．.]|[（(][一二三四五六七八九十]+[)）]|\d+\s*[、．.](?!\d))/;
export function isNumberedHeading(text: string): boolean {
  return HEADING.test(text.trim());
}

/** Sentence ends: a line ending so closes its paragraph. */
export function endsSentence(text: string): boolean {
  return /[。！？；：:;!?]$/.test(text.trim());
}

/**
 * Where a table's body starts among its rows (each row's printed texts, left to right): the first
 * row that holds an amount or opens with a code; else the first that opens with a row label other
 * than 合计/小计 (which also head columns, as in the “三公” table); else the first 合计 row (an
 * empty table prints only that); else -1.
 */
export function firstBodyRow(rows: string[][]): number {
  const first = (r: string[]): string => r.find((t) => t.trim() !== '') ?? '';
  const data = rows.findIndex((r) => isCode(first(r)) || r.some((t) => t !== '' && isAmount(t)));
  const label = rows.findIndex((r) => isDataLabel(first(r)) && !/^[合小]\s*计$/.test(first(r).trim()));
  const candidates = [data, label].filter((i) => i >= 0);
  if (candidates.length > 0) return Math.min(...candidates);
  return rows.findIndex((r) => /^[合总]\s*计$/.test(first(r).trim()));
}
