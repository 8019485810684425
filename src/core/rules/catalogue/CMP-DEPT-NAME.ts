// CMP-DEPT-NAME: every table names the document's department — the “部门名称：…” line under the
// title, the department row of the tables that have one, the 部门（单位）名称 of the performance
// form. A table carrying another department's name (a copied sheet) is an error; a missing 部门名称
// line where the template prints one is a warning.
import { fillTemplateText } from '../../templates/types.ts';
import { amountCells } from '../amount-cells.ts';
import { cellLocation, findTable, textAt } from '../doc-access.ts';
import { normalisedName as normaliseName, requireTemplate } from '../classification-helpers.ts';
import type { Location, Rule } from '../types.ts';
import { BoundedCache } from '../bounded-cache.ts';

const same = (a: string, b: string): boolean => a === b || normaliseName(a) === normaliseName(b);

/**
 * The text a template's 部门名称 line prints before {department}, filled for a year (and its
 * normalised form): worked out once per line and year, as every document of a year prints the same.
 */
function linePrefix(line: string, year: number): LinePrefix {
  const byLine = prefixes.get(year, newLines);
  const hit = byLine.get(line);
  if (hit !== undefined) return hit;
  const prefix = fillTemplateText(line.slice(0, line.indexOf('{department}')), { year });
  const value = { prefix, normal: normaliseName(prefix) };
  if (byLine.size < 1000) byLine.set(line, value);
  return value;
}

interface LinePrefix {
  prefix: string;
  normal: string;
}

/** linePrefix's answers by year and line (the lines are the templates' own strings; at most 1,000 a year kept). */
const prefixes = new BoundedCache<number, Map<string, LinePrefix>>(100);
const newLines = (): Map<string, LinePrefix> => new Map();

/** The message of a name that is not the document's department (a blank name is said as such). */
function wrong(dept: string, what: string, printed: string, location: Location) {
  const blank = printed.trim() === '';
  return {
    message: blank ? `${what}没有填写名称，应为本部门“${dept}”` : `${what}为“${printed}”，本文件是“${dept}”的部门预算`,
    messageEn: blank
      ? `${what} is blank; it should name the document’s department “${dept}”`
      : `${what} names “${printed}”, not the document’s department “${dept}”`,
    expected: dept,
    actual: printed,
    hint: blank ? '填写本部门名称（模板中留空的名称须在公开前填上）。' : '核对是否套用了其他部门的表格，改为本部门名称。',
    location,
  };
}

/** The normalised form of the first subtitle line that starts with `normal`, or undefined. */
function lineStarting(subtitle: readonly string[], normal: string): string | undefined {
  for (let k = 0; k < subtitle.length; k++) {
    const n = normaliseName(subtitle[k] as string);
    if (n.startsWith(normal)) return n;
  }
  return undefined;
}

const NAME_LABEL = /^(?:部门\(单位\)|部门|单位)名称$/;

/** The spec's subtitle line that prints {department}, once per spec (specs are not edited). */
function departmentLine(spec: { subtitle: readonly string[] }): string | undefined {
  if (departmentLines.has(spec)) return departmentLines.get(spec);
  const line = spec.subtitle.find((s) => s.includes('{department}'));
  departmentLines.set(spec, line);
  return line;
}

const departmentLines = new WeakMap<object, string | undefined>();

export const rule: Rule = {
  id: 'CMP-DEPT-NAME',
  category: 'completeness',
  severity: 'error',
  statement: {
    zh: '各表的“部门名称”、部门行和绩效表中的部门（单位）名称应为本部门名称。',
    en: 'The 部门名称 line, department rows and the performance form name the document’s department.',
  },
  tables: [],
  target: 'document',
  check(ctx, report) {
    const template = requireTemplate(ctx, report);
    if (!template) return;
    const dept = ctx.doc.meta.department.name;
    const specs = template.tables;
    for (let t = 0; t < specs.length; t++) {
      const spec = specs[t] as (typeof specs)[number];
      const table = findTable(ctx.doc, spec.id);
      if (!table) continue;
      // The 部门名称 line the template prints under the title.
      const line = departmentLine(spec);
      if (line) {
        const { prefix, normal } = linePrefix(line, ctx.doc.meta.year);
        const printed = prefix === '' ? undefined : lineStarting(table.subtitle, normal);
        report.checked();
        if (printed === undefined) {
          report.fail({
            severity: 'warning',
            message: `${table.title}没有“${prefix}”一行`,
            messageEn: `${table.id} has no “${prefix}” line`,
            location: { table: table.id, tableTitle: table.title },
            expected: `${prefix}${dept}`,
            hint: `在标题下注明“${prefix}${dept}”。`,
          });
        } else if (printed.length !== normal.length + dept.length || !printed.endsWith(dept)) {
          // (The usual line is the prefix and the department's name itself: then it is not cut.)
          const value = printed.slice(normal.length);
          if (!same(value, dept)) report.fail(wrong(dept, `${table.title}的“${prefix}”`, value, { table: table.id, tableTitle: table.title }));
        }
      }
      // Department rows (部门代码 + 名称), as found in the walk over the table's rows that CMP-UNIT
      // and PLS-NEGATIVE-AMOUNT share (amountCells).
      const rows = table.rows;
      const departmentRows = amountCells(table).departmentRows;
      for (let k = 0; k < departmentRows.length; k++) {
        const i = departmentRows[k] as number;
        const name = (rows[i] as (typeof rows)[number]).name as string;
        report.checked();
        if (!same(name, dept)) report.fail(wrong(dept, `${table.title}的部门行`, name, cellLocation(table, i)));
      }
      // The performance form's own name row.
      if (table.id === 'department-performance') {
        for (let i = 0; i < rows.length; i++) {
          const row = rows[i] as (typeof rows)[number];
          const label = textAt(row, 0);
          // Every such label ends in 名称, which normalising never makes out of other characters
          // (though it may join 名 称): a label without 称 is skipped unread.
          if (!label.includes('称') || !NAME_LABEL.test(normaliseName(label))) continue;
          const printed = textAt(row, 1).trim();
          report.checked();
          if (!same(printed, dept)) report.fail(wrong(dept, `${table.title}的“${label}”`, printed, cellLocation(table, i, 1)));
        }
      }
    }
  },
};
