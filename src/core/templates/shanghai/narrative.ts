// The Shanghai narrative as data: 一、主要职能, 二、机构设置, 三、名词解释, 四、预算编制说明 (before
// the tables, 五) and 六、其他相关情况说明 (after them), worded as the municipal 2025 unit budget
// prints them (上海市财政局, test/fixtures/corpus/shanghai-czj-2025-unit-budget.pdf); the 部门
// variant swaps 单位 for 部门 as 普陀区万里街道 2023 does. Amounts in 万元 with thousands separators:
// whole 万元 in the 编制说明, 2 decimals elsewhere. Slots: src/core/narrative/shanghai-*.ts.
import type { ComparisonWording, NarrativeSpec } from '../types.ts';

/** “，比2024年预算减少990万元” / “，与2024年预算持平”. */
const VS_LAST: ComparisonWording = { text: '，比{lastYear}年预算{change}', flat: '，与{lastYear}年预算持平' };

/** Kinds of vehicles as printed: 一般公务用车 split in five, or (not split) as one. */
const KINDS_DETAIL = '部级领导干部用车{ministerial}辆、主要领导干部用车{leading}辆、机要通信用车{confidential}辆、应急保障用车{emergency}辆、执法执勤用车{enforcement}辆、特种专业技术用车{special}辆、离退休干部用车{retired}辆、其他用车{other}辆';
const KINDS_GENERAL = '一般公务用车{general}辆、执法执勤用车{enforcement}辆、特种专业技术用车{special}辆、其他用车{other}辆';

