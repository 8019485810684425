// Reads the narrative parts of a disclosure from plain text (as taken out of a PDF): 第一部分
// 部门概况, 第二部分 情况说明, 第三部分 名词解释, each split into its numbered sections
// (一、… 二、…) with their paragraphs and the line each heading stands on.
import type { NarrativePart, NarrativeSection } from '../core/model/document.ts';

const PART_HEADINGS: [RegExp, NarrativePart][] = [
  [/^第一部分/, 'profile'],
  [/^第二部分/, 'explanation'],
  [/^第三部分/, 'glossary'],
];
const SECTION = /^[一二三四五六七八九十]+、\S/;
const ANNEX = /^附件[:：]/;

/** Strips Markdown-ish emphasis and list markers the text extraction may leave. */
function clean(line: string): string {
  return line.replace(/\*\*/g, '').replace(/^\s*[-•]\s+/, '').trim();
}

export function narrativeFromText(text: string): NarrativeSection[] {
  const lines = text.split(/\r?\n/);
  const sections: NarrativeSection[] = [];
  let part: NarrativePart | undefined;
  let current: NarrativeSection | undefined;
  let seenContents = false;
  lines.forEach((raw, i) => {
    const line = clean(raw);
    if (!line) return;
    if (/^目\s*录$/.test(line)) seenContents = true;
    const partHit = PART_HEADINGS.find(([re]) => re.test(line));
    if (partHit) {
      // The contents page lists the parts too; a part starts when its heading stands alone.
      if (seenContents && /部分$/.test(line)) part = partHit[1];
      current = undefined;
      return;
    }
    if (ANNEX.test(line) && part === 'glossary') {
      part = undefined;
      current = undefined;
      return;
    }
    if (!part) return;
    if (SECTION.test(line) && line.length < 60 && !(part === 'glossary' && /[:：]/.test(line))) {
      current = { part, heading: line, paragraphs: [], line: i + 1 };
      sections.push(current);
      return;
    }
    if (part === 'glossary' && SECTION.test(line)) {
      current = { part, heading: line.split(/[:：]/)[0] ?? line, paragraphs: [line], line: i + 1 };
      sections.push(current);
      return;
    }
    if (current) current.paragraphs.push(line);
  });
  return mergeBrokenParagraphs(sections);
}

/** PDF text breaks a paragraph where a page ends; a paragraph not ending in 。；： continues. */
function mergeBrokenParagraphs(sections: NarrativeSection[]): NarrativeSection[] {
  for (const s of sections) {
    const merged: string[] = [];
    for (const p of s.paragraphs) {
      const prev = merged[merged.length - 1];
      const numbered = (t: string) => /^[（(]?[一二三四五六七八九十\d]+[）)、.]/.test(t);
      const subheading = prev !== undefined && numbered(prev) && prev.length < 40;
      if (prev !== undefined && !subheading && !/[。；;：:！？）)]$/.test(prev) && !numbered(p)) {
        merged[merged.length - 1] = prev + p;
      } else merged.push(p);
    }
    s.paragraphs = merged;
  }
  return sections;
}
