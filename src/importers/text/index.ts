// The text reader: a disclosure as plain text taken out of its PDF (the seed's form — title lines,
// 目 录, the narrative one paragraph a line, tables as tab-separated lines) read into a RawDocument:
// title lines, contents, paragraphs and tables, every piece with its line number. It does no
// accounting: core/import/assemble.ts makes the Document.
import type { RawCell, RawDocument, RawParagraph, RawTable } from '../../core/import/raw.ts';
import { labelKey, stripNumbering } from '../../core/import/labels.ts';
import { normalizeRadicals } from '../../core/text/radicals.ts';
import type { TextLine } from './tables.ts';
import { NOTE, PREAMBLE, tableFromLines } from './tables.ts';

/** Strips what the extraction adds around text: Markdown emphasis, list dashes, outer spaces. */
function clean(text: string): string {
  return normalizeRadicals(text).replace(/\*\*/g, '').replace(/^[ \u3000]*[-•]\s+/, '').replace(/^[ \u3000]+|[ \u3000\r]+$/g, '');
}

const CONTENTS = /^目\s*录$/;

/** The part of a contents entry the body repeats: no numbering, no 部门/单位 wording. */
function entryCore(text: string): string {
  return labelKey(stripNumbering(text)).replace(/^(?:部门|单位|预算单位)/, '');
}

/** True when a line of the body repeats a contents entry (so the contents have ended). */
function repeatsEntry(text: string, entries: readonly string[]): boolean {
  const key = labelKey(text);
  if (key.length < 2) return false;
  // A numbered line (四、财政拨款收支预算表) is another entry unless it repeats one exactly.
  if (stripNumbering(text) !== text.trim()) return entries.some((e) => labelKey(e) === key);
  return entries.some((e) => {
    const whole = labelKey(e);
    const core = entryCore(e);
    return (whole.startsWith(key) && key.length >= 4) || (core.length >= 4 && key.endsWith(core) && key.length <= core.length + 16);
  });
}

/** Reads text taken out of a PDF into a RawDocument. Never throws on odd text: it reads less. */
export function readText(text: string, file: string): RawDocument {
  const lines: TextLine[] = text.split(/\r?\n/).map((t, i) => ({ text: t.includes('\t') ? normalizeRadicals(t.replace(/\r$/, '')) : clean(t), line: i + 1 }));
  const filled = (l: TextLine) => l.text.replace(/\t/g, '').trim() !== '';
  const contentsAt = lines.findIndex((l) => CONTENTS.test(l.text));
  const titleLines: RawCell[] = [];
  const contents: RawCell[] = [];
  let i = 0;
  if (contentsAt >= 0) {
    for (; i < contentsAt; i++) {
      const l = lines[i] as TextLine;
      if (filled(l)) titleLines.push({ text: l.text, at: { line: l.line } });
    }
    i = contentsAt + 1;
    const entries: string[] = [];
    for (; i < lines.length; i++) {
      const l = lines[i] as TextLine;
      if (!filled(l)) continue;
      // The contents end where the body begins: a row, a sentence, a part heading standing alone, a repeated entry.
      if (l.text.includes('\t') || /[。；]$/.test(l.text) || l.text.length > 80 || /^第[一二三四五六七八九十]+部分$/.test(l.text) || repeatsEntry(l.text, entries)) break;
      entries.push(l.text);
      contents.push({ text: l.text, at: { line: l.line } });
    }
  } else {
    const first = lines.find(filled);
    if (first) {
      titleLines.push({ text: first.text, at: { line: first.line } });
      i = lines.indexOf(first) + 1;
    }
  }
  const { paragraphs, tables } = readBody(lines.slice(i));
  return { source: { file, kind: 'text' }, titleLines, contents, paragraphs, tables };
}

/** Splits the body into narrative paragraphs and tables (with their titles, preambles and notes). */
function readBody(lines: readonly TextLine[]): { paragraphs: RawParagraph[]; tables: RawTable[] } {
  const paragraphs: RawParagraph[] = [];
  const tables: RawTable[] = [];
  let pending: TextLine[] = [];
  const isRow = (l: TextLine | undefined) => l !== undefined && l.text.includes('\t');
  const blank = (l: TextLine) => !l.text.includes('\t') && l.text.trim() === '';
  let i = 0;
  while (i < lines.length) {
    const l = lines[i] as TextLine;
    if (!isRow(l)) {
      if (!blank(l)) pending.push(l);
      i++;
      continue;
    }
    // A table: tab lines, blank lines between them (page breaks) allowed.
    const rows: TextLine[] = [];
    while (i < lines.length) {
      const cur = lines[i] as TextLine;
      if (isRow(cur)) {
        if (cur.text.replace(/\t/g, '').trim() !== '' || rows.length) rows.push(cur);
        i++;
      } else if (blank(cur)) {
        let j = i;
        while (j < lines.length && blank(lines[j] as TextLine)) j++;
        if (!isRow(lines[j])) break;
        i = j;
      } else break;
    }
    const filledRows = rows.filter((r) => r.text.replace(/\t/g, '').trim() !== '');
    if (filledRows.length === 0) continue;
    // Above it: the title, then preamble lines; the rest before them is narrative.
    let p = pending.length;
    while (p > 0 && PREAMBLE.test((pending[p - 1] as TextLine).text)) p--;
    const preamble = pending.slice(p);
    const candidate = pending[p - 1];
    const title = candidate && candidate.text.length <= 60 && !/[。；]$/.test(candidate.text) ? candidate : undefined;
    for (const para of pending.slice(0, title ? p - 1 : p)) paragraphs.push({ text: para.text, at: { line: para.line } });
    pending = [];
    // Below it: note lines.
    const notes: TextLine[] = [];
    while (i < lines.length) {
      const cur = lines[i] as TextLine;
      if (blank(cur)) {
        i++;
        continue;
      }
      if (isRow(cur) || !NOTE.test(cur.text)) break;
      notes.push(cur);
      i++;
    }
    tables.push(tableFromLines(title, preamble, filledRows, notes));
  }
  for (const para of pending) paragraphs.push({ text: para.text, at: { line: para.line } });
  return { paragraphs, tables };
}