/** word: 单位 / 部门; level: 市级 / 区级 is not printed by the wording (名词解释 keeps 市级). */
export function shanghaiNarrative(word: '单位' | '部门'): NarrativeSpec {
  return {
    unit: '万元',
    decimals: 2,
    thousands: true,
    partTitles: {
      profile: `${word}概况`,
      explanation: `${word}预算编制说明`,
      glossary: '名词解释',
    },
    profile: {
      dutiesHeading: `{department}（${word}）主要职能`,
      duty: '（{cn}）{duty}',
      compositionHeading: `{department}（${word}）机构设置`,
    },
    change: { up: '增加{amount}万元', down: '减少{amount}万元', fromZero: '增加{amount}万元', flat: '持平' },
    operatingFundsScope: 'organs',
    sections: [
      {
        topic: 'budgetNotes',
        heading: `{year}年${word}预算编制说明`,
        decimals: 0,
        paragraphs: [
          '{year}年，{department}收入预算{incomeTotal}万元，其中：财政拨款收入{fiscalIncome}万元{fiscalIncomeComparison}；事业收入{business}万元；事业单位经营收入{operating}万元；其他收入{other}万元。',
          '支出预算{expenditureTotal}万元，其中：财政拨款支出预算{fiscal}万元{fiscalComparison}。财政拨款支出预算中，一般公共预算拨款支出预算{generalPublic}；政府性基金拨款支出预算{governmentFund}；国有资本经营预算拨款支出预算{stateCapital}。',
          '{reason}',
          '财政拨款支出主要内容如下：',
          '{classes}',
        ],
        comparisons: { fiscal: VS_LAST, generalPublic: VS_LAST, governmentFund: VS_LAST, stateCapital: VS_LAST },
        parts: {
          amount: '{amount}万元{comparison}',
          zero: '为0',
          reason: '财政拨款收入支出{direction}的主要原因是{reason}。',
          class: '{n}.“{name}”科目{amount}万元{use}。',
          use: '，{use}',
        },
        labels: { increase: '增加', decrease: '减少' },
      },
      {
        topic: 'otherNotes',
        heading: '其他相关情况说明',
        paragraphs: [
          '一、{year}年“三公”经费预算情况说明',
          '{year}年“三公”经费预算数为{total}万元{totalComparison}。{totalReason}其中：',
          '（一）因公出国（境）费{abroad}万元{abroadComparison}。',
          '（二）公务用车购置及运行费{vehicle}万元{vehicleComparison}。其中：公务用车购置费{vehiclePurchase}万元{vehiclePurchaseComparison}；公务用车运行费{vehicleOperation}万元{vehicleOperationComparison}。',
          '（三）公务接待费{reception}万元{receptionComparison}。',
          '二、机关运行经费预算',
          `{year}年{department}财政拨款的机关运行经费预算为{operatingFunds}万元。`,
          '三、政府采购预算情况',
          '{procurement}',
          '四、绩效目标设置情况',
          '{performance}',
          '五、国有资产占有使用情况',
          '{assets}',
          '{planned}',
        ],
        comparisons: {
          total: VS_LAST, abroad: VS_LAST, reception: VS_LAST, vehicle: VS_LAST,
          vehiclePurchase: VS_LAST, vehicleOperation: VS_LAST,
        },
        reasons: { total: '主要原因是{reason}。' },
        parts: {
          procurement: `{year}年度本${word}政府采购预算{total}万元，其中：政府采购货物预算{goods}万元、政府采购工程预算{works}万元、政府采购服务预算{services}万元。`,
          performance: `{year}年度，本${word}编报绩效目标的项目共{projects}个，涉及项目预算资金{amount}万元。`,
          assets: '截至{asOf}，{department}共有车辆{vehicles}辆，其中：{kinds}；{equipment}。',
          asOf: '{lastYear}年底',
          kindsDetail: KINDS_DETAIL,
          kindsGeneral: KINDS_GENERAL,
          equipment100: '单价100万元（含）以上设备（不含车辆）{n}台（套）',
          equipmentSplit: '单位价值50万元以上通用设备{general50}台（套）、单位价值100万元以上专用设备{special100}台（套）',
          planned: '{year}年部门预算安排购置车辆{vehicles}辆，其中：{kinds}；部门预算安排购置单价100万元（含）以上设备（不含车辆）{equipment100}台（套）。',
        },
      },
    ],
    glossaryList: { heading: '名词解释', entry: '（{cn}）{term}：{definition}' },
    // 名词解释 word for word as the municipal 2025 unit budget prints them.
    glossary: [
      { term: '财政拨款收入', definition: '是市级预算主管部门及所属预算单位本年度从本级财政部门取得的财政拨款，包括一般公共预算财政拨款、政府性基金预算财政拨款和国有资本经营预算财政拨款。' },
      { term: '事业收入', definition: '指事业单位开展专业业务活动及其辅助活动取得的收入。' },
      { term: '事业单位经营收入', definition: '指事业单位在专业业务活动及其辅助活动之外开展非独立核算经营活动取得的收入。' },
      { term: '其他收入', definition: '指除上述“财政拨款收入”、“事业收入”、“事业单位经营收入”等以外的收入。' },
      { term: '基本支出预算', definition: '是市级预算主管部门及所属预算单位为保障其机构正常运转、完成日常工作任务而编制的年度基本支出计划，包括人员经费和公用经费两部分。' },
      { term: '项目支出预算', definition: '是市级预算主管部门及所属预算单位为完成行政工作任务、事业发展目标或政府发展战略、特定目标，在基本支出之外编制的年度支出计划。' },
      { term: '“三公”经费', definition: '是与市级财政有经费领拨关系的部门及其下属预算单位使用市级财政拨款安排的因公出国（境）费、公务用车购置及运行费、公务接待费。其中：因公出国（境）费主要安排机关及下属预算单位人员的国际合作交流、重大项目洽谈、境外培训研修等的国际旅费、国外城市间交通费、住宿费、伙食费、培训费、公杂费等支出；公务接待费主要安排全国性专业会议、国家重大政策调研、专项检查以及外事团组接待交流等执行公务或开展业务所需住宿费、交通费、伙食费等支出；公务用车购置及运行费主要安排编制内公务车辆的报废更新，以及用于安排市内因公出差、公务文件交换、日常工作开展等所需公务用车燃料费、维修费、过路过桥费、保险费等支出。' },
      { term: '机关运行经费', definition: '指行政单位和参照公务员法管理的事业单位使用一般公共预算财政拨款安排的基本支出中的日常公用经费支出。' },
    ],
    contents: [
      { title: `一、${word}主要职能`, section: ['profile', 0] },
      { title: `二、${word}机构设置`, section: ['profile', 1] },
      { title: '三、名词解释', section: ['glossary', 0] },
      { title: `四、${word}预算编制说明`, section: ['explanation', 0] },
      { title: `五、${word}预算表`, section: 'tables' },
      { title: '六、其他相关情况说明', section: ['explanation', 1] },
    ],
  };
}
