// The Document's meta for an imported disclosure: year, title, date and department from the title
// lines (“上海市2025年市级单位预算”, “预算单位：上海市财政局”, “2023 年 3 月”), the tables' preambles
// (部门名称：/ 编制单位：) and the department row of its tables.
import type { DocTable, Document } from '../model/document.ts';
import { tightenCjk } from './labels.ts';
import type { RawDocument } from './raw.ts';

const DEPARTMENT_LINE = /^(?:预算单位|预算主管部门|主管部门|编制单位|编制部门|部门名称|单位名称)\s*[:：]\s*(.+)$/;
const DATE_LINE = /^\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?$/;

function departmentFrom(text: string): string | undefined {
  const m = DEPARTMENT_LINE.exec(text.trim());
  if (!m?.[1]) return undefined;
  return m[1].replace(/(?:金额)?单\s*位\s*[:：].*$/, '').trim() || undefined;
}

/** The department's name: stated in the title lines, else a bare cover line, else a table's preamble, else read off the title. */
export function departmentName(raw: RawDocument, title: string, coverLine?: string): string {
  for (const c of raw.titleLines) {
    const d = departmentFrom(c.text);
    if (d) return d;
  }
  if (coverLine) return coverLine;
  for (const t of raw.tables) {
    for (const c of t.preamble) {
      const d = departmentFrom(c.text);
      if (d) return d;
    }
  }
  return title.replace(/^\d{4}年度?/, '').replace(/(?:部门|单位)?预算(?:公开|信息公开)?$/, '').trim();
}

/**
 * A cover line that only names the department, printed under the title (“洛阳市涧西区…办公室”):
 * no year, no 预算/决算/公开 of its own, and either named as the department in a table's preamble or
 * already contained in the title the other lines make. A title that wraps over lines is still joined.
 */
function bareDepartmentLine(text: string, others: readonly string[], preambleDepartment: string | undefined): boolean {
  const tight = tightenCjk(text);
  if (tight === '' || /\d{4}|预算|决算|公开|目录/.test(tight)) return false;
  if (preambleDepartment !== undefined && tight === tightenCjk(preambleDepartment)) return true;
  return others.length > 0 && tightenCjk(others.join('')).includes(tight);
}

function preambleDepartmentOf(raw: RawDocument): string | undefined {
  for (const t of raw.tables) {
    for (const c of t.preamble) {
      const d = departmentFrom(c.text);
      if (d) return d;
    }
  }
  return undefined;
}

export function buildMeta(raw: RawDocument, tables: readonly DocTable[], template: string): Document['meta'] {
  const lines: string[] = [];
  let date: string | undefined;
  let department: string | undefined;
  for (const c of raw.titleLines) {
    const text = c.text.trim();
    if (DATE_LINE.test(text)) date ??= text;
    else if (departmentFrom(text)) continue;
    else lines.push(text);
  }
  const preamble = preambleDepartmentOf(raw);
  const titleParts = lines.filter((text, i) => {
    if (i === 0 || !bareDepartmentLine(text, lines.filter((_, j) => j !== i), preamble)) return true;
    department ??= tightenCjk(text);
    return false;
  });
  const title = tightenCjk(titleParts.join(''));
  const yearText = /(\d{4})\s*年/.exec(title)?.[1] ?? tables.map((t) => /(\d{4})\s*年/.exec(t.title)?.[1]).find(Boolean) ?? /(\d{4})/.exec(date ?? '')?.[1];
  const code = tables.flatMap((t) => t.rows).find((r) => r.kind === 'department' && r.code)?.code ?? '';
  const meta: Document['meta'] = {
    year: yearText ? Number(yearText) : 0,
    kind: 'budget',
    title,
    department: { code, name: departmentName(raw, title, department) },
    template,
    precision: 'printed',
    contents: raw.contents.map((c) => c.text.trim()),
    source: raw.source.pages === undefined ? { file: raw.source.file, kind: raw.source.kind } : { ...raw.source },
  };
  if (date) meta.date = date;
  return meta;
}
