// AUD-DUPLICATE-PARAGRAPH: no paragraph of the narrative is printed twice — the same text again,
// or again under another number (“15. …” pasted as “16. …”). Short lines (headings, “其中：”) are not
// compared.
import { pageNote, paraLocation, paragraphsOf } from '../audit/text.ts';
import type { Para } from '../audit/text.ts';
import type { Rule } from '../types.ts';

const NUMBERING = /^(?:\d+[.．、]|[（(][一二三四五六七八九十\d]+[）)][、.．]?|[一二三四五六七八九十]+[、.．])/;

/** A paragraph reduced for comparison: no spaces, its numbering dropped. */
export function paragraphKey(text: string): string {
  // Most paragraphs have no space at all: the global replace is run only on those that have one.
  const key = SPACE.test(text) ? text.replace(SPACES, '') : text;
  // NUMBERING starts with a digit, a bracket or a Chinese numeral: other keys are kept as they are.
  return mayBeNumbered(key.charCodeAt(0)) ? key.replace(NUMBERING, '') : key;
}

const NUMERALS = new Set([...'一二三四五六七八九十'].map((c) => c.charCodeAt(0)));

function mayBeNumbered(c: number): boolean {
  return (c >= 48 && c <= 57) || c === 40 || c === 0xff08 || NUMERALS.has(c);
}

const SPACE = /[\s\u3000]/;
const SPACES = /[\s\u3000]+/g;

export const rule: Rule = {
  id: 'AUD-DUPLICATE-PARAGRAPH',
  category: 'completeness',
  severity: 'warning',
  statement: {
    zh: '说明中同一段文字不应重复出现（包括只改了序号的重复段落）。',
    en: 'No paragraph of the narrative is printed twice, not even under another number.',
  },
  tables: [],
  target: 'document',
  check({ doc }, report) {
    const seen = new Map<string, Para>();
    for (const para of paragraphsOf(doc, { glossary: true })) {
      // The key only drops characters: a text shorter than 20 has a shorter key.
      if (para.text.length < 20) continue;
      const key = paragraphKey(para.text);
      if (key.length < 20) continue;
      report.checked();
      const first = seen.get(key);
      if (!first) {
        seen.set(key, para);
        continue;
      }
      report.fail({
        message: `${para.section.heading}${pageNote(para)}的这一段与${first.section.heading}${pageNote(first)}第 ${first.paragraph + 1} 段重复：“${para.text.slice(0, 60)}${para.text.length > 60 ? '…' : ''}”`,
        messageEn: `this paragraph repeats paragraph ${first.paragraph + 1} of “${first.section.heading}”`,
        location: paraLocation(para),
        hint: '删去重复的段落；若本应是另一项的说明，按该项改写。',
      });
    }
    if (seen.size === 0) report.notApplicable('说明中没有可比较的段落');
  },
};
