// parseBudget: what a valid file becomes, and the exact place and sentence of each problem.
import { describe, expect, it } from 'vitest';
import { PROJECT_ID, validBudget, type RawBudget } from '../../../test/support/budget-fixture.ts';
import { parseBudget, type ParseContext } from './budget-schema.ts';
import { MAX_ISSUES } from './schema-reader.ts';

const CTX: ParseContext = { knownYears: [2023], templates: ['luoyang'] };

function issuesOf(mutate: (b: RawBudget) => void, ctx: ParseContext = CTX): string[] {
  const b = validBudget();
  mutate(b);
  const r = parseBudget(b, ctx);
  if (r.ok) throw new Error('expected issues, got a Budget');
  return r.issues.map((i) => `${i.path}: ${i.message}`);
}

describe('parseBudget: valid input', () => {
  it('turns the fixture into a Budget with amounts in 分 and ids for names', () => {
    const r = parseBudget(validBudget(), CTX);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const b = r.budget;
    expect(b.department.units[0]?.type).toBe('administrative');
    expect(b.income).toEqual([{ source: 'general-public', amount: 65_410_000, unit: '517001' }]);
    expect(b.lines.map((l) => l.amount)).toEqual([49_810_000, 10_000_000, 5_600_000]);
    expect(b.lines[2]).toEqual({ unit: '517001', source: 'general-public', functionCode: '2120101', nature: 'project', project: PROJECT_ID, amount: 5_600_000 });
    expect(b.projects[0]?.category).toBe('other-operation');
    expect(b.projects[0]?.indicators.map((i) => i.kind)).toEqual(['cost', 'output', 'effect', 'satisfaction']);
    expect(b.threePublic?.reception).toBe(100_000);
    expect(b.lastYear?.total).toBe(60_000_000);
    expect(r.warnings).toEqual([]);
  });

  it('reads amounts in 元 when unit is 元, and codes written as YAML numbers', () => {
    const b = validBudget();
    b.unit = '元';
    b.lines = [{ unit: 517001, source: '财政拨款', functionCode: 2120101, economicCode: 30101, nature: '人员经费', amount: '1,234.56' }];
    b.projects = [];
    const r = parseBudget(b, CTX);
    expect(r.ok && r.budget.lines[0]).toEqual({ unit: '517001', source: 'general-public', functionCode: '2120101', economicCode: '30101', nature: 'personnel', amount: 123_456 });
  });

  it('accepts the printed form "212 01 01" and the short indicator kinds', () => {
    const b = validBudget();
    (b.lines[0] as Record<string, unknown>).functionCode = '212 01 01';
    (b.projects[0]?.indicators as Record<string, unknown>[])[0]!.kind = '成本';
    const r = parseBudget(b, CTX);
    expect(r.ok && r.budget.lines[0]?.functionCode).toBe('2120101');
  });

  it('warns (does not fail) on a missing schema, an unknown explanation key and a project without lines', () => {
    const b = validBudget();
    delete b.schema;
    b.explanations = { totalChang: '……' };
    b.lines = b.lines.slice(0, 2);
    const r = parseBudget(b, CTX);
    expect(r.ok).toBe(true);
    expect(r.ok && r.warnings.map((w) => w.path)).toEqual(['schema', 'explanations.totalChang', 'projects[0]']);
  });

  it('takes the template from the context when the file names none', () => {
    const b = validBudget();
    delete b.template;
    const r = parseBudget(b, { knownYears: [2023], defaultTemplate: 'luoyang' });
    expect(r.ok && r.budget.template).toBe('luoyang');
  });
});

