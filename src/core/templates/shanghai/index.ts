// The Shanghai 部门预算 / 单位预算 template: 9 tables in this order, in 元 with no decimals except
// the “三公” table (万元, 2 decimals). Two variants, one spec built from the same data:
//   shanghai       单位 template — “{year}年预算单位…”, “编制单位：…”, 财务收支预算总表 with 预算数 split
//                  合计 / 基本支出（人员经费 / 公用经费）/ 项目支出 (上海市财政局 2025, 普陀区 unit template);
//   shanghai-dept  部门 template — “{year}年部门…”, “编制部门：…”, 财务收支预算总表 with 预算数 only
//                  (普陀区 2026 department template, 万里街道 2023).
// Functional tables print 类, 款 and 项 rows (codes split in three columns) and 合计 at the bottom;
// the two-sided tables list only the 类 with figures. Columns: columns.ts; lines: lines.ts; the fact
// each cell states: refs.ts; the narrative's wording: narrative.ts. See docs/templates.md.
import type { TableSpec, TemplateSpec } from '../types.ts';
import * as col from './columns.ts';
import * as lines from './lines.ts';
import { shanghaiNarrative } from './narrative.ts';

interface Variant {
  id: string;
  name: string;
  /** 预算单位 / 部门 in titles; 单位 / 部门 in the “三公” title and notes. */
  titleWord: string;
  word: '单位' | '部门';
  /** “编制单位” / “编制部门”. */
  subtitle: string;
  summaryColumns: TableSpec['columns'];
  summary: lines.SummaryLines;
  fiscal: lines.SummaryLines;
}

const FUNCTIONAL_LEVELS: TableSpec['functionalLevels'] = ['class', 'section', 'item'];

function shanghaiTemplate(v: Variant): TemplateSpec {
  // The renderers print the unit line (单位：元 / 单位：万元) from the table's unit.
  const subtitle = [`${v.subtitle}：{department}`];
  const noData = (budget: string): string =>
    `注：本${v.word}{year}年无${budget}财政拨款安排的预算，故本表为空表。`;
  const table = (
    n: number, id: TableSpec['id'], name: string, rest: Partial<TableSpec> & Pick<TableSpec, 'columns'>,
  ): TableSpec => ({
    id, numberLabel: String(n), listTitle: `${v.titleWord}${name}`,
    title: `{year}年${v.titleWord}${name}`, subtitle, layout: 'shanghai', ...rest,
  });
  return {
    id: v.id,
    name: v.name,
    region: '上海市',
    unit: '元',
    decimals: 0,
    documentTitle: `{department}{year}年${v.word}预算`,
    annexTitle: `{year}年${v.word}预算表`,
    narrative: shanghaiNarrative(v.word),
    tables: [
      table(1, 'income-expenditure-summary', '财务收支预算总表', {
        columns: v.summaryColumns, left: v.summary.left, right: v.summary.right,
        classLines: v.summary.classLines, footer: v.summary.footer,
      }),
      table(2, 'income', '收入预算总表', { columns: col.INCOME_COLUMNS, functionalLevels: FUNCTIONAL_LEVELS }),
      table(3, 'expenditure', '支出预算总表', {
        columns: col.functionalColumns('支出预算'), functionalLevels: FUNCTIONAL_LEVELS,
      }),
      table(4, 'fiscal-summary', '财政拨款收支预算总表', {
        columns: col.FISCAL_COLUMNS, left: v.fiscal.left, right: v.fiscal.right,
        classLines: v.fiscal.classLines, footer: v.fiscal.footer,
      }),
      table(5, 'general-public-expenditure', '一般公共预算支出功能分类预算表', {
        columns: col.functionalColumns('一般公共预算支出'), functionalLevels: FUNCTIONAL_LEVELS,
      }),
      table(6, 'government-fund-expenditure', '政府性基金预算支出功能分类预算表', {
        columns: col.functionalColumns('政府性基金预算支出'), functionalLevels: FUNCTIONAL_LEVELS,
        emptyNote: noData('政府性基金预算'),
      }),
      table(7, 'state-capital-expenditure', '国有资本经营预算支出功能分类预算表', {
        columns: col.functionalColumns('国有资本经营预算支出'), functionalLevels: FUNCTIONAL_LEVELS,
        emptyNote: noData('国有资本经营预算'),
      }),
      table(8, 'general-public-basic-expenditure', '一般公共预算基本支出部门预算经济分类预算表', {
        columns: col.BASIC_ECONOMIC_COLUMNS,
      }),
      {
        ...table(9, 'three-public', '“三公”经费和机关运行经费预算表', { columns: col.THREE_PUBLIC_COLUMNS }),
        listTitle: `${v.word}“三公”经费和机关运行经费预算表`,
        title: `{year}年${v.word}“三公”经费和机关运行经费预算表`,
        unit: '万元',
        decimals: 2,
      },
    ],
  };
}

export const SHANGHAI: TemplateSpec = shanghaiTemplate({
  id: 'shanghai',
  name: '上海市单位预算公开模板（9张表）',
  titleWord: '预算单位',
  word: '单位',
  subtitle: '编制单位',
  summaryColumns: col.SUMMARY_COLUMNS_UNIT,
  summary: lines.SUMMARY_UNIT,
  fiscal: lines.FISCAL_UNIT,
});

export const SHANGHAI_DEPT: TemplateSpec = shanghaiTemplate({
  id: 'shanghai-dept',
  name: '上海市部门预算公开模板（9张表）',
  titleWord: '部门',
  word: '部门',
  subtitle: '编制部门',
  summaryColumns: col.SUMMARY_COLUMNS_DEPT,
  summary: lines.SUMMARY_DEPT,
  fiscal: lines.FISCAL_DEPT,
});
