// Tests of the Word renderer: the seed example's Document (with the seed's narrative when the
// Document has none) is rendered, unzipped and read back — every XML part must be well-formed
// with its namespaces bound (saxes, the strict parser exceljs brings); the text of the w:t runs
// must hold every table figure as printed and every narrative paragraph; the tables must be real
// Word tables with the merged multi-level header, repeated header rows and right-aligned amounts;
// wide tables on landscape pages; the 目录 a TOC field filled in already; the footer's PAGE and
// NUMPAGES fields; East Asian fonts in the styles; the same bytes for the same document.
import JSZip from 'jszip';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import type { DocTable, Document } from '../core/model/document.ts';
import { bodyMerges, cellKey, headerDepth, headerGrid } from '../core/tables/header-grid.ts';
import { documentOf, seedBudget, seedNarrative } from '../../test/support/bases.ts';
import { contentsEntries, renderDocx } from './docx.ts';
import { documentDate } from './docx-package.ts';
import { renderDocument } from './index.ts';
import { cellText, contentsLine, isWide } from './table-text.ts';
import { largeTestDocument } from './test-document.ts';

/** An XML element read back: name with prefix, attributes by qualified name, children in order. */
interface El {
  name: string;
  attrs: Record<string, string>;
  children: (El | string)[];
}

