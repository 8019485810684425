// NAR-CHANGE-REASON: a change against last year the 情况说明 states (增加 X 万元, 下降 N%) comes with
// its reason (主要原因是…, 由于…). The reason may follow in the same paragraph or in a later paragraph
// of the same passage — the lead text of a section or 一、 subsection (上海: 收入 and 支出 first, then
// “财政拨款收入支出减少的主要原因是…”), or one numbered item (1. / （一）). The items of a whole —
// （一）因公出国（境）费 … of the “三公”经费 — are also explained by the reason the lead text gives
// for the whole's own change (“…“三公”经费…减少 5 万元，主要原因是…。具体支出情况如下：”); items of
// another kind (万里's 1. … 34. 功能科目) each need their own.
// A Budget's own missing reasons are NAR-REASON-MISSING's: with a Budget, a change of a figure whose
// reason the Budget gives (收支总计, 一般公共预算, “三公”经费 …) found without one is left to it.
import type { ChangeClause, ChangeKey, Spot } from '../narrative-helpers.ts';
import { ITEM_START } from '../audit/items.ts';
import { changeClauses, clauseKey, explanationSections, labelOf, NUMBERED_HEADING, requireNarrative, spotLocation } from '../narrative-helpers.ts';
import type { NarrativeSection } from '../../model/document.ts';
import type { Rule } from '../types.ts';

/** Words that give a reason (not 因公出国: 因 alone is not one). */
const REASON = /原因|由于|因为|主要是|主要因|所致|导致|系因|受[^，。；]{1,20}影响/;

/** The keys of the changes a Budget's narrative words with the Budget's reason (NAR-REASON-MISSING). */
const BUDGET_REASON_KEYS: ReadonlySet<string> = new Set(['total', 'generalPublic', 'governmentFund', 'stateCapital', 'threePublic', 'abroad', 'vehicle', 'vehiclePurchase', 'vehicleOperation', 'reception']);

/** A stated rise or fall (not 持平, not a zero). */
function isChange(c: ChangeClause): boolean {
  if (c.flatWord !== undefined) return false;
  if (c.amount !== undefined) return c.amount.fen !== 0;
  return c.rate !== undefined && c.rate.scaled !== 0;
}

/**
 * Each paragraph's passage: the paragraphs a reason for it may stand in (its own from the clause on,
 * then the later ones of its passage) and, for an item, the lead passage its list follows.
 */
interface Passage {
  paragraphs: number[];
  lead?: Passage;
}

function passagesOf(section: NarrativeSection): Passage[] {
  const out: Passage[] = [];
  let lead: Passage = { paragraphs: [] };
  let item: Passage | undefined;
  const paragraphs = section.paragraphs;
  for (let p = 0; p < paragraphs.length; p++) {
    const text = paragraphs[p] as string;
    // A short 一、 heading line starts a new passage (as for topicSpots); a numbered item (audit/items.ts) one of its own.
    if (NUMBERED_HEADING.test(text)) {
      lead = { paragraphs: [p] };
      item = undefined;
    } else if (ITEM_START.test(text)) {
      item = { paragraphs: [p], lead };
    } else if (item !== undefined) item.paragraphs.push(p);
    else lead.paragraphs.push(p);
    out.push(item ?? lead);
  }
  return out;
}

/** The whole an item's figure is part of: the “三公”经费 of its items, 公务用车购置及运行费 of its two. */
const WHOLE_OF: Partial<Record<ChangeKey, readonly ChangeKey[]>> = {
  abroad: ['threePublic'],
  reception: ['threePublic'],
  vehicle: ['threePublic'],
  vehiclePurchase: ['vehicle', 'threePublic'],
  vehicleOperation: ['vehicle', 'threePublic'],
};

/**
 * True when a reason is given after the clause in its paragraph, later in its passage, or — for an
 * item of a whole — in the lead text its list follows, where that text states the whole's change.
 */
function explained(section: NarrativeSection, passage: Passage, c: ChangeClause): boolean {
  const paragraphs = section.paragraphs;
  if (REASON.test(c.spot.text.slice(c.index))) return true;
  for (const p of passage.paragraphs) if (p > c.spot.paragraph && REASON.test(paragraphs[p] as string)) return true;
  const lead = passage.lead;
  const key = clauseKey(c).key;
  const wholes = key === undefined ? undefined : WHOLE_OF[key];
  if (lead === undefined || wholes === undefined) return false;
  let reason = false;
  let whole = false;
  for (const p of lead.paragraphs) {
    const text = paragraphs[p] as string;
    reason ||= REASON.test(text);
    for (const w of changeClauses({ section, paragraph: p, text })) {
      const k = clauseKey(w).key;
      if (isChange(w) && k !== undefined && wholes.includes(k)) whole = true;
    }
  }
  return reason && whole;
}

export const rule: Rule = {
  id: 'NAR-CHANGE-REASON',
  category: 'narrative',
  severity: 'warning',
  statement: {
    zh: '情况说明写明与上年相比增加或减少时，应说明增减变化的原因（同段或同一部分、同一项中写明“主要原因是……”等）。',
    en: 'A rise or fall against last year stated in the narrative comes with its reason (主要原因是…), in the same paragraph, passage or item.',
  },
  tables: [],
  target: 'document',
  check({ doc, budget }, report) {
    if (!requireNarrative(doc, report)) return;
    let changes = 0;
    for (const section of explanationSections(doc)) {
      let passages: Passage[] | undefined;
      const paragraphs = section.paragraphs;
      for (let paragraph = 0; paragraph < paragraphs.length; paragraph++) {
        const spot: Spot = { section, paragraph, text: paragraphs[paragraph] as string };
        for (const c of changeClauses(spot)) {
          if (!isChange(c)) continue;
          passages ??= passagesOf(section);
          const ok = explained(section, passages[paragraph] as Passage, c);
          // A change the Budget words without a reason it lacks is NAR-REASON-MISSING's finding.
          if (!ok && budget !== undefined && BUDGET_REASON_KEYS.has(clauseKey(c).key ?? '')) continue;
          changes++;
          report.checked();
          if (ok) continue;
          const stated = c.amount ? `${c.amountWord}${c.amount.text}${c.amount.unit}` : `${c.rateWord}${c.rate?.text}%`;
          // What changed, when the clause's own words do not say (“比2024年预算减少990万元” after 财政拨款收入…).
          const nearest = clauseKey(c).nearest;
          const what = nearest === undefined ? '' : labelOf(c.spot.text, nearest);
          report.fail({
            message: `${section.heading}写${what}“${c.subject}${stated}”，没有说明增减变化的原因`,
            messageEn: `the narrative states a change against last year (${stated}) without its reason`,
            location: spotLocation(c.spot, c.index),
            actual: stated,
            hint: '在该句后或同一部分中写明增减变化的主要原因（如“主要原因是：……”）。',
          });
        }
      }
    }
    if (changes === 0) report.notApplicable('情况说明没有写与上年相比的增减变化');
  },
};
