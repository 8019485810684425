// Fixtures of ID-CROSS-PERF-PROJECTS.
import type { RuleFixtures } from '../fixtures/notation.ts';

export const fixtures: RuleFixtures = {
  pass: [
    { name: '种子示例：七个项目一一对应', base: 'seed' },
    { name: '生成的预算（多单位、多项目）', base: 'synthetic:26' },
  ],
  fail: [
    { name: '绩效表中项目名称写法不同（名称对不上）', base: 'seed', edits: ["project-performance[410305230000000016550].name = \"2023年劳务派遣人员工资（调整）\""], expect: { table: 'project-performance', row: '2023年劳务派遣人员工资（调整）' } },
    { name: '项目支出表中的项目名称与绩效表不一致', base: 'seed', edits: ["project-expenditure[410305230000000016466].name = \"9月份社区工作者工资\""], expect: { table: 'project-performance', row: '9月份社工工资' } },
    { name: '绩效表里是别的项目（编码和名称都对不上）', base: 'seed', edits: ["project-performance[410305230000000016550].code = \"410305230000000019999\"", "project-performance[410305230000000016550].name = \"2023年社区志愿服务经费\""], expect: { table: 'project-expenditure', row: '2023年劳务派遣人员工资' } },
  ],
};
