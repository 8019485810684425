// CMP-TABLE-TITLE: each table's title carries the budget year and the template's name of the table
// (2023年部门收支预算表). Where the template puts the year under the title (“（2023年度）” under the
// performance form) the year is looked for there. A wrong or missing year is an error — a reader
// takes the table for another year's; a title that drifts from the table's name is a warning.
import { findTable } from '../doc-access.ts';
import { normalisedName, requireTemplate } from '../classification-helpers.ts';
import type { Rule } from '../types.ts';

/** What fold changes; a title without any of it folds to itself. */
const FOLDED = /[\s（）０-９“”"‘’']|其它/;

const fold = (s: string): string =>
  !FOLDED.test(s) ? s : normalisedName(s)
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[“”"‘’']/g, '"');

function yearsIn(folded: string): number[] {
  // The matches of /(\d{4})年/g in the folded text: every 年 after four ASCII digits (two such
  // matches cannot overlap, 年 not being a digit), read without the regular expression.
  const years: number[] = [];
  for (let j = folded.indexOf('年', 4); j >= 0; j = folded.indexOf('年', j + 1)) {
    let year = 0;
    let k = j - 4;
    for (; k < j; k++) {
      const c = folded.charCodeAt(k);
      if (c < 48 || c > 57) break;
      year = year * 10 + (c - 48);
    }
    if (k === j) years.push(year);
  }
  return years;
}

/** What a template's table spec says for this rule, worked out once per spec (specs are not edited). */
interface SpecTitle {
  /** The year is printed in the subtitle, not the title. */
  inSubtitle: boolean;
  /** fold(spec.listTitle). */
  listTitle: string;
}

const specTitles = new WeakMap<object, SpecTitle>();

function specTitle(spec: { title: string; subtitle: readonly string[]; listTitle: string }): SpecTitle {
  let hit = specTitles.get(spec);
  if (hit === undefined) {
    hit = { inSubtitle: !spec.title.includes('{year}') && spec.subtitle.some((s) => s.includes('{year}')), listTitle: fold(spec.listTitle) };
    specTitles.set(spec, hit);
  }
  return hit;
}

const NO_YEARS: number[] = [];

/** True when every year of the list is `year` (or there is none). */
function onlyYear(years: readonly number[], year: number): boolean {
  for (let k = 0; k < years.length; k++) if (years[k] !== year) return false;
  return true;
}

export const rule: Rule = {
  id: 'CMP-TABLE-TITLE',
  category: 'completeness',
  severity: 'error',
  statement: {
    zh: '各表标题应写明预算年度和模板规定的表名（如“2023年部门收支预算表”）。',
    en: 'Each table title states the budget year and the template’s name of the table.',
  },
  tables: [],
  target: 'document',
  check(ctx, report) {
    const template = requireTemplate(ctx, report);
    if (!template) return;
    const year = ctx.doc.meta.year;
    const specs = template.tables;
    for (let t = 0; t < specs.length; t++) {
      const spec = specs[t] as (typeof specs)[number];
      const table = findTable(ctx.doc, spec.id);
      if (!table) continue; // CMP-TABLES-PRESENT reports it
      const { inSubtitle, listTitle } = specTitle(spec);
      // The title folded once, for its years and its table name.
      const title = fold(table.title);
      const where = inSubtitle ? table.subtitle.join(' ') : table.title;
      const years = yearsIn(inSubtitle ? fold(where) : title);
      report.checked();
      // The years other than the budget year (filtered only when one is).
      const wrong = onlyYear(years, year) ? NO_YEARS : years.filter((y) => y !== year);
      if (wrong.length > 0 || years.length === 0) {
        report.fail({
          message: wrong.length > 0
            ? `${table.title}${inSubtitle ? `（${where}）` : ''}写的是 ${wrong.join('、')} 年，本文件是 ${year} 年预算`
            : `${table.title}${inSubtitle ? '的副标题' : '的标题'}没有写明预算年度（${year}年）`,
          messageEn: wrong.length > 0 ? `${table.id}: title states ${wrong.join(', ')}, the budget year is ${year}` : `${table.id}: title does not state the year ${year}`,
          location: { table: table.id, tableTitle: table.title },
          expected: String(year),
          actual: where,
          hint: `标题写作“${spec.title.replace('{year}', String(year))}”。`,
        });
      }
      report.checked();
      if (title.includes(listTitle)) continue;
      report.fail({
        severity: 'warning',
        message: `${table.title}的标题中没有模板规定的表名“${spec.listTitle}”`,
        messageEn: `${table.id}: the title does not carry the template’s table name “${spec.listTitle}”`,
        location: { table: table.id, tableTitle: table.title },
        expected: spec.listTitle,
        actual: table.title,
        hint: `标题写作“${spec.title.replace('{year}', String(year))}”。`,
      });
    }
  },
};
