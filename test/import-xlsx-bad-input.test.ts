// Bad Excel input: every case is a clear ImportError (Chinese, then English), raised in bounded
// time and memory, before exceljs is handed anything dangerous. Fixtures are built in a temporary
// directory at run time: ZIP bombs whose sheet inflates to 2 GB (honest and lying about it, ZIP64
// declaring 5 GB, a 1000:1 ratio), truncated and corrupt ZIPs, empty files, text and PDFs named
// .xlsx, an .xls and a password-protected .xlsx (both OLE/CFB containers), and a .docx.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { ImportError } from '../src/importers/errors.ts';
import { readXlsx, readXlsxBytes, sniffXlsx } from '../src/importers/xlsx/index.ts';
import { buildZip, cfbWith, deflated, deflatedRepeat, stored, workbook, workbookParts, type ZipPart } from './import-xlsx-fixtures.ts';

const TMP = mkdtempSync(join(tmpdir(), 'yusuan-xlsx-bad-'));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

const GB2 = 2048; // MB

function sheetPart(megabytes: number, declared?: number, zip64 = false): ZipPart {
  const data = deflatedRepeat(megabytes);
  // The CRC of 2 GB of spaces is not needed: every case is refused before the CRC is compared.
  return { name: 'xl/worksheets/sheet1.xml', data, method: 8, size: declared ?? megabytes * 1024 * 1024, crc: 0, zip64 };
}

async function valid(): Promise<Buffer> {
  return workbook((wb) => {
    const ws = wb.addWorksheet('表1');
    ws.getCell('A1').value = '2026年部门收入预算总表';
    for (let r = 2; r < 200; r++) ws.getRow(r).values = ['项目', r, r * 2, '说明文字'.repeat(5)];
  });
}

interface Case {
  name: string;
  bytes: () => Buffer | Promise<Buffer>;
  /** Both halves of the message. */
  zh: RegExp;
  en: RegExp;
}

const CASES: Case[] = [
  { name: 'zero-byte file', bytes: () => Buffer.alloc(0), zh: /文件为空/, en: /empty/ },
  { name: 'text named .xlsx', bytes: () => Buffer.from('项目,金额\n合计,100\n'), zh: /不是 Excel 工作簿.*ZIP/, en: /not an Excel workbook/ },
  { name: 'PDF named .xlsx', bytes: () => Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n'), zh: /这是 PDF 文件/, en: /PDF/ },
  { name: 'old .xls (BIFF in CFB)', bytes: () => cfbWith(['Workbook', '\u0005SummaryInformation']), zh: /旧版 Excel 格式（\.xls.*另存为/, en: /old Excel format.*save it as an Excel workbook \(\.xlsx\)/ },
  {
    name: 'password-protected .xlsx (CFB with EncryptedPackage)',
    bytes: () => cfbWith(['EncryptionInfo', 'EncryptedPackage', '\u0006DataSpaces']),
    zh: /设置了打开密码.*CFB/,
    en: /password-protected.*CFB/,
  },
  { name: 'other OLE file (.doc)', bytes: () => cfbWith(['WordDocument', '1Table']), zh: /OLE 复合文件/, en: /OLE compound file/ },
  { name: 'a .docx named .xlsx', bytes: () => buildZip([deflated('word/document.xml', '<w:document/>'), deflated('[Content_Types].xml', '<Types/>')]), zh: /没有 xl\/workbook\.xml/, en: /no xl\/workbook\.xml/ },
  { name: 'truncated to half', bytes: async () => (await valid()).subarray(0, 3000), zh: /不完整或已损坏/, en: /truncated or corrupt/ },
  { name: 'truncated by 30 bytes (end record cut)', bytes: async () => { const v = await valid(); return v.subarray(0, v.length - 30); }, zh: /不完整或已损坏/, en: /truncated/ },
  {
    name: 'corrupt sheet data (bytes overwritten)',
    bytes: async () => {
      const v = Buffer.from(await valid());
      const at = v.indexOf('xl/worksheets/sheet1.xml');
      v.fill(0x41, at + 40, at + 400);
      return v;
    },
    zh: /文件已损坏/,
    en: /corrupt/,
  },
  { name: 'zip bomb: sheet inflates to 2 GB, size declared', bytes: () => buildZip(workbookParts(sheetPart(GB2))), zh: /解压后过大.*2\.0 GB.*ZIP 炸弹/, en: /inflates too large/ },
  { name: 'zip bomb: 2 GB sheet declared as 10 KB', bytes: () => buildZip(workbookParts(sheetPart(GB2, 10_240))), zh: /解压后超过声明的 10\.0 KB.*ZIP 炸弹/, en: /inflates past its declared/ },
  { name: 'zip bomb: ZIP64 entry declaring 5 GB', bytes: () => buildZip(workbookParts(sheetPart(8, 5 * 1024 ** 3, true))), zh: /声明 5\.0 GB/, en: /declares 5\.0 GB/ },
  { name: 'zip bomb: 1000:1 ratio under the size cap', bytes: () => buildZip(workbookParts(sheetPart(100))), zh: /压缩比异常/, en: /compression ratio/ },
  {
    name: 'too many entries',
    bytes: () => buildZip([...workbookParts(deflated('xl/worksheets/sheet1.xml', '<worksheet/>')), ...Array.from({ length: 10_001 }, (_, i) => stored(`xl/media/p${i}.txt`, 'x'))]),
    zh: /ZIP 条目过多/,
    en: /too many ZIP entries/,
  },
  {
    name: 'encrypted ZIP entry',
    bytes: () => {
      const parts = workbookParts(deflated('xl/worksheets/sheet1.xml', '<worksheet/>'));
      const zip = buildZip(parts);
      // Set the encryption flag (bit 0) in every central directory header.
      for (let i = zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])); i >= 0; i = zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), i + 4)) zip.writeUInt16LE(1, i + 8);
      return zip;
    },
    zh: /已加密/,
    en: /encrypted/,
  },
  {
    name: 'not a worksheet inside (exceljs parse failure)',
    bytes: () => {
      const xml = Buffer.from('<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>7</v></c></row></sheetData'); // unclosed
      return buildZip(workbookParts({ name: 'xl/worksheets/sheet1.xml', data: xml, method: 0, size: xml.length, crc: crc32(xml) }));
    },
    zh: /工作簿无法解析/,
    en: /the workbook cannot be parsed/,
  },
];

