// The Luoyang (Henan) 部门预算公开 template of 2023: 13 tables in this order, titles and notes as the
// seed disclosure prints them (../../../../../shared/seed/000_99224ebd0f5404a5.txt).
import type { TemplateSpec } from '../types.ts';
import * as col from './columns.ts';
import * as lines from './summary-lines.ts';
import { LUOYANG_NARRATIVE } from './narrative.ts';

const DEPT = ['部门名称：{department}'];
const NO_DATA = '备注：{department}{year}年无{budgetName}预算拨款安排的支出，故此表无数据。';

export const LUOYANG: TemplateSpec = {
  id: 'luoyang',
  name: '河南省洛阳市部门预算公开模板（13张表）',
  region: '河南省洛阳市',
  unit: '万元',
  decimals: 2,
  documentTitle: '{year}年{department}部门预算公开',
  annexTitle: '附件：{year}年{department}部门预算表',
  narrative: LUOYANG_NARRATIVE,
  tables: [
    {
      id: 'income-expenditure-summary', numberLabel: '一', listTitle: '部门收支预算表',
      title: '{year}年部门收支预算表', subtitle: DEPT, columns: col.SUMMARY_COLUMNS,
      left: lines.SUMMARY_LEFT, right: lines.SUMMARY_RIGHT, footer: lines.SUMMARY_FOOTER,
    },
    {
      id: 'income', numberLabel: '二', listTitle: '部门收入预算表',
      title: '{year}年部门收入预算表', subtitle: DEPT, columns: col.INCOME_COLUMNS,
    },
    {
      id: 'expenditure', numberLabel: '三', listTitle: '部门支出预算表',
      title: '{year}年部门支出预算表', subtitle: DEPT, columns: col.FUNCTIONAL_COLUMNS,
      functionalLevels: ['item'],
    },
    {
      id: 'fiscal-summary', numberLabel: '四', listTitle: '财政拨款收支预算表',
      title: '{year}年财政拨款收支预算表', subtitle: DEPT, columns: col.FISCAL_COLUMNS,
      left: lines.FISCAL_LEFT, right: lines.FISCAL_RIGHT, footer: lines.FISCAL_FOOTER,
    },
    {
      id: 'general-public-expenditure', numberLabel: '五', listTitle: '一般公共预算支出预算表',
      title: '{year}年一般公共预算支出预算表', subtitle: DEPT, columns: col.FUNCTIONAL_COLUMNS,
      functionalLevels: ['item'],
    },
    {
      id: 'general-public-basic-expenditure', numberLabel: '六', listTitle: '一般公共预算基本支出预算表',
      title: '{year}年一般公共预算基本支出预算表', subtitle: DEPT, columns: col.BASIC_ECONOMIC_COLUMNS,
    },
    {
      id: 'economic-summary', numberLabel: '七', listTitle: '支出经济分类汇总表',
      title: '{year}年支出经济分类汇总表', subtitle: DEPT, columns: col.ECONOMIC_SUMMARY_COLUMNS,
    },
    {
      id: 'three-public', numberLabel: '八', listTitle: '一般公共预算“三公”经费预算表',
      title: '{year}年一般公共预算“三公”经费预算表', subtitle: DEPT, columns: col.THREE_PUBLIC_COLUMNS,
      notes: [
        '注：按照党中央、国务院有关规定及部门预算管理有关规定，“三公”经费包括因公出国（境）费、公务用车购置及运行费和公务接待费。（1）因公出国（境）费，指单位工作人员公务出国（境）的住宿费、差旅费、伙食补助费、杂费、培训费等支出。（2）公务用车购置及运行费，指单位公务用车购置费及租用费、燃料费、维修费、过路过桥费、保险费、安全奖励费用等支出，公务用车指用于履行公务的机动车辆，包括一般公务用车和执法执勤用车。（3）公务接待费，指单位按规定开支的各类公务接待（含外宾接待）支出。',
      ],
    },
    {
      id: 'government-fund-expenditure', numberLabel: '九', listTitle: '政府性基金支出预算表',
      title: '{year}年政府性基金支出预算表', subtitle: DEPT, columns: col.FUNCTIONAL_COLUMNS,
      functionalLevels: ['item'], emptyNote: NO_DATA.replace('{budgetName}', '政府性基金'),
    },
    {
      id: 'state-capital-expenditure', numberLabel: '十', listTitle: '国有资本经营支出预算表',
      title: '{year}年国有资本经营支出预算表', subtitle: DEPT, columns: col.FUNCTIONAL_COLUMNS,
      functionalLevels: ['item'], emptyNote: NO_DATA.replace('{budgetName}', '国有资本经营'),
    },
    {
      id: 'project-expenditure', numberLabel: '十一', listTitle: '项目支出预算表',
      title: '{year}年项目支出预算表', subtitle: DEPT, columns: col.PROJECT_COLUMNS,
    },
    {
      id: 'department-performance', numberLabel: '十二', listTitle: '部门（单位）整体绩效目标表',
      title: '区级部门(单位)整体绩效目标表', subtitle: ['({year}年度)'],
      columns: col.DEPARTMENT_PERFORMANCE_COLUMNS,
    },
    {
      id: 'project-performance', numberLabel: '十三', listTitle: '部门预算项目绩效目标表',
      title: '{year}年度区级部门预算项目绩效目标表', subtitle: DEPT,
      columns: col.PROJECT_PERFORMANCE_COLUMNS,
    },
  ],
};
