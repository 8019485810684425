// AUD-TEMPLATE-LEFTOVER: nothing of the fill-in template is left in the published document — XX,
// XXX, x,xxx, 202X年, 增加（减少）, （持平）, an empty 主要原因是, blank 【 】, the template's own
// instructions (（若无，则写…）), and (a warning) …… standing for text never written — in the
// narrative, the titles, subtitles and notes of the tables, the title and the contents.
import type { DocTable } from '../../model/document.ts';
import { formatSourcePos } from '../../model/document.ts';
import type { Leftover } from '../audit/leftovers.ts';
import { leftoversIn } from '../audit/leftovers.ts';
import { pageNote, paraLocation, paragraphsOf } from '../audit/text.ts';
import type { Location, Reporter, Rule } from '../types.ts';
import { withSeverity } from '../types.ts';

const HINT = '把模板占位符、备选用词和填写说明换成本部门的实际内容，或删去。';

function fail(report: Reporter, where: string, hit: Leftover, location: Location): void {
  report.fail(withSeverity(hit.severity, {
    message: `${where}留有模板内容（${hit.what}）：“${hit.text}”`,
    messageEn: `${hit.whatEn} left from the template: “${hit.text}”`,
    location,
    actual: hit.text,
    hint: HINT,
  }));
}

function tableLocation(t: DocTable): Location {
  const loc: Location = { table: t.id, tableTitle: t.title };
  if (t.at) loc.source = formatSourcePos(t.at);
  return loc;
}

/** A title, subtitle or note of a table. */
function checkTableText(report: Reporter, t: DocTable, text: string): void {
  report.checked();
  for (const hit of leftoversIn(text)) fail(report, t.title, hit, { ...tableLocation(t), sentence: text });
}

export const rule: Rule = {
  id: 'AUD-TEMPLATE-LEFTOVER',
  category: 'completeness',
  severity: 'error',
  statement: {
    zh: '公开文件中不得留有模板内容：XX、x,xxx 等占位符，“增加（减少）”等未选定的用词，空的“主要原因是”，空白【 】，模板的填写说明。',
    en: 'No template leftovers in the published document: placeholders (XX, x,xxx), unresolved alternatives (增加（减少）), an empty 主要原因是, blank 【 】, the template’s instructions.',
  },
  tables: [],
  target: 'document',
  check({ doc }, report) {
    const { meta } = doc;
    for (const [what, text] of [['标题', meta.title], ['部门名称', meta.department.name]] as const) {
      report.checked();
      for (const hit of leftoversIn(text)) fail(report, `文件${what}`, hit, { path: what === '标题' ? 'meta.title' : 'meta.department.name', sentence: text });
    }
    (meta.contents ?? []).forEach((line, i) => {
      report.checked();
      for (const hit of leftoversIn(line, { ellipsis: false })) fail(report, '目录', hit, { section: '目录', paragraph: i, sentence: line });
    });
    for (const t of doc.tables) {
      checkTableText(report, t, t.title);
      for (const text of t.subtitle) checkTableText(report, t, text);
      for (const text of t.notes) checkTableText(report, t, text);
    }
    const sections = new Set<unknown>();
    for (const para of paragraphsOf(doc, { glossary: true })) {
      if (!sections.has(para.section)) {
        sections.add(para.section);
        report.checked();
        for (const hit of leftoversIn(para.section.heading)) fail(report, `标题“${para.section.heading}”`, hit, { section: para.section.heading, sentence: para.section.heading });
      }
      report.checked();
      for (const hit of leftoversIn(para.text)) fail(report, `${para.section.heading}${pageNote(para)}`, hit, paraLocation(para, hit.index));
    }
  },
};
