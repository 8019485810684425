// Synthetic department budgets for tests and benchmarks: realistic, valid, deterministic per seed.
export { generateBudget, generateBudgets, type GenerateOptions } from './generate.ts';
export { Random } from './random.ts';
