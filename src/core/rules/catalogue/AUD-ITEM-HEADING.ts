// AUD-ITEM-HEADING: each numbered item agrees with its own heading. The amount the heading states
// (“16. “…职业年金缴费支出（项）”220.63万元”) is the amount the item later gives for this year
// (“2023年预算安排441.25万元” copied from item 15 is an error), and the reason it gives speaks of its
// own subject, not another item's (“主要原因是：事业单位离退休经费增加” under 职业年金 is a warning).
import { functionalFigures, resolveFunctional } from '../audit/figures.ts';
import type { Item } from '../audit/items.ts';
import { itemsOf, leafOf } from '../audit/items.ts';
import { amountsOf, inUnitOf } from '../audit/numbers.ts';
import { cleanSubject, isChangePhrase, nameKey, phraseBefore, yearRole } from '../audit/subject.ts';
import { pageNote, paraLocation, splitSentences } from '../audit/text.ts';
import { money } from '../doc-access.ts';
import { requireNarrative } from '../narrative-helpers.ts';
import type { Reporter, Rule, RuleContext } from '../types.ts';

/** A this-year restatement: “2023年预算安排”, “本年预算数为”, “预算安排” (nothing but the year's words). */
const RESTATED = /^(?:当年)?(?:预算)?(?:安排|数|总额|金额)?(?:为|是)?$/;

function checkFigures(ctx: RuleContext, report: Reporter, item: Item): void {
  const h = item.heading;
  if (!h) return;
  const ctxS = { year: ctx.doc.meta.year, department: ctx.doc.meta.department.name };
  for (const para of item.paras) {
    for (const a of amountsOf(para.text)) {
      if (para === h.para && a.start <= h.amount.start) continue;
      const phrase = phraseBefore(para.text, a.start);
      if (isChangePhrase(phrase) || yearRole(phrase, ctx.doc.meta.year) !== 'this') continue;
      if (!RESTATED.test(cleanSubject(phrase, ctxS))) continue;
      report.checked();
      if (Math.abs(a.fen - h.amount.fen) * 2 <= a.step + h.amount.step) continue;
      const code = h.path ? resolveFunctional(ctx.doc, ctx.classification, h.path) : undefined;
      const fig = code ? functionalFigures(ctx.doc, code, '')[0] : undefined;
      const table = fig ? `；${fig.table.title}中为 ${money(fig.table, fig.fen)}（${inUnitOf(fig.fen, a)}）` : '';
      const name = h.quoted ? `“${h.quoted}”` : '';
      report.fail({
        message: `第 ${item.number} 项${name}标题写 ${h.amount.text}${h.amount.unit}，其后${pageNote(para)}却写“${phrase}${a.text}${a.unit}”${table}`,
        messageEn: `item ${item.number}: the heading states ${h.amount.text} ${h.amount.unit} but the item later gives ${a.text} ${a.unit} for this year`,
        location: paraLocation(para, a.start),
        expected: h.amount.fen,
        actual: a.fen,
        difference: a.fen - h.amount.fen,
        hint: '同一项的本年预算数应与标题金额一致；多为从上一项复制后未改，按表中数字改正。',
      });
    }
  }
}

const REASON = /主要原因(?:是|为)?[:：]?/;

/** The reason of an item names another item's subject and not its own (copied from that item). */
function checkWording(report: Reporter, item: Item, others: readonly { item: Item; leaf: string; key: string }[]): void {
  const own = leafOf(item);
  if (!own) return;
  const ownKey = nameKey(own);
  const path = (item.heading?.path ?? []).map((p) => nameKey(p.name));
  for (const para of item.paras) {
    for (const s of splitSentences(para.text)) {
      const m = REASON.exec(s.text);
      if (!m) continue;
      const reason = nameKey(s.text.slice(m.index + m[0].length));
      if (!reason) continue;
      report.checked();
      if (reason.includes(ownKey)) continue;
      // The item it was copied from: of those named, the nearest one before it (else after it).
      const named = others.filter((o) => o.item !== item && reason.includes(o.key) && !ownKey.includes(o.key) && !path.some((p) => p.includes(o.key)));
      const at = others.findIndex((o) => o.item === item);
      const other = named.filter((o) => others.indexOf(o) < at).pop() ?? named[0];
      if (!other) continue;
      report.fail({
        severity: 'warning',
        message: `第 ${item.number} 项是“${own}”，其原因说明${pageNote(para)}却写的是第 ${other.item.number} 项的“${other.leaf}”：“${s.text}”`,
        messageEn: `item ${item.number} is ${own} but its reason speaks of item ${other.item.number}'s ${other.leaf}`,
        location: paraLocation(para, s.start),
        expected: own,
        actual: other.leaf,
        hint: '原因说明应针对本项；多为从其他项复制后未改。',
      });
      return;
    }
  }
}

export const rule: Rule = {
  id: 'AUD-ITEM-HEADING',
  category: 'narrative',
  severity: 'error',
  statement: {
    zh: '说明中每个编号项目的本年预算数应与该项标题所写金额一致，原因说明应针对本项而非照抄其他项。',
    en: 'Within each numbered item of the narrative, this year’s amount equals the amount its heading states, and its reason speaks of the item itself, not another item.',
  },
  tables: [],
  target: 'document',
  check(ctx, report) {
    if (!requireNarrative(ctx.doc, report)) return;
    const items = itemsOf(ctx.doc);
    const withHeading = items.filter((i) => i.heading);
    if (withHeading.length === 0) return report.notApplicable('说明中没有写出金额的编号项目');
    const leaves = withHeading.flatMap((item) => {
      const leaf = leafOf(item);
      return leaf && item.heading?.path?.some((p) => p.level) ? [{ item, leaf, key: nameKey(leaf) }] : [];
    });
    for (const item of withHeading) {
      checkFigures(ctx, report, item);
      const bySection = leaves.filter((o) => o.item.paras[0]?.sectionIndex === item.paras[0]?.sectionIndex);
      checkWording(report, item, bySection);
    }
  },
};
