// A small valid Budget file as plain data (what YAML/JSON parsing yields), for tests that mutate
// it into malformed ones: one 行政单位 (517001), year 2023, template luoyang, real codes from the
// seed (2120101 行政运行, 30101 基本工资, 30201 办公费) and one project. Amounts in 万元.

export type RawBudget = Record<string, unknown> & {
  department: { code: string; name: string; units: Record<string, unknown>[] };
  income: Record<string, unknown>[];
  lines: Record<string, unknown>[];
  projects: Record<string, unknown>[];
};

export const PROJECT_ID = '410305230000000025533';

/** A fresh copy each call, so a test may mutate it. */
export function validBudget(): RawBudget {
  return {
    schema: 'yusuan/budget@1',
    year: 2023,
    template: 'luoyang',
    unit: '万元',
    department: {
      code: '517',
      name: '洛阳市涧西区社区治理和服务创新办公室',
      units: [{ code: '517001', name: '洛阳市涧西区社区治理和服务创新办公室', type: '行政单位' }],
    },
    income: [{ source: '一般公共预算拨款', amount: 65.41 }],
    closingBalance: 0,
    lines: [
      { unit: '517001', source: 'general-public', functionCode: '2120101', economicCode: '30101', nature: 'personnel', amount: 49.81 },
      { unit: '517001', source: 'general-public', functionCode: '2120101', economicCode: '30201', nature: 'public', amount: 10 },
      { unit: '517001', source: 'general-public', functionCode: '2120101', nature: 'project', project: PROJECT_ID, amount: '5.60' },
    ],
    projects: [
      {
        id: PROJECT_ID,
        name: '2023年社会组织服务中心运转经费',
        unit: '517001',
        category: '其他运转类',
        indicators: [
          { kind: '成本指标', name: '宽带费', value: '≤1000元' },
          { kind: '产出指标', name: '服务社会组织数量', value: '≥20个' },
          { kind: '效益指标', name: '社区治理水平', value: '有所改善' },
          { kind: '满意度指标', name: '服务对象满意度', value: '≥90%' },
        ],
      },
    ],
    threePublic: { abroad: 0, vehiclePurchase: 0, vehicleOperation: 0, reception: 0.1 },
    performance: {
      goal: '健全社区治理体系，提升社区服务能力。',
      tasks: [{ name: '加强社区民主管理建设', content: '持续加强社区阵地建设、建强居民委员会' }],
      indicators: [
        { level1: '产出指标', level2: '履职目标实现', name: '社区工作人员持证上岗人数', value: '≥220人' },
        { level1: '效益指标', level2: '履职效益', name: '居民参与社区治理', value: '持续提高' },
        { level1: '满意度指标', level2: '满意度', name: '辖区居民满意度', value: '≥90%' },
      ],
    },
    lastYear: { total: 60, generalPublic: 60, threePublic: { abroad: 0, vehiclePurchase: 0, vehicleOperation: 0, reception: 0.1 } },
  };
}
