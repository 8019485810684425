// Fixtures of CLS-FN-CODE-FORMAT.
import type { RuleFixtures } from '../fixtures/notation.ts';

export const fixtures: RuleFixtures = {
  pass: [
    { name: '种子示例：编码均为 3+2+2 位数字', base: 'seed' },
    { name: '生成的预算（多单位）', base: 'synthetic:2' },
  ],
  fail: [
    { name: '项编码少打一位', base: 'seed', edits: ['expenditure[2120199].fn.item = "9"'], expect: { table: 'expenditure', row: '2120199', severity: 'error' } },
    { name: '款编码把 0 打成字母 O', base: 'seed', edits: ['general-public-expenditure[2210201].fn.section = "O2"'], expect: { table: 'general-public-expenditure', row: '2210201' } },
    { name: '全角数字（格式不规范，提示）', base: 'seed', edits: ['expenditure[2080505].fn.class = "２０８"'], expect: { table: 'expenditure', row: '2080505', severity: 'warning' } },
  ],
};
