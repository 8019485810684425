// The narrative's statements of table figures: each amount whose subject names a figure — by its
// words (收入预算16497.86万元, “三公”经费预算数为22.91万元) or by a quoted functional name
// (“一般公共服务支出”科目12,789万元) — with the figures it should equal. Changes (比2022年增加…)
// and last year's figures (2022年执行数为…) are not statements of table figures. Pure; worked out
// once per check.
import type { ClassificationSet } from '../../classification/types.ts';
import type { Document } from '../../model/document.ts';
import { getDocSlot, docMemo, setDocSlot, slot } from '../memo.ts';
import { TOPIC } from '../narrative-helpers.ts';
import type { Figure, SubjectSpec } from './figures.ts';
import { functionalFigures, resolveFunctional, specFigures, subjectSpec } from './figures.ts';
import type { Amount } from './numbers.ts';
import { amountsOf } from './numbers.ts';
import type { SubjectContext } from './subject.ts';
import { cleanSubject, isChangePhrase, isSpaceCode, nameIsInert, parseFunctionalPath, quotedBefore, yearRole } from './subject.ts';
import type { Para } from './text.ts';
import { paragraphsOf } from './text.ts';
import { BoundedCache } from '../bounded-cache.ts';

export interface Statement {
  para: Para;
  amount: Amount;
  /** What the figure is, in Chinese and English. */
  label: string;
  en: string;
  /** The figures the amount should equal (agreeing with one suffices); the first is reported. Read when first asked for. */
  readonly figures: Figure[];
  /** Named by a quoted functional name (never read by the NAR-* rules). */
  functional: boolean;
  /** The section is one the NAR-* rules read for this figure (收入支出总体, 三公 … by heading). */
  narCovered: boolean;
}

const TOPICS = Object.values(TOPIC) as ((heading: string) => boolean)[];

/** isNarTopic by heading (headings repeat across documents; bounded). */
const narTopics = new BoundedCache<string, boolean>();
const namesNarTopic = (heading: string): boolean => TOPICS.some((t) => t(heading));

/** True when a section's heading is one of the topics the NAR-* section rules read. */
export function isNarTopic(heading: string): boolean {
  return narTopics.get(heading, namesNarTopic);
}

/** ，。；：,;:！？!?、 */
function isBreak(c: number): boolean {
  return c === 0xff0c || c === 0x3002 || c === 0xff1b || c === 0xff1a || c === 44 || c === 59 || c === 58
    || c === 0xff01 || c === 0xff1f || c === 33 || c === 63 || c === 0x3001;
}

/** Where the subject phrase before an amount starts: after a clause break, a 、, or the previous amount. */
function phraseStart(text: string, amount: Amount, previousEnd: number): number {
  for (let i = amount.start - 1; i >= previousEnd; i--) if (isBreak(text.charCodeAt(i))) return i + 1;
  return previousEnd;
}

/**
 * A statement whose figures are read from the tables when a rule first asks for them: those of
 * its subject's spec, or (functional) those of its functional code.
 */
class LazyStatement implements Statement {
  private found: Figure[] | undefined = undefined;

  constructor(
    readonly para: Para,
    readonly amount: Amount,
    readonly label: string,
    readonly en: string,
    readonly functional: boolean,
    readonly narCovered: boolean,
    private readonly doc: Document,
    private readonly spec: SubjectSpec | undefined,
    private readonly code: string,
  ) {}

  get figures(): Figure[] {
    return (this.found ??= this.spec !== undefined ? specFigures(this.doc, this.spec) : functionalFigures(this.doc, this.code, this.label));
  }
}

/** A threshold (单价50万元以上), read right after an amount. */
const THRESHOLD = /\s*(?:\(含\)|（含）)?\s*(?:以上|以下|及以上)/y;

/** What the phrase before an amount decides on its own: whether it is skipped, else the spec it names. */
interface PhraseInfo {
  /** A change or last year's figure (not a table figure of this year). */
  skip: boolean;
  /** The spec its cleaned subject names, if any. */
  spec: SubjectSpec | undefined;
}

function phraseInfo(phrase: string, ctx: SubjectContext): PhraseInfo {
  if (isChangePhrase(phrase) || yearRole(phrase, ctx.year) === 'last') return SKIP;
  // Every spec's words have 费, 收入 or 支出, and cleanSubject only drops characters.
  if (!phrase.includes('费') && !phrase.includes('入') && !phrase.includes('出')) return NO_SPEC;
  return { skip: false, spec: subjectSpec(cleanSubject(phrase, ctx)) };
}

const SKIP: PhraseInfo = { skip: true, spec: undefined };
const NO_SPEC: PhraseInfo = { skip: false, spec: undefined };
const SPACES = /[\s\u3000]+/g;
const SPACE = /[\s\u3000]/;

