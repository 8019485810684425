// A RawDocument (what the PDF, Excel and text readers recover) assembled into a Document with
// provenance: the template detected from the table titles (or given), each printed table read as
// its canonical table (columns by header labels, amounts in 分, rows classified and given the refs
// the views give), the narrative in sections, the meta. Pure: no I/O. See docs/importing.md.
import { bundledClassification, bundledYears } from '../classification/bundled.ts';
import type { ClassificationSet } from '../classification/types.ts';
import type { DocTable, Document, TableId } from '../model/document.ts';
import { getTemplate } from '../templates/index.ts';
import type { TableSpec, TemplateSpec } from '../templates/types.ts';
import type { TemplateDetection } from './detect.ts';
import { detectTemplate, matchTemplate } from './detect.ts';
import { departmentPerformanceRows, projectPerformanceRows } from './forms.ts';
import { labelKey } from './labels.ts';
import { buildMeta } from './meta.ts';
import { narrativeSections } from './narrative.ts';
import type { ImportProblem } from './problems.ts';
import { ProblemList } from './problems.ts';
import { PROJECT_FORM_TITLE } from '../model/table-names.ts';
import { projectFormsTable } from './project-forms.ts';
import type { RawDocument, RawTable } from './raw.ts';
import { basicEconomicRows, economicSummaryRows, functionalRows, incomeRows, projectRows, threePublicRows } from './rows-standard.ts';
import { shanghaiBasicEconomicRows, shanghaiFunctionalRows, shanghaiThreePublicRows } from './rows-shanghai.ts';
import { summaryRows } from './summary-rows.ts';
import { assembleTable } from './table.ts';
import type { RowsContext } from './table-access.ts';

export type { ImportProblem } from './problems.ts';
export type { TemplateDetection } from './detect.ts';

export interface AssembleOptions {
  /** Template id to read the document with, instead of detecting it from the titles. */
  template?: string;
  /** Classification lists (for Shanghai's 类 lines named, not coded); default: the bundled ones for the year. */
  classification?: ClassificationSet;
}

export interface AssembleResult {
  document: Document;
  detection: TemplateDetection;
  problems: ImportProblem[];
}

function detect(raw: RawDocument, opts: AssembleOptions, problems: ProblemList): TemplateDetection {
  const titles = raw.tables.map((t) => t.title);
  if (opts.template !== undefined) {
    const t = getTemplate(opts.template);
    if (t) {
      const { wording: _w, ...d } = matchTemplate(titles, t);
      return d;
    }
    problems.add(`未知的模板“${opts.template}”，改为按表名识别`, `unknown template “${opts.template}”; detected from the table titles instead`);
  }
  return detectTemplate(titles);
}

/** 类 name → code from the classification lists, for 类 lines printed by name. */
function classCodes(set: ClassificationSet | undefined): Map<string, string> {
  const out = new Map<string, string>();
  for (const [code, item] of set?.functional ?? []) if (code.length === 3) out.set(labelKey(item.name), code);
  return out;
}

function classificationFor(year: number): ClassificationSet | undefined {
  const years = bundledYears();
  const y = years.includes(year) ? year : years[years.length - 1];
  return y === undefined ? undefined : bundledClassification(y);
}

