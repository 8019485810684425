// Curated data shared by all department kinds: regions, common projects, indicator pools and the
// reasons people write for changes. Names follow real Henan disclosures (see the seed document).
import { ind, t, type IndicatorTemplate, type ProjectTemplate } from './profile-types.ts';

/** Cities with their 4-digit administrative-division prefix and districts (2-digit suffix). */
export const REGIONS: readonly { city: string; code: string; districts: readonly [string, string][] }[] = [
  { city: '洛阳市', code: '4103', districts: [['老城区', '02'], ['西工区', '03'], ['瀍河回族区', '04'], ['涧西区', '05'], ['洛龙区', '11']] },
  { city: '郑州市', code: '4101', districts: [['中原区', '02'], ['二七区', '03'], ['管城回族区', '04'], ['金水区', '05'], ['惠济区', '08']] },
  { city: '开封市', code: '4102', districts: [['龙亭区', '02'], ['顺河回族区', '03'], ['鼓楼区', '04'], ['禹王台区', '05']] },
  { city: '平顶山市', code: '4104', districts: [['新华区', '02'], ['卫东区', '03'], ['石龙区', '04'], ['湛河区', '11']] },
  { city: '安阳市', code: '4105', districts: [['文峰区', '02'], ['北关区', '03'], ['殷都区', '05'], ['龙安区', '06']] },
  { city: '新乡市', code: '4107', districts: [['红旗区', '02'], ['卫滨区', '03'], ['凤泉区', '04'], ['牧野区', '11']] },
  { city: '焦作市', code: '4108', districts: [['解放区', '02'], ['中站区', '03'], ['马村区', '04'], ['山阳区', '11']] },
  { city: '许昌市', code: '4110', districts: [['魏都区', '02'], ['建安区', '03']] },
  { city: '南阳市', code: '4113', districts: [['宛城区', '02'], ['卧龙区', '03']] },
  { city: '商丘市', code: '4114', districts: [['梁园区', '02'], ['睢阳区', '03']] },
];

/** Projects any department may have. */
export const COMMON_PROJECTS: readonly ProjectTemplate[] = [
  t('信息化运维经费', 'o', '30213 30227 31007', 'S', 'run'),
  t('劳务派遣人员工资', 's', '30226 30199', 'S'),
  t('办公楼物业管理费', 'o', '30209 30205 30206', 'S', 'run'),
  t('党建工作经费', 's', '30201 30202 30216', 'S'),
  t('档案数字化经费', 's', '30227 30218 31007', 'S'),
  t('法律顾问服务费', 's', '30203 30227', 'S'),
  t('机关食堂运转经费', 'o', '30218 30226 30299', 'S', 'run'),
  t('办公设备更新购置', 's', '31002 30201', 'S', 'run'),
  t('干部职工培训经费', 's', '30216 30211', 'S'),
  t('宣传工作经费', 's', '30202 30227 30299', 'S'),
  t('办公用房维修改造', 's', '31006 30213', 'M', 'run'),
  t('网络安全等级保护测评经费', 's', '30227 30203', 'S', 'run'),
  t('政务服务窗口运行经费', 'o', '30201 30226 30299', 'S', 'run'),
  t('临时聘用人员经费', 's', '30226 30199 30112', 'S'),
  t('离退休人员活动经费', 'o', '30299 30399', 'S', 'run'),
  t('文明创建工作经费', 's', '30202 30227 30299', 'S'),
  t('保密工作经费', 's', '30218 31002', 'S', 'run'),
  t('督查考核工作经费', 's', '30211 30227 30299', 'S'),
  t('平安建设工作经费', 's', '30227 30299 30202', 'S'),
  t('办公楼水电暖费用', 'o', '30205 30206 30208', 'S', 'run'),
  t('乡村振兴驻村工作经费', 's', '30211 30299', 'S'),
  t('信访维稳工作经费', 's', '30227 30299', 'S'),
];

/** The project that buys official vehicles (its 31013 line is the “三公” 公务用车购置费). */
export const VEHICLE_PROJECT: ProjectTemplate = t('公务用车更新购置', 's', '31013', 'S', 'run');

export const COST_NAMES: readonly string[] = [
  '人员工资及社保', '劳务派遣管理费', '委托服务费', '设备购置成本', '运维服务费', '物业、水、电费',
  '宽带费', '培训成本', '印刷宣传成本', '材料费', '维修改造成本', '项目总成本', '补助发放标准',
];

