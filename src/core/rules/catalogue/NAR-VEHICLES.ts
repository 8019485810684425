// NAR-VEHICLES: the 国有资产占用情况 statement adds up — the vehicles by kind (一般公务用车, 执法执勤
// 用车, 特种专业技术用车, 其他用车 …) sum to “共有车辆 N 辆”, and so do the cars planned for purchase
// (上海: “2025年部门预算安排购置车辆0辆，其中：部级领导干部用车0辆、…”) — and, when the Budget is known,
// the counts of vehicles (and of planned ones) and of equipment over 50 / 100 万元 are the Budget's.
import type { Assets } from '../../model/budget.ts';
import { vehicleTotal } from '../../model/budget.ts';
import { ASSETS_STATEMENT, requireNarrative, spotLocation, topicSpots } from '../narrative-helpers.ts';
import type { Rule } from '../types.ts';

const KINDS: [RegExp, (a: Assets) => number, string][] = [
  [/一般公务用车/, (a) => a.vehicles.general, '一般公务用车'],
  [/执法执勤用车/, (a) => a.vehicles.enforcement, '执法执勤用车'],
  [/特种专业技术用车/, (a) => a.vehicles.special, '特种专业技术用车'],
  [/其他用车/, (a) => a.vehicles.other, '其他用车'],
];


const KIND_COUNT = /([\u4e00-\u9fff]{2,12}用车)\s*(\d+)\s*辆/g;

/** The vehicles by kind a sentence lists (“一般公务用车0辆”), at their place in the paragraph (`offset` + index in `text`). */
function kindsIn(text: string, offset: number): { name: string; n: number; index: number }[] {
  // The matches of matchAll, found with the shared pattern itself (matchAll copies it at each call).
  const out: { name: string; n: number; index: number }[] = [];
  KIND_COUNT.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = KIND_COUNT.exec(text)) !== null) out.push({ name: m[1] ?? '', n: Number(m[2]), index: offset + m.index });
  return out;
}

/** The statement of the number of vehicles. */
const TOTAL = /(?:(?:共有|拥有|现有)(?:各类)?车辆(?:共)?|(?<=[；;，,：:])\s*车辆)\s*(\d+)\s*辆/;

/** The kinds listed in the sentence after a count (up to ；or 。), at their place in the paragraph. */
function kindsAfter(text: string, end: number): { name: string; n: number; index: number }[] {
  const rest = text.slice(end);
  return kindsIn(rest.slice(0, rest.search(/[；;。]|$/)), end);
}


export const rule: Rule = {
  id: 'NAR-VEHICLES',
  category: 'narrative',
  severity: 'error',
  statement: {
    zh: '情况说明“国有资产占用情况”中各类车辆之和应等于车辆总数，车辆和大型设备数应与预算数据一致。',
    en: 'The assets statement’s vehicles by kind add up to the total, and the counts agree with the budget.',
  },
  tables: [],
  target: 'document',
  check({ doc, budget }, report) {
    if (!requireNarrative(doc, report)) return;
    const spots = topicSpots(doc, ASSETS_STATEMENT.words);
    if (spots.length === 0) return report.insufficient('情况说明中没有国有资产占用情况部分');
    let stated = false;
    for (const spot of spots) {
      /** The kinds of a count, listed after it, add up to it (共有车辆, or the cars planned). */
      const addsUp = (n: number, index: number, end: number, what: string) => {
        const kinds = kindsAfter(spot.text, end);
        if (kinds.length === 0) return kinds;
        report.checked();
        const sum = kinds.reduce((a, k) => a + k.n, 0);
        if (sum !== n) {
          report.fail({
            message: `${spot.section.heading}写${what} ${n} 辆，各类车辆合计 ${sum} 辆（${kinds.map((k) => `${k.name} ${k.n} 辆`).join('、')}）`,
            messageEn: `the narrative counts ${n} vehicles, but the kinds add up to ${sum}`,
            location: spotLocation(spot, index),
            expected: String(sum),
            actual: String(n),
            hint: '核对车辆总数和各类车辆数。',
          });
        }
        return kinds;
      };
      const check = (statedN: number, expected: number, what: string, index: number) => {
        report.checked();
        if (statedN === expected) return;
        report.fail({
          message: `${spot.section.heading}写${what} ${statedN}，预算数据为 ${expected}`,
          messageEn: `the narrative states ${statedN} for ${what}; the budget records ${expected}`,
          location: spotLocation(spot, index),
          expected: String(expected),
          actual: String(statedN),
          hint: '按资产信息改正说明中的数字。',
        });
      };
      const planned = ASSETS_STATEMENT.planned.exec(spot.text);
      if (planned) {
        stated = true;
        const n = Number(planned[1]);
        addsUp(n, planned.index, planned.index + planned[0].length, '本年预算安排购置车辆');
        const p = budget?.assets?.planned;
        if (p) check(n, vehicleTotal(p.vehicles), '本年预算安排购置车辆数', planned.index);
      }
      // “共有车辆 7 辆”, or (Shanghai) “固定资产…其中：房屋…；车辆7辆（一般公务用车3辆，…）”.
      const total = TOTAL.exec(spot.text);
      if (!total) continue;
      stated = true;
      const n = Number(total[1]);
      const kinds = addsUp(n, total.index, total.index + total[0].length, '共有车辆');
      const assets = budget?.assets;
      if (!assets) continue;
      check(n, vehicleTotal(assets.vehicles), '车辆总数', total.index);
      for (const k of kinds) {
        const kind = KINDS.find(([re]) => re.test(k.name));
        if (kind) check(k.n, kind[1](assets), k.name, k.index);
      }
      const eq50 = /50\s*万元以上(?:的)?通用设备\s*(\d+)\s*(?:台|套|件)/.exec(spot.text);
      if (eq50) check(Number(eq50[1]), assets.generalEquipmentOver50, '单位价值 50 万元以上通用设备', eq50.index);
      const eq100 = /100\s*万元以上(?:的)?专用设备\s*(\d+)\s*(?:台|套|件)/.exec(spot.text);
      if (eq100) check(Number(eq100[1]), assets.specialEquipmentOver100, '单位价值 100 万元以上专用设备', eq100.index);
    }
    if (!stated) report.notApplicable('国有资产占用情况没有写出车辆数');
  },
};
