// Reading the income-source rows (收入来源) of a year's classification data, as problems-as-values.
import type { RevenueSource } from './types.ts';
import type { ClassificationProblem } from './validate.ts';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function problem(_list: 'revenue-sources', index: number, name: string | undefined, text: string): ClassificationProblem {
  const p: ClassificationProblem = {
    list: 'revenue-sources',
    index,
    message: `收入来源 第 ${index + 1} 条${name ? ` “${name}”` : ''}：${text}`,
  };
  if (name !== undefined) p.code = name;
  return p;
}

/** Reads income-source rows; rows with a missing name, order or field are dropped. */
export function parseRevenueSources(rawRows: readonly unknown[]): { rows: RevenueSource[]; problems: ClassificationProblem[] } {
  const rows: RevenueSource[] = [];
  const problems: ClassificationProblem[] = [];
  const names = new Set<string>();
  const strings = (v: unknown): string[] | undefined =>
    Array.isArray(v) && v.every((s) => typeof s === 'string') ? (v as string[]) : undefined;
  rawRows.forEach((raw, index) => {
    if (!isRecord(raw)) {
      problems.push(problem('revenue-sources', index, undefined, '不是对象'));
      return;
    }
    const { order, name, group, definition } = raw;
    const aliases = strings(raw.aliases ?? []);
    const evidence = strings(raw.evidence ?? []);
    if (typeof name !== 'string' || name.trim() === '') {
      problems.push(problem('revenue-sources', index, undefined, '名称为空'));
      return;
    }
    if (typeof order !== 'number' || !Number.isInteger(order) || order < 1) {
      problems.push(problem('revenue-sources', index, name, '序号应为正整数'));
      return;
    }
    if (typeof group !== 'string' || group === '' || typeof definition !== 'string' || !aliases || !evidence) {
      problems.push(problem('revenue-sources', index, name, '分组、定义、别名或出处的格式不对'));
      return;
    }
    if (names.has(name)) {
      problems.push(problem('revenue-sources', index, name, '名称重复'));
      return;
    }
    names.add(name);
    rows.push({ order, name, group, definition, aliases, evidence });
  });
  return { rows, problems };
}
