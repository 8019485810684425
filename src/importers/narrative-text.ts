// Reads the narrative parts of a disclosure from plain text (as taken out of a PDF): 第一部分
// 部门概况, 第二部分 情况说明, 第三部分 名词解释, each split into its numbered sections
// (一、… 二、…) with their paragraphs, the line each heading stands on and where each paragraph
// starts. The text reader (text/index.ts) cuts the text; core/import/narrative.ts finds the sections.
import type { NarrativeSection } from '../core/model/document.ts';
import { narrativeSections } from '../core/import/narrative.ts';
import { readText } from './text/index.ts';

/**
 * The narrative of a text disclosure. A 名词解释 entry is kept as its printed line (heading = its
 * term, paragraph = the whole “一、X：…” line), the form the seed tests compare against; the
 * assembled Document (core/import/assemble.ts) splits it into term and definition as generated.
 */
export function narrativeFromText(text: string): NarrativeSection[] {
  const raw = readText(text, '');
  return narrativeSections(raw.paragraphs, { glossary: 'whole', contents: raw.contents.map((c) => c.text) });
}
