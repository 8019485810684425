// AUD-DEPT-UNIT-WORDING: a document names itself one way throughout. A 部门预算 (the document's title
// says 部门预算) has 部门 tables (2023年部门…表), 编制部门：, 部门 headings and says 本部门; a 单位预算 has
// 预算单位 / 单位 tables, 编制单位：, 单位 headings and 本单位. A table titled 预算单位… in a 部门预算,
// or 我单位 in its text, is the other template's wording left in. Terms that only contain the words
// (部门预算经济分类, 预算主管部门, 所属预算单位, 部门（单位）) are not self-designations.
import { formatSourcePos } from '../../model/document.ts';
import type { Designation } from '../audit/wording.ts';
import { documentDesignation, headingDesignation, selfReferences, subtitleDesignation, titleDesignation } from '../audit/wording.ts';
import { pageNote, paraLocation, paragraphsOf } from '../audit/text.ts';
import type { Location, Rule } from '../types.ts';

interface Use {
  designation: Designation;
  what: string;
  text: string;
  location: Location;
}

const KIND: Record<Designation, string> = { 部门: '部门预算', 单位: '单位预算' };

export const rule: Rule = {
  id: 'AUD-DEPT-UNIT-WORDING',
  category: 'completeness',
  severity: 'warning',
  statement: {
    zh: '文件对自身的称谓应前后一致：部门预算的表名、编制栏、标题和正文都用“部门”，单位预算都用“单位”，不得混用。',
    en: 'A document names itself one way throughout: a 部门预算 says 部门 in its table titles, 编制 line, headings and text; a 单位预算 says 单位.',
  },
  tables: [],
  target: 'document',
  check({ doc }, report) {
    const uses: Use[] = [];
    for (const t of doc.tables) {
      const loc: Location = { table: t.id, tableTitle: t.title };
      if (t.at) loc.source = formatSourcePos(t.at);
      const d = titleDesignation(t.title);
      if (d) uses.push({ designation: d, what: '表名', text: t.title, location: loc });
      for (const line of t.subtitle) {
        const s = subtitleDesignation(line);
        if (s) uses.push({ designation: s, what: '表头', text: line, location: { ...loc, sentence: line } });
      }
      for (const note of t.notes) {
        for (const r of selfReferences(note)) uses.push({ designation: r.designation, what: '表注', text: r.text, location: { ...loc, sentence: note } });
      }
    }
    (doc.meta.contents ?? []).forEach((line, i) => {
      const d = titleDesignation(line) ?? headingDesignation(line);
      if (d) uses.push({ designation: d, what: '目录', text: line, location: { section: '目录', paragraph: i, sentence: line } });
    });
    const headings = new Set<unknown>();
    for (const para of paragraphsOf(doc)) {
      if (!headings.has(para.section)) {
        headings.add(para.section);
        const d = headingDesignation(para.section.heading);
        if (d) uses.push({ designation: d, what: '标题', text: para.section.heading, location: { section: para.section.heading } });
      }
      for (const r of selfReferences(para.text)) {
        uses.push({ designation: r.designation, what: `${para.section.heading}${pageNote(para)}的正文`, text: r.text, location: paraLocation(para, r.index) });
      }
    }
    if (uses.length === 0) return report.notApplicable('文件中没有“部门”或“单位”的自称');
    const counts = { 部门: 0, 单位: 0 };
    for (const u of uses) counts[u.designation]++;
    const declared = documentDesignation(doc.meta.title);
    const kind: Designation = declared ?? (counts.单位 > counts.部门 ? '单位' : '部门');
    const basis = declared ? `文件标题“${doc.meta.title}”` : `文件多数地方的称谓`;
    for (const u of uses) {
      report.checked();
      if (u.designation === kind) continue;
      report.fail({
        message: `本文件是${KIND[kind]}（${basis}），${u.what}却用“${u.designation}”：“${u.text}”`,
        messageEn: `the document is a ${kind === '部门' ? 'department' : 'unit'} budget, but its ${u.what} says ${u.designation}: “${u.text}”`,
        location: u.location,
        expected: kind,
        actual: u.text,
        hint: `按${KIND[kind]}的模板统一称谓（${kind === '部门' ? '部门、本部门、编制部门' : '单位、本单位、编制单位'}）。`,
      });
    }
  },
};
