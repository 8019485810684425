// The Shanghai template through every output format and the CLI: `yusuan render FILE --template
// shanghai` writes HTML, XLSX, JSON, DOCX and PDF whose tables carry the example's titles and
// figures (the “三公” table in 万元 with 2 decimals, the others in 元); an unknown template exits 2
// with the list of templates. The PDF needs Chromium and the fonts scripts/setup.sh builds.
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { normalizeRadicals } from '../src/core/text/radicals.ts';
import { parseDocumentJson } from '../src/renderers/json.ts';
import { CZJ_EXAMPLE, czjBudget, shanghaiDocument } from './shanghai-support.ts';
import { ROOT } from './support/bases.ts';

const run = promisify(execFile);
const TMP = mkdtempSync(join(tmpdir(), 'yusuan-shanghai-'));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

async function yusuan(...args: string[]): Promise<{ code: number; stderr: string }> {
  try {
    const { stderr } = await run('node', [join(ROOT, 'bin', 'yusuan.js'), ...args], { cwd: ROOT, timeout: 120_000, maxBuffer: 20e6 });
    return { code: 0, stderr };
  } catch (e) {
    const err = e as { code: number; stderr: string };
    return { code: err.code, stderr: err.stderr };
  }
}

const squeeze = (s: string): string => normalizeRadicals(s).replace(/\s+/g, '');

describe('yusuan render --template shanghai', async () => {
  const doc = shanghaiDocument(await czjBudget());
  const out = join(TMP, 'out');
  const rendered = await yusuan('render', CZJ_EXAMPLE, '--template', 'shanghai', '--format', 'html,xlsx,json,docx,pdf', '--out', out);
  const file = (ext: string): string => join(out, `shanghai-czj-2025.${ext}`);

  it('writes all five formats', () => {
    expect(rendered.stderr).toContain('1 个成功');
    expect(rendered.code).toBe(0);
  });

  it('JSON: the Document of the Shanghai template, read back intact', () => {
    const back = parseDocumentJson(readFileSync(file('json'), 'utf8'));
    expect(back).toEqual(doc);
    expect(back.meta.template).toBe('shanghai');
  });

  it('HTML: every table title and the figures of both units', () => {
    const html = readFileSync(file('html'), 'utf8');
    for (const t of doc.tables) expect(html).toContain(t.title);
    for (const figure of ['171915169', '127642039', '24840779', '346.30', '2517.78', '编制单位：上海市财政局', '单位：万元']) {
      expect(html).toContain(figure);
    }
  });

  it('XLSX: one sheet per table, amounts numeric, the “三公” sheet with 2 decimals', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(file('xlsx')) as unknown as ArrayBuffer);
    const values: { sheet: string; value: unknown; fmt: string }[] = [];
    wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((c) => values.push({ sheet: ws.name, value: c.value, fmt: c.numFmt }))));
    expect(values.some((v) => v.value === 171915169)).toBe(true);
    const operating = values.find((v) => v.value === 2517.78);
    expect(operating?.fmt).toMatch(/0\.00/);
  });

  it('DOCX: a Word file whose text has the tables', () => {
    const xml = execFileSync('unzip', ['-p', file('docx'), 'word/document.xml'], { encoding: 'utf8', maxBuffer: 64e6 });
    const text = xml.replace(/<[^>]+>/g, '');
    for (const figure of ['2025年预算单位财务收支预算总表', '171915169', '2517.78', '维修（护）费']) expect(text).toContain(figure);
  });

  it('PDF: every table title and the figures, read back with pdftotext', () => {
    const text = squeeze(execFileSync('pdftotext', ['-layout', file('pdf'), '-'], { encoding: 'utf8', maxBuffer: 64e6 }));
    for (const t of doc.tables) expect(text).toContain(squeeze(t.title));
    for (const figure of ['171915169', '102464260', '25177779', '44273130', '346.30', '288.70', '25.40', '2517.78']) expect(text).toContain(figure);
  });

  it('refuses an unknown template with exit 2 and the list of templates', async () => {
    const r = await yusuan('render', CZJ_EXAMPLE, '--template', 'beijing', '--format', 'json', '--out', join(TMP, 'bad'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('未知的模板 "beijing"');
    expect(r.stderr).toMatch(/luoyang.*shanghai.*shanghai-dept/);
  });
});
