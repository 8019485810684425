// Template leftovers in published text: placeholders of the Excel templates departments fill in
// (XX, XXX, x,xxx, 202X年), unresolved alternatives (增加（减少）, （持平）), ellipses standing for
// missing text (……), an empty 主要原因是, blank 【 】 brackets and the template's own instructions
// (（若无，则写…）, （说明项目的总体情况…）). Pure.
import type { Severity } from '../types.ts';

export interface Leftover {
  /** What was left, in words. */
  what: string;
  whatEn: string;
  /** The text as printed. */
  text: string;
  index: number;
  severity?: Severity;
}

interface Pattern {
  re: RegExp;
  /** What any match of `re` contains: a text without it is not searched. */
  needs: RegExp;
  what: string;
  whatEn: string;
  severity?: Severity;
  /** A placeholder of X's: `needs` asks for one of [XxＸｘ]. */
  x?: true;
}

/** What the placeholder patterns' `needs` ask for between them: one test rules out all four. */
const X_CHARS = /[XxＸｘ]/;

const PATTERNS: Pattern[] = [
  { re: /[xX]{1,3}(?:[,，][xX]{3})+(?:\.[xX]+)?/g, needs: /[xX]/, x: true, what: '占位数字 x,xxx', whatEn: 'placeholder number x,xxx' },
  { re: /(?<![A-Za-z0-9])[XＸ]{2,}|(?<![A-Za-z])[xｘ]{3,}(?![A-Za-z])/g, needs: /[XＸxｘ]/, x: true, what: '占位符 XX', whatEn: 'placeholder XX' },
  { re: /(?<![A-Za-z0-9\-])[XＸ](?=\s*(?:家|万元|元|个|辆|台|项|人|年))/g, needs: /[XＸ]/, x: true, what: '占位符 X', whatEn: 'placeholder X' },
  { re: /\d{2,3}[XxＸ]年/g, needs: /[XxＸ]年/, x: true, what: '年份占位符', whatEn: 'placeholder year' },
  {
    re: /(?:增加|增长|上升)\s*[（(]\s*(?:减少|下降|降低)\s*[)）]|(?:减少|下降)\s*[（(]\s*(?:增加|增长)\s*[)）]|(?:增加|减少|增长|下降)\s*[\/／]\s*(?:增加|减少|增长|下降)|[（(]\s*持平\s*[)）]/g,
    needs: /[（(\/／]/,
    what: '未选定的增减用词', whatEn: 'unresolved 增加（减少） alternative',
  },
  { re: /主要原因(?:是|为)?\s*[:：]?\s*(?=[。；;，,]|……|…|$)/g, needs: /主要原因/, what: '空的“主要原因是”', whatEn: 'empty 主要原因是' },
  { re: /【\s*】|【[^】]{0,20}(?:XX|xx|填写|名称|金额|数字)[^】]{0,20}】/g, needs: /【/, what: '空白的【 】', whatEn: 'blank 【 】 placeholder' },
  { re: /[（(]\s*(?:说明|列举|若无|如无|若没有|填写|请填|请说明|无[^）)，,]{0,15}的(?:部门|单位)[，,])[^）)]{0,80}[)）]/g, needs: /[（(]/, what: '模板的填写说明', whatEn: 'template instruction' },
  { re: /…+/g, needs: /…/, what: '省略号“……”', whatEn: 'ellipsis standing for missing text', severity: 'warning' },
];

/** What every pattern needs somewhere in the text: most texts have none of it and are passed at once. */
const TRIGGER = /[XxＸｘ…【]|[（(]\s*(?:持平|说明|列举|若|如无|填写|请|无)|主要原因|[加长升少降][（(\/／]/;

const NONE: readonly Leftover[] = [];

/** Every template leftover in a text. `ellipsis`: false for contents lines (dot leaders). */
export function leftoversIn(text: string, opts?: { ellipsis?: boolean }): readonly Leftover[] {
  if (!TRIGGER.test(text)) return NONE;
  const out: Leftover[] = [];
  const taken: [number, number][] = [];
  const x = X_CHARS.test(text);
  for (const p of PATTERNS) {
    if (p.what.startsWith('省略号') && opts?.ellipsis === false) continue;
    if (p.x && !x) continue;
    if (!p.needs.test(text)) continue;
    // The matches of matchAll, found with the shared global pattern itself (matchAll copies the
    // pattern at each call): exec from lastIndex 0 to the end, stepping over an empty match.
    const re = p.re;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      if (m[0] === '') re.lastIndex++;
      const index = m.index;
      const end = index + Math.max(1, m[0].length);
      if (taken.some(([a, b]) => index < b && end > a)) continue;
      taken.push([index, end]);
      const hit: Leftover = { what: p.what, whatEn: p.whatEn, text: m[0] || text.slice(index, index + 8), index };
      if (p.severity) hit.severity = p.severity;
      out.push(hit);
    }
  }
  return out.sort((a, b) => a.index - b.index);
}
