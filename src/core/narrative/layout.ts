// Where the renderers print the narrative of a template whose sections are 目录 entries
// (Shanghai: 一、主要职能 二、机构设置 三、名词解释 四、编制说明 before the tables, 五、预算表, 六、其他
// 相关情况说明 after them), from the template's `contents`. Templates without it (Luoyang) keep
// 第一部分 … 第三部分 before the tables, as the renderers lay them out themselves. Pure.
import type { Document, NarrativePart, NarrativeSection } from '../model/document.ts';
import { getTemplate } from '../templates/index.ts';
import { fillTemplateText } from '../templates/types.ts';

export interface LaidOutPart {
  part: NarrativePart;
  /** The 目录 entry, e.g. “一、单位主要职能”. */
  title: string;
  sections: NarrativeSection[];
  /** Unique within the document, for anchors (“profile-1”). */
  id: string;
  /** Printed after the tables (Shanghai 六、其他相关情况说明). */
  afterTables: boolean;
}

export interface ContentsLayout {
  parts: LaidOutPart[];
  /** The tables' entry, e.g. “五、单位预算表”. */
  tablesTitle: string;
}

/**
 * The entries of a document whose template lays out its narrative by contents; undefined for
 * other templates or a document without narrative. A section the contents do not name is printed
 * before the tables under its own heading, so no text is lost.
 */
export function contentsLayout(doc: Document): ContentsLayout | undefined {
  const contents = getTemplate(doc.meta.template)?.narrative?.contents;
  const narrative = doc.narrative ?? [];
  if (!contents || narrative.length === 0) return undefined;
  const vars = { year: doc.meta.year, department: doc.meta.department.name, lastYear: doc.meta.year - 1 };
  const byPart = (part: NarrativePart) => narrative.filter((s) => s.part === part);
  const used = new Set<NarrativeSection>();
  const parts: LaidOutPart[] = [];
  let tablesTitle = '';
  let afterTables = false;
  for (const entry of contents) {
    const title = fillTemplateText(entry.title, vars);
    if (entry.section === 'tables') {
      tablesTitle = title;
      afterTables = true;
      continue;
    }
    const [part, index] = entry.section;
    const section = byPart(part)[index];
    if (!section) continue;
    used.add(section);
    parts.push({ part, title, sections: [section], id: `${part}-${index + 1}`, afterTables });
  }
  const rest = narrative.filter((s) => !used.has(s));
  rest.forEach((s, i) => {
    const at = parts.findIndex((p) => p.afterTables);
    const part: LaidOutPart = { part: s.part, title: s.heading, sections: [s], id: `other-${i + 1}`, afterTables: false };
    parts.splice(at < 0 ? parts.length : at, 0, part);
  });
  return { parts, tablesTitle };
}
