// Golden reading of the two 上海市普陀区 2026 Excel templates (../shared/corpus/
// shanghai-putuo-2026-{dept,unit}-template.xlsx), transcribed by hand from the workbooks as opened
// (cell by cell: sheet names, titles, 编制部门/单位 lines, header labels as laid out by the merges,
// every placeholder in the table bodies). Not produced by yusuan's reader.

export interface GoldenTable {
  sheet: string;
  titleCell: string;
  title: string;
  preamble: string[];
  /** Header rows, one label per column (a merged label repeated over its columns and rows). */
  header: string[][];
  /** The cell holding each label of the last header row. */
  leafCells: string[];
  /** Every non-empty body cell. */
  body: Record<string, string>;
  notes: string[];
}

const rep = (label: string, n: number): string[] => Array<string>(n).fill(label);

/** 类/款/项 functional header of the income, expenditure and appropriation tables. */
function functional(group: string, groupWidth: number, amounts: string[]): string[][] {
  return [
    [...rep('项目', 4), ...rep(group, groupWidth)],
    [...rep('功能分类科目编码', 3), '功能分类科目名称', ...amounts],
    ['类', '款', '项', '功能分类科目名称', ...amounts],
  ];
}

const FN_LEAVES_7 = ['A8', 'B8', 'C8', 'D7', 'E7', 'F7', 'G7'];

/** The placeholder rows the 2026 department template prints in its 收入 / 支出 / 一般公共预算 tables. */
const DEPT_FN_BODY = {
  A9: '205', D9: '教育支出',
  A10: '205', B10: '02', D10: '普通教育',
  A11: '205', B11: '02', C11: '05', D11: '高等教育',
  A12: '…', D12: '…',
  A13: '207', D13: '文化旅游体育与传媒支出',
  A14: '207', B14: '99', D14: '其他文化旅游体育与传媒支出',
  A15: '…', D15: '…',
  A16: '…', D16: '…',
  A17: '…', D17: '…',
};

const UNIT_FN_BODY = {
  A9: '205', D9: '教育支出',
  A10: '205', B10: '02', D10: '普通教育',
  A11: '205', B11: '02', C11: '05', D11: '高等教育',
  A12: '…', D12: '…',
};

const GF_BODY = {
  A9: '229', D9: '其他支出',
  A10: '229', B10: '08', D10: '彩票发行销售机构业务费安排的支出',
  A11: '229', B11: '08', C11: '04', D11: '福利彩票销售机构的业务费支出',
  A12: '…', B12: '…', C12: '…', D12: '…',
};

const SC_BODY = {
  A9: '223', D9: '国有资本经营预算支出',
  A10: '223', B10: '01', D10: '解决历史遗留问题及改革成本支出',
  A11: '223', B11: '01', C11: '05', D11: '国有企业退休人员社会化管理补助支出',
  A12: '…', D12: '…',
  A13: '…', D13: '…',
};

const ECON_BODY = {
  A9: '301', C9: '工资福利支出',
  A10: '301', B10: '01', C10: '基本工资',
  A11: '…', B11: '…', C11: '…',
  A12: '303', C12: '对个人和家庭的补助',
  A13: '303', B13: '04', C13: '抚恤金',
  A21: '合计',
};

const THREE_PUBLIC_HEADER = [
  [...rep('“三公”经费预算数', 6), '机关运行经费预算数'],
  ['合计', '因公出国(境)费', '公务接待费', ...rep('公务用车购置及运行费', 3), '机关运行经费预算数'],
  ['合计', '因公出国(境)费', '公务接待费', '小计', '购置费', '运行费', '机关运行经费预算数'],
];