/** Kinds, codes, names and refs of a table's rows, by its family and the template's layout. */
function classifyRows(ctx: RowsContext, codes: Map<string, string>, classes: ReadonlyMap<string, string>): void {
  const id: TableId = ctx.table.id;
  const shanghai = ctx.spec.layout === 'shanghai';
  if (id === 'income-expenditure-summary' || id === 'fiscal-summary') return summaryRows({ ...ctx, classCodes: classes });
  if (shanghai && (id === 'income' || id === 'expenditure' || id.endsWith('-expenditure') && id !== 'project-expenditure' && id !== 'general-public-basic-expenditure')) {
    return shanghaiFunctionalRows(ctx);
  }
  if (shanghai && id === 'general-public-basic-expenditure') return shanghaiBasicEconomicRows(ctx);
  if (shanghai && id === 'three-public') return shanghaiThreePublicRows(ctx);
  switch (id) {
    case 'income':
      return incomeRows(ctx);
    case 'general-public-basic-expenditure':
      return basicEconomicRows(ctx);
    case 'economic-summary':
      return economicSummaryRows(ctx);
    case 'three-public':
      return threePublicRows(ctx);
    case 'project-expenditure':
      return projectRows(ctx, codes);
    case 'department-performance':
      return departmentPerformanceRows(ctx);
    case 'project-performance':
      for (const [name, code] of projectPerformanceRows(ctx)) codes.set(name, code);
      return;
    default:
      return functionalRows(ctx);
  }
}

/** Assembles what a reader recovered into a Document. Never throws on odd input: it reports problems. */
export function assembleDocument(raw: RawDocument, opts: AssembleOptions = {}): AssembleResult {
  const problems = new ProblemList();
  const detection = detect(raw, opts, problems);
  const template: TemplateSpec | undefined = getTemplate(detection.template);
  const built: { table: DocTable; spec: TableSpec }[] = [];
  if (template) {
    for (const hit of detection.tables) {
      const rawTable = raw.tables[hit.index];
      const j = template.tables.findIndex((t) => t.id === hit.tableId);
      const spec = template.tables[j];
      if (!rawTable || !spec) continue;
      built.push({ table: assembleTable(rawTable, spec, template, j + 1, problems), spec });
    }
  }
  // The Shanghai district project forms are not tables of the template: read as one table of their own.
  const forms: RawTable[] = [];
  const formTitles: TemplateDetection['unknown'] = [];
  for (const u of detection.unknown) {
    const rawTable = raw.tables[u.index];
    if (rawTable && PROJECT_FORM_TITLE.test(labelKey(rawTable.title)) && !built.some((b) => b.spec.id === 'project-performance')) {
      forms.push(rawTable);
      formTitles.push(u);
      continue;
    }
    problems.add(`未识别的表“${u.title}”，不是模板“${template?.name ?? detection.template}”中的表，未读取`, `table “${u.title}” is not a table of the template; not read`, raw.tables[u.index]?.titleAt);
  }
  if (template && detection.missing.length) {
    const names = detection.missing.map((id) => template.tables.find((t) => t.id === id)?.listTitle ?? id);
    problems.add(`模板中的表未印出：${names.join('、')}`, `tables of the template not printed: ${detection.missing.join(', ')}`);
  }

  const meta = buildMeta(raw, built.map((b) => b.table), detection.template);
  const classes = classCodes(opts.classification ?? classificationFor(meta.year));
  // The project performance table names each project's code, which the 项目支出预算表 does not print.
  const codes = new Map<string, string>();
  const order = [...built].sort((a, b) => Number(b.spec.id === 'project-performance') - Number(a.spec.id === 'project-performance'));
  for (const { table, spec } of order) {
    if (template) classifyRows({ table, spec, template, problems }, codes, classes);
  }
  if (!meta.department.code) meta.department.code = built.flatMap((b) => b.table.rows).find((r) => r.kind === 'department' && r.code)?.code ?? '';

  for (const w of raw.warnings ?? []) problems.add(w.text, w.text, w.at);
  const tables = built.map((b) => b.table);
  const formsTable = projectFormsTable(forms, tables.length + 1, problems);
  if (formsTable) tables.push(formsTable);
  const document: Document = { schema: 'yusuan/document@1', meta, tables };
  const narrative = narrativeSections(raw.paragraphs, { contents: meta.contents ?? [], department: meta.department.name });
  if (narrative.length) document.narrative = narrative;
  if (formTitles.length > 0) {
    detection.unknown = detection.unknown.filter((u) => !formTitles.includes(u));
    detection.projectForms = formTitles;
  }
  return { document, detection, problems: problems.items };
}
