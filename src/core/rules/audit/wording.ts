// How a document names itself: a 部门预算 (a department with its units) or a 单位预算 (one budget
// unit). The self-designations are the words in front of table titles (2023年部门… / 2025年预算单位…),
// the 编制部门： / 编制单位： line, headings (部门主要职能, 单位预算编制说明, “XX（单位）机构设置”), the
// contents, and 本部门 / 本单位 / 我单位 in the text. Terms that merely contain the words (部门预算经济
// 分类, 预算主管部门, 所属预算单位, 部门（单位）) are not designations. Pure.

import { BoundedCache } from '../bounded-cache.ts';

export type Designation = '部门' | '单位';

const YEAR = String.raw`(?:\d{4}\s*年度?)?\s*(?:[区市县省]级)?`;
/** A table title's own designation right after the year: 2023年部门… / 2025年预算单位… / 2025年单位“三公”…. */
const TITLE = new RegExp(String.raw`^\s*(?:[一二三四五六七八九十\d]+\s*[、.．]\s*)?${YEAR}(部门|预算单位|单位)(?![（(]|预算经济|预算项目)`);
/** Headings: 部门主要职能, 单位机构设置, 2025年单位预算编制说明, 上海市财政局（单位）主要职能. */
const HEADING = new RegExp(String.raw`^\s*(?:[一二三四五六七八九十\d]+\s*[、.．]\s*)?${YEAR}(部门|单位)(?=主要职能|机构设置|预算编制说明|编制说明|概况|职责)|[（(](部门|单位)[）)](?=主要职能|机构设置|概况)`);
const SUBTITLE = /^\s*(?:编制|预算)(部门|单位)\s*[:：]/;
const SELF = /(?:本|我)(部门|单位)/g;

const norm = (d: string | undefined): Designation | undefined => (d === undefined ? undefined : d === '部门' ? '部门' : '单位');

// Table titles, headings and contents lines repeat from document to document: each is matched once.
const titles = new BoundedCache<string, Designation | undefined>(2000);
const headings = new BoundedCache<string, Designation | undefined>(2000);

export function titleDesignation(title: string): Designation | undefined {
  return titles.get(title, matchTitle);
}

function matchTitle(title: string): Designation | undefined {
  return norm(TITLE.exec(title)?.[1]);
}

export function headingDesignation(heading: string): Designation | undefined {
  return headings.get(heading, matchHeading);
}

function matchHeading(heading: string): Designation | undefined {
  const m = HEADING.exec(heading);
  return norm(m?.[1] ?? m?.[2]);
}

export function subtitleDesignation(line: string): Designation | undefined {
  return norm(SUBTITLE.exec(line)?.[1]);
}

/** Self-references in running text (本部门, 我单位), with their positions. */
export function selfReferences(text: string): { designation: Designation; text: string; index: number }[] {
  const out: { designation: Designation; text: string; index: number }[] = [];
  // Every match has 部门 or 单位; most texts have neither. The matches of matchAll, found with
  // the pattern itself from lastIndex 0 to the end (it cannot match empty text).
  if (!text.includes('部门') && !text.includes('单位')) return out;
  SELF.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SELF.exec(text)) !== null) out.push({ designation: norm(m[1]) as Designation, text: m[0], index: m.index });
  return out;
}

/** The kind the document's title declares: “…部门预算” or “…单位预算”. */
export function documentDesignation(title: string): Designation | undefined {
  const unit = /单位预算/.test(title);
  const dept = /部门预算/.test(title);
  if (unit && !dept) return '单位';
  if (dept && !unit) return '部门';
  return undefined;
}