export const DEPT_TEMPLATE: GoldenTable[] = [
  {
    sheet: '部门收支总表', titleCell: 'A2', title: '2026年部门财务收支预算总表', preamble: ['编制部门：', '单位：元'],
    header: [['本年收入', '本年收入', '本年支出', '本年支出'], ['项目', '预算数', '项目', '预算数']],
    leafCells: ['A7', 'B7', 'C7', 'D7'],
    body: {
      A8: '一、财政拨款收入', C8: '一、一般公共服务支出', A9: '1. 一般公共预算', C9: '二、…', A10: '2. 政府性基金预算', C10: '三、',
      A11: '3. 国有资本经营预算', A12: '二、事业收入', A13: '三、事业单位经营收入', A14: '四、其他收入', A21: '收入总计', C21: '支出总计',
    },
    notes: [],
  },
  {
    sheet: '部门收入总表', titleCell: 'A2', title: '2026年部门收入预算总表', preamble: ['编制部门：', '单位：元'],
    header: functional('收入预算', 5, ['合计', '财政拨款收入', '事业收入', '事业单位\n经营收入', '其他收入']),
    leafCells: ['A8', 'B8', 'C8', 'D7', 'E7', 'F7', 'G7', 'H7', 'I7'],
    body: { ...DEPT_FN_BODY, A20: '合计' },
    notes: [],
  },
  {
    sheet: '部门支出总表', titleCell: 'A2', title: '2026年部门支出预算总表', preamble: ['编制部门：', '单位：元'],
    header: functional('支出预算', 3, ['合计', '基本支出', '项目支出']),
    leafCells: FN_LEAVES_7,
    body: { ...DEPT_FN_BODY, A20: '合计' },
    notes: [],
  },
  {
    sheet: '部门财政拨款收支总表', titleCell: 'A2', title: '2026年部门财政拨款收支预算总表', preamble: ['编制部门：', '单位：元'],
    header: [[...rep('财政拨款收入', 2), ...rep('财政拨款支出', 5)], ['项目', '预算数', '项目', '合计', '一般公共预算', '政府性基金预算', '国有资本经营预算']],
    leafCells: ['A7', 'B7', 'C7', 'D7', 'E7', 'F7', 'G7'],
    body: { A8: '一、一般公共预算', C8: '一、一般公共服务支出', A9: '二、政府性基金预算', C9: '二、…', A10: '三、国有资本经营预算', C10: '三、', A21: '收入总计', C21: '支出总计' },
    notes: [],
  },
  {
    sheet: '部门一般公共预算拨款表', titleCell: 'A2', title: '2026年部门一般公共预算支出功能分类预算表', preamble: ['编制部门：', '单位：元'],
    header: functional('一般公共预算支出', 3, ['合计', '基本支出', '项目支出']),
    leafCells: FN_LEAVES_7,
    body: { ...DEPT_FN_BODY, A21: '合计' },
    notes: [],
  },
  {
    sheet: '部门政府性基金拨款表', titleCell: 'A2', title: '2026年部门政府性基金预算支出功能分类预算表', preamble: ['编制部门：', '单位：元'],
    header: functional('政府性基金预算支出', 3, ['合计', '基本支出', '项目支出']),
    leafCells: FN_LEAVES_7,
    body: { ...GF_BODY, A21: '合计' },
    notes: [],
  },
  {
    sheet: '部门国有资本经营预算拨款表 ', titleCell: 'A2', title: '2026年部门国有资本经营预算支出功能分类预算表', preamble: ['编制部门：', '单位：元'],
    header: functional('国有资本经营预算支出', 3, ['合计', '基本支出', '项目支出']),
    leafCells: FN_LEAVES_7,
    body: { ...SC_BODY, A21: '合计' },
    notes: [],
  },
  {
    sheet: '部门一般公共预算拨款基本支出明细表', titleCell: 'A2', title: '2026年部门一般公共预算基本支出部门预算经济分类预算表', preamble: ['编制部门：', '单位：元'],
    header: [
      [...rep('项目', 3), ...rep('一般公共预算基本支出', 3)],
      ['部门预算经济分类科目编码', '部门预算经济分类科目编码', '经济分类科目名称', '合计', '人员经费', '公用经费'],
      ['类', '款', '经济分类科目名称', '合计', '人员经费', '公用经费'],
    ],
    leafCells: ['A8', 'B8', 'C7', 'D7', 'E7', 'F7'],
    body: ECON_BODY,
    notes: [],
  },
  {
    sheet: '部门“三公”经费和机关运行费预算表', titleCell: 'A2', title: '2026年部门“三公”经费和机关运行经费预算表', preamble: ['编制部门：', '单位:万元'],
    header: THREE_PUBLIC_HEADER,
    leafCells: ['A5', 'B5', 'C5', 'D6', 'E6', 'F6', 'G4'],
    body: {},
    notes: [],
  },
];