describe('readXlsx refuses bad input with a clear ImportError', () => {
  for (const c of CASES) {
    it(c.name, async () => {
      const path = join(TMP, `${c.name.replace(/[^a-z0-9]+/gi, '-')}.xlsx`);
      writeFileSync(path, await c.bytes());
      const rssBefore = process.memoryUsage().rss;
      const started = performance.now();
      const error = await readXlsx(path).then(
        () => undefined,
        (e: unknown) => e,
      );
      const ms = performance.now() - started;
      const grown = (process.memoryUsage().rss - rssBefore) / 1024 / 1024;
      expect(error, 'must throw').toBeInstanceOf(ImportError);
      const e = error as ImportError;
      expect(e.file).toBe(path);
      const [zh, en] = e.message.split(' / ');
      expect(zh).toMatch(c.zh);
      expect(en ?? '').toMatch(c.en);
      expect(zh).toMatch(/[\u4e00-\u9fff]/); // Chinese first
      expect(ms).toBeLessThan(5000);
      expect(grown).toBeLessThan(400); // MB: nothing inflated to GBs
    });
  }
});

describe('sniffXlsx', () => {
  it('tells the kinds apart by content', async () => {
    expect(sniffXlsx(new Uint8Array())).toBe('empty');
    expect(sniffXlsx(await valid())).toBe('xlsx');
    expect(sniffXlsx(cfbWith(['Workbook']))).toBe('xls');
    expect(sniffXlsx(cfbWith(['Book']))).toBe('xls');
    expect(sniffXlsx(cfbWith(['EncryptionInfo', 'EncryptedPackage']))).toBe('encrypted');
    expect(sniffXlsx(cfbWith(['WordDocument']))).toBe('cfb');
    expect(sniffXlsx(Buffer.from('%PDF-1.4'))).toBe('pdf');
    expect(sniffXlsx(buildZip([deflated('word/document.xml', '<w/>')]))).toBe('zip');
    expect(sniffXlsx(Buffer.from('PK\u0003\u0004 truncated'))).toBe('zip');
    expect(sniffXlsx(Buffer.from('项目,金额'))).toBe('other');
  });
});

describe('limits are options', () => {
  it('a valid workbook over a lowered cap is refused, under the default read', async () => {
    const bytes = await valid();
    await expect(readXlsxBytes(bytes, 'x.xlsx', { zip: { maxTotalBytes: 10_000 } })).rejects.toThrow(/解压后过大/);
    const raw = await readXlsxBytes(bytes, 'x.xlsx');
    expect(raw.tables.length + raw.paragraphs.length).toBeGreaterThan(0);
  });
  it('a file over maxBytes is refused before it is read', async () => {
    const path = join(TMP, 'big.xlsx');
    writeFileSync(path, await valid());
    await expect(readXlsx(path, { maxBytes: 1000 })).rejects.toThrow(/超过上限.*over the/);
  });
  it('a missing file says so', async () => {
    await expect(readXlsx(join(TMP, 'nope.xlsx'))).rejects.toThrow(/文件不存在 \/ no such file/);
  });
});
