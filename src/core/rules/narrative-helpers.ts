// Reading the narrative (第二部分 情况说明) for rules: finding a section or a (一)(二) subsection by
// its topic, the amounts ("2002.45 万元"), shares ("占 9.54%"), counts ("共 7 个项目") and change
// clauses ("增加 798.31 万元，增长 66.30%") it states, the table figure each statement describes,
// and the comparisons that allow for the narrative's rounding. Pure; integer 分 throughout.
// The helpers live in narrative-sections.ts, narrative-numbers.ts, narrative-figures.ts,
// narrative-changes.ts, narrative-key-figures.ts and narrative-claims.ts; this module gathers them
// for the rules.
export * from './narrative-sections.ts';
export * from './narrative-numbers.ts';
export * from './narrative-figures.ts';
export * from './narrative-changes.ts';
export * from './narrative-key-figures.ts';
export * from './narrative-claims.ts';
