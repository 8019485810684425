// Fixtures of ID-CROSS-FISCAL-GP-CLASSES.
import type { RuleFixtures } from '../fixtures/notation.ts';

export const fixtures: RuleFixtures = {
  pass: [
    { name: '种子示例：各类一般公共预算与一般公共预算支出表一致', base: 'seed' },
    { name: '生成的预算（多单位）', base: 'synthetic:22' },
  ],
  fail: [
    { name: '财政拨款收支表住房保障打错（13.66 → 16.36）', base: 'seed', edits: ["fiscal-summary['（二十一）住房保障支出'].right.general-public-all = 16.36"], expect: { table: 'fiscal-summary', row: '住房保障' } },
    { name: '一般公共预算支出表行政运行打错（161.73 → 167.73）', base: 'seed', edits: ['general-public-expenditure[2120101].total = 167.73'], expect: { table: 'fiscal-summary', row: '城乡社区事务' } },
  ],
};
