// The five 财政项目支出绩效目标填报表 of 上海市普陀区人民政府万里街道办事处 2023 区级部门预算
// (shanghai-putuo-wanli-2023-dept-budget.pdf, pages 31–35), transcribed by hand from
// `pdftotext -f 31 -l 35 -layout` of the PDF: each form's fields and money (元, as printed), and its
// indicators (三级指标 and 年度(/项目)指标值; a name or value the layout broke over lines joined).
// Page 34's 43 indicators are given by kind and spot-checked; the other forms' are listed whole.
import type { IndicatorKind } from '../../src/core/model/budget.ts';

export interface WanliForm {
  page: number;
  name: string;
  nature: string;
  category: string;
  /** 项目资金总额, 其中：财政资金, 其他资金 (project); 年度资金申请总额, 其中：当年财政拨款, 上年结转资金, 其他资金 (year). */
  money: { projectTotal: string; projectFiscal: string; projectOther: string; total: string; government: string; carryOver: string; other: string };
  /** Every indicator in print order (page 34: spot checks only). */
  indicators: [IndicatorKind, string, string][];
  /** Indicators by kind. */
  counts: Partial<Record<IndicatorKind, number>>;
}

export const WANLI_FORMS_GOLDEN: WanliForm[] = [
  {
    page: 31, name: '新建万里街道社区公共服务中心', nature: '阶段性项目', category: '特定目标类',
    money: { projectTotal: '4,100,000.00', projectFiscal: '4,100,000.00', projectOther: '0.00', total: '4,100,000.00', government: '4,100,000.00', carryOver: '0.00', other: '0.00' },
    indicators: [
      ['output', '规划建筑面积', '≥13459.00(平方米)'],
      ['output', '完工及时率', '及时率'],
      ['cost', '预算内经费', '合规'],
      ['effect', '完善社区基础设施建设', '完善率'],
      ['satisfaction', '居民满意度', '满意度'],
    ],
    counts: { output: 2, cost: 1, effect: 1, satisfaction: 1 },
  },
  {
    page: 32, name: '就业援助基地补贴', nature: '经常性项目', category: '特定目标类',
    money: { projectTotal: '6,351,000.00', projectFiscal: '6,351,000.00', projectOther: '0.00', total: '6,351,000.00', government: '6,351,000.00', carryOver: '0.00', other: '0.00' },
    indicators: [
      ['output', '补贴对象申请审核完成率', '=100.00(%)'],
      ['output', '补贴对象审核达标率', '=100.00(%)'],
      ['effect', '补贴对象生活改善度', '补贴对象生活改善度不低于 80%'],
      ['satisfaction', '补贴对象满意度', '≥80.00(%)'],
    ],
    counts: { output: 2, effect: 1, satisfaction: 1 },
  },
  {
    page: 33, name: '社区环境整治和建设经费', nature: '经常性项目', category: '特定目标类',
    money: { projectTotal: '4,563,800.00', projectFiscal: '4,563,800.00', projectOther: '0.00', total: '4,563,800.00', government: '4,563,800.00', carryOver: '0.00', other: '0.00' },
    indicators: [
      ['output', '整治行动、病媒消杀', '≥12.00(次)'],
      ['output', '项目质量可控性', '可控性100%'],
      ['effect', '社区居民满意度、幸福感', '不低于50%'],
      ['satisfaction', '市容环境满意度', '不低于50%'],
    ],
    counts: { output: 2, effect: 1, satisfaction: 1 },
  },
  {
    page: 34, name: '各类工作经费', nature: '经常性项目', category: '特定目标类',
    money: { projectTotal: '7595500.00', projectFiscal: '7595500.00', projectOther: '0.00', total: '7595500.00', government: '7595500.00', carryOver: '0.00', other: '0.00' },
    indicators: [
      ['output', '成立社戒社康人员习得规范小组', '>6.00(次)'],
      ['output', '按计划数量完成', '慰问人数不少于 100人,宣传用品不少于 20000份'],
      ['output', '基干民兵整组工作', '≥100.00(人数)'],
      ['output', '做好禁毒示范城区标准化建设', '做好禁毒示范城区标准化建设'],
      ['output', '民兵训练及备勤工作', '根据区人武部安排 ，完成民兵训练任务及备勤任务'],
      ['effect', '扩大禁毒宣传教育覆盖面', '扩大'],
      ['effect', '宣传工作覆盖面不断扩大', '宣传工作覆盖面不断扩大'],
      ['effect', '解决小朋友寒暑假看护难问题', '≥120.00(人次)'],
      ['satisfaction', '特殊人员及群体满意', '90.00(度)'],
      ['satisfaction', '党员群众满意度', '党员群众满意度不少于 80%'],
    ],
    counts: { output: 23, effect: 14, satisfaction: 6 },
  },
  {
    page: 35, name: '公共服务设施运行经费', nature: '经常性项目', category: '其他运转类',
    money: { projectTotal: '10,903,043.00', projectFiscal: '10,903,043.00', projectOther: '0.00', total: '10,903,043.00', government: '11,419,043.00', carryOver: '0.00', other: '0.00' },
    indicators: [
      ['output', '开展活动300场', '=300.00(场)'],
      ['output', '环境卫生及保安服务', '卫生整洁、内部安全有序'],
      ['output', '居民参与率', '居民参与率不低于 100%'],
      ['output', '维修处理及时率', '维修响应速度快'],
      ['output', '房屋质量', '房屋完好'],
      ['effect', '加强工作人员队伍建设', '是'],
      ['effect', '安全责任事故', '安全无事故'],
      ['satisfaction', '居民满意度', '90%'],
      ['satisfaction', '工作人员满意度', '≥95.00(%)'],
    ],
    counts: { output: 5, effect: 2, satisfaction: 2 },
  },
];

/** 其他相关情况说明 (p. 29): “编报绩效目标的项目5个，涉及项目预算资金3328.13万元。” */
export const WANLI_PERF_STATEMENT = { projects: 5, wan: '3328.13' };
