// Fixtures of PERF-SATISFACTION-PERCENT. The seed's 2023年网格员工资 prints a management
// requirement in its satisfaction column.
import type { RuleFixtures } from '../fixtures/notation.ts';

const CORRECTED = 'budget.projects[4].indicators[5].name = "服务对象满意度"';

export const fixtures: RuleFixtures = {
  pass: [
    { name: '种子示例改正网格员工资的满意度指标名称', base: 'seed', edits: [CORRECTED] },
    { name: '生成的预算', base: 'synthetic:9' },
  ],
  fail: [
    { name: '种子示例：“实现专款专用，按月足额发放”列为满意度指标', base: 'seed', expect: { table: 'project-performance', row: '410305230000000016551' } },
    { name: '满意度写成定性词', base: 'seed', edits: [CORRECTED, 'budget.projects[0].indicators[11].value = "良好"'], expect: { table: 'project-performance', row: '2023年社会组织服务中心运转经费' } },
    { name: '满意度超过 100%', base: 'seed', edits: [CORRECTED, 'budget.projects[3].indicators[6].value = "≥950%"'], expect: { table: 'project-performance', row: '2023年社工工资' } },
  ],
};
