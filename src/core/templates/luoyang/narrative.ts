// The Luoyang (Henan) narrative of 2023 as data: part titles, the ten 第二部分 sections, sentence
// patterns and the 名词解释, worded as the seed disclosure prints them
// (test/fixtures/seed-jianxi-2023.txt). Placeholders: {department} {year} {lastYear} everywhere;
// the figure slots each topic fills are listed in src/core/narrative (topics.ts, other-matters.ts).
// Amounts are printed without the PDF's spaces around numbers ("2023年", "2002.45万元").
import type { ComparisonWording, NarrativeSpec } from '../types.ts';

/** “预算数与 2022 年相比 …”, with the clause break the seed puts before it. */
const vsLastYear = (before: string, after = ''): ComparisonWording => ({ text: `${before}预算数与{lastYear}年相比{change}${after}` });
const REASON_MID = '，主要原因是：{reason}';

export const LUOYANG_NARRATIVE: NarrativeSpec = {
  unit: '万元',
  decimals: 2,
  partTitles: {
    profile: '第一部分 {department}部门概况',
    explanation: '第二部分 {year}年{department}部门预算情况说明',
    glossary: '第三部分 名词解释',
  },
  profile: { dutiesHeading: '一、主要职责', duty: '{n}.{duty}', compositionHeading: '二、预算单位构成情况' },
  change: {
    up: '增加{amount}万元，增长{rate}%',
    down: '减少{amount}万元，下降{rate}%',
    fromZero: '新增{amount}万元',
    flat: '保持一致',
  },
  // The seed's own wording is 行政（事业）单位机构运转经费; its 名词解释 (十) defines it over 行政单位
  // and 事业单位 alike, and NAR-OPERATING-FUNDS reads 机构运转经费 as every unit's 公用经费.
  operatingFundsScope: 'all-units',
  sections: [
    {
      topic: 'overall',
      heading: '一、收入支出预算总体情况说明',
      paragraphs: ['{department}{year}年收入总计{incomeTotal}万元，支出总计{expenditureTotal}万元{totalComparison}。{totalReason}'],
      comparisons: {
        total: { text: '，与{lastYear}年预算相比，收支总计各{change}', flat: '，与{lastYear}年预算相比，收支总计保持一致' },
      },
      reasons: { total: '主要原因是：{reason}。' },
    },
    {
      topic: 'income',
      heading: '二、收入预算总体情况说明',
      paragraphs: ['{department}{year}年收入合计{incomeThisYear}万元，其中：{sources}。{carryOver}'],
      variants: { none: ['{department}{year}年收入合计{incomeThisYear}万元。{carryOver}'] },
      parts: { source: '{name}{amount}万元', separator: '，', carryOver: '上年结转结余{amount}万元。' },
      labels: {
        'general-public-all': '一般公共预算收入',
        'government-fund': '政府性基金预算收入',
        'state-capital': '国有资本经营预算收入',
        'special-account': '财政专户管理资金收入',
        business: '事业收入',
        operating: '事业单位经营收入',
        'superior-subsidy': '上级补助收入',
        affiliated: '附属单位上缴收入',
        other: '其他收入',
        'business-fund': '用事业基金弥补收支差额',
      },
    },
    {
      topic: 'expenditure',
      heading: '三、支出预算总体情况说明',
      paragraphs: ['{department}{year}年支出合计{total}万元，其中：基本支出{basic}万元，占{basicShare}%；项目支出{project}万元，占{projectShare}%。'],
      variants: { zero: ['{department}{year}年支出合计{total}万元。'] },
    },
    {
      topic: 'fiscal',
      heading: '四、财政拨款收入支出预算总体情况说明',
      paragraphs: ['{department}{year}年一般公共预算收支预算{generalPublic}万元；政府性基金收支预算{governmentFund}万元；国有资本经营收支预算{stateCapital}万元。{comparisons}'],
      parts: { comparisons: '与{lastYear}年相比，{items}。', separator: '；' },
      comparisons: {
        generalPublic: { text: '一般公共预算收支预算{change}' },
        governmentFund: { text: '政府性基金收支预算{change}' },
        stateCapital: { text: '国有资本经营收支预算{change}' },
      },
      reasons: { generalPublic: REASON_MID, governmentFund: REASON_MID, stateCapital: REASON_MID },
    },
    {
      topic: 'generalPublic',
      heading: '五、一般公共预算支出预算情况说明',
      paragraphs: ['{department}{year}年一般公共预算支出年初预算为{total}万元。其中：基本支出{basic}万元，占{basicShare}%；项目支出{project}万元，占{projectShare}%。'],
      variants: { zero: ['{department}{year}年一般公共预算支出年初预算为{total}万元。'] },
    },
    {
      topic: 'basic',
      heading: '六、一般公共预算基本支出预算情况说明',
      paragraphs: ['{department}{year}年一般公共预算基本支出年初预算为{total}万元。其中：人员经费支出{personnel}万元，占{personnelShare}%；公用经费支出{public}万元，占{publicShare}%。'],
      variants: { zero: ['{department}{year}年一般公共预算基本支出年初预算为{total}万元。'] },
    },
    {
      topic: 'threePublic',
      heading: '七、一般公共预算“三公”经费支出预算情况说明',
      paragraphs: [
        '{department}{year}年“三公”经费支出预算为{total}万元。{totalComparison}{totalReason}',
        '具体支出情况如下：',
        '（一）因公出国（境）费{abroad}万元，主要用于单位工作人员公务出国（境）的住宿费、差旅费、伙食补助费、杂费、培训费等支出。{abroadComparison}',
        '（二）公务接待费{reception}万元，主要用于按规定开支的各类公务接待（含外宾接待）支出{receptionComparison}。',
        '（三）公务用车购置及运行费{vehicle}万元，主要用于公务用车购置以及开展工作所需公务用车的燃料费、维修费、过路过桥费、保险费、安全奖励费用等支出。其中：一是公务用车购置费{vehiclePurchase}万元{vehiclePurchaseComparison}；二是公务用车运行维护费{vehicleOperation}万元{vehicleOperationComparison}。',
      ],
      comparisons: {
        total: { text: '{year}年“三公”经费支出预算数与{lastYear}年相比{change}。' },
        abroad: vsLastYear('', '。'),
        reception: vsLastYear('，'),
        vehiclePurchase: vsLastYear('，'),
        vehicleOperation: vsLastYear('，'),
      },
      reasons: { total: '主要原因是：{reason}。' },
    },
    {
      topic: 'governmentFund',
      heading: '八、政府性基金支出预算情况说明',
      paragraphs: ['{department}{year}年政府性基金预算拨款安排的支出{total}万元，其中：基本支出{basic}万元，项目支出{project}万元。'],
      variants: { none: ['{department}{year}年无政府性基金预算拨款安排的支出。'] },
    },
    {
      topic: 'stateCapital',
      heading: '九、国有资本经营支出预算情况说明',
      paragraphs: ['{department}{year}年国有资本经营预算拨款安排的支出{total}万元，其中：基本支出{basic}万元，项目支出{project}万元。'],
      variants: { none: ['{department}{year}年无国有资本经营预算拨款安排的支出。'] },
    },
    {
      topic: 'other',
      heading: '十、其他重要事项情况说明',
      paragraphs: [],
      matters: [
        {
          matter: 'operatingFunds',
          heading: '（一）行政（事业）单位机构运转经费支出预算情况',
          paragraphs: ['{department}{year}年机构运转经费支出预算{amount}万元{use}。'],
          parts: { use: '，{use}' },
        },
        {
          matter: 'procurement',
          heading: '（二）政府采购支出预算情况',
          paragraphs: ['{department}{year}年政府采购预算安排{total}万元，其中：政府采购货物预算{goods}万元、政府采购工程预算{works}万元、政府采购服务预算{services}万元。'],
          variants: { missing: [] },
        },
        {
          matter: 'performance',
          heading: '（三）绩效目标设置情况',
          paragraphs: [
            '{department}{year}年预算项目均按要求编制了绩效目标，从项目产出、项目效益、满意度等方面设置了绩效指标，综合反映项目预期完成的数量、实效、质量，预期达到的社会经济效益、可持续影响以及服务对象满意度等情况。',
            '{department}{year}年对项目支出全面实施绩效目标管理，涉及预算拨款{amount}万元，共{count}个项目{note}。',
          ],
          variants: {
            // Some projects have no performance indicators: the text does not claim they all do.
            partial: ['{department}{year}年项目支出涉及预算拨款{amount}万元，共{count}个项目，部分项目尚未编制绩效目标{note}。'],
            none: ['{department}{year}年无项目支出。'],
          },
          parts: { note: '，{note}' },
        },
        {
          matter: 'assets',
          heading: '（四）国有资产占用情况',
          paragraphs: ['{asOf}，{department}共有车辆{vehicles}辆，其中：一般公务用车{general}辆、一般执法执勤用车{enforcement}辆、特种专业技术用车{special}辆、其他用车{other}辆；单位价值50万元以上通用设备{equipment50}套，单位价值100万元以上专用设备{equipment100}套。'],
          variants: { missing: [] },
          parts: { asOf: '{lastYear}年期末' },
        },
        {
          matter: 'transferPayments',
          heading: '（五）专项转移支付项目情况',
          paragraphs: ['{statement}'],
          variants: { none: ['{department}{year}年无负责管理的专项转移支付项目。'] },
        },
      ],
    },
  ],
  // 第三部分 名词解释, word for word as the seed prints them.
  glossary: [
    { term: '财政拨款收入', definition: '是指同级财政拨付的资金，包括一般公共预算拨款、政府性基金预算拨款、国有资本经营预算拨款。' },
    { term: '财政专户管理资金', definition: '是指缴入财政专户、实行专项管理的高中以上学费、住宿费、高校委托培养费、函大、电大、夜大及短训班培训费等教育收费。' },
    { term: '事业收入', definition: '是指事业单位开展专业活动及辅助活动所取得的收入，不包括教育收费。' },
    { term: '事业单位经营收入', definition: '是指事业单位在专业业务活动及其辅助活动之外开展非独立核算经营活动取得的收入。' },
    { term: '其他收入', definition: '是指部门取得的除“财政拨款”、“事业收入”、“事业单位经营收入”等以外的收入。' },
    { term: '用事业基金弥补收支差额', definition: '是指事业单位在当年的“财政拨款收入”、“事业收入”、“经营收入”和“其他收入”不足以安排当年支出的情况下，使用以前年度积累的事业基金（即事业单位以前各年度收支相抵后，按国家规定提取、用于弥补以后年度收支差额的基金）弥补当年收支缺口的资金。' },
    { term: '基本支出', definition: '是指为保障机构正常运转、完成日常工作任务所必需的开支，其内容包括人员经费和日常公用经费两部分。' },
    { term: '项目支出', definition: '是指在基本支出之外，为完成特定的行政工作任务或事业发展目标所发生的支出。' },
    { term: '“三公”经费', definition: '是指纳入同级财政预算管理，部门使用财政拨款安排的因公出国（境）费、公务用车购置及运行费和公务接待费。其中，因公出国（境）费反映单位公务出国（境）的住宿费、差旅费、伙食补助费、杂费、培训费等支出；公务用车购置及运行费反映单位公务用车购置费及租用费、燃料费、维修费、过路过桥费、保险费、安全奖励费用等支出；公务接待费反映单位按规定开支的各类公务接待（含外宾接待）支出。' },
    { term: '行政（事业）单位机构运转经费', definition: '是指为保障行政单位（包括行政单位和事业单位）运转用于购买货物和服务的各项资金，包括办公及印刷费、邮电费、差旅费、会议费、福利费、日常维修费及一般设备购置费、办公用房水电费、办公用房取暖费、办公用房物业管理费、公务用车运行维护费以及其他费用。' },
  ],
};
