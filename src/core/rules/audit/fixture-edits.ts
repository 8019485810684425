// Fixture notation for what an imported document carries and a generated one does not (used by the
// audit rules' fixtures; notation.ts hands it every edit it does not know itself):
//   meta.contents = ["一、部门收支预算表", …]          the 目录 as printed (also meta.title, meta.precision)
//   section explanation "十一、其他说明" = ["…", "…"]   append a narrative section with its paragraphs
//   at 十一、其他说明 = [6, 7]                          pages of a section's paragraphs (heading prefix)
//   subtitle income = ["编制单位：…"]                   replace a table's subtitle lines
import type { Document, NarrativePart } from '../../model/document.ts';

const PARTS: readonly NarrativePart[] = ['profile', 'explanation', 'glossary'];

function json<T>(text: string, edit: string): T {
  try {
    return JSON.parse(text) as T;
  } catch {
    throw new Error(`无法解析：${edit}`);
  }
}

/** Applies one audit edit to a Document (already a copy); false when the edit is not one of these. */
export function applyAuditEdit(doc: Document, edit: string): boolean {
  let m: RegExpExecArray | null;
  if ((m = /^meta\.(contents|title|precision)\s*=\s*(.+)$/s.exec(edit))) {
    const value = json<unknown>(m[2] as string, edit);
    if (m[1] === 'contents') doc.meta.contents = value as string[];
    else if (m[1] === 'title') doc.meta.title = value as string;
    else doc.meta.precision = value as 'exact' | 'printed';
    return true;
  }
  if ((m = /^section\s+(\w+)\s+(".*?")\s*=\s*(\[.*\])$/s.exec(edit))) {
    const part = m[1] as NarrativePart;
    if (!PARTS.includes(part)) throw new Error(`未知的部分 ${part}：${edit}`);
    const heading = json<string>(m[2] as string, edit);
    const paragraphs = json<string[]>(m[3] as string, edit);
    (doc.narrative ??= []).push({ part, heading, paragraphs });
    return true;
  }
  if ((m = /^at\s+(\S+)\s*=\s*(\[.*\])$/.exec(edit))) {
    const section = doc.narrative?.find((s) => s.heading.startsWith(m?.[1] as string));
    if (!section) throw new Error(`找不到段落：${edit}`);
    section.at = json<number[]>(m[2] as string, edit).map((page) => ({ page }));
    return true;
  }
  if ((m = /^subtitle\s+(\S+)\s*=\s*(\[.*\])$/.exec(edit))) {
    const table = doc.tables.find((t) => t.id === m?.[1]);
    if (!table) throw new Error(`没有表 ${m[1]}`);
    table.subtitle = json<string[]>(m[2] as string, edit);
    return true;
  }
  return false;
}