export const UNIT_TEMPLATE: GoldenTable[] = [
  {
    sheet: '单位收支总表', titleCell: 'A2', title: '2026年预算单位财务收支预算总表', preamble: ['编制单位：', '单位：元'],
    header: [
      [...rep('本年收入', 2), ...rep('本年支出', 5)],
      ['项目', '预算数', '项目', ...rep('预算数', 4)],
      ['项目', '预算数', '项目', '合计', '基本支出', '基本支出', '项目支出'],
      ['项目', '预算数', '项目', '合计', '人员经费', '公用经费', '项目支出'],
    ],
    leafCells: ['A7', 'B7', 'C7', 'D8', 'E9', 'F9', 'G8'],
    body: {
      A10: '一、财政拨款收入', C10: '一、一般公共服务支出', A11: '1、一般公共预算', C11: '二、', A12: '2、政府性基金预算', C12: '三、',
      A13: '3、国有资本经营预算', C13: '四、', A14: '二、事业收入', A15: '三、事业单位经营收入', A16: '四、其他收入', A21: '收入总计', C21: '支出总计',
    },
    notes: [],
  },
  {
    sheet: '单位收入总表', titleCell: 'A2', title: '2026年预算单位收入预算总表', preamble: ['编制单位：', '单位：元'],
    header: functional('收入预算', 5, ['合计', '财政拨款收入', '事业收入', '事业单位\n经营收入', '其他收入']),
    leafCells: ['A8', 'B8', 'C8', 'D7', 'E7', 'F7', 'G7', 'H7', 'I7'],
    body: { ...UNIT_FN_BODY, A20: '合计' },
    notes: [],
  },
  {
    sheet: '单位支出总表', titleCell: 'A2', title: '2026年预算单位支出预算总表', preamble: ['编制单位：', '单位：元'],
    header: functional('支出预算', 3, ['合计', '基本支出', '项目支出']),
    leafCells: FN_LEAVES_7,
    body: { ...UNIT_FN_BODY, A20: '合计' },
    notes: [],
  },
  {
    sheet: '单位财政拨款收支总表', titleCell: 'A2', title: '2026年预算单位财政拨款收支预算总表', preamble: ['编制单位：', '单位：元'],
    header: [[...rep('财政拨款收入', 2), ...rep('财政拨款支出', 5)], ['项目', '预算数', '项目', '合计', '一般公共预算', '政府性基金预算', '国有资本经营预算']],
    leafCells: ['A7', 'B7', 'C7', 'D7', 'E7', 'F7', 'G7'],
    body: { A8: '一、一般公共预算', C8: '一、一般公共服务支出', A9: '二、政府性基金预算', C9: '二、…', A10: '三、国有资本经营预算', C10: '三、', A21: '收入总计', C21: '支出总计' },
    notes: [],
  },
  {
    sheet: '单位一般公共预算拨款表', titleCell: 'A2', title: '2026年预算单位一般公共预算支出功能分类预算表', preamble: ['编制单位：', '单位：元'],
    header: functional('一般公共预算支出', 3, ['合计', '基本支出', '项目支出']),
    leafCells: FN_LEAVES_7,
    body: { ...UNIT_FN_BODY, A21: '合计' },
    notes: [],
  },
  {
    sheet: '单位政府性基金拨款表', titleCell: 'A2', title: '2026年预算单位政府性基金预算支出功能分类预算表', preamble: ['编制单位：', '单位：元'],
    header: functional('政府性基金预算支出', 3, ['合计', '基本支出', '项目支出']),
    leafCells: FN_LEAVES_7,
    body: { ...GF_BODY, A21: '合计' },
    notes: [],
  },
  {
    sheet: '单位国有资本经营预算拨款表 ', titleCell: 'A2', title: '2026年预算单位国有资本经营预算支出功能分类预算表', preamble: ['编制单位：', '单位：元'],
    header: functional('国有资本经营预算支出', 3, ['合计', '基本支出', '项目支出']),
    leafCells: FN_LEAVES_7,
    body: { ...SC_BODY, A21: '合计' },
    notes: [],
  },
  {
    sheet: '单位一般公共预算拨款基本支出明细表', titleCell: 'A2', title: '2026年预算单位一般公共预算基本支出部门预算经济分类预算表', preamble: ['编制单位：', '单位：元'],
    header: [
      [...rep('项目', 3), ...rep('一般公共预算基本支出', 3)],
      ['经济分类科目编码', '经济分类科目编码', '部门经济分类科目名称', '合计', '人员经费', '公用经费'],
      ['类', '款', '部门经济分类科目名称', '合计', '人员经费', '公用经费'],
    ],
    leafCells: ['A8', 'B8', 'C7', 'D7', 'E7', 'F7'],
    body: ECON_BODY,
    notes: [],
  },
  {
    sheet: '单位“三公”经费和机关运行费预算表', titleCell: 'A2', title: '2026年单位“三公”经费和机关运行经费预算表', preamble: ['编制单位：', '单位:万元'],
    header: THREE_PUBLIC_HEADER,
    leafCells: ['A5', 'B5', 'C5', 'D6', 'E6', 'F6', 'G4'],
    body: {},
    notes: [],
  },
];

/** The 目录 entries as printed (leader dots and page numbers set aside). */
export const DEPT_CONTENTS = [
  '一、部门主要职能', '二、部门机构设置', '三、名词解释', '四、部门预算编制说明', '五、部门预算表',
  '1. 2026年部门财务收支预算总表', '2. 2026年部门收入预算总表', '3. 2026年部门支出预算总表', '4．2026年部门财政拨款收支预算总表',
  '5．2026年部门一般公共预算支出功能分类预算表', '6．2026年部门政府性基金预算支出功能分类预算表', '7．2026年部门国有资本经营预算支出功能分类预算表',
  '8．2026年部门一般公共预算基本支出部门预算经济分类预算表', '9．2026年部门“三公”经费和机关运行经费预算表', '六、其他相关情况说明', '七、项目经费情况说明',
];

export const UNIT_CONTENTS = [
  '一、单位主要职能', '二、单位机构设置', '三、名词解释', '四、单位预算编制说明', '五、单位预算表',
  '1. 2026年预算单位财务收支预算总表', '2. 2026年预算单位收入预算总表', '3. 2026年预算单位支出预算总表', '4．2026年预算单位财政拨款收支预算总表',
  '5．2026年预算单位一般公共预算支出功能分类预算表', '6．2026年预算单位政府性基金预算支出功能分类预算表', '7．2026年预算单位国有资本经营预算支出功能分类预算表',
  '8．2026年预算单位一般公共预算基本支出部门预算经济分类预算表', '9. 2026年单位“三公”经费和机关运行经费预算表', '六、其他相关情况说明',
];
