// Fixtures of NAR-PROJECT-COUNT.
import type { RuleFixtures } from '../fixtures/notation.ts';

export const fixtures: RuleFixtures = {
  pass: [{ name: '种子示例：共 7 个项目，1811.43 万元', base: 'seed-published' }],
  fail: [
    { name: '项目个数写错', base: 'seed-published', edits: ['text 十、其他重要事项情况说明 #6 ~ "共 7 个项目" => "共 8 个项目"'], expect: { row: '其他重要事项' } },
    { name: '涉及金额写错', base: 'seed-published', edits: ['text 十、其他重要事项情况说明 #6 ~ "1811.43" => "1818.43"'], expect: { row: '其他重要事项' } },
    { name: '预算多了一个项目，说明仍写 7 个', base: 'seed-published', edits: ['budget.projects[+] = {"id":"410305230000000099999","name":"社区活动经费","unit":"517001","category":"specific-target","indicators":[]}', 'budget.lines[+] = {"unit":"517001","source":"general-public","functionCode":"2120199","nature":"project","project":"410305230000000099999","amount":100000}'], expect: { row: '其他重要事项' } },
  ],
};