export const OUTPUTS: readonly IndicatorTemplate[] = [
  ind('购买服务项目个数', '≥{n}个', 1, 10), ind('服务人数', '≥{n}人', 50, 3000),
  ind('培训人次', '≥{n}人', 30, 800), ind('资金使用合规率', '100%'), ind('资金拨付及时率', '100%'),
  ind('设备完好率', '≥{n}%', 90, 98), ind('项目完成率', '100%'), ind('物业服务面积', '≥{n}平方米', 300, 12000),
  ind('项目周期', '{n}年', 1, 1), ind('覆盖社区数', '≥{n}个', 5, 60), ind('人员数', '{n}人', 1, 60),
  ind('资金发放到位率', '100%'), ind('系统正常运行率', '≥{n}%', 95, 99), ind('组建服务队伍', '≥{n}支', 1, 12),
];

export const EFFECTS: readonly IndicatorTemplate[] = [
  ind('改善工作环境', '有所改善'), ind('提升服务群众能力', '持续提高'), ind('保障单位工作有序开展', '良好'),
  ind('群众知晓率', '≥{n}%', 80, 95), ind('社会治理水平', '逐年提高'), ind('提供就业岗位', '{n}人', 1, 30),
  ind('工作效率', '持续提高'), ind('促进社会和谐稳定', '持续提高'),
];

export const SATISFACTIONS: readonly IndicatorTemplate[] = [
  ind('服务对象满意度', '≥{n}%', 90, 98), ind('单位满意度', '≥{n}%', 90, 98), ind('群众满意度', '≥{n}%', 85, 95),
  ind('人员满意度', '≥{n}%', 90, 98), ind('社区居民满意度', '≥{n}%', 85, 95),
  ind('受益群众满意度', '≥{n}%', 85, 95), ind('参训人员满意度', '≥{n}%', 90, 98),
];

/** 二级指标 per project indicator kind. */
export const LEVEL2 = {
  cost: ['经济成本指标'],
  output: ['数量指标', '质量指标', '时效指标'],
  effect: ['社会效益指标', '可持续影响指标'],
  satisfaction: ['服务对象满意度指标'],
} as const;

/** Department-level 投入管理 indicators (部门整体绩效目标表), as in the seed. */
export const MANAGEMENT_INDICATORS: readonly { level2: string; name: string; value: string; note: string }[] = [
  { level2: '预算和财务管理', name: '预算执行率', value: '≥95%', note: '预算执行率=(预算完成数/预算数)×100%。' },
  { level2: '预算和财务管理', name: '预算调整率', value: '≤15%', note: '预算调整率=(预算调整数-年初预算数)/年初预算数×100%。' },
  { level2: '预算和财务管理', name: '结转结余率', value: '≤15%', note: '结转结余率=结转结余总额/预算数×100%。' },
  { level2: '预算和财务管理', name: '“三公经费”控制率', value: '≤100%', note: '“三公经费”控制率=本年度“三公经费”实际支出数/“三公经费”预算数×100%。' },
  { level2: '预算和财务管理', name: '政府采购执行率', value: '≥80%', note: '政府采购执行率=(实际政府采购金额/政府采购预算数)×100%。' },
  { level2: '预算和财务管理', name: '资金使用合规性', value: '合规', note: '是否按照相关法律法规以及资金管理办法规定的用途使用预算资金。' },
  { level2: '预算和财务管理', name: '预决算信息公开性', value: '公开', note: '是否按规定内容和时限公开预决算信息。' },
  { level2: '工作目标管理', name: '年度履职目标相关性', value: '相关', note: '年度履职目标是否与部门职责、工作规划和重点工作相关。' },
  { level2: '工作目标管理', name: '绩效指标合理性', value: '合理', note: '绩效指标是否清晰、细化、可评价、可衡量。' },
  { level2: '绩效管理', name: '绩效目标编制完成率', value: '100%', note: '已完成绩效目标编制项目数量/部门应编制绩效目标项目总数×100%。' },
  { level2: '绩效管理', name: '绩效自评完成率', value: '100%', note: '已完成评价项目数量/部门项目总数×100%。' },
];

export const REASONS = {
  increase: [
    '人员调整及工资标准提高，人员经费相应增加。',
    '新增重点工作任务，项目支出相应增加。',
    '机构职能调整，工作任务增多，经费增加。',
    '落实民生保障政策，相关补助资金增加。',
  ],
  decrease: [
    '落实过紧日子要求，压减一般性支出。',
    '部分项目上年已完成，本年不再安排。',
    '人员退休及调出，人员经费相应减少。',
    '严格控制项目预算，优化支出结构。',
  ],
  flat: ['人员和工作任务无重大变化，预算与上年持平。'],
} as const;

/** Reasons for a change of 政府性基金 money. */
export const FUND_REASONS = {
  increase: ['新增政府性基金预算安排的项目支出。'],
  decrease: ['部分政府性基金项目上年已实施完毕，本年不再安排。'],
  flat: ['政府性基金预算安排的项目与上年一致。'],
} as const;
