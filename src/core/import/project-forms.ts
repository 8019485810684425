// The Shanghai district 财政项目支出绩效目标填报表: one printed form a project (项目名称, 项目性质, 项目类别,
// the money of the project and of the year, the goals, and the 一级/二级/三级指标 with their values),
// read from its grid into one table of the Document, 'project-performance', one block a form: the
// block's first row holds the project's fields and money, each indicator a row of its own in the
// columns of its kind (成本 / 产出 / 效益 / 满意度), so the performance rules read it as they read
// Henan's 项目绩效目标表. Every cell keeps where it was printed.
import type { CellValue, Column, DocTable, Merge, Row, SourcePos } from '../model/document.ts';
import type { IndicatorKind } from '../model/budget.ts';
import { INDICATOR_KIND_NAMES } from '../model/budget-names.ts';
import { readAmount } from './amounts.ts';
import { labelKey } from './labels.ts';
import type { ProblemList } from './problems.ts';
import type { RawCell, RawTable } from './raw.ts';


/** The form's printed labels (as label keys) and the column each one's value goes to. */
const FIELDS: [string, string][] = [
  ['项目名称', 'name'], ['项目性质', 'nature'], ['项目类别', 'category'], ['主管部门', 'department'], ['实施单位', 'implementer'],
  ['计划开始日期', 'start'], ['计划完成日期', 'end'],
  ['项目资金总额', 'project-total'], ['其中:财政资金', 'project-fiscal'],
  ['年度资金申请总额', 'total'], ['其中:当年财政拨款', 'government'], ['上年结转资金', 'carry-over'],
];
const FIELD_OF = new Map(FIELDS);
/** 其他资金 is printed twice on a row: first for the project, then for the year. */
const OTHER = '其他资金';
const LABELS = new Set([...FIELD_OF.keys(), OTHER, '项目总目标', '年度总体目标', '一级指标', '二级指标', '三级指标']);

const text = (key: string, header: string[]): Column => ({ key, kind: 'text', header });
const money = (key: string, header: string[]): Column => ({ key, kind: 'amount', header });
const KINDS: IndicatorKind[] = ['output', 'cost', 'effect', 'satisfaction'];

/** The columns of the forms' table. */
export const PROJECT_FORM_COLUMNS: Column[] = [
  text('name', ['项目名称']), text('nature', ['项目性质']), text('category', ['项目类别']),
  text('department', ['主管部门']), text('implementer', ['实施单位']),
  text('start', ['计划开始日期']), text('end', ['计划完成日期']),
  money('project-total', ['项目资金（元）', '项目资金总额']), money('project-fiscal', ['项目资金（元）', '其中：财政资金']), money('project-other', ['项目资金（元）', '其他资金']),
  money('total', ['项目资金（元）', '年度资金申请总额']), money('government', ['项目资金（元）', '其中：当年财政拨款']),
  money('carry-over', ['项目资金（元）', '上年结转资金']), money('unit-funds', ['项目资金（元）', '其他资金（年度）']),
  text('goal.project', ['项目绩效目标', '项目总目标']), text('goal.year', ['项目绩效目标', '年度总体目标']),
  text('level1', ['绩效指标', '一级指标']), text('level2', ['绩效指标', '二级指标']),
  ...KINDS.flatMap((k) => [text(`${k}.name`, ['绩效指标', INDICATOR_KIND_NAMES[k][0] as string, '三级指标']), text(`${k}.value`, ['绩效指标', INDICATOR_KIND_NAMES[k][0] as string, '指标值'])]),
];
const COL = new Map(PROJECT_FORM_COLUMNS.map((c, i) => [c.key, i]));
const BLOCK_COLUMNS = PROJECT_FORM_COLUMNS.slice(0, COL.get('goal.year')! + 1).map((c) => COL.get(c.key)!);

/** The kind of an indicator from its 二级 label (成本 is an 产出 sub-kind on the form), else its 一级. */
export function indicatorKind(level1: string, level2: string): IndicatorKind | undefined {
  if (/成本/.test(level2) || /成本/.test(level1)) return 'cost';
  if (/满意/.test(level1) || /满意/.test(level2)) return 'satisfaction';
  if (/效益|影响/.test(level1) || /效益|影响/.test(level2)) return 'effect';
  if (/产出/.test(level1) || /数量|质量|时效/.test(level2)) return 'output';
  return undefined;
}

/** A row's printed pieces in order, a cell that ran into the next label (“0.00 其他资金”) split at it. */
function pieces(row: readonly RawCell[]): RawCell[] {
  const out: RawCell[] = [];
  for (const cell of row) {
    const t = cell.text.trim();
    if (t === '') continue;
    const space = t.lastIndexOf(' ');
    if (space > 0 && LABELS.has(labelKey(t.slice(space + 1))) && !LABELS.has(labelKey(t))) {
      out.push({ text: t.slice(0, space).trim(), at: cell.at }, { text: t.slice(space + 1), at: cell.at });
    } else out.push({ text: t, at: cell.at });
  }
  return out;
}

interface Draft {
  cells: CellValue[];
  at: Record<number, SourcePos>;
}

const blankRow = (): Draft => ({ cells: PROJECT_FORM_COLUMNS.map(() => null), at: {} });

