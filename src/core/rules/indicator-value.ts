// Performance indicators: the grammar of an indicator value (指标值) — a comparator, a number and a
// unit (≥95%, ≤19000元, 2人, ≥500平方米, 2845元/人/月) or qualitative words (有所改善, 符合要求、逐年提高)
// — and reading the indicators out of the two performance tables (项目绩效目标表 blocks, 部门整体绩效
// 目标表 tree). Pure; money is parsed exactly into 分.
// The vocabulary is in indicator-words.ts, the parser in indicator-grammar.ts, the tables in
// indicator-tables.ts; this module gathers them for the rules.
export * from './indicator-words.ts';
export * from './indicator-grammar.ts';
export * from './indicator-tables.ts';
