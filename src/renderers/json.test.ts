// Tests of the JSON renderer and reader: canonical text, round trip, and errors naming the JSON
// path; plus renderDocument's formats and extensions.
import { describe, expect, it } from 'vitest';
import type { Document } from '../core/model/document.ts';
import { DocumentValidationError } from '../core/model/document-schema.ts';
import { FORMATS, isFormat, renderDocument } from './index.ts';
import { AMOUNTS_COMMENT, parseDocumentJson, renderJson } from './json.ts';
import { largeTestDocument, testDocument } from './test-document.ts';

/** The JSON of the test document, parsed to plain data for tampering. */
function tamper(edit: (data: any) => void): string {
  const data = JSON.parse(renderJson(testDocument()));
  edit(data);
  return JSON.stringify(data);
}

function errorOf(text: string): DocumentValidationError {
  try {
    parseDocumentJson(text);
  } catch (err) {
    if (err instanceof DocumentValidationError) return err;
    throw err;
  }
  throw new Error('parsed without error');
}

describe('renderJson', () => {
  const doc = testDocument();
  const text = renderJson(doc);

  it('writes pretty JSON with the amounts comment first and amounts in integer 分', () => {
    expect(text.startsWith(`{\n  "$comment": ${JSON.stringify(AMOUNTS_COMMENT)},\n  "schema": "yusuan/document@1",\n  "meta": {`)).toBe(true);
    expect(AMOUNTS_COMMENT).toContain('integer 分');
    expect(text).toContain('"cells": ["212", "01", "01", null, "行政运行", 161730000, 148640000, 134100000, null, 14540000, null, 13090000, 5600000, 7490000]');
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).toContain('"narrative": [\n    {\n      "part": "profile",');
    expect(text).toContain('"line": 60');
  });

  it('orders keys by the model, whatever order the object was built in', () => {
    const shuffled: Document = {
      tables: doc.tables.map((t) => ({ ...Object.fromEntries(Object.entries(t).reverse()) }) as typeof t),
      meta: { ...Object.fromEntries(Object.entries(doc.meta).reverse()) } as Document['meta'],
      narrative: doc.narrative!.map((n) => ({ ...Object.fromEntries(Object.entries(n).reverse()) }) as typeof n),
      schema: doc.schema,
    };
    expect(renderJson(shuffled)).toBe(text);
  });

  it('round-trips through parseDocumentJson', () => {
    expect(parseDocumentJson(text)).toEqual(doc);
    const big = largeTestDocument(20);
    expect(parseDocumentJson(renderJson(big))).toEqual(big);
    expect(renderJson(parseDocumentJson(text))).toBe(text);
  });

  it('keeps optional fields only when present, and refs in column order', () => {
    const d = testDocument();
    d.tables[1]!.rows[4]!.refs = { 6: 'exp.basic', 5: 'exp.fn:2120101' };
    const out = renderJson(d);
    expect(out).toContain('"refs": { "5": "exp.fn:2120101", "6": "exp.basic" }');
    expect(parseDocumentJson(out).tables[1]!.rows[4]!.refs).toEqual({ 5: 'exp.fn:2120101', 6: 'exp.basic' });
    expect(out).not.toContain('"code": null');
    expect(out.match(/"shortTitle"/g)).toHaveLength(1);
  });
});

describe('parseDocumentJson', () => {
  it('names the JSON path of a non-integer amount', () => {
    const err = errorOf(tamper((d) => { d.tables[1].rows[4].cells[5] = 161.73; }));
    expect(err.message).toBe('tables[1].rows[4].cells[5]: 应为整数（分）');
    expect(err.issues).toEqual([{ path: 'tables[1].rows[4].cells[5]', message: '应为整数（分）' }]);
  });

  it('names the path of other shape errors in Chinese', () => {
    expect(errorOf(tamper((d) => { delete d.meta.year; })).message).toMatch(/^meta\.year: .*(无效|必填|期望|输入)/);
    expect(errorOf(tamper((d) => { d.tables[0].rows[0].cells.pop(); })).message)
      .toBe('tables[0].rows[0].cells: 应有 4 个单元格（每列一个），实有 3 个');
    expect(errorOf(tamper((d) => { d.tables[1].rows[2].cells[6] = '13.35'; })).message)
      .toBe('tables[1].rows[2].cells[6]: 金额列应为整数（分）或 null，不应为文本');
    expect(errorOf(tamper((d) => { d.tables[3].merges[0].colSpan = 9; })).message)
      .toBe('tables[3].merges[0]: 合并区域超出表体（9 行 × 5 列）');
    expect(errorOf(tamper((d) => { d.tables[2].id = 'no-such-table'; })).message).toMatch(/^tables\[2\]\.id: /);
    expect(errorOf(tamper((d) => { d.tables[0].rows[1].cells[1] = true; })).message)
      .toBe('tables[0].rows[1].cells[1]: 应为整数（分）、文本或 null');
    expect(errorOf(tamper((d) => { d.tables[0].rowz = []; })).message).toMatch(/^tables\[0\]: /);
    expect(errorOf(tamper((d) => { d.tables[1].rows[3].refs = { 99: 'x' }; })).message)
      .toBe('tables[1].rows[3].refs["99"]: 列序号超出列数 14');
  });

  it('counts further problems and rejects text that is not JSON', () => {
    const err = errorOf(tamper((d) => { d.tables[1].rows[4].cells[5] = 0.5; d.tables[1].rows[4].cells[6] = 0.5; }));
    expect(err.message).toBe('tables[1].rows[4].cells[5]: 应为整数（分）（另有 1 处问题）');
    expect(err.issues).toHaveLength(2);
    expect(errorOf('{"schema": ').message).toMatch(/^不是有效的 JSON：/);
  });
});

describe('renderDocument', () => {
  it('renders every format to bytes with its extension', async () => {
    const doc = testDocument();
    expect(FORMATS).toEqual(expect.arrayContaining(['html', 'xlsx', 'json', 'pdf']));
    expect(isFormat('xlsx')).toBe(true);
    expect(isFormat('svg')).toBe(false);
    const html = await renderDocument(doc, 'html');
    expect(html.extension).toBe('html');
    expect(html.data.toString('utf8')).toContain('<html lang="zh-CN">');
    const xlsx = await renderDocument(doc, 'xlsx');
    expect(xlsx.extension).toBe('xlsx');
    expect(xlsx.data.subarray(0, 2).toString('latin1')).toBe('PK');
    const json = await renderDocument(doc, 'json');
    expect(json.extension).toBe('json');
    expect(parseDocumentJson(json.data.toString('utf8'))).toEqual(doc);
  });
});
