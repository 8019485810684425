// The narrative of a published disclosure, from its paragraphs: Luoyang's 第一部分 部门概况 /
// 第二部分 情况说明 / 第三部分 名词解释 with their numbered sections (一、… 二、…), or, for templates
// whose sections are the 目录's entries (Shanghai: 一、单位主要职能 … 六、其他相关情况说明), the body
// headings that repeat those entries. Each paragraph keeps where it starts.
import type { NarrativePart, NarrativeSection, SourcePos } from '../model/document.ts';
import { labelKey, stripNumbering } from './labels.ts';
import type { RawParagraph } from './raw.ts';

export interface NarrativeOptions {
  /** 名词解释 entries “一、X：definition”: heading X and paragraph definition ('split', as generated) or the whole line ('whole'). */
  glossary?: 'split' | 'whole';
  /** The 目录 entries, for templates whose sections are the contents' entries. */
  contents?: readonly string[];
  /** The department's name, which body headings may put before the entry (“上海市财政局（单位）主要职能”). */
  department?: string;
}

const PART_HEADINGS: [RegExp, NarrativePart][] = [
  [/^第一部分/, 'profile'],
  [/^第二部分/, 'explanation'],
  [/^第三部分/, 'glossary'],
];
const SECTION = /^[一二三四五六七八九十]+、\S/;
const ANNEX = /^附件[:：]/;

export function narrativeSections(paragraphs: readonly RawParagraph[], opts: NarrativeOptions = {}): NarrativeSection[] {
  const parts = paragraphs.some((p) => PART_HEADINGS.some(([re]) => re.test(p.text.trim())));
  const sections = parts ? byParts(paragraphs, opts.glossary ?? 'split') : byContents(paragraphs, opts);
  return mergeBrokenParagraphs(sections);
}

function add(section: NarrativeSection, text: string, at: SourcePos): void {
  section.paragraphs.push(text);
  (section.at ??= []).push(at);
}

function open(part: NarrativePart, heading: string, at: SourcePos): NarrativeSection {
  const s: NarrativeSection = { part, heading, paragraphs: [], at: [] };
  if (at.line !== undefined) s.line = at.line;
  return s;
}

/** Luoyang: parts 第一部分 … 第三部分, numbered sections, the annex heading ending the text. */
function byParts(paragraphs: readonly RawParagraph[], glossary: 'split' | 'whole'): NarrativeSection[] {
  const sections: NarrativeSection[] = [];
  let part: NarrativePart | undefined;
  let current: NarrativeSection | undefined;
  for (const p of paragraphs) {
    const line = p.text.trim();
    if (!line) continue;
    const hit = PART_HEADINGS.find(([re]) => re.test(line));
    if (hit) {
      part = hit[1];
      current = undefined;
      continue;
    }
    if (ANNEX.test(line)) {
      part = undefined;
      current = undefined;
      continue;
    }
    if (!part) continue;
    if (SECTION.test(line) && line.length < 60 && !(part === 'glossary' && /[:：]/.test(line))) {
      current = open(part, line, p.at);
      sections.push(current);
      continue;
    }
    if (part === 'glossary' && SECTION.test(line)) {
      const colon = line.search(/[:：]/);
      current = open(part, line.slice(0, colon), p.at);
      add(current, glossary === 'split' ? line.slice(colon + 1).trim() : line, p.at);
      sections.push(current);
      continue;
    }
    if (current) add(current, line, p.at);
  }
  return sections;
}

/** The part of a heading or entry that names the section: no numbering, year, department or 部门/单位 word. */
function headingCore(text: string, department: string | undefined): string {
  let k = labelKey(stripNumbering(text));
  if (department) k = k.replace(labelKey(department), '');
  return k.replace(/\d{4}年度?/g, '').replace(/[(](?:部门|单位)[)]/g, '').replace(/^(?:部门|预算单位|单位)/, '');
}

function partOf(core: string): NarrativePart {
  if (/职能|机构|概况/.test(core)) return 'profile';
  if (/名词解释/.test(core)) return 'glossary';
  return 'explanation';
}

/** Sections named by the contents: a short paragraph whose core is an entry's core opens one. */
function byContents(paragraphs: readonly RawParagraph[], opts: NarrativeOptions): NarrativeSection[] {
  const cores = (opts.contents ?? [])
    .map((e) => headingCore(e, opts.department))
    .filter((c) => c.length >= 2 && !/表$/.test(c));
  const sections: NarrativeSection[] = [];
  let current: NarrativeSection | undefined;
  for (const p of paragraphs) {
    const text = p.text.trim();
    if (!text) continue;
    const core = text.length <= 40 ? headingCore(text, opts.department) : '';
    const entry = core ? cores.find((c) => c === core || (core.endsWith(c) && core.length <= c.length + 8)) : undefined;
    if (entry) {
      current = open(partOf(entry), text, p.at);
      sections.push(current);
      continue;
    }
    if (current) add(current, text, p.at);
  }
  return sections;
}

/** PDF text breaks a paragraph where a page ends; a paragraph not ending in 。；： continues. */
function mergeBrokenParagraphs(sections: NarrativeSection[]): NarrativeSection[] {
  const numbered = (t: string) => /^[（(]?[一二三四五六七八九十\d]+[）)、.]/.test(t);
  for (const s of sections) {
    const merged: string[] = [];
    const at: SourcePos[] = [];
    s.paragraphs.forEach((p, i) => {
      const prev = merged[merged.length - 1];
      const subheading = prev !== undefined && numbered(prev) && prev.length < 40;
      if (prev !== undefined && !subheading && !/[。；;：:！？）)]$/.test(prev) && !numbered(p)) {
        merged[merged.length - 1] = prev + p;
      } else {
        merged.push(p);
        const pos = s.at?.[i];
        if (pos) at.push(pos);
      }
    });
    s.paragraphs = merged;
    if (at.length === merged.length) s.at = at;
    else delete s.at;
  }
  return sections;
}
