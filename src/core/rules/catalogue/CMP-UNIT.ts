// CMP-UNIT: every table with amounts states its money unit (单位：万元 or 元), all tables use the same
// unit (the template's), and any unit a table writes into its headers, labels, subtitle or notes —
// “部门预算总额(万元)”, “项目金额（万元）”, “单位：元” — is the unit its figures are in. Mixing 元 and
// 万元 misstates figures ten-thousandfold: an error.
import type { DocTable, Row } from '../../model/document.ts';
import type { TemplateSpec } from '../../templates/types.ts';
import { amountCells } from '../amount-cells.ts';
import { figureColumns } from '../coded-rows.ts';
import { cellLocation } from '../doc-access.ts';
import type { Location, Reporter, Rule } from '../types.ts';

const UNITS = ['万元', '元'] as const;
const STATED = /(?:[（(]\s*(万元|元)\s*[）)])|(?:单位\s*[:：]\s*(万元|元))/g;

function numeric(row: Row): boolean {
  for (const c of row.cells) if (typeof c === 'number') return true;
  return false;
}

const NONE: string[] = [];

function unitsIn(text: string): string[] {
  // Every stated unit ends in 元: a text without 元 states none.
  if (!text.includes('元')) return NONE;
  // The matches of matchAll, found with the shared pattern itself from lastIndex 0 to the end.
  const units: string[] = [];
  STATED.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = STATED.exec(text)) !== null) units.push(m[1] ?? m[2] ?? '');
  return units;
}

/** True when any of the texts may contain 元 (a header or note that could state a unit). */
function anyYuan(texts: readonly string[]): boolean {
  for (let k = 0; k < texts.length; k++) {
    const t = texts[k];
    if (typeof t !== 'string' || t.includes('元')) return true;
  }
  return false;
}

/** True when a row of the table prints a number. */
function anyNumeric(rows: readonly Row[]): boolean {
  for (let r = 0; r < rows.length; r++) if (numeric(rows[r] as Row)) return true;
  return false;
}

/** Reports a unit that is not the table's (or the document's). */
function fail(report: Reporter, main: string | undefined, table: DocTable, location: Location, unit: string, what: string, whatEn: string): void {
  report.fail({
    message: `${table.title}${what}`,
    messageEn: `${table.id}: ${whatEn}`,
    location,
    expected: main ?? '',
    actual: unit,
    hint: '全文件统一金额单位（本模板为万元，保留两位小数），表内注明的单位与数字一致。',
  });
}

/** The units written in the texts (subtitle lines or notes), each checked against the table's. */
function checkTexts(report: Reporter, main: string | undefined, table: DocTable, texts: readonly string[]): void {
  for (let k = 0; k < texts.length; k++) {
    const text = texts[k] as string;
    for (const u of unitsIn(text)) {
      report.checked();
      if (u !== table.unit) fail(report, main, table, { table: table.id, tableTitle: table.title }, u, `的说明“${text.length > 40 ? `${text.slice(0, 40)}…` : text}”注明单位${u}，而表中数字的单位是${table.unit}`, `a note says ${u}, figures are in ${table.unit}`);
    }
  }
}

