// Fixtures of NAR-THREE-PUBLIC.
import type { RuleFixtures } from '../fixtures/notation.ts';

export const fixtures: RuleFixtures = {
  pass: [{ name: '种子示例的说明与表一致', base: 'seed-published' }],
  fail: [
    { name: '公务接待费打错', base: 'seed-published', edits: ['text 七、一般公共预算“三公”经费支出预算情况说明 #3 ~ "公务接待费 0.10" => "公务接待费 0.01"'], expect: { row: '三公' } },
    { name: '“三公”合计打错', base: 'seed-published', edits: ['text 七、一般公共预算“三公”经费支出预算情况说明 #0 ~ "0.10" => "1.10"'], expect: { row: '三公' } },
    { name: '公务用车运行维护费与表不符', base: 'seed-published', edits: ['three-public[total].vehicle.operation = 0.50', 'three-public[total].vehicle = 0.50', 'three-public[total].total = 0.60'], expect: { row: '三公' } },
  ],
};
