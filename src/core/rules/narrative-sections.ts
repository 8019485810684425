// The narrative's explanation part (第二部分 情况说明) for rules: its sections by topic (numbering
// differs by region), the paragraphs of a topic's section or （一）（二） subsection, and where a
// statement is (section, paragraph and the quoted sentence). Pure; worked out once per check.
import { formatSourcePos, type Document, type NarrativeSection } from '../model/document.ts';
import { docMemo, getDocSlot, setDocSlot, slot } from './memo.ts';
import type { Location, Reporter } from './types.ts';
import { BoundedCache } from './bounded-cache.ts';

// ——— Sections and topics ———

/** Topics of the explanation part, recognised by heading words (numbering differs by region). */
export const TOPIC = {
  overall: topic(/收入支出预算总体情况|收支预算总体情况|收支总体情况/, /财政拨款/),
  income: topic(/收入预算(总体)?情况/, /支出/),
  expenditure: topic(/支出预算(总体)?情况/, /收入|一般公共预算|基本支出|三公|政府性基金|国有资本|财政拨款/),
  fiscal: topic(/财政拨款收入支出|财政拨款收支/),
  generalPublic: topic(/一般公共预算支出/, /基本支出|三公/),
  basic: topic(/基本支出/, /三公/),
  threePublic: topic(/三公/),
  governmentFund: topic(/政府性基金/, /财政拨款/),
  stateCapital: topic(/国有资本经营/, /财政拨款/),
} satisfies Record<string, (heading: string) => boolean>;

/**
 * The 绩效目标设置情况 statement (共 N 个项目，涉及预算拨款 X 万元): the words of its section or
 * subheading, the narrower words of a document that also has a section of printed forms
 * (“七、绩效目标” beside “四、绩效目标设置情况”), and the keyword of its money.
 */
export const PERF_STATEMENT = {
  words: /绩效目标/,
  statement: /绩效目标(?:设置|编报|管理)?情况/,
  money: /涉及(?:预算拨款|财政拨款|预算资金|资金|金额)?|项目(?:支出)?(?:资金|金额)/,
};

/**
 * The 国有资产占用（占有、使用）情况 statement: the words of its section or subheading (one pattern
 * object, so the rules that read it share its spots), and the cars planned for purchase it may state
 * (上海: “2025年部门预算安排购置车辆0辆”).
 */
export const ASSETS_STATEMENT = {
  words: /国有资产|资产占用/,
  planned: /安排购置(?:公务用)?车辆\s*(\d+)\s*辆/,
};

/** A topic by heading: it has the words and not the others. */
function topic(words: RegExp, not?: RegExp): (heading: string) => boolean {
  // Headings repeat from document to document (and each rule asks about every heading): each
  // heading is tested once per topic.
  const answers = new BoundedCache<string, boolean>(2000);
  const test = (h: string): boolean => words.test(h) && !(not !== undefined && not.test(h));
  return (h) => answers.get(h, test);
}

/** A paragraph of the narrative, with its section and index. */
export interface Spot {
  section: NarrativeSection;
  paragraph: number;
  text: string;
}

export function hasNarrative(doc: Document): boolean {
  return explanationSections(doc).length > 0;
}

/** Reports insufficient data when the document has no 情况说明; returns whether it has one. */
export function requireNarrative(doc: Document, report: Reporter): boolean {
  if (hasNarrative(doc)) return true;
  report.insufficient('文件没有情况说明（第二部分）文字，无法核对');
  return false;
}

const EXPLANATION = slot<NarrativeSection[]>('explanationSections');

/** The sections of the explanation part (shared within a check: do not modify). */
export function explanationSections(doc: Document): NarrativeSection[] {
  const memo = docMemo(doc);
  const hit = getDocSlot(memo, EXPLANATION);
  if (hit !== undefined) return hit;
  return setDocSlot(memo, EXPLANATION, (doc.narrative ?? []).filter((s) => s.part === 'explanation'));
}

/** Spots by topic (the topic function or words), per check. */
const SPOTS = slot<Map<object, Spot[]>>('spots');

/** The spots found so far in this check, by topic; undefined outside a check. */
function spotsMemo(doc: Document): Map<object, Spot[]> | undefined {
  const memo = docMemo(doc);
  if (memo === undefined) return undefined;
  return getDocSlot(memo, SPOTS) ?? setDocSlot(memo, SPOTS, new Map());
}

/** All paragraphs of the explanation sections whose heading is on the topic (shared within a check: do not modify). */
export function sectionSpots(doc: Document, topic: (heading: string) => boolean): Spot[] {
  const byTopic = spotsMemo(doc);
  const hit = byTopic?.get(topic);
  if (hit !== undefined) return hit;
  const out: Spot[] = [];
  for (const section of explanationSections(doc)) if (topic(section.heading)) pushSpots(out, section);
  byTopic?.set(topic, out);
  return out;
}

/** Every paragraph of a section as a spot (a loop: flatMap and map are far slower here). */
function pushSpots(out: Spot[], section: NarrativeSection): void {
  const paragraphs = section.paragraphs;
  for (let paragraph = 0; paragraph < paragraphs.length; paragraph++) out.push({ section, paragraph, text: paragraphs[paragraph] as string });
}

const SUBHEADING = /^[（(][一二三四五六七八九十]+[）)]/;
/** A short numbered heading line inside a section (Shanghai's 其他相关情况说明: “五、国有资产占有使用情况”). */
export const NUMBERED_HEADING = /^[一二三四五六七八九十]+、[^。；]{1,40}$/;

