import { describe, expect, it } from 'vitest';
import type { IndicatorValue } from './indicator-value.ts';
import type { QuickMoney } from './indicator-value.ts';
import { certainlyParses, parseWithEntry, quickEntry, quickMoney, valueEntry, COUNT_UNITS, isPercent, MEASURE_UNITS, MONEY_UNITS, moneyOf, normalisesAway, normaliseValue, parseIndicatorValue, QUALITATIVE_WORDS, scaled } from './indicator-value.ts';

function ok(text: string, name?: string): IndicatorValue {
  const r = parseIndicatorValue(text, name);
  if (!r.ok) throw new Error(`${text}: ${r.message}`);
  return r.value;
}

describe('indicator value grammar', () => {
  it('reads every value of the seed’s project performance table', () => {
    const seed = [
      '≤19000元', '≤1000元', '≤36000元', '≥2个', '≥500平方米', '100%', '≥95%', '有所改善', '符合要求、逐年提高',
      '2845元', '2人', '保持稳定', '62.16万元', '≤170人', '≤19.51万元', '良好', '1年', '持续提高', '≤1469.54万元',
      '≤310人', '52人', '≤247.13万元',
    ];
    for (const v of seed) expect(parseIndicatorValue(v).ok, v).toBe(true);
  });

  it('reads the seed’s department values (qualitative and counts)', () => {
    for (const v of ['相关', '科学', '合理', '完整', '≥95%', '≤15%', '≤100%', '≥80%', '真实', '合规', '健全', '公开', '规范', '≥220人', '≥1120支', '≥90%']) {
      expect(parseIndicatorValue(v).ok, v).toBe(true);
    }
  });

  it('types comparator, number, unit and money exactly', () => {
    const v = ok('≤19000元');
    expect(v).toMatchObject({ kind: 'quantity', comparator: '≤', unit: '元', fen: 1_900_000 });
    expect(moneyOf(ok('≤1469.54万元'))).toBe(1_469_540_000);
    expect(moneyOf(ok('62.16万元'))).toBe(62_160_000);
    expect(moneyOf(ok('1.2亿元'))).toBe(12_000_000_000);
    const pct = ok('≥95%');
    expect(isPercent(pct)).toBe(true);
    expect(pct.kind === 'quantity' && scaled(pct.number, 2)).toBe(9500);
    // Digit by digit below 10^15, from the text above it: the same numbers either way.
    const dec = (whole: string, frac: string, negative = false) => ({ text: '', negative, whole, frac });
    expect(scaled(dec('12', '345'), 2)).toBe(1234);
    expect(scaled(dec('0', '5'), 3)).toBe(500);
    expect(Object.is(scaled(dec('0', ''), 2), 0) && Object.is(scaled(dec('0', '', true), 2), -0)).toBe(true);
    expect(scaled(dec('1234567890123456789', '9'), 2)).toBe(Number('123456789012345678990'));
    expect(ok('2人')).toMatchObject({ kind: 'quantity', unit: '人', per: [] });
    expect(ok('≥500平方米')).toMatchObject({ unit: '平方米', comparator: '≥' });
  });

  it('accepts word comparators, full-width forms, spaces, per-units and ranges', () => {
    expect(ok('不低于 95 ％')).toMatchObject({ comparator: '≥', unit: '%' });
    expect(ok('不超过5000元')).toMatchObject({ comparator: '≤', fen: 500_000 });
    expect(ok('＞90%')).toMatchObject({ comparator: '>' });
    expect(ok('大于等于３个')).toMatchObject({ comparator: '≥', unit: '个' });
    expect(ok('95%以上')).toMatchObject({ comparator: '≥', unit: '%' });
    expect(ok('30个工作日内')).toMatchObject({ comparator: '≤', unit: '个工作日' });
    expect(ok('2845元/人/月')).toMatchObject({ unit: '元', per: ['人', '月'], fen: 284_500 });
    expect(ok('90%-95%')).toMatchObject({ kind: 'range', unit: '%' });
  });

  it('accepts qualitative targets, alone or joined', () => {
    expect(ok('符合要求、逐年提高')).toEqual({ kind: 'qualitative', words: ['符合要求', '逐年提高'] });
    expect(ok('明显改善')).toMatchObject({ kind: 'qualitative' });
    expect(ok('稳步提升')).toMatchObject({ kind: 'qualitative' });
  });

  it('reads the forms of Shanghai’s 绩效目标填报表 (万里街道 2023, pp. 31–35): bracketed units, a subject before the target', () => {
    expect(ok('≥13459.00(平方米)')).toMatchObject({ kind: 'quantity', comparator: '≥', unit: '平方米', number: { whole: '13459', frac: '00' } });
    expect(ok('=100.00(%)')).toMatchObject({ kind: 'quantity', comparator: '=', unit: '%' });
    expect(isPercent(ok('≥95.00（%）'))).toBe(true);
    expect(ok('=5.00(万人次)')).toMatchObject({ unit: '万人次' });
    expect(ok('党员群众满意度不少于 80%')).toMatchObject({ kind: 'quantity', comparator: '≥', unit: '%' });
    expect(ok('补贴对象生活改善度不低于 80%')).toMatchObject({ comparator: '≥', unit: '%' });
    expect(ok('扩大')).toMatchObject({ kind: 'qualitative' });
    expect(ok('安全无事故')).toMatchObject({ kind: 'qualitative' });
    // Still not targets: a word alone, a bracket that is not a unit, a unit in a sentence, a bare number.
    expect(parseIndicatorValue('及时率')).toMatchObject({ ok: false, problem: 'unrecognised' });
    expect(parseIndicatorValue('90.00(度)')).toMatchObject({ ok: false, problem: 'unknown-unit' });
    expect(parseIndicatorValue('开展不低于5次的社区法治宣传活动')).toMatchObject({ ok: false });
    expect(ok('满意率100%')).toMatchObject({ kind: 'quantity', unit: '%', number: { whole: '100' } });
    expect(ok('可控性100%')).toMatchObject({ unit: '%' });
    expect(parseIndicatorValue('满意率100')).toMatchObject({ ok: false });
  });

  it('reports problems: empty, no unit, unknown unit, unreadable, same as name', () => {
    expect(parseIndicatorValue('')).toMatchObject({ ok: false, problem: 'empty' });
    expect(parseIndicatorValue('≤310')).toMatchObject({ ok: false, problem: 'no-unit' });
    expect(parseIndicatorValue('5头')).toMatchObject({ ok: false, problem: 'unknown-unit' });
    expect(parseIndicatorValue('见附件')).toMatchObject({ ok: false, problem: 'unrecognised' });
    expect(parseIndicatorValue('推进“三自”组织孵化服务中心建设、推进“三自”组织品牌化发展')).toMatchObject({ ok: false, problem: 'unrecognised' });
    // The seed's three values that repeat their indicator names.
    for (const n of ['信息系统网络服务畅通', '加强城市社区建设', '促进社会和谐稳定']) {
      expect(parseIndicatorValue(n, n)).toMatchObject({ ok: false, problem: 'same-as-name' });
    }
  });

  it('knows every character normaliseValue changes or drops (the cache’s shortcut for names)', () => {
    const changed: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      if (c >= 0xd800 && c <= 0xdfff) continue; // lone surrogates: left as they are
      if (normaliseValue(`a${ch}b`) !== `a${ch}b`) changed.push(c);
    }
    expect(changed.filter((c) => !normalisesAway(c))).toEqual([]);
    expect(Array.from({ length: 0x10000 }, (_, c) => c).filter((c) => normalisesAway(c) && !changed.includes(c))).toEqual([]);
  });

  it('finds a value that repeats its name however either is spaced or written (cached or not)', () => {
    for (const [value, name] of [['≥95%', '≥95%'], ['≥95%', ' ≥ 95 % '], ['≥９５％', '≥95%'], ['　有所改善', '有所改善'], ['≧95%', '≥95%']] as const) {
      expect(parseIndicatorValue(value, name)).toMatchObject({ ok: false, problem: 'same-as-name' });
      expect(parseIndicatorValue(value)).not.toMatchObject({ problem: 'same-as-name' });
    }
    expect(parseIndicatorValue('≥95%', '满意度')).toMatchObject({ ok: true });
  });

  it('says a value certainly parses only when the parser agrees (certainlyParses, the shortcut of PERF-VALUE-PARSES)', () => {
    const units = [...COUNT_UNITS, ...MEASURE_UNITS, ...MONEY_UNITS, '%', '‰', '以上', '左右', '内', '元/人', '个/', 'x'];
    const numbers = ['', '5', '95', '8.80', '0.5', '8.', '.5', '１０', '5 ', '-3', '+3'];
    const texts = [...QUALITATIVE_WORDS, '及时', '有所改善、持续提高', '逐步完善', '≥良好', '', ' ', '90%-95%', '3至5个', '≥95％'];
    for (const c of ['', '≥', '≤', '>', '不低于', '约']) for (const x of numbers) for (const u of units) texts.push(`${c}${x}${u}`);
    let quick = 0;
    for (const v of texts) {
      for (const name of ['服务对象满意度', v, ` ${v}`, '', '≥', '1']) {
        if (!certainlyParses(v, name)) continue;
        quick++;
        // The full parser (the cache's parse), not parseIndicatorValue, which reads usual values quickly itself.
        expect(parseWithEntry(valueEntry(v), v, name).ok, `${v} / ${name}`).toBe(true);
      }
    }
    // It does take the usual shapes.
    expect(quick).toBeGreaterThan(1000);
    for (const v of ['≥95%', '≤8.80万元', '5支', '有所改善', '≥4529平方米']) expect(certainlyParses(v, '指标'), v).toBe(true);
  });

  it('reads a usual quantity directly into what the parser gives (quickEntry)', () => {
    const units = [...COUNT_UNITS, ...MEASURE_UNITS, ...MONEY_UNITS, '%', '‰', '以上', '元/人', 'x', ''];
    const numbers = ['5', '95', '8.80', '0.5', '8.', '.5', '１０', '-3', '0.001', '0.0010', '12.3456789', '1.00000000001', '123456789012345678', '90071992547409.91', '0.12345678900', '007.50'];
    let quick = 0;
    for (const c of ['', '≥', '≤', '>']) {
      for (const x of numbers) {
        for (const u of units) {
          const v = `${c}${x}${u}`;
          const entry = quickEntry(v);
          if (!entry) continue;
          quick++;
          // The full parser (the cache's parse), not parseIndicatorValue, which uses quickEntry itself.
          expect(entry.plain, v).toEqual(valueEntry(v).plain);
          expect(parseIndicatorValue(v, '指标名称')).toEqual(valueEntry(v).plain);
          expect(entry.text).toBe(normaliseValue(v));
        }
      }
    }
    expect(quick).toBeGreaterThan(1000);
    expect(quickEntry('有所改善')).toBeUndefined();
  });

  it('reads a usual money value into its fen, comparator, unit and decimals as the parse gives them (quickMoney)', () => {
    const units = [...COUNT_UNITS, ...MEASURE_UNITS, ...MONEY_UNITS, '%', '元/人', ''];
    const numbers = ['5', '95', '8.80', '0.5', '8.', '1.005', '0.001', '0.0010', '12.3456789', '1.00000000001', '123456789012345678', '90071992547409.91', '9999999999999.99', '99999.9999999', '0.12345678900', '007.50'];
    const out: QuickMoney = { fen: undefined, comparator: undefined, unit: '元', decimals: 0 };
    let money = 0;
    for (const c of ['', '≥', '≤', '>']) {
      for (const x of numbers) {
        for (const u of units) {
          const v = `${c}${x}${u}`;
          const entry = quickEntry(v);
          const isMoney = entry !== undefined && entry.plain.ok && entry.plain.value.kind === 'quantity' && (MONEY_UNITS as readonly string[]).includes(entry.plain.value.unit);
          if (!quickMoney(v, out)) {
            // Only a figure of 10^15 分 or more is left to the parse.
            if (isMoney && entry.plain.ok && entry.plain.value.kind === 'quantity') expect(entry.plain.value.number.whole.length + (entry.plain.value.unit === '元' ? 2 : entry.plain.value.unit === '万元' ? 6 : 10), v).toBeGreaterThan(15);
            continue;
          }
          money++;
          expect(isMoney, v).toBe(true);
          if (!entry?.plain.ok || entry.plain.value.kind !== 'quantity') continue;
          const value = entry.plain.value;
          expect(out.fen, v).toBe(value.fen);
          expect(out.comparator, v).toBe(value.comparator);
          expect(out.unit, v).toBe(value.unit);
          expect(out.decimals, v).toBe(value.number.frac.length);
          expect(value.per, v).toEqual([]);
        }
      }
    }
    expect(money).toBeGreaterThan(60);
  });
});
