// Unit tests of narrative generation: pattern filling keeps claim ranges, change wording by sign
// (no rate from a zero base), missing facts give findings instead of invented text, variants.
import { describe, expect, it } from 'vitest';
import { documentOf, luoyang, seedBudget } from '../../../test/support/bases.ts';
import { parseAmount } from '../money/money.ts';
import type { Budget } from '../model/budget.ts';
import type { NarrativeSection } from '../model/document.ts';
import type { TemplateSpec } from '../templates/types.ts';
import { amount, bare, fill, join, TemplateSlotError } from './fill.ts';
import { buildNarrative, chineseNumber, DATA_MISSING, narrativePartTitles } from './index.ts';

const fmt = { unit: '万元' as const, decimals: 2 };

function section(sections: readonly NarrativeSection[], prefix: string): NarrativeSection {
  const s = sections.find((x) => x.part === 'explanation' && x.heading.startsWith(prefix));
  if (!s) throw new Error(`no section ${prefix}`);
  return s;
}

function narrate(budget: Budget, template: TemplateSpec = luoyang()) {
  return buildNarrative(budget, documentOf(budget), template);
}

describe('fill', () => {
  it('shifts claims of nested fragments to their place', () => {
    const a = amount({ value: 191_020_000, ref: 'exp:all:total:basic' }, fmt);
    const f = fill('{who}基本支出{a}万元，{b}', { who: '某局', a, b: fill('另{x}万元', { x: amount({ value: 5_000_000, formula: 'x' }, fmt) }) });
    expect(f.text).toBe('某局基本支出191.02万元，另5.00万元');
    expect(f.claims.map((c) => f.text.slice(c.start, c.end))).toEqual(['191.02', '5.00']);
    expect(f.claims[0]).toMatchObject({ kind: 'amount', value: 191_020_000, ref: 'exp:all:total:basic' });
    const j = join([a, a], '；');
    expect(j.claims.map((c) => j.text.slice(c.start, c.end))).toEqual(['191.02', '191.02']);
  });

  it('inserts slot text verbatim and refuses a placeholder it has no value for', () => {
    expect(fill('原因：{r}', { r: '见{附件}' }).text).toBe('原因：见{附件}');
    expect(() => fill('{nope}', {})).toThrow(TemplateSlotError);
  });

  it('bare() drops the closing punctuation a person wrote', () => {
    expect(bare(' 工作任务增多，经费增加。 ')).toBe('工作任务增多，经费增加');
    expect(bare('经费增加；')).toBe('经费增加');
  });

  it('numbers in Chinese', () => {
    expect([1, 9, 10, 11, 20, 34].map(chineseNumber)).toEqual(['一', '九', '十', '十一', '二十', '三十四']);
  });
});

describe('change wording', async () => {
  const seed = await seedBudget();
  const overall = (b: Budget) => section(narrate(b).sections, '一、').paragraphs[0] ?? '';

  it('增加 … 增长 when up, 减少 … 下降 when down, 保持一致 when equal', () => {
    const down = structuredClone(seed);
    down.lastYear!.total = parseAmount('2502.45');
    expect(overall(down)).toContain('收支总计各减少500.00万元，下降19.98%。主要原因是：');
    const flat = structuredClone(seed);
    flat.lastYear!.total = parseAmount('2002.45');
    expect(overall(flat)).toContain('与2022年预算相比，收支总计保持一致。');
    expect(overall(flat)).not.toContain('主要原因是'); // no change, no reason
  });

  it('a change too small to print (40 元, 30 分 in 万元) is 保持一致, never “减少0.00万元”', () => {
    const b = structuredClone(seed);
    b.lastYear!.total = parseAmount('2002.45') - 4000; // 2,002.45万元 less 40 元
    b.lastYear!.threePublic!.reception = parseAmount('0.10') + 30; // 0.10万元 and 30 分
    expect(overall(b)).toContain('与2022年预算相比，收支总计保持一致。');
    expect(overall(b)).not.toContain('主要原因是');
    const three = section(narrate(b).sections, '七、').paragraphs.join('');
    expect(three).toContain('“三公”经费支出预算数与2022年相比保持一致');
    expect(three).toContain('公务接待费0.10万元');
    expect(three).not.toMatch(/0\.00万元，(下降|增长)/);
    const up = structuredClone(seed);
    up.lastYear!.total = parseAmount('2002.45') - parseAmount('0.01'); // 100 元: prints as 0.01
    expect(overall(up)).toContain('收支总计各增加0.01万元，增长0.00%。');
  });

  it('no rate from a zero base: 新增', () => {
    const b = structuredClone(seed);
    b.lastYear!.total = 0;
    const text = overall(b);
    expect(text).toContain('收支总计各新增2002.45万元。');
    expect(text).not.toMatch(/增长[\d.]+%/);
  });

  it('a figure that falls to zero: 减少 … 下降100.00%', () => {
    const b = structuredClone(seed);
    b.lastYear!.governmentFund = parseAmount('3.00');
    const text = section(narrate(b).sections, '四、').paragraphs[0] ?? '';
    expect(text).toContain('政府性基金收支预算减少3.00万元，下降100.00%；');
  });
});