/**
 * The paragraphs about a topic of 其他重要事项 and the like: a section whose heading matches, or a
 * （一）（二） subsection (or a short 一、二、 heading line) whose subheading matches — the
 * subheading and the paragraphs after it.
 */
export function topicSpots(doc: Document, words: RegExp): Spot[] {
  if (words.global || words.sticky) return findTopicSpots(doc, words);
  // By flags and source: a literal written inside a rule is a new RegExp object at each call.
  const byTopic = spotsMemo(doc);
  if (byTopic === undefined) return findTopicSpots(doc, words);
  const key = topicKey(words);
  let spots = byTopic.get(key);
  if (spots === undefined) byTopic.set(key, (spots = findTopicSpots(doc, words)));
  return spots;
}

/** One key object per pattern (flags and source), so rules naming the same words share their spots. */
const topicKeys = new BoundedCache<string, object>();
const newTopicKey = (source: string): object => ({ source });

function topicKey(words: RegExp): object {
  // A pattern of a module's constants comes back at every check: found by identity first.
  let key = keysOf.get(words);
  if (key !== undefined) return key;
  const source = `${words.flags}/${words.source}`;
  key = topicKeys.get(source, newTopicKey);
  keysOf.set(words, key);
  return key;
}

/** topicKeys by pattern object. */
const keysOf = new WeakMap<RegExp, object>();

function findTopicSpots(doc: Document, words: RegExp): Spot[] {
  const sections = explanationSections(doc);
  const out: Spot[] = [];
  let whole = false;
  for (const section of sections) {
    if (!words.test(section.heading)) continue;
    whole = true;
    pushSpots(out, section);
  }
  if (whole) return out;
  // The subheading lines are the same for every topic: found once per check (subheadingLines),
  // and each topic's words tested on them in the order the paragraphs come. A 一、 heading line
  // holds the （一）（二） lines under it (Shanghai: “一、“三公”经费预算情况说明” and its
  // （一）因公出国（境）费…): its subsection runs to the next 一、 line.
  const lines = subheadingLines(doc, sections);
  for (let s = 0; s < sections.length; s++) {
    const section = sections[s] as NarrativeSection;
    const heads = lines[s] as SubheadingLine[];
    // Nothing is inside a subsection before a section's first subheading line (most sections have none).
    if (heads.length === 0) continue;
    let next = 0;
    let inside = false;
    let outer = false;
    const paragraphs = section.paragraphs;
    for (let paragraph = (heads[0] as SubheadingLine).paragraph; paragraph < paragraphs.length; paragraph++) {
      const head = heads[next];
      if (head !== undefined && head.paragraph === paragraph) {
        const on = words.test(head.tested);
        if (head.numbered) inside = outer = on;
        else inside = outer || on;
        next++;
      }
      if (inside) out.push({ section, paragraph, text: paragraphs[paragraph] as string });
    }
  }
  return out;
}

/** A subheading line of a section: its paragraph, the text a topic's words are tested on, and whether it is a 一、 line. */
interface SubheadingLine {
  paragraph: number;
  tested: string;
  numbered: boolean;
}

const SUBHEADINGS = slot<SubheadingLine[][]>('topicSubheadings');

/** The subheading lines of each explanation section (per check; afresh outside one). */
function subheadingLines(doc: Document, sections: readonly NarrativeSection[]): SubheadingLine[][] {
  const memo = docMemo(doc);
  const hit = getDocSlot(memo, SUBHEADINGS);
  if (hit !== undefined) return hit;
  const out: SubheadingLine[][] = [];
  for (const section of sections) {
    const heads: SubheadingLine[] = [];
    const paragraphs = section.paragraphs;
    for (let paragraph = 0; paragraph < paragraphs.length; paragraph++) {
      const text = paragraphs[paragraph] as string;
      // Only a line that starts with a bracket or a numeral can be one: the patterns are run on those alone.
      const first = text.charCodeAt(0);
      const numbered = isNumeral(first) && NUMBERED_HEADING.test(text);
      if (numbered || ((first === 0xff08 || first === 40) && SUBHEADING.test(text))) heads.push({ paragraph, tested: text.length < 60 ? text : text.slice(0, 40), numbered });
    }
    out.push(heads);
  }
  return setDocSlot(memo, SUBHEADINGS, out);
}

/** 一二三四五六七八九十, the numerals NUMBERED_HEADING starts with. */
function isNumeral(c: number): boolean {
  return c === 0x4e00 || c === 0x4e8c || c === 0x4e09 || c === 0x56db || c === 0x4e94 || c === 0x516d || c === 0x4e03 || c === 0x516b || c === 0x4e5d || c === 0x5341;
}

/** The sentence (up to 。；！？) around a position of a paragraph. */
export function sentenceAt(text: string, index: number): string {
  const ends = /[。；;！？!?]/g;
  let start = 0;
  let m: RegExpExecArray | null;
  while ((m = ends.exec(text))) {
    const end = m.index + 1;
    if (index < end) return text.slice(start, end).trim();
    start = end;
  }
  return text.slice(start).trim();
}

/** A narrative location: section heading, paragraph and the quoted sentence. */
export function spotLocation(spot: Spot, index = 0): Location {
  const loc: Location = { section: spot.section.heading, paragraph: spot.paragraph, sentence: sentenceAt(spot.text, index) };
  // An imported narrative knows where each paragraph was printed (its page, or line).
  const at = spot.section.at?.[spot.paragraph];
  if (at) loc.source = formatSourcePos(at);
  return loc;
}
