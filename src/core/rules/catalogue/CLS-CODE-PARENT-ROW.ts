// CLS-CODE-PARENT-ROW: where a table prints 类 (and 款) rows with their 款/项 rows beneath them —
// the 支出经济分类汇总表 always, functional tables in templates that print every level — the 类 and 款
// parts printed on each row agree with the 类/款 row it stands under. A row filed under the wrong
// parent is misclassified or mis-summed, whatever the list says: an error of the document.
import type { DocTable } from '../../model/document.ts';
import { cellLocation } from '../doc-access.ts';
import { type CodedRow, economicRows, functionalRows } from '../classification-helpers.ts';
import { FUNCTIONAL_TABLES } from '../functional-tables.ts';
import type { Reporter, Rule } from '../types.ts';

export const rule: Rule = {
  id: 'CLS-CODE-PARENT-ROW',
  category: 'classification',
  severity: 'error',
  statement: {
    zh: '分级列示的表中，款、项行印出的类、款编码应与其所在的类、款行一致。',
    en: 'In tables that print class and section rows, the class and section parts of each row agree with the class/section row it stands under.',
  },
  tables: [...FUNCTIONAL_TABLES, 'economic-summary'],
  target: 'document',
  check({ doc }, report) {
    // The coded rows with printed parts, table by table (each table's rows together and in row
    // order, as functionalRows and economicRows list them): walked beside the table's rows.
    const coded: CodedRow[] = [];
    for (const r of functionalRows(doc)) if (r.parts) coded.push(r);
    for (const r of economicRows(doc)) if (r.parts && r.table.id === 'economic-summary') coded.push(r);
    for (let start = 0; start < coded.length;) {
      const table = (coded[start] as CodedRow).table;
      let next = start;
      let cls: CodedRow | undefined;
      let sec: CodedRow | undefined;
      const economic = table.id === 'economic-summary';
      const rows = table.rows;
      for (let i = 0; i < rows.length; i++) {
        const row = rows[i] as DocTable['rows'][number];
        const r = coded[next];
        if (r === undefined || r.table !== table || r.index !== i) {
          // A unit, department or total row starts a new block.
          if (row.kind !== 'item') cls = sec = undefined;
          continue;
        }
        next++;
        const p = r.parts!;
        const level = row.kind === 'class' ? 'class' : row.kind === 'section' ? 'section' : 'item';
        if (level === 'class') {
          cls = r;
          sec = undefined;
          continue;
        }
        if (cls) parentAgrees(report, table, i, r, '类', cls, p.class, cls.parts?.class ?? '');
        if (level === 'item' && !economic && sec) parentAgrees(report, table, i, r, '款', sec, p.class + p.section, sec.parts!.class + sec.parts!.section);
        if (level === 'section') sec = r;
      }
      start = Math.max(next, start + 1);
    }
  },
};

/** Reports a row whose printed 类 (款) differs from that of the 类 (款) row it stands under. */
function parentAgrees(report: Reporter, table: DocTable, i: number, r: CodedRow, what: '类' | '款', parent: CodedRow, mine: string, theirs: string): void {
  report.checked();
  if (mine === theirs) return;
  report.fail({
    message: `${table.title}“${r.name}”印的${what}为 ${mine}，但列在${what} ${theirs}“${parent.name}”之下`,
    messageEn: `${table.id}: “${r.name}” prints ${what === '类' ? 'class' : 'section'} ${mine} but stands under ${theirs} “${parent.name}”`,
    location: cellLocation(table, i, r.codeCol),
    expected: theirs,
    actual: mine,
    hint: '核对这一行的编码，或把它移到所属的类、款之下，并重算上级的合计。',
  });
}