/** Parses XML strictly (well-formed, namespaces bound), throwing on the first error. */
function parseXml(xml: string, fileName: string): El {
  const parser = new SaxesParser({ xmlns: true, fileName });
  const root: El = { name: '#document', attrs: {}, children: [] };
  const stack: El[] = [root];
  parser.on('error', (e) => {
    throw e;
  });
  parser.on('opentag', (tag) => {
    const attrs: Record<string, string> = {};
    for (const [k, a] of Object.entries(tag.attributes)) attrs[k] = a.value;
    const el: El = { name: tag.name, attrs, children: [] };
    stack[stack.length - 1]!.children.push(el);
    stack.push(el);
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.on('text', (t) => {
    stack[stack.length - 1]!.children.push(t);
  });
  parser.write(xml).close();
  return root;
}

function kids(el: El, name?: string): El[] {
  return el.children.filter((c): c is El => typeof c !== 'string' && (name === undefined || c.name === name));
}

function kid(el: El, name: string): El | undefined {
  return kids(el, name)[0];
}

/** Every descendant named `name`, in document order (not looking inside a match). */
function all(el: El, name: string): El[] {
  const out: El[] = [];
  const walk = (e: El): void => {
    for (const c of kids(e)) {
      if (c.name === name) out.push(c);
      else walk(c);
    }
  };
  walk(el);
  return out;
}

/** Every descendant named `name`, nested ones too. */
function deep(el: El, name: string): El[] {
  const out: El[] = [];
  const walk = (e: El): void => {
    for (const c of kids(e)) {
      if (c.name === name) out.push(c);
      walk(c);
    }
  };
  walk(el);
  return out;
}

function ownText(el: El): string {
  return el.children.filter((c): c is string => typeof c === 'string').join('');
}

/** The text of the w:t runs under `el`, in order. */
function text(el: El): string {
  return deep(el, 'w:t').map(ownText).join('');
}

function val(el: El | undefined, child: string): string | undefined {
  const c = el ? kid(el, child) : undefined;
  return c?.attrs['w:val'];
}

/** One cell of a Word table: grid column, span, vertical merge, text and alignment. */
interface WordCell {
  col: number;
  span: number;
  vMerge?: string;
  text: string;
  align?: string;
}

function wordRows(tbl: El): { header: boolean; cells: WordCell[] }[] {
  return kids(tbl, 'w:tr').map((tr) => {
    let col = 0;
    const cells = kids(tr, 'w:tc').map((tc) => {
      const pr = kid(tc, 'w:tcPr');
      const span = Number(val(pr, 'w:gridSpan') ?? 1);
      const vm = pr && kid(pr, 'w:vMerge');
      const p = kid(tc, 'w:p');
      const cell: WordCell = { col, span, text: text(tc), align: val(p && kid(p, 'w:pPr'), 'w:jc') };
      if (vm) cell.vMerge = vm.attrs['w:val'] ?? 'continue';
      col += span;
      return cell;
    });
    const trPr = kid(tr, 'w:trPr');
    return { header: Boolean(trPr && kid(trPr, 'w:tblHeader')), cells };
  });
}

interface Unpacked {
  parts: Map<string, string>;
  body: El;
  styles: El;
}

async function unpack(buffer: Buffer): Promise<Unpacked> {
  const zip = await JSZip.loadAsync(buffer);
  const parts = new Map<string, string>();
  for (const name of Object.keys(zip.files).sort()) {
    const f = zip.file(name);
    if (f) parts.set(name, await f.async('string'));
  }
  const docXml = parseXml(parts.get('word/document.xml')!, 'document.xml');
  const body = kid(kid(docXml, 'w:document')!, 'w:body')!;
  const styles = kid(parseXml(parts.get('word/styles.xml')!, 'styles.xml'), 'w:styles')!;
  return { parts, body, styles };
}

/** The printed texts of a table's body cells, row by row, skipping the cells under a merge. */
function expectedBody(table: DocTable): string[][] {
  const merges = bodyMerges(table);
  return table.rows.map((row, r) =>
    table.columns.flatMap((_, c) => (merges.covered.has(cellKey(r, c)) ? [] : [cellText(row.cells[c] ?? null, table)])),
  );
}

function paragraphTexts(body: El): string[] {
  return deep(body, 'w:p').map(text);
}

/** The numbers in a text, as written: 2002.45, 66.30, 2023, 0 … */
function numbersIn(s: string): string[] {
  return s.match(/\d+(?:\.\d+)?/g) ?? [];
}

describe('renderDocx (seed example)', async () => {
  const doc: Document = documentOf(await seedBudget());
  if (!doc.narrative || doc.narrative.length === 0) doc.narrative = seedNarrative();
  const buffer = await renderDocx(doc);
  const { parts, body, styles } = await unpack(buffer);
  const tbls = all(body, 'w:tbl');
  const fullText = text(body);

  it('is a ZIP of well-formed XML parts with the document properties from the Document', () => {
    expect(buffer.subarray(0, 2).toString('latin1')).toBe('PK');
    expect([...parts.keys()]).toEqual(expect.arrayContaining([
      '[Content_Types].xml', '_rels/.rels', 'word/document.xml', 'word/styles.xml', 'docProps/core.xml',
    ]));
    for (const [name, xml] of parts) {
      if (!/\.(xml|rels)$/.test(name)) continue;
      expect(() => parseXml(xml, name), name).not.toThrow();
    }
    const core = parts.get('docProps/core.xml')!;
    expect(core).toContain(`<dc:title>${doc.meta.title}</dc:title>`);
    expect(core).toContain('<dc:creator>yusuan</dc:creator>');
    const when = documentDate(doc).toISOString().replace(/\.\d{3}Z$/, 'Z');
    expect(when).toBe('2023-03-01T00:00:00Z'); // meta.date "2023 年 3 月"
    expect(core).toContain(`<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created>`);
    expect(core).toContain(`<dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified>`);
    console.info(`seed DOCX: ${buffer.length} bytes, ${tbls.length} tables, document.xml ${parts.get('word/document.xml')!.length} characters`);
  });

  it('gives the same bytes for the same document', async () => {
    expect((await renderDocx(doc)).equals(buffer)).toBe(true);
  });

  it('starts with the cover: title, department and date', () => {
    const texts = paragraphTexts(body);
    expect(texts.slice(0, 3)).toEqual([doc.meta.title, doc.meta.department.name, '2023 年 3 月']);
  });

  it('prints every table figure as printed, in each table, in order', () => {
    expect(tbls).toHaveLength(doc.tables.length);
    let figures = 0;
    doc.tables.forEach((table, i) => {
      const rows = wordRows(tbls[i]!);
      const depth = headerDepth(table.columns);
      const bodyRows = rows.slice(depth).map((r) => r.cells.filter((c) => c.vMerge !== 'continue').map((c) => c.text));
      expect(bodyRows, table.id).toEqual(expectedBody(table));
      for (const row of table.rows) {
        for (const v of row.cells) {
          if (typeof v !== 'number') continue;
          expect(fullText).toContain(cellText(v, table));
          figures++;
        }
      }
    });
    expect(figures).toBeGreaterThan(100);
  });

  it('prints every narrative paragraph with its numbers', () => {
    const texts = paragraphTexts(body);
    let paragraphs = 0;
    for (const section of doc.narrative!) {
      for (const para of section.paragraphs) {
        const printed = texts.find((t) => t.includes(para));
        expect(printed, para).toBeDefined();
        expect(numbersIn(printed!)).toEqual(expect.arrayContaining(numbersIn(para)));
        paragraphs++;
      }
    }
    expect(paragraphs).toBeGreaterThan(30);
    expect(fullText).toContain('一、财政拨款收入：是指同级财政拨付的资金'); // 名词解释 run in, as printed
  });

  it('uses Heading 1 for the parts and 附件, Heading 2 for numbered sections', () => {
    const styled = (id: string) =>
      all(body, 'w:p').filter((p) => val(kid(p, 'w:pPr'), 'w:pStyle') === id).map(text);
    expect(styled('Heading1')).toEqual([
      `第一部分${doc.meta.department.name}部门概况`,
      `第二部分2023年${doc.meta.department.name}部门预算情况说明`,
      '第三部分名词解释',
      `附件：2023年${doc.meta.department.name}部门预算表`,
    ]);
    const numbered = doc.narrative!.filter((s) => s.part !== 'glossary' && s.heading.trim()).map((s) => s.heading.trim());
    expect(styled('Heading2')).toEqual(numbered);
    expect(styled('YsTableTitle')).toEqual(doc.tables.map((t) => t.title));
  });

  it('writes the 目录 as a TOC field, filled in with the parts and tables before any update', () => {
    const sdt = kid(body, 'w:sdt')!;
    expect(val(kid(kid(sdt, 'w:sdtPr')!, 'w:docPartObj'), 'w:docPartGallery')).toBe('Table of Contents');
    const instr = deep(sdt, 'w:instrText').map(ownText);
    expect(instr).toEqual(['TOC \\h \\l "1-2" \\o "1-2" \\z']);
    expect(deep(sdt, 'w:fldChar').map((f) => f.attrs['w:fldCharType'])).toEqual(['begin', 'separate', 'end']);
    const entries = kids(kid(sdt, 'w:sdtContent')!, 'w:p').map((p) => ({ title: text(p), level: Number(val(kid(p, 'w:pPr'), 'w:pStyle')!.slice(3)) }));
    expect(entries).toEqual(contentsEntries(doc));
    expect(entries.map((e) => e.title)).toEqual(expect.arrayContaining(doc.tables.map(contentsLine)));
    expect(entries.filter((e) => e.level === 1).map((e) => e.title.split(/[ ：]/)[0])).toEqual(['第一部分', '第二部分', '第三部分', '附件']);
    // Each table title carries a TC field, so Word's updated 目录 lists “一、部门收支预算表”.
    const tc = deep(body, 'w:instrText').map(ownText).filter((t) => t.startsWith('TC '));
    expect(tc).toEqual(doc.tables.map((t) => `TC "${contentsLine(t)}" \\l 2`));
  });

  it('merges the header of the 部门支出预算表 as the header grid says', () => {
    const i = doc.tables.findIndex((t) => t.id === 'expenditure');
    const rows = wordRows(tbls[i]!);
    const [first, second, third] = rows;
    expect(first!.cells[0]).toMatchObject({ col: 0, span: 3, vMerge: 'restart', text: '科目编码' });
    const total = first!.cells.find((c) => c.text === '合计')!;
    expect(total).toMatchObject({ col: 5, span: 1, vMerge: 'restart' });
    for (const r of [second!, third!]) expect(r.cells.find((c) => c.col === 5)).toMatchObject({ vMerge: 'continue', text: '' });
    expect(first!.cells.find((c) => c.text === '基本支出')).toMatchObject({ col: 6, span: 5 });
    expect(third!.cells.slice(0, 3).map((c) => c.text)).toEqual(['类', '款', '项']);
    // Every visible header cell is the header grid's, with its spans.
    const grid = headerGrid(doc.tables[i]!.columns);
    grid.forEach((cells, r) => {
      const visible = rows[r]!.cells.filter((c) => c.vMerge !== 'continue');
      expect(visible.map((c) => [c.text, c.col, c.span])).toEqual(cells.map((h) => [h.label, h.col, h.colSpan]));
    });
  });

  it('fills the grid of every row, header rows marked to repeat, amounts right-aligned', () => {
    doc.tables.forEach((table, i) => {
      const tbl = tbls[i]!;
      const gridCols = kids(kid(tbl, 'w:tblGrid')!, 'w:gridCol');
      expect(gridCols, table.id).toHaveLength(table.columns.length);
      const rows = wordRows(tbl);
      expect(rows).toHaveLength(headerDepth(table.columns) + table.rows.length);
      for (const r of rows) expect(r.cells.reduce((n, c) => n + c.span, 0), table.id).toBe(table.columns.length);
      const depth = headerDepth(table.columns);
      expect(rows.map((r) => r.header), table.id).toEqual(rows.map((_, k) => k < depth));
      for (const r of rows.slice(depth)) {
        for (const c of r.cells) if (/^-?\d+\.\d{2}$/.test(c.text)) expect(c.align, `${table.id} ${c.text}`).toBe('right');
      }
    });
    expect(parts.get('word/document.xml')!.match(/<w:tblHeader\/>/g)!.length).toBeGreaterThan(20);
  });

  it('applies the body merges of the 整体绩效目标表', () => {
    const i = doc.tables.findIndex((t) => t.id === 'department-performance');
    const table = doc.tables[i]!;
    expect(table.merges.length).toBeGreaterThan(0);
    const rows = wordRows(tbls[i]!);
    for (const m of bodyMerges(table).anchors.values()) {
      const anchor = rows[m.row]!.cells.find((c) => c.col === m.col)!;
      expect(anchor.span).toBe(m.colSpan);
      if (m.rowSpan > 1) {
        expect(anchor.vMerge).toBe('restart');
        for (let r = m.row + 1; r < m.row + m.rowSpan; r++) {
          expect(rows[r]!.cells.find((c) => c.col === m.col)).toMatchObject({ span: m.colSpan, vMerge: 'continue' });
        }
      }
    }
  });

  it('prints the unit line right-aligned and the notes under their tables', () => {
    const unit = all(body, 'w:p').filter((p) => text(p) === '单位：万元');
    expect(unit.length).toBeGreaterThanOrEqual(12);
    const unitStyle = kids(styles, 'w:style').find((s) => s.attrs['w:styleId'] === val(kid(unit[0]!, 'w:pPr'), 'w:pStyle'))!;
    expect(val(kid(unitStyle, 'w:pPr'), 'w:jc')).toBe('right');
    for (const table of doc.tables) for (const note of table.notes) expect(fullText).toContain(note);
  });

  it('puts wide tables on landscape A4 pages and the others on portrait ones', () => {
    // A section's properties are in its last paragraph (or, for the last section, in the body).
    const blocks = kids(body);
    const sections: { landscape: boolean; tables: number; size: [string, string] }[] = [];
    let tables = 0;
    for (const b of blocks) {
      if (b.name === 'w:tbl') tables++;
      const sectPr = b.name === 'w:sectPr' ? b : b.name === 'w:p' ? kid(kid(b, 'w:pPr') ?? b, 'w:sectPr') : undefined;
      if (!sectPr) continue;
      const pgSz = kid(sectPr, 'w:pgSz')!;
      sections.push({ landscape: pgSz.attrs['w:orient'] === 'landscape', tables, size: [pgSz.attrs['w:w']!, pgSz.attrs['w:h']!] });
      tables = 0;
    }
    expect(sections).toHaveLength(2 + doc.tables.length); // cover, 目录 and narrative, one per table
    expect(sections.slice(2).map((s) => s.tables)).toEqual(doc.tables.map(() => 1));
    expect(sections.slice(2).map((s) => s.landscape)).toEqual(doc.tables.map(isWide));
    expect(sections.some((s) => s.landscape)).toBe(true);
    for (const s of sections) expect(s.size).toEqual(s.landscape ? ['16838', '11906'] : ['11906', '16838']);
    expect(parts.get('word/document.xml')).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
  });

  it('numbers the pages “第 N 页 共 M 页” with PAGE and NUMPAGES fields, not on the cover', () => {
    const cover = kid(kid(findSectPrParagraph(body)!, 'w:pPr')!, 'w:sectPr')!;
    expect(kid(cover, 'w:titlePg')).toBeDefined();
    const refs = kids(cover, 'w:footerReference');
    expect(refs.map((r) => r.attrs['w:type']).sort()).toEqual(['default', 'first']);
    const rels = parts.get('word/_rels/document.xml.rels')!;
    const target = (type: string) => {
      const id = refs.find((r) => r.attrs['w:type'] === type)!.attrs['r:id'];
      return `word/${new RegExp(`Id="${id}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)!.slice(1).find(Boolean)}`;
    };
    const footer = parseXml(parts.get(target('default'))!, 'footer');
    expect(deep(footer, 'w:instrText').map(ownText)).toEqual(['PAGE', 'NUMPAGES']);
    expect(text(footer)).toBe('第  页 共  页');
    expect(text(parseXml(parts.get(target('first'))!, 'first footer'))).toBe('');
    // The later sections take the footer over from the cover section (Word's “link to previous”).
    expect(parts.get('word/document.xml')!.match(/<w:footerReference /g)).toHaveLength(2);
  });

  it('sets 宋体 and 黑体 as the East Asian fonts, Times New Roman for Latin, 小四 for text', () => {
    const defaults = kid(kid(kid(styles, 'w:docDefaults')!, 'w:rPrDefault')!, 'w:rPr')!;
    expect(kid(defaults, 'w:rFonts')!.attrs).toMatchObject({ 'w:eastAsia': '宋体', 'w:ascii': 'Times New Roman', 'w:hAnsi': 'Times New Roman' });
    expect(val(defaults, 'w:sz')).toBe('24');
    const styleOf = (id: string) => kids(styles, 'w:style').find((s) => s.attrs['w:styleId'] === id)!;
    for (const id of ['Heading1', 'Heading2', 'YsTableTitle', 'YsHeaderCell', 'YsHeaderCellSmall']) {
      expect(kid(kid(styleOf(id), 'w:rPr')!, 'w:rFonts')!.attrs['w:eastAsia'], id).toBe('黑体');
    }
    expect(val(kid(styleOf('Heading1'), 'w:pPr'), 'w:outlineLvl')).toBe('0');
    expect(val(kid(styleOf('Heading2'), 'w:pPr'), 'w:outlineLvl')).toBe('1');
    expect(val(kid(styleOf('YsCell'), 'w:rPr'), 'w:sz')).toBe('21'); // 五号
    expect(val(kid(styleOf('YsCellSmall'), 'w:rPr'), 'w:sz')).toBe('18'); // 小五, wide tables
  });

  it('is a format of renderDocument', async () => {
    const out = await renderDocument(doc, 'docx');
    expect(out.extension).toBe('docx');
    expect(out.data.equals(buffer)).toBe(true);
  });
});

/** The paragraph holding the first section's properties. */
function findSectPrParagraph(body: El): El | undefined {
  return kids(body, 'w:p').find((p) => {
    const pPr = kid(p, 'w:pPr');
    return Boolean(pPr && kid(pPr, 'w:sectPr'));
  });
}

describe('renderDocx (no narrative)', () => {
  it('lists the tables at level 1 and prints 13 tables of 50 rows', async () => {
    const doc = largeTestDocument(50);
    const started = performance.now();
    const buffer = await renderDocx(doc);
    const ms = performance.now() - started;
    const { body } = await unpack(buffer);
    expect(all(body, 'w:tbl')).toHaveLength(13);
    expect(contentsEntries(doc)).toEqual(doc.tables.map((t) => ({ title: contentsLine(t), level: 1 })));
    const tc = deep(body, 'w:instrText').map(ownText).filter((t) => t.startsWith('TC '));
    expect(tc.every((t) => t.endsWith('\\l 1'))).toBe(true);
    expect(all(body, 'w:p').some((p) => val(kid(p, 'w:pPr'), 'w:pStyle') === 'Heading1')).toBe(false);
    expect(ms).toBeLessThan(10_000);
  });
});
