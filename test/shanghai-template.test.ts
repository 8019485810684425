// The Shanghai template spec as data: both variants' titles equal the 目录 lines of the real
// documents and templates (transcribed by hand from the 万里街道 2023 PDF and the 普陀区 2026 unit
// Excel template), units per table, and every amount column has the refs the importer assigns.
import { describe, expect, it } from 'vitest';
import { fillTemplateText } from '../src/core/templates/types.ts';
import { SHANGHAI_REFS, shanghaiRef } from '../src/core/templates/shanghai/refs.ts';
import { template } from './shanghai-support.ts';

/** 目录 of 上海市普陀区人民政府万里街道办事处 2023 部门预算 (PDF page 1), items 1–9. */
const WANLI_2023 = [
  '2023年部门财务收支预算总表', '2023年部门收入预算总表', '2023年部门支出预算总表', '2023年部门财政拨款收支预算总表',
  '2023年部门一般公共预算支出功能分类预算表', '2023年部门政府性基金预算支出功能分类预算表',
  '2023年部门国有资本经营预算支出功能分类预算表', '2023年部门一般公共预算基本支出部门预算经济分类预算表',
  '2023年部门“三公”经费和机关运行经费预算表',
];

/** 目录 sheet of the 普陀区 2026 unit template (A9–A17). */
const PUTUO_UNIT_2026 = [
  '2026年预算单位财务收支预算总表', '2026年预算单位收入预算总表', '2026年预算单位支出预算总表', '2026年预算单位财政拨款收支预算总表',
  '2026年预算单位一般公共预算支出功能分类预算表', '2026年预算单位政府性基金预算支出功能分类预算表',
  '2026年预算单位国有资本经营预算支出功能分类预算表', '2026年预算单位一般公共预算基本支出部门预算经济分类预算表',
  '2026年单位“三公”经费和机关运行经费预算表',
];

const titles = (id: 'shanghai' | 'shanghai-dept', year: number): string[] =>
  template(id).tables.map((t) => fillTemplateText(t.title, { year, department: 'X' }));

describe('Shanghai template specs', () => {
  it('the 部门 variant titles its tables as the 万里街道 2023 department budget does', () => {
    expect(titles('shanghai-dept', 2023)).toEqual(WANLI_2023);
    expect(template('shanghai-dept').tables[0]?.subtitle).toEqual(['编制部门：{department}']);
  });

  it('the 单位 variant titles its tables as the 普陀区 2026 unit template does', () => {
    expect(titles('shanghai', 2026)).toEqual(PUTUO_UNIT_2026);
    expect(template('shanghai').tables[0]?.subtitle).toEqual(['编制单位：{department}']);
  });

  it('prints in 元 without decimals, the “三公” table in 万元 with 2', () => {
    for (const id of ['shanghai', 'shanghai-dept'] as const) {
      const t = template(id);
      expect([t.unit, t.decimals]).toEqual(['元', 0]);
      expect(t.tables.map((s) => s.unit ?? t.unit)).toEqual(['元', '元', '元', '元', '元', '元', '元', '元', '万元']);
      expect(t.tables[8]?.decimals).toBe(2);
    }
  });

  it('the department variant’s 财务收支预算总表 has the 预算数 columns only, keyed as the unit variant’s 合计', () => {
    const keys = (id: 'shanghai' | 'shanghai-dept') => template(id).tables[0]?.columns.map((c) => c.key);
    expect(keys('shanghai-dept')).toEqual(['left.label', 'left.amount', 'right.label', 'right.amount']);
    expect(keys('shanghai')).toEqual(['left.label', 'left.amount', 'right.label', 'right.amount', 'right.basic.personnel', 'right.basic.public', 'right.project']);
  });

  it('gives every amount column a ref pattern (left amounts: the lines’ own refs)', () => {
    for (const spec of template('shanghai').tables) {
      const refs = SHANGHAI_REFS[spec.id] ?? {};
      const missing = spec.columns.filter((c) => c.kind === 'amount' && c.key !== 'left.amount' && !refs[c.key]).map((c) => c.key);
      expect(missing, spec.id).toEqual([]);
      for (const line of [...(spec.left ?? []), ...(spec.footer ?? []).map(([l]) => l)]) expect(line.ref, line.label).toBeTruthy();
    }
    expect(shanghaiRef('expenditure', 'basic', '2010601')).toBe('exp:all:fn:2010601:basic');
    expect(shanghaiRef('income', 'src.fiscal', '201')).toBe('income:fn:201:fiscal');
    expect(shanghaiRef('general-public-basic-expenditure', 'basic.public', undefined)).toBe('exp:gp:total:public');
    expect(shanghaiRef('income-expenditure-summary', 'right.basic.personnel', '208')).toBe('exp:all:fn:208:personnel');
  });
});
