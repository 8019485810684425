// Numbered items of the narrative (“1. “一般公共服务支出（类）…”2.63万元，主要用于…”, “（一）因公出国
// （境）费…”): the paragraphs each spans (a page break may split one), the amount its heading states
// and the quoted name it is of. Pure.
import type { Document } from '../../model/document.ts';
import type { Amount } from './numbers.ts';
import { amountsOf } from './numbers.ts';
import type { PathPart } from './subject.ts';
import { isChangePhrase, parseFunctionalPath, phraseBefore, quotedBefore, yearRole } from './subject.ts';
import type { Para } from './text.ts';
import { collectParagraphs, firstSentence } from './text.ts';
import { docMemo, getDocSlot, setDocSlot, slot } from '../memo.ts';

/** A numbered item's first line (“1. …”, “（一）…”, “(2)…”), its number captured. */
export const ITEM_START = /^\s*(?:(\d{1,3})\s*[.．、](?!\d)|[（(]([一二三四五六七八九十]{1,3}|\d{1,3})[）)])/;
const SUBHEADING = /^\s*[一二三四五六七八九十]+\s*、/;

export interface ItemHeading {
  para: Para;
  amount: Amount;
  /** The quoted name the heading states the amount of, and its functional levels. */
  quoted?: string;
  path?: PathPart[];
}

export interface Item {
  /** The number as printed (“16”, “二”). */
  number: string;
  paras: Para[];
  heading?: ItemHeading;
}

/** The heading amount of an item: the first amount of its first sentence that is not a change. */
function headingOf(para: Para, year: number): ItemHeading | undefined {
  // Most items (duties, subheadings) state no amount: their first sentence is never needed.
  const amounts = amountsOf(para.text);
  if (amounts.length === 0) return undefined;
  const first = firstSentence(para.text);
  if (!first) return undefined;
  for (const amount of amounts) {
    if (amount.start >= first.end) return undefined;
    const phrase = phraseBefore(para.text, amount.start);
    if (isChangePhrase(phrase) || yearRole(phrase, year) === 'last') return undefined;
    const quoted = quotedBefore(para.text, amount.start);
    if (quoted) return { para, amount, quoted: quoted.name, path: parseFunctionalPath(quoted.name) };
    return { para, amount };
  }
  return undefined;
}

const ITEMS = slot<Item[]>('auditItems');

/** Every numbered item of the narrative (glossary excluded), in reading order (once per check: do not modify). */
export function itemsOf(doc: Document): Item[] {
  const memo = docMemo(doc);
  const hit = getDocSlot(memo, ITEMS);
  if (hit !== undefined) return hit;
  return setDocSlot(memo, ITEMS, findItems(doc));
}

function findItems(doc: Document): Item[] {
  const out: Item[] = [];
  let current: Item | undefined;
  let sectionIndex = -1;
  // Para objects of the items' own, not paragraphsOf's (AUD-RATE-RECOMPUTE has always compared the
  // two by identity and found them distinct; sharing them would change its findings).
  for (const para of collectParagraphs(doc)) {
    if (para.sectionIndex !== sectionIndex) {
      current = undefined;
      sectionIndex = para.sectionIndex;
    }
    const m = ITEM_START.exec(para.text);
    if (m) {
      current = { number: m[1] ?? m[2] ?? '', paras: [para] };
      const heading = headingOf(para, doc.meta.year);
      if (heading) current.heading = heading;
      out.push(current);
    } else if (para.text.length < 40 && SUBHEADING.test(para.text)) {
      current = undefined;
    } else if (current) {
      current.paras.push(para);
    }
  }
  return out;
}

/** The name an item is of, as its leaf (the 项 of a path, or the whole quoted name). */
export function leafOf(item: Item): string | undefined {
  const path = item.heading?.path;
  return path && path.length > 0 ? path[path.length - 1]?.name : undefined;
}