describe('parseBudget: issues name the place', () => {
  it.each<[string, (b: RawBudget) => void, string]>([
    ['8-digit function code', (b) => (b.lines[0]!.functionCode = '21201011'), 'lines[0].functionCode: "21201011" 不是7位功能分类科目编码（应为7位数字，如 2120101）'],
    ['letters in a function code', (b) => (b.lines[1]!.functionCode = '21201x'), 'lines[1].functionCode: "21201x" 不是7位功能分类科目编码'],
    ['a 款 where a 项 belongs', (b) => (b.lines[0]!.functionCode = '21201'), 'lines[0].functionCode: "21201" 是款级编码'],
    ['text for an amount', (b) => (b.lines[0]!.amount = 'abc'), 'lines[0].amount: “abc” 不是金额'],
    ['a negative amount', (b) => (b.lines[0]!.amount = -5), 'lines[0].amount: 金额不能为负数'],
    ['sub-分 precision', (b) => (b.lines[0]!.amount = '1.0000001'), 'lines[0].amount: “1.0000001” 精确到分以下'],
    ['beyond safe integers', (b) => (b.lines[0]!.amount = '99999999999999999'), 'lines[0].amount: “99999999999999999” 超出可精确表示的金额范围'],
    ['a missing department name', (b) => delete (b.department as Partial<RawBudget['department']>).name, 'department.name: 缺少部门名称'],
    ['units as text', (b) => ((b.department as Record<string, unknown>).units = 'x'), 'department.units: 应为列表（预算单位），实际是文本 "x"'],
    ['a year without data', (b) => (b.year = 2031), 'year: 2031 年没有分类科目数据（已有：2023）'],
    ['an unknown top-level key', (b) => (b.lnes = []), 'lnes: 未知字段 "lnes"（是否想写 "lines"？）'],
    ['an unknown key in a line', (b) => (b.lines[0]!.economicCod = '30101'), 'lines[0].economicCod: 未知字段 "economicCod"（是否想写 "economicCode"？）'],
    ['a duplicate project id', (b) => b.projects.push({ ...b.projects[0] }), `projects[1].id: 项目编码 "${PROJECT_ID}" 重复（与 projects[0] 相同）`],
    ['a duplicate unit code', (b) => b.department.units.push({ ...b.department.units[0] }), 'department.units[1].code: 单位代码 "517001" 重复（与 department.units[0] 相同）'],
    ['a line of an unknown unit', (b) => (b.lines[0]!.unit = '517009'), 'lines[0].unit: 单位 "517009" 不在 department.units 中（已有：517001）'],
    ['a project line of a missing project', (b) => (b.lines[2]!.project = 'P9'), 'lines[2].project: 项目 "P9" 不在 projects 中'],
    ['a project line without project', (b) => delete b.lines[2]!.project, 'lines[2].project: 项目支出行必须写 project'],
    ['a basic line without economicCode', (b) => delete b.lines[0]!.economicCode, 'lines[0].economicCode: 基本支出（人员经费）行必须写 economicCode'],
    ['a government code as economicCode', (b) => (b.lines[0]!.economicCode = '50101'), 'lines[0].economicCode: "50101" 是政府预算支出经济分类编码'],
    ['an unknown unit type', (b) => (b.department.units[0]!.type = '行政'), 'department.units[0].type: "行政" 不是单位类型'],
    ['上年结转结余 as a source', (b) => (b.income[0]!.source = '上年结转结余'), 'income[0].source: "上年结转结余" 不单独作为资金来源'],
    ['an income of an unknown unit', (b) => (b.income[0]!.unit = '999'), 'income[0].unit: 单位 "999" 不在 department.units 中'],
    ['an unknown template', (b) => (b.template = 'shanghai'), 'template: "shanghai" 不是已知的地区模板（可用：luoyang）'],
    ['a wrong money unit', (b) => (b.unit = '千元'), 'unit: 金额单位只能是 万元 或 元'],
    ['a missing three-public item', (b) => delete (b.threePublic as Record<string, unknown>).abroad, 'threePublic.abroad: 缺少因公出国（境）费（没有请写 0）'],
    ['a bad last-year amount', (b) => (b.lastYear = { total: 'x' }), 'lastYear.total: “x” 不是金额'],
    ['a 21-digit code as a float', (b) => (b.lines[2]!.project = 4.1030523e20), 'lines[2].project: 项目编码写成了数字'],
  ])('%s', (_name, mutate, expected) => {
    expect(issuesOf(mutate).join('\n')).toContain(expected);
  });

  it('needs the unit of an income entry when the department has several units', () => {
    const issues = issuesOf((b) => b.department.units.push({ code: '517002', name: '所属事业单位', type: '事业单位' }));
    expect(issues).toEqual(['income[0].unit: 部门有 2 个预算单位，须写明本条收入属于哪个单位（517001、517002）']);
  });

  it('reports a line whose unit differs from its project', () => {
    const issues = issuesOf((b) => {
      b.department.units.push({ code: '517002', name: '所属事业单位', type: '事业单位' });
      b.income[0]!.unit = '517001';
      b.lines[2]!.unit = '517002';
    });
    expect(issues).toEqual([`lines[2].unit: 单位 "517002" 与项目 "${PROJECT_ID}" 的单位 "517001"（projects[0].unit）不一致`]);
  });

  it('collects every issue rather than stopping at the first', () => {
    const issues = issuesOf((b) => {
      b.lines[0]!.amount = 'abc';
      b.lines[1]!.functionCode = '21201011';
      b.year = 2031;
    });
    expect(issues.map((i) => i.split(':')[0])).toEqual(['year', 'lines[0].amount', 'lines[1].functionCode']);
  });

  it('lists at most MAX_ISSUES and counts the rest', () => {
    const issues = issuesOf((b) => {
      b.lines = Array.from({ length: 130 }, () => ({ ...b.lines[0], amount: 'abc' }));
    });
    expect(issues).toHaveLength(MAX_ISSUES + 1);
    expect(issues.at(-1)).toBe(': …另有 30 处问题未列出');
  });

  it('refuses a file that is not a mapping', () => {
    const r = parseBudget(['a'], CTX);
    expect(!r.ok && r.issues[0]?.message).toBe('文件内容应为一个映射（year: …、department: … 等键值），实际是列表（1 项）');
  });
});

describe('parseBudget: one cause, one issue', () => {
  it('does not repeat a broken unit list at every reference to it', () => {
    expect(issuesOf((b) => ((b.department as Record<string, unknown>).units = 'x'))).toEqual([
      'department.units: 应为列表（预算单位），实际是文本 "x"',
    ]);
  });

  it('does not call a wrongly written economicCode missing as well', () => {
    expect(issuesOf((b) => (b.lines[0]!.economicCode = '301'))).toEqual([
      'lines[0].economicCode: "301" 是类级编码，须写到款级（5位数字，如 30101）',
    ]);
  });
});
