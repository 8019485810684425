// Reading the narrative of a published document sentence by sentence for the audit rules: the
// paragraphs of every section with their printed position (`at`), sentences and clauses, and the
// finding location that quotes the sentence and names the page. Pure.
import type { Document, NarrativeSection } from '../../model/document.ts';
import { formatSourcePos } from '../../model/document.ts';
import { docMemo, getDocSlot, setDocSlot, slot } from '../memo.ts';
import type { Location } from '../types.ts';

/** A paragraph of the narrative with where it is. */
export interface Para {
  section: NarrativeSection;
  /** Index of the section in doc.narrative. */
  sectionIndex: number;
  paragraph: number;
  text: string;
  /** “第 6 页” etc. when the paragraph's position was recorded. */
  source?: string;
}

export interface Span {
  text: string;
  start: number;
  end: number;
}

const PARAS = slot<Para[]>('auditParagraphs');
const PARAS_GLOSSARY = slot<Para[]>('auditParagraphsGlossary');

/**
 * Every paragraph of the narrative, glossary included only when asked for, in reading order
 * (worked out once per check and shared: do not modify).
 */
export function paragraphsOf(doc: Document, opts: { glossary?: boolean } = {}): Para[] {
  const memo = docMemo(doc);
  const key = opts.glossary ? PARAS_GLOSSARY : PARAS;
  const hit = getDocSlot(memo, key);
  if (hit !== undefined) return hit;
  return setDocSlot(memo, key, collectParagraphs(doc, opts));
}

/** paragraphsOf afresh: Para objects of their own. */
export function collectParagraphs(doc: Document, opts: { glossary?: boolean } = {}): Para[] {
  const out: Para[] = [];
  const sections = doc.narrative ?? [];
  for (let sectionIndex = 0; sectionIndex < sections.length; sectionIndex++) {
    const section = sections[sectionIndex] as NarrativeSection;
    if (section.part === 'glossary' && !opts.glossary) continue;
    const paragraphs = section.paragraphs;
    for (let paragraph = 0; paragraph < paragraphs.length; paragraph++) {
      const text = paragraphs[paragraph] as string;
      const at = section.at?.[paragraph];
      const source = at ? formatSourcePos(at) : '';
      out.push(source ? { section, sectionIndex, paragraph, text, source } : { section, sectionIndex, paragraph, text });
    }
  }
  return out;
}

/** Sentence ends; every loop over it sets lastIndex to 0 before its first exec. */
const SENTENCE_END = /[。！？!?]/g;

/** Sentences of a paragraph, each up to and including its 。！？ (the last may lack one). */
export function splitSentences(text: string): Span[] {
  return sentencesUpTo(text, Infinity);
}

/** The first sentence of splitSentences, without finding the others. */
export function firstSentence(text: string): Span | undefined {
  return sentencesUpTo(text, 1)[0];
}

/** The first `limit` sentences of splitSentences. */
function sentencesUpTo(text: string, limit: number): Span[] {
  const out: Span[] = [];
  let start = 0;
  // The matches of matchAll, found with the shared global pattern itself (matchAll copies it at
  // each call); lastIndex is set back to 0 when stopping early.
  SENTENCE_END.lastIndex = 0;
  let m: RegExpExecArray | null;
  while (out.length < limit && (m = SENTENCE_END.exec(text)) !== null) {
    const end = m.index + 1;
    push(out, text, start, end);
    start = end;
  }
  SENTENCE_END.lastIndex = 0;
  if (out.length < limit) push(out, text, start, text.length);
  return out;
}

const PUNCTUATION_ONLY = /^[。！？!?；;，,、\s]+$/;

function push(out: Span[], text: string, start: number, end: number): void {
  const raw = text.slice(start, end);
  const lead = raw.length - raw.trimStart().length;
  const body = raw.trim();
  if (body.length === 0 || PUNCTUATION_ONLY.test(body)) return;
  out.push({ text: body, start: start + lead, end: start + lead + body.length });
}

/** The sentence containing a position of a paragraph (the first of splitSentences that does, else the last). */
export function sentenceAround(text: string, index: number): Span {
  // splitSentences, stopped at the sentence found.
  const out: Span[] = [];
  let start = 0;
  SENTENCE_END.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SENTENCE_END.exec(text)) !== null) {
    const end = m.index + 1;
    const before = out.length;
    push(out, text, start, end);
    const s = out.length > before ? (out[before] as Span) : undefined;
    if (s !== undefined && index >= s.start && index < s.end) return s;
    start = end;
  }
  push(out, text, start, text.length);
  return out[out.length - 1] ?? { text, start: 0, end: text.length };
}


/** Characters that end a clause: the subject of a figure never reaches back over one. */
export const CLAUSE_BREAK = /[，。；：,;:！？!?]/;

/** True for a character CLAUSE_BREAK matches. */
function isClauseBreak(c: number): boolean {
  return c === 0xff0c || c === 0x3002 || c === 0xff1b || c === 0xff1a || c === 44 || c === 59 || c === 58
    || c === 0xff01 || c === 0xff1f || c === 33 || c === 63;
}

/** Start of the clause that contains `index` (just after the last clause break before it). */
export function clauseStart(text: string, index: number): number {
  for (let i = index - 1; i >= 0; i--) if (isClauseBreak(text.charCodeAt(i))) return i + 1;
  return 0;
}

/** A narrative location: section heading, paragraph, the sentence quoted, and the page. */
export function paraLocation(p: Para, index = 0): Location {
  const loc: Location = { section: p.section.heading, paragraph: p.paragraph, sentence: sentenceAround(p.text, index).text };
  if (p.source) loc.source = p.source;
  return loc;
}

/** “（第 6 页）” for messages, or ''. */
export function pageNote(p: Pick<Para, 'source'>): string {
  return p.source ? `（${p.source}）` : '';
}

/** What foldName changes; most names have none of it. */
const FOLDS = /[\s\u3000（）“”＂‘’０-９]|其它/;

/** Text folded for comparing names: no spaces, half-width parentheses and quotes, 其它 → 其他. */
export function foldName(s: string): string {
  if (!FOLDS.test(s)) return s;
  return s
    .replace(/[\s\u3000]+/g, '')
    .replace(/（/g, '(').replace(/）/g, ')')
    .replace(/[“”＂]/g, '"').replace(/[‘’]/g, "'")
    .replace(/其它/g, '其他')
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}
