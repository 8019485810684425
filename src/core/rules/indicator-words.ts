// The vocabulary of performance indicator values (指标值): units (counts, measures, money, %, ‰),
// comparators written as symbols or words (≥, 不低于, 以上 …), qualitative target words (有所改善,
// 符合要求 …), decimals kept as text and money read exactly into 分, and the pieces of the grammar
// built from them. Pure.
import type { Fen } from '../money/money.ts';
import { parseAmount } from '../money/money.ts';

export type Comparator = '≥' | '≤' | '=' | '>' | '<';

/** Units an indicator value may carry (the last unit of a compound "元/人/月" is in `per`). */
export const COUNT_UNITS = [
  '人次', '人', '名', '位', '个', '支', '户', '家', '所', '座', '处', '套', '台', '件', '项', '场', '次', '期',
  '批', '篇', '份', '张', '条', '部', '辆', '册', '本', '间', '栋', '村', '社区', '万人', '万人次', '万户', '万册',
] as const;
export const MEASURE_UNITS = [
  '平方米', '万平方米', '㎡', '平方公里', '亩', '公顷', '米', '公里', '千米', '吨', '万吨', '千瓦', '立方米',
  '小时', '分钟', '工作日', '个工作日', '天', '日', '周', '个月', '月', '季度', '年', '学时', '课时', '分',
] as const;
export const MONEY_UNITS = ['元', '万元', '亿元'] as const;
export type MoneyWord = (typeof MONEY_UNITS)[number];

const ALL_UNITS: readonly string[] = [...COUNT_UNITS, ...MEASURE_UNITS, ...MONEY_UNITS, '%', '‰']
  // Longest first, so "万元" wins over "元" and "人次" over "人".
  .sort((a, b) => b.length - a.length);

/** A decimal number as written, kept as text; `scaled(n, k)` gives value × 10^k as an integer. */
export interface Decimal {
  text: string;
  negative: boolean;
  whole: string;
  frac: string;
}

export type IndicatorValue =
  | {
      kind: 'quantity';
      comparator?: Comparator;
      number: Decimal;
      /** '%', '‰', a count or measure unit, or a money unit. */
      unit: string;
      /** Per-units after a slash: "元/人/月" → unit 元, per [人, 月]. */
      per: string[];
      /** For money units: the amount in 分 (undefined when it is finer than 1 分). */
      fen?: Fen;
    }
  | {
      kind: 'range';
      low: Decimal;
      high: Decimal;
      unit: string;
    }
  | {
      kind: 'qualitative';
      words: string[];
    };

export type ValueProblem =
  | 'empty'
  | 'same-as-name'
  | 'no-unit'
  | 'unknown-unit'
  | 'unrecognised';

export type ParsedValue =
  | { ok: true; value: IndicatorValue }
  | { ok: false; problem: ValueProblem; message: string; messageEn: string };

/** Qualitative target words, as the Henan and national indicator libraries write them. */
export const QUALITATIVE_WORDS: ReadonlySet<string> = new Set([
  '相关', '合理', '良好', '优良', '优秀', '较好', '好', '高', '较高', '显著', '明显', '有效', '高效', '有效提升',
  '持续提高', '逐年提高', '逐步提高', '不断提高', '有所提高', '明显提高', '显著提高', '稳步提高', '大幅提高', '提高',
  '持续提升', '逐年提升', '逐步提升', '不断提升', '有所提升', '明显提升', '显著提升', '稳步提升', '提升',
  '有所改善', '明显改善', '持续改善', '逐步改善', '不断改善', '显著改善', '改善', '得到改善',
  '持续增强', '不断增强', '有所增强', '明显增强', '增强', '加强', '有所加强',
  '有所降低', '持续降低', '逐年降低', '降低', '有所下降', '逐年下降', '下降', '有所减少', '减少',
  '保持稳定', '稳定', '基本稳定', '总体稳定', '保持', '持续', '长期', '中长期', '可持续', '持续发挥',
  '符合要求', '符合标准', '符合规定', '符合', '达标', '达到要求', '达到标准', '满足需求', '满足要求',
  '完整', '规范', '科学', '真实', '合规', '健全', '公开', '及时', '准时', '准确', '安全', '正常', '畅通', '到位',
  '完成', '按时完成', '按期完成', '全部完成', '全覆盖', '全面', '齐全', '完善', '清晰', '透明', '严格',
  '是', '否', '无', '有', '优', '良', '中', '差', '满意', '基本满意', '较满意', '非常满意',
  '扩大', '不断扩大', '有序', '平稳有序', '无事故', '安全无事故',
]);

const QUALITATIVE_PATTERN = /^(持续|逐年|逐步|不断|有所|明显|显著|稳步|大幅|进一步|得到|有效|全面|切实)(提高|提升|改善|增强|加强|下降|降低|减少|规范|完善|落实|保障)$/;

const PREFIX_COMPARATORS: [string, Comparator][] = [
  ['大于或等于', '≥'], ['大于等于', '≥'], ['不低于', '≥'], ['不少于', '≥'], ['不小于', '≥'], ['至少', '≥'], ['达到', '≥'],
  ['小于或等于', '≤'], ['小于等于', '≤'], ['不高于', '≤'], ['不超过', '≤'], ['不大于', '≤'], ['不多于', '≤'], ['控制在', '≤'], ['最多', '≤'],
  ['大于', '>'], ['高于', '>'], ['超过', '>'], ['多于', '>'],
  ['小于', '<'], ['低于', '<'], ['少于', '<'],
  ['等于', '='], ['约', '='],
  ['>=', '≥'], ['<=', '≤'], ['≥', '≥'], ['≤', '≤'], ['>', '>'], ['<', '<'], ['=', '='],
];
const SUFFIX_COMPARATORS: [string, Comparator][] = [
  ['以上', '≥'], ['及以上', '≥'], ['以下', '≤'], ['及以下', '≤'], ['以内', '≤'], ['内', '≤'], ['左右', '='],
];

