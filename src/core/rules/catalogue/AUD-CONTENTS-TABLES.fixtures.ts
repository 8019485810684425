// Fixtures of AUD-CONTENTS-TABLES: the seed's 目录 as printed (13 tables) against the tables built.
import type { RuleFixtures } from '../fixtures/notation.ts';

const CONTENTS = `meta.contents = ${JSON.stringify([
  '第一部分 洛阳市涧西区社区治理和服务创新办公室部门概况', '- 一、主要职责', '- 二、预算单位构成情况',
  '第二部分 2023 年洛阳市涧西区社区治理和服务创新办公室部门预算情况说明', '第三部分 名词解释',
  '附件：2023 年洛阳市涧西区社区治理和服务创新办公室部门预算表',
  '- 一、部门收支预算表', '- 二、部门收入预算表', '- 三、部门支出预算表', '- 四、财政拨款收支预算表',
  '- 五、一般公共预算支出预算表', '- 六、一般公共预算基本支出预算表', '- 七、支出经济分类汇总表',
  '- 八、一般公共预算“三公”经费预算表', '- 九、政府性基金支出预算表', '- 十、国有资本经营支出预算表',
  '- 十一、项目支出预算表', '- 十二、部门（单位）整体绩效目标表', '- 十三、部门预算项目绩效目标表',
])}`;

export const fixtures: RuleFixtures = {
  pass: [
    { name: '目录所列 13 张表都已印出，顺序、标题一致', base: 'seed', edits: [CONTENTS] },
    { name: '没有目录（不适用）', base: 'seed', status: 'not-applicable' },
  ],
  fail: [
    { name: '目录列有项目支出预算表，文件中没有', base: 'seed', edits: [CONTENTS, 'drop project-expenditure'], expect: { severity: 'error' } },
    { name: '“三公”经费表排到了最前', base: 'seed', edits: [CONTENTS, 'move three-public 1'], expect: { table: 'three-public' } },
    { name: '表的标题与目录不同', base: 'seed', edits: [CONTENTS, 'title income = "2023年部门收入总表"'], expect: { table: 'income' } },
  ],
};