describe('missing facts', async () => {
  const seed = await seedBudget();

  it('no last year: no comparison and a NAR-DATA-MISSING finding, nothing invented', () => {
    const b = structuredClone(seed);
    delete b.lastYear;
    const { sections, findings } = narrate(b);
    expect(section(sections, '一、').paragraphs[0]).toBe('洛阳市涧西区社区治理和服务创新办公室2023年收入总计2002.45万元，支出总计2002.45万元。');
    expect(section(sections, '七、').paragraphs[0]).toBe('洛阳市涧西区社区治理和服务创新办公室2023年“三公”经费支出预算为0.10万元。');
    expect(findings.map((f) => `${f.ruleId} ${f.location.path}`)).toEqual([
      `${DATA_MISSING} lastYear.total`, `${DATA_MISSING} lastYear.generalPublic`, `${DATA_MISSING} lastYear.governmentFund`,
      `${DATA_MISSING} lastYear.stateCapital`, `${DATA_MISSING} lastYear.threePublic`,
    ]);
    expect(findings.every((f) => f.severity === 'warning')).toBe(true);
  });

  it('no procurement or assets: the subsection has its heading only, and a finding each', () => {
    const b = structuredClone(seed);
    delete b.procurement;
    delete b.assets;
    const { sections, findings } = narrate(b);
    const other = section(sections, '十、').paragraphs;
    expect(other.filter((p) => p.startsWith('（'))).toHaveLength(5);
    expect(other.some((p) => p.includes('政府采购预算安排'))).toBe(false);
    expect(other.some((p) => p.includes('共有车辆'))).toBe(false);
    expect(findings.map((f) => f.location.path)).toEqual(['procurement', 'assets']);
    expect(findings[0]?.location.section).toBe('十、其他重要事项情况说明');
  });

  it('no transfer-payment statement: the template’s 无 sentence', () => {
    const b = structuredClone(seed);
    delete b.explanations!.transferPayments;
    const other = section(narrate(b).sections, '十、').paragraphs;
    expect(other[other.length - 1]).toBe('洛阳市涧西区社区治理和服务创新办公室2023年无负责管理的专项转移支付项目。');
  });
});

describe('variants', async () => {
  const seed = await seedBudget();

  it('政府性基金 with data: its figures instead of 无', () => {
    const b = structuredClone(seed);
    b.income.push({ source: 'government-fund', amount: parseAmount('10.00') });
    b.lines.push({ unit: '517001', source: 'government-fund', functionCode: '2120803', nature: 'project', project: '410305230000000025533', amount: parseAmount('10.00') });
    const s = section(narrate(b).sections, '八、');
    expect(s.paragraphs).toEqual(['洛阳市涧西区社区治理和服务创新办公室2023年政府性基金预算拨款安排的支出10.00万元，其中：基本支出0.00万元，项目支出10.00万元。']);
    expect(s.claims?.map((c) => c.ref)).toEqual(['exp:gf:total:total', 'exp:gf:total:basic', 'exp:gf:total:project']);
    expect(section(narrate(b).sections, '二、').paragraphs[0]).toContain('其中：一般公共预算收入2002.45万元，政府性基金预算收入10.00万元。');
  });

  it('a project without indicators: the text does not say every project has targets', () => {
    const b = structuredClone(seed);
    b.projects[0]!.indicators = [];
    const other = section(narrate(b).sections, '十、').paragraphs;
    expect(other.join('')).not.toContain('均按要求编制了绩效目标');
    expect(other).toContain('洛阳市涧西区社区治理和服务创新办公室2023年项目支出涉及预算拨款1811.43万元，共7个项目，部分项目尚未编制绩效目标，无部门重点绩效目标项目，主要是我单位2023年未开展重点项目绩效目标。按照预算绩效管理相关要求，我单位将进一步改进管理、完善政策。');
  });

  it('机关运行经费 (organs scope) leaves out 事业单位', () => {
    const b = structuredClone(seed);
    b.department.units[0]!.type = 'institution';
    const base = luoyang();
    const organs: TemplateSpec = { ...base, narrative: { ...base.narrative!, operatingFundsScope: 'organs' } };
    const allUnits = section(narrate(b).sections, '十、');
    const organsOnly = section(narrate(b, organs).sections, '十、');
    expect(allUnits.paragraphs[1]).toContain('机构运转经费支出预算14.54万元');
    expect(organsOnly.paragraphs[1]).toContain('机构运转经费支出预算0.00万元');
    expect(organsOnly.claims?.[0]?.formula).toMatch(/行政单位 and 参公/);
  });

  it('part titles are filled from the template', () => {
    expect(narrativePartTitles(luoyang(), seed)).toEqual({
      profile: '第一部分 洛阳市涧西区社区治理和服务创新办公室部门概况',
      explanation: '第二部分 2023年洛阳市涧西区社区治理和服务创新办公室部门预算情况说明',
      glossary: '第三部分 名词解释',
    });
  });

  it('a template without narrative wording generates none', () => {
    const { narrative: _n, ...bare } = luoyang();
    expect(buildNarrative(seed, documentOf(seed), bare)).toEqual({ sections: [], findings: [] });
  });
});