/** One form's rows: its project row, then one row an indicator. */
function formRows(raw: RawTable, problems: ProblemList): Draft[] {
  const head = blankRow();
  const put = (d: Draft, key: string, cell: RawCell): void => {
    const col = COL.get(key)!;
    const column = PROJECT_FORM_COLUMNS[col]!;
    if (column.kind === 'amount') {
      const read = readAmount(cell.text, '元');
      if (!read.ok) {
        problems.add(`${raw.title}“${column.header.at(-1)}”：${read.message}，未读取`, `${raw.title} “${column.header.at(-1)}”: ${read.messageEn}; not read`, cell.at, 'project-performance');
        return;
      }
      d.cells[col] = read.value;
    } else d.cells[col] = cell.text;
    d.at[col] = cell.at;
  };
  const rows: Draft[] = [head];
  let indicatorCols: { level1: number; level2: number; name: number; value: number } | undefined;
  let goalCols: number[] | undefined;
  let level1 = '';
  let level2 = '';
  for (const row of raw.body) {
    if (indicatorCols) {
      const c = indicatorCols;
      const at = (i: number): RawCell | undefined => (row[i]?.text.trim() ? row[i] : undefined);
      const l1 = at(c.level1);
      const l2 = at(c.level2);
      if (l1) level1 = l1.text.trim();
      if (l2) level2 = l2.text.trim();
      const name = at(c.name);
      const value = at(c.value);
      if (!name && !value) continue;
      const kind = indicatorKind(level1, level2);
      if (!kind) {
        problems.add(`${raw.title}：指标“${name?.text ?? ''}”的一级、二级指标“${level1}”“${level2}”不是产出、成本、效益或满意度指标，未读取`, `${raw.title}: indicator “${name?.text ?? ''}” is of no known kind (“${level1}” / “${level2}”); not read`, (name ?? value)?.at, 'project-performance');
        continue;
      }
      const d = rows.length === 1 && head.cells[COL.get('level1')!] === null ? head : blankRow();
      // The labels as printed: a merged 一级/二级 cell is read on its first row only.
      if (l1) put(d, 'level1', l1);
      if (l2) put(d, 'level2', l2);
      if (name) put(d, `${kind}.name`, name);
      if (value) put(d, `${kind}.value`, value);
      if (d !== head) rows.push(d);
      continue;
    }
    const keys = row.map((c) => labelKey(c.text));
    if (keys.includes('一级指标') && keys.includes('三级指标')) {
      const find = (label: RegExp): number => keys.findIndex((k) => label.test(k));
      indicatorCols = { level1: find(/^一级指标$/), level2: find(/^二级指标$/), name: find(/^三级指标$/), value: find(/指标值$/) };
      if (Object.values(indicatorCols).some((i) => i < 0)) {
        problems.add(`${raw.title}：指标表头不完整，指标未读取`, `${raw.title}: the indicator header is incomplete; indicators not read`, row.find((c) => c.text)?.at, 'project-performance');
        break;
      }
      continue;
    }
    if (goalCols) {
      const texts = goalCols.map((col) => row.slice(col).find((c) => c.text.trim() !== ''));
      if (texts[0]) put(head, 'goal.project', texts[0]);
      if (texts[1] && texts[1] !== texts[0]) put(head, 'goal.year', texts[1]);
      goalCols = undefined;
      continue;
    }
    const goals = ['项目总目标', '年度总体目标'].map((l) => keys.indexOf(l));
    if (goals.every((i) => i >= 0)) {
      goalCols = goals;
      continue;
    }
    // Label → value pairs along the row.
    const list = pieces(row);
    let others = 0;
    for (let i = 0; i + 1 < list.length; i++) {
      const key = labelKey(list[i]!.text);
      const field = key === OTHER ? (others++ === 0 ? 'project-other' : 'unit-funds') : FIELD_OF.get(key);
      const next = list[i + 1]!;
      if (field === undefined || LABELS.has(labelKey(next.text))) continue;
      put(head, field, next);
      i++;
    }
  }
  return rows;
}

/** The forms as one table of the Document (undefined when there are none). */
export function projectFormsTable(forms: readonly RawTable[], number: number, problems: ProblemList): DocTable | undefined {
  if (forms.length === 0) return undefined;
  const rows: Row[] = [];
  const merges: Merge[] = [];
  for (const form of forms) {
    const drafts = formRows(form, problems);
    if (drafts[0]!.cells[COL.get('name')!] === null) {
      problems.add(`${form.title}没有“项目名称”，未读取`, `${form.title} has no project name; not read`, form.titleAt, 'project-performance');
      continue;
    }
    const first = rows.length;
    drafts.forEach((d, i) => {
      const row: Row = { kind: i === 0 ? 'project' : 'indicator', cells: d.cells, at: d.at };
      if (i === 0) row.name = d.cells[COL.get('name')!] as string;
      rows.push(row);
    });
    if (drafts.length > 1) for (const col of BLOCK_COLUMNS) merges.push({ row: first, col, rowSpan: drafts.length, colSpan: 1 });
  }
  const first = forms[0]!;
  return {
    id: 'project-performance',
    number,
    numberLabel: '',
    title: first.title,
    shortTitle: first.title,
    subtitle: first.preamble.map((c) => c.text),
    unit: '元',
    decimals: 2,
    columns: PROJECT_FORM_COLUMNS.map((c) => ({ ...c, header: [...c.header] })),
    rows,
    merges,
    notes: [],
    empty: rows.length === 0,
    at: first.titleAt,
  };
}