/** A character none of phraseInfo's patterns matches: the department's name in afterNameCache's phrases. */
const STAND_IN = '\u0001';

/**
 * PhraseInfo by budget year and phrase: after a paragraph's first amount the phrases (支出总计,
 * 一般公共预算收入, 公务接待费) repeat from document to document, and each would run a dozen
 * patterns again.
 */
const phraseCaches = new Map<number, BoundedCache<string, PhraseInfo>>();

function phraseCache(year: number): BoundedCache<string, PhraseInfo> {
  let cache = phraseCaches.get(year);
  if (cache === undefined) phraseCaches.set(year, (cache = new BoundedCache<string, PhraseInfo>(4000)));
  return cache;
}

/**
 * PhraseInfo by budget year and what follows the department's name at the start of a phrase,
 * worked out on STAND_IN and the rest with STAND_IN as the department (nameIsInert).
 */
const afterNames = new Map<number, { cache: BoundedCache<string, PhraseInfo>; read: (rest: string) => PhraseInfo }>();

function afterNameCache(year: number): { cache: BoundedCache<string, PhraseInfo>; read: (rest: string) => PhraseInfo } {
  let hit = afterNames.get(year);
  if (hit === undefined) {
    const ctx = { year, department: STAND_IN };
    hit = { cache: new BoundedCache<string, PhraseInfo>(4000), read: (rest) => phraseInfo(STAND_IN + rest, ctx) };
    afterNames.set(year, hit);
  }
  return hit;
}

/** A character THRESHOLD can start with: a space, ( （ 以 or 及 (most amounts are followed by ，。；). */
function mayBeThreshold(c: number): boolean {
  return isSpaceCode(c) || c === 40 || c === 0xff08 || c === 0x4ee5 || c === 0x53ca;
}

const STATEMENTS = slot<Statement[]>('auditStatements');

export function statementsOf(doc: Document, set: ClassificationSet | undefined): Statement[] {
  const memo = docMemo(doc);
  const hit = getDocSlot(memo, STATEMENTS);
  if (hit !== undefined) return hit;
  return setDocSlot(memo, STATEMENTS, findStatements(doc, set));
}

function findStatements(doc: Document, set: ClassificationSet | undefined): Statement[] {
  const out: Statement[] = [];
  const ctx = { year: doc.meta.year, department: doc.meta.department.name };
  const deptKey = ctx.department.replace(SPACES, '');
  const phrases = phraseCache(ctx.year);
  const readPhrase = (phrase: string): PhraseInfo => phraseInfo(phrase, ctx);
  // A phrase that starts with the department's name (“XX局2023年收入总计”) is read as the same
  // phrase with the name replaced by STAND_IN, when no pattern can tell the two apart.
  const inert = nameIsInert(deptKey);
  const afterName = afterNameCache(ctx.year);
  let section: Para['section'] | undefined;
  let topic = false;
  for (const para of paragraphsOf(doc)) {
    const text = para.text;
    const amounts = amountsOf(text);
    if (amounts.length === 0) continue;
    // Once per section, not per paragraph.
    if (para.section !== section) {
      section = para.section;
      topic = isNarTopic(section.heading);
    }
    let previousEnd = 0;
    for (const amount of amounts) {
      const start = phraseStart(text, amount, previousEnd);
      const phrase = text.slice(start, amount.start).trim();
      previousEnd = amount.end;
      // Thresholds (单价50万元以上) and changes are not figures of a table.
      if (mayBeThreshold(text.charCodeAt(amount.end))) {
        THRESHOLD.lastIndex = amount.end;
        if (THRESHOLD.test(text)) continue;
      }
      // Without spaces, cleanSubject's text is a tail of the phrase, so the department's name can
      // only be dropped from it when the phrase holds the name: else the info is the department's own.
      const info = SPACE.test(phrase) ? readPhrase(phrase)
        : deptKey === '' || !phrase.includes(deptKey) ? phrases.get(phrase, readPhrase)
          : inert && phrase.startsWith(deptKey) && !phrase.includes(deptKey, deptKey.length) && !phrase.includes(STAND_IN)
            ? afterName.cache.get(phrase.slice(deptKey.length), afterName.read)
            : readPhrase(phrase);
      if (info.skip) continue;
      const quoted = quotedBefore(text, amount.start);
      if (quoted && quoted.start >= start - 1) {
        const path = parseFunctionalPath(quoted.name);
        const code = resolveFunctional(doc, set, path);
        if (!code) continue;
        const label = `“${quoted.name}”`;
        out.push(new LazyStatement(para, amount, label, `functional ${code}`, true, false, doc, undefined, code));
        continue;
      }
      const s = info.spec;
      if (!s) continue;
      out.push(new LazyStatement(para, amount, s.label, s.en, false, topic && s.narTopic, doc, s, ''));
    }
  }
  return out;
}
