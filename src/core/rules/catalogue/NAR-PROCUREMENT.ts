// NAR-PROCUREMENT: the 政府采购 statement adds up — 货物 + 工程 + 服务 = the stated total — the money
// reserved for small and medium enterprises fits in it (万里: “面向中小企业预留政府采购项目预算金额332.00
// 万元，其中，预留给小型和微型企业的…232.40万元”: 小微 ≤ 中小企业 ≤ 政府采购预算) — and, when the
// Budget is known, each figure is the Budget's procurement figure.
import type { Fen } from '../../money/money.ts';
import type { Found } from '../narrative-helpers.ts';
import { agrees, asStated, checkStatedSum, requireNarrative, spotLocation, statedAfter, topicSpots } from '../narrative-helpers.ts';
import type { Rule } from '../types.ts';

// The section's words and the keywords of its figures (constants: their patterns are built once).
const TOPIC_WORDS = /政府采购/;
const TOTAL = /政府采购(?!货物|工程|服务)(?:预算)?(?:安排)?(?:总额|合计)?/;
const GOODS = /货物/;
const WORKS = /工程/;
const SERVICES = /服务/;
const SME = /面向中小企业预留(?:的)?(?:政府采购)?(?:项目)?(?:预算)?(?:金额)?/;
const SMALL = /预留给小型和微型企业(?:的)?/;

/** A part stated larger than the whole it is part of (each allowed one unit of its last digit). */
function checkWithin(report: Parameters<Rule['check']>[1], part: Found | undefined, whole: Found | undefined, partLabel: string, wholeLabel: string): void {
  if (!part || !whole) return;
  report.checked();
  const tolerance = (part.amount.step + whole.amount.step) / 2;
  if (part.amount.fen <= whole.amount.fen + tolerance) return;
  report.fail({
    message: `${part.spot.section.heading}写${partLabel} ${part.amount.text}${part.amount.unit}，大于${wholeLabel} ${whole.amount.text}${whole.amount.unit}`,
    messageEn: `the narrative states ${partLabel} as ${part.amount.text} ${part.amount.unit}, more than ${wholeLabel} (${whole.amount.text} ${whole.amount.unit})`,
    location: spotLocation(part.spot, part.amount.start),
    expected: `≤ ${whole.amount.text}${whole.amount.unit}`,
    actual: part.amount.fen,
    hint: '预留给中小企业的金额是政府采购预算的一部分，预留给小微企业的金额又是其中一部分；核对这几个数字。',
  });
}

export const rule: Rule = {
  id: 'NAR-PROCUREMENT',
  category: 'narrative',
  severity: 'error',
  statement: {
    zh: '情况说明中的政府采购预算应等于货物、工程、服务采购预算之和，并与预算数据一致。',
    en: 'The procurement statement’s goods, works and services add up to its total and agree with the budget.',
  },
  tables: [],
  target: 'document',
  check({ doc, budget }, report) {
    if (!requireNarrative(doc, report)) return;
    const spots = topicSpots(doc, TOPIC_WORDS);
    if (spots.length === 0) return report.insufficient('情况说明中没有政府采购部分');
    const total = statedAfter(spots, TOTAL);
    const goods = statedAfter(spots, GOODS);
    const works = statedAfter(spots, WORKS);
    const services = statedAfter(spots, SERVICES);
    if (!total && !goods && !works && !services) return report.notApplicable('政府采购部分没有写出金额');
    checkStatedSum(report, total, [goods, works, services], '货物、工程、服务采购预算', 'goods, works and services');
    const sme = statedAfter(spots, SME);
    checkWithin(report, sme, total, '面向中小企业预留的政府采购预算', '政府采购预算');
    checkWithin(report, statedAfter(spots, SMALL), sme, '预留给小型和微型企业的预算', '面向中小企业预留的金额');
    const p = budget?.procurement;
    if (!p) return;
    const pairs: [Found | undefined, Fen, string][] = [
      [total, p.goods + p.works + p.services, '政府采购预算'],
      [goods, p.goods, '政府采购货物预算'],
      [works, p.works, '政府采购工程预算'],
      [services, p.services, '政府采购服务预算'],
    ];
    for (const [f, fen, label] of pairs) {
      if (!f) continue;
      report.checked();
      if (agrees(f.amount, fen, 0)) continue;
      report.fail({
        message: `${f.spot.section.heading}写${label} ${f.amount.text}${f.amount.unit}，预算数据为 ${asStated(fen, f.amount)}`,
        messageEn: `the narrative states ${label} as ${f.amount.text} ${f.amount.unit}; the budget gives ${asStated(fen, f.amount)}`,
        location: spotLocation(f.spot, f.amount.start),
        expected: fen,
        actual: f.amount.fen,
        difference: f.amount.fen - fen,
        hint: '按预算数据的政府采购预算改正说明中的数字。',
      });
    }
  },
};