/** The unit most of the tables state (the first met on a tie), for a document without a template. */
function mostStated(tables: readonly DocTable[]): string | undefined {
  const stated = tables.filter((t) => (UNITS as readonly string[]).includes(t.unit));
  const count = new Map<string, number>();
  for (const t of stated) count.set(t.unit, (count.get(t.unit) ?? 0) + 1);
  return [...count.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/** The unit the template gives each of its tables (the first spec of an id), once per template. */
function unitsOf(template: TemplateSpec): ReadonlyMap<string, string | undefined> {
  let units = templateUnits.get(template);
  if (units === undefined || units.tables !== template.tables) {
    const byId = new Map<string, string | undefined>();
    for (const s of template.tables) if (!byId.has(s.id)) byId.set(s.id, s.unit);
    units = { tables: template.tables, byId };
    templateUnits.set(template, units);
  }
  return units.byId;
}

const templateUnits = new WeakMap<TemplateSpec, { tables: TemplateSpec['tables']; byId: Map<string, string | undefined> }>();

export const rule: Rule = {
  id: 'CMP-UNIT',
  category: 'completeness',
  severity: 'error',
  statement: {
    zh: '各表应注明金额单位（万元或元），全文件单位一致，表内注明的单位与数字的单位相符。',
    en: 'Every amount table states its unit, all tables use one unit, and units written inside a table match its figures.',
  },
  tables: [],
  target: 'document',
  check({ doc, template }, report) {
    // Forms (the performance tables) keep amounts in text columns: a numeric cell counts too.
    // (figureColumns: the amount columns, listed once per table and check, shared with CMP-NOTE-ON-DATA.)
    const tables: DocTable[] = [];
    for (let t = 0; t < doc.tables.length; t++) {
      const table = doc.tables[t] as DocTable;
      if (figureColumns(table).length > 0 || anyNumeric(table.rows)) tables.push(table);
    }
    if (tables.length === 0) return report.notApplicable('文件中没有金额表');
    // The document's unit: the template's, else the one most tables state (counted only then).
    const main = template?.unit ?? mostStated(tables);
    const units = template === undefined ? undefined : unitsOf(template);
    for (let t = 0; t < tables.length; t++) {
      const table = tables[t] as DocTable;
      report.checked();
      if (table.unit !== '万元' && table.unit !== '元') {
        fail(report, main, table, { table: table.id, tableTitle: table.title }, String(table.unit ?? ''), '没有注明金额单位（单位：万元）', 'states no money unit');
        continue;
      }
      // A template may give one table its own unit (Shanghai's “三公” table in 万元).
      const expected = units?.get(table.id) ?? main;
      if (expected && table.unit !== expected) {
        fail(report, main, table, { table: table.id, tableTitle: table.title }, table.unit, `的金额单位是${table.unit}，其他表（模板）为${expected}`, `is in ${table.unit}, the document in ${expected}`);
      }
      // Units written into the table itself.
      const columns = table.columns;
      const amounts = figureColumns(table);
      for (let k = 0; k < amounts.length; k++) {
        const col = columns[amounts[k] as number] as (typeof columns)[number];
        if (!anyYuan(col.header)) continue;
        for (const u of unitsIn(col.header.join(' '))) {
          report.checked();
          if (u !== table.unit) fail(report, main, table, { table: table.id, tableTitle: table.title, column: col.key, columnLabel: col.header.join('/') }, u, `的表头“${col.header.filter(Boolean).join('/')}”注明单位${u}，而表中数字的单位是${table.unit}`, `header of ${col.key} says ${u}, figures are in ${table.unit}`);
        }
      }
      // The label of a row's figures: the text cell just before its first number
      // (“部门预算总额(万元)” 2002.45). Indicator texts further right (“≤19000元”) are not labels.
      // The labels that may state a unit are found in the walk over the table's cells that
      // PLS-NEGATIVE-AMOUNT shares (amountCells).
      const labels = amountCells(table).yuanLabels;
      for (let k = 0; k < labels.length; k += 2) {
        const i = labels[k] as number;
        const c = labels[k + 1] as number;
        const cell = (table.rows[i] as Row).cells[c] as string;
        for (const u of unitsIn(cell)) {
          report.checked();
          if (u !== table.unit) fail(report, main, table, cellLocation(table, i, c), u, `中“${cell}”注明单位${u}，而该行数字的单位是${table.unit}`, `label “${cell}” says ${u}, figures are in ${table.unit}`);
        }
      }
      if (anyYuan(table.subtitle) || anyYuan(table.notes)) {
        checkTexts(report, main, table, table.subtitle);
        checkTexts(report, main, table, table.notes);
      }
    }
  },
};
