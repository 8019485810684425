import { describe, expect, it } from 'vitest';
import type { NarrativeSection } from '../model/document.ts';
import {
  agrees, amountsIn, changeClauses, clauseKey, projectCountIn, shareAfter, shareAgrees, statedAfter, statedYears, subjectKey, toFen,
} from './narrative-helpers.ts';

const section = (heading: string, ...paragraphs: string[]): NarrativeSection => ({ part: 'explanation', heading, paragraphs });
const spotOf = (text: string) => ({ section: section('一、测试', text), paragraph: 0, text });

describe('narrative numbers', () => {
  it('reads amounts with spaces, commas and units into 分 with their printed step', () => {
    const a = amountsIn('收入总计 2002.45 万元，支出 1,234.5万元，另 300元');
    expect(a.map((x) => [x.fen, x.step, x.unit])).toEqual([[2_002_450_000, 10_000, '万元'], [1_234_500_000, 100_000, '万元'], [30_000, 100, '元']]);
    expect(toFen('0', '万元')).toEqual({ fen: 0, step: 1_000_000 });
  });

  it('finds the amount a keyword introduces, skipping changes', () => {
    const s = [spotOf('一般公共预算基本支出年初预算为 191.02 万元。其中：人员经费支出 176.48 万元，占 92.39%')];
    expect(statedAfter(s, /基本支出/)?.amount.fen).toBe(191_020_000);
    expect(statedAfter(s, /人员经费/)?.amount.text).toBe('176.48');
    const change = [spotOf('收支总计各增加 798.31 万元')];
    expect(statedAfter(change, /收支总计/)).toBeUndefined();
  });

  it('reads shares and counts', () => {
    const text = '基本支出 191.02 万元，占 9.54%；';
    const found = statedAfter([spotOf(text)], /基本支出/);
    const share = shareAfter(text, found?.amount.end ?? 0);
    expect(share).toMatchObject({ text: '9.54', scaled: 954, decimals: 2 });
    expect(shareAgrees(share!, 191_020_000, 2_002_450_000, 0, 0).ok).toBe(true);
    expect(projectCountIn('涉及预算拨款 1811.43 万元，共 7 个项目')?.n).toBe(7);
    expect(projectCountIn('编报绩效目标的项目共12个')?.n).toBe(12);
  });

  it('compares with rounding to the narrative’s precision', () => {
    const [s] = amountsIn('14.54 万元');
    expect(agrees(s!, 145_400_00, 0)).toBe(true);
    expect(agrees(s!, 145_449_99, 0)).toBe(true); // 14.544999 万元 rounds to 14.54
    expect(agrees(s!, 145_500_00, 0)).toBe(false);
  });
});

describe('change clauses', () => {
  it('reads the seed’s change with its rate and subject', () => {
    const [c] = changeClauses(spotOf('2023 年收入总计 2002.45 万元，支出总计 2002.45 万元，与 2022 年预算相比，收支总计各增加 798.31 万元，增长 66.30%。'));
    expect(c).toMatchObject({ amountWord: '增加', rateWord: '增长', subject: '收支总计各' });
    expect(c?.amount?.fen).toBe(798_310_000);
    expect(c?.rate?.scaled).toBe(6630);
    expect(clauseKey(c!).key).toBe('total');
  });

  it('reads 保持一致 only as a comparison with last year, across ；', () => {
    const cs = changeClauses(spotOf('与 2022 年相比，一般公共预算收支预算增加 798.31 万元；政府性基金收支预算保持一致；'));
    expect(cs.map((c) => c.flatWord ?? c.amountWord)).toEqual(['增加', '保持一致']);
    expect(subjectKey(cs[1]!.subject)).toBe('governmentFund');
    expect(changeClauses(spotOf('绩效目标与部门职责一致。'))).toEqual([]);
  });

  it('resolves a generic subject by the nearest amount', () => {
    const cs = changeClauses(spotOf('其中：一是公务用车购置费 0.00 万元，预算数与 2022 年相比保持一致；二是公务用车运行维护费 0.00 万元，预算数与 2022 年相比保持一致。'));
    expect(cs.map((c) => clauseKey(c).key)).toEqual(['vehiclePurchase', 'vehicleOperation']);
  });

  it('finds last year’s and this year’s stated figures before a rate', () => {
    const [c] = changeClauses(spotOf('2022年当年预算执行数为11.67万元，2023年预算安排45.41万元，比2022年预算执行数增加314.82%。'));
    const y = statedYears(c!, 2023);
    expect([y.last?.text, y.current?.text]).toEqual(['11.67', '45.41']);
  });
});
