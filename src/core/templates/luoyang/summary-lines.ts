// Luoyang template: the printed lines of the two-sided summary tables (部门收支预算表 and
// 财政拨款收支预算表), exactly as the 2023 template prints them — labels are data, not code.
// The 类 labels are the template's own short forms; a few are leftovers of older years
// (“医疗卫生与计划生育支出”), kept because the template prints them; the rules report them.
import type { LineSpec } from '../types.ts';

/** 类 lines of 部门收支预算表, right side: [code, label]. */
const SUMMARY_CLASSES: [string, string][] = [
  ['201', '一、一般公共服务'],
  ['202', '二、外交'],
  ['203', '三、国防'],
  ['204', '四、公共安全'],
  ['205', '五、教育'],
  ['206', '六、科学技术'],
  ['207', '七、文化旅游体育与传媒'],
  ['208', '八、社会保障和就业'],
  ['209', '九、社会保险基金支出'],
  ['210', '十、卫生健康'],
  ['211', '十一、节能环保'],
  ['212', '十二、城乡社区事务'],
  ['213', '十三、农林水事务'],
  ['214', '十四、交通运输'],
  ['215', '十五、资源勘探信息等'],
  ['216', '十六、商业服务业等'],
  ['217', '十七、金融支出'],
  ['219', '十九、援助其他地区支出'],
  ['220', '二十、自然资源海洋气象等支出'],
  ['221', '二十一、住房保障支出'],
  ['222', '二十二、粮油物资储备支出'],
  ['223', '二十三、国有资本经营预算'],
  ['224', '二十四、灾害防治及应急管理'],
  ['227', '二十七、预备费'],
  ['229', '二十九、其他支出'],
  ['230', '三十、转移性支出'],
  ['231', '三十一、债务还本支出'],
  ['232', '三十二、债务付息支出'],
  ['233', '三十三、债务发行费用支出'],
  ['234', '三十四、抗疫特别国债安排的支出'],
];

export const SUMMARY_LEFT: LineSpec[] = [
  { label: '一、一般公共预算', ref: 'income:general-public-all' },
  { label: '其中：财政拨款', ref: 'income:general-public' },
  { label: '二、政府性基金预算拨款收入', ref: 'income:government-fund' },
  { label: '三、国有资本经营预算拨款收入', ref: 'income:state-capital' },
  { label: '四、财政专户管理资金收入', ref: 'income:special-account' },
  { label: '五、事业收入', ref: 'income:business' },
  { label: '六、事业单位经营收入', ref: 'income:operating' },
  { label: '七、上级补助收入', ref: 'income:superior-subsidy' },
  { label: '八、附属单位上缴收入', ref: 'income:affiliated' },
  { label: '九、其他收入', ref: 'income:other' },
];

export const SUMMARY_RIGHT: LineSpec[] = SUMMARY_CLASSES.map(([code, label]) => ({
  label,
  ref: `exp:all:fn:${code}:total`,
}));

export const SUMMARY_FOOTER: [LineSpec, LineSpec][] = [
  [
    { label: '本年收入合计', ref: 'income:this-year' },
    { label: '本年支出合计', ref: 'exp:all:total:total' },
  ],
  [
    { label: '上年结转结余', ref: 'income:carry-over' },
    { label: '年终结转结余', ref: 'closing-balance', zero: 'show' },
  ],
  [
    { label: '收入总计', ref: 'income:grand-total' },
    { label: '支出总计', ref: 'exp:grand-total' },
  ],
];

/** 类 lines of 财政拨款收支预算表, right side, as the template prints them. */
const FISCAL_CLASSES: [string | null, string][] = [
  ['201', '（一）一般公共服务支出'],
  ['202', '（二）外交支出'],
  ['203', '（三）国防支出'],
  ['204', '（四）公共安全支出'],
  ['205', '（五）教育支出'],
  ['206', '（六）科学技术支出'],
  ['207', '（七）文化体育旅游与传媒支出'],
  ['208', '（八）社会保障和就业支出'],
  // Leftover of the pre-2018 类 210 name; the template prints it in the place of 209 and it never
  // holds a figure (209 社会保险基金支出 has no line in this table).
  [null, '（九）医疗卫生与计划生育支出'],
  ['210', '（十）卫生健康支出'],
  ['211', '（十一）节能环保支出'],
  ['212', '（十二）城乡社区事务支出'],
  ['213', '（十三）农林水事务支出'],
  ['214', '（十四）交通运输支出'],
  ['215', '（十五）资源勘探信息等支出'],
  ['216', '（十六）商业服务业等支出'],
  ['217', '（十七）金融支出'],
  ['219', '（十九）援助其他地区支出'],
  ['220', '（二十）自然资源海洋气象等支出'],
  ['221', '（二十一）住房保障支出'],
  ['222', '（二十二）粮油物资储备支出'],
  ['223', '（二十三）国有资本经营预算'],
  ['224', '（二十四）灾害防治及应急管理'],
  ['227', '（二十七）预备费'],
  ['229', '（二十九）其他支出'],
  ['230', '（三十）转移性支出'],
  ['231', '（三十一）债务还本支出'],
  ['232', '（三十二）债务付息支出'],
  ['233', '（三十三）债务发行费用支出'],
  ['234', '（三十四）抗疫特别国债安排的支出'],
];

export const FISCAL_LEFT: LineSpec[] = [
  { label: '一、本年收入', ref: 'income:fiscal-this-year' },
  { label: '（一）一般公共预算拨款', ref: 'income:general-public-all' },
  { label: '其中：财政拨款', ref: 'income:general-public' },
  { label: '（二）政府性基金预算拨款', ref: 'income:government-fund' },
  { label: '（三）国有资本经营预算拨款', ref: 'income:state-capital' },
  { label: '二、上年结转', ref: 'income:fiscal-carry-over' },
  { label: '（一）一般公共预算拨款', ref: 'income:carry-over:general-public-all' },
  { label: '（二）政府性基金预算拨款', ref: 'income:carry-over:government-fund' },
  { label: '（三）国有资本经营预算拨款', ref: 'income:carry-over:state-capital' },
];

/** Right-side refs are per-row prefixes; the view appends the column's fund scope. */
export const FISCAL_RIGHT: LineSpec[] = [
  { label: '一、本年支出', ref: 'total' },
  ...FISCAL_CLASSES.map(([code, label]): LineSpec => (code ? { label, ref: `fn:${code}` } : { label })),
  { label: '二、年终结转结余', ref: 'closing-balance' },
];

export const FISCAL_FOOTER: [LineSpec, LineSpec][] = [
  [
    { label: '收入合计', ref: 'income:fiscal-grand-total' },
    { label: '支出合计', ref: 'grand-total' },
  ],
];