/** Full-width forms and look-alikes to their plain forms; drops spaces. */
export function normaliseValue(text: string): string {
  // Most values need none of the replacements below: then the text is its own normal form.
  if (!NORMALISED_AWAY.test(text)) return text;
  return text
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/．/g, '.')
    .replace(/％/g, '%')
    .replace(/[＞﹥]/g, '>')
    .replace(/[＜﹤]/g, '<')
    .replace(/＝/g, '=')
    .replace(/[≧⩾]/g, '≥')
    .replace(/[≦⩽]/g, '≤')
    .replace(/／/g, '/')
    .replace(/\s+/g, '');
}

/** Any character one of normaliseValue's replacements changes or drops. */
const NORMALISED_AWAY = /[０-９．％＞﹥＜﹤＝≧⩾≦⩽／\s]/;

export function decimalOf(text: string): Decimal | undefined {
  const m = /^([+-])?(\d+)(?:\.(\d+))?$/.exec(text);
  if (!m) return undefined;
  return { text, negative: m[1] === '-', whole: m[2] ?? '0', frac: m[3] ?? '' };
}

/** The decimal × 10^k as an integer, truncating further digits (exact for ≤ k decimals). */
export function scaled(d: Decimal, k: number): number {
  let n: number;
  if (d.whole.length + k <= 15 && Number.isInteger(k) && k >= 0) {
    // Below 10^15 every step is exact: the same number as the digits' text, without building it.
    let frac = 0;
    for (let j = 0; j < k; j++) frac = frac * 10 + (j < d.frac.length ? d.frac.charCodeAt(j) - 48 : 0);
    n = Number(d.whole) * 10 ** k + frac;
  } else {
    n = Number(d.whole + d.frac.padEnd(k, '0').slice(0, k));
  }
  return d.negative ? -n : n;
}

/** True when the decimal is a whole number. */
export function isWhole(d: Decimal): boolean {
  return /^0*$/.test(d.frac);
}

/** The amount in 分 of a number written in 元, 万元 or 亿元; undefined when finer than 1 分. */
export function moneyFen(d: Decimal, unit: MoneyWord): Fen | undefined {
  try {
    if (unit === '亿元') {
      // 1 亿元 = 10,000 万元: shift the point four places.
      const frac = d.frac.padEnd(4, '0');
      const text = `${d.negative ? '-' : ''}${d.whole}${frac.slice(0, 4)}${frac.length > 4 ? '.' + frac.slice(4) : ''}`;
      return parseAmount(text, '万元');
    }
    return parseAmount(`${d.negative ? '-' : ''}${d.whole}${d.frac ? '.' + d.frac : ''}`, unit);
  } catch {
    return undefined;
  }
}

export function isMoneyUnit(unit: string): unit is MoneyWord {
  return (MONEY_UNITS as readonly string[]).includes(unit);
}

export function stripComparator(text: string): { rest: string; comparator?: Comparator; suffix?: Comparator } {
  let rest = text;
  let comparator: Comparator | undefined;
  for (const [word, c] of PREFIX_COMPARATORS) {
    if (rest.startsWith(word)) {
      comparator = c;
      rest = rest.slice(word.length);
      break;
    }
  }
  let suffix: Comparator | undefined;
  for (const [word, c] of SUFFIX_COMPARATORS) {
    if (rest.endsWith(word) && rest.length > word.length && /[\d%‰\p{Script=Han}]$/u.test(rest.slice(0, -word.length))) {
      suffix = c;
      rest = rest.slice(0, -word.length);
      break;
    }
  }
  const out: { rest: string; comparator?: Comparator; suffix?: Comparator } = { rest };
  if (comparator) out.comparator = comparator;
  if (suffix) out.suffix = suffix;
  return out;
}

/** Splits "元/人/月" or "元/人·月" into the unit and its per-units; undefined when unknown. */
export function splitUnit(text: string): { unit: string; per: string[] } | undefined {
  const parts = text.split('/');
  const head = parts[0] as string;
  if (!UNIT_SET.has(head)) return undefined;
  const per: string[] = [];
  for (let i = 1; i < parts.length; i++) {
    for (const t of (parts[i] as string).split(/[·•.]/)) if (t !== '') per.push(t);
  }
  for (const p of per) if (!UNIT_SET.has(p) && !PER_UNITS.has(p)) return undefined;
  return { unit: head, per };
}

const UNIT_SET: ReadonlySet<string> = new Set(ALL_UNITS);
const PER_UNITS: ReadonlySet<string> = new Set(['人', '月', '年', '天', '日', '次', '户', '人次', '平方米', '个', '件', '台', '套']);

export function problem(p: ValueProblem, message: string, messageEn: string): ParsedValue {
  return { ok: false, problem: p, message, messageEn };
}

/** True when every part of the text (split on 、，,;；/和及与) is a qualitative target word. */
export function qualitativeWords(text: string): string[] | undefined {
  const parts = text.split(/[、，,;；/]|和|及|与|并/).map((p) => p.trim()).filter((p) => p !== '');
  if (parts.length === 0) return undefined;
  return parts.every((p) => QUALITATIVE_WORDS.has(p) || QUALITATIVE_PATTERN.test(p)) ? parts : undefined;
}
