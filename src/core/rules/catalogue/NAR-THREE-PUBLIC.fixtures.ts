// Fixtures of NAR-THREE-PUBLIC.
import type { RuleFixtures } from '../fixtures/notation.ts';

/** The seed's section rewritten as Shanghai prints it: a 一、 subsection of 其他相关情况说明, its （一）（二） lines under it. */
const SHANGHAI = [
  'heading 七、一般公共预算“三公” = "七、其他相关情况说明"',
  'text 七、其他相关情况说明 #0 = "一、2023年“三公”经费预算情况说明"',
  'text 七、其他相关情况说明 #1 = "2023 年“三公”经费支出预算为 0.10 万元，与 2022 年预算持平。其中："',
];

export const fixtures: RuleFixtures = {
  pass: [
    { name: '种子示例的说明与表一致', base: 'seed-published' },
    { name: '上海式：其他相关情况说明中的“一、…“三公”经费预算情况说明”小节', base: 'seed-published', edits: SHANGHAI },
  ],
  fail: [
    { name: '公务接待费打错', base: 'seed-published', edits: ['text 七、一般公共预算“三公”经费支出预算情况说明 #3 ~ "公务接待费 0.10" => "公务接待费 0.01"'], expect: { row: '三公' } },
    { name: '“三公”合计打错', base: 'seed-published', edits: ['text 七、一般公共预算“三公”经费支出预算情况说明 #0 ~ "0.10" => "1.10"'], expect: { row: '三公' } },
    { name: '上海式小节中公务接待费打错', base: 'seed-published', edits: [...SHANGHAI, 'text 七、其他相关情况说明 #3 ~ "公务接待费 0.10" => "公务接待费 0.01"'], expect: { row: '其他相关情况说明' } },
    { name: '公务用车运行维护费与表不符', base: 'seed-published', edits: ['three-public[total].vehicle.operation = 0.50', 'three-public[total].vehicle = 0.50', 'three-public[total].total = 0.60'], expect: { row: '三公' } },
  ],
};
