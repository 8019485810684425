// Fixtures for the Excel reader's tests, built at run time (no binaries in the repo): small
// workbooks written with exceljs, hand-made ZIPs (including bombs whose sheet inflates to GBs) and
// minimal OLE/CFB containers laid out as .xls and encrypted-.xlsx files are.
import { constants, crc32, deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';

export interface ZipPart {
  name: string;
  /** Bytes stored in the ZIP (already deflated when method is 8). */
  data: Buffer;
  method: 0 | 8;
  /** Uncompressed size written in the headers (may lie). */
  size: number;
  crc: number;
  /** Write sizes as ZIP64 (0xFFFFFFFF plus an extra field). */
  zip64?: boolean;
}

/** A deflated entry from plain bytes. */
export function deflated(name: string, content: string | Buffer): ZipPart {
  const raw = typeof content === 'string' ? Buffer.from(content) : content;
  return { name, data: deflateRawSync(raw), method: 8, size: raw.length, crc: crc32(raw) };
}

/** A stored (uncompressed) entry. */
export function stored(name: string, content: string): ZipPart {
  const raw = Buffer.from(content);
  return { name, data: raw, method: 0, size: raw.length, crc: crc32(raw) };
}

/**
 * Raw deflate data for `megabytes` MB of the same byte, built from one sync-flushed 1 MB block
 * repeated (back references stay inside the window of equal bytes), then the final empty block:
 * a 2 GB stream in about 2 MB, made in milliseconds.
 */
export function deflatedRepeat(megabytes: number, byte = 0x20): Buffer {
  const block = deflateRawSync(Buffer.alloc(1024 * 1024, byte), { finishFlush: constants.Z_SYNC_FLUSH });
  const parts: Buffer[] = [];
  for (let i = 0; i < megabytes; i++) parts.push(block);
  parts.push(Buffer.from([0x03, 0x00])); // final fixed-Huffman block with no data
  return Buffer.concat(parts);
}

/** Writes a ZIP from parts, central directory and end record included. */
export function buildZip(parts: ZipPart[]): Buffer {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const name = Buffer.from(p.name);
    const extra = p.zip64 ? Buffer.alloc(20) : Buffer.alloc(0);
    if (p.zip64) {
      extra.writeUInt16LE(1, 0);
      extra.writeUInt16LE(16, 2);
      extra.writeBigUInt64LE(BigInt(p.size), 4);
      extra.writeBigUInt64LE(BigInt(p.data.length), 12);
    }
    const size32 = p.zip64 ? 0xffffffff : p.size;
    const csize32 = p.zip64 ? 0xffffffff : p.data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(p.zip64 ? 45 : 20, 4);
    local.writeUInt16LE(p.method, 8);
    local.writeUInt32LE(p.crc >>> 0, 14);
    local.writeUInt32LE(csize32, 18);
    local.writeUInt32LE(size32, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(extra.length, 28);
    chunks.push(local, name, extra, p.data);
    const head = Buffer.alloc(46);
    head.writeUInt32LE(0x02014b50, 0);
    head.writeUInt16LE(45, 4);
    head.writeUInt16LE(p.zip64 ? 45 : 20, 6);
    head.writeUInt16LE(p.method, 10);
    head.writeUInt32LE(p.crc >>> 0, 16);
    head.writeUInt32LE(csize32, 20);
    head.writeUInt32LE(size32, 24);
    head.writeUInt16LE(name.length, 28);
    head.writeUInt16LE(extra.length, 30);
    head.writeUInt32LE(offset, 42);
    central.push(head, name, extra);
    offset += 30 + name.length + extra.length + p.data.length;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, cd, end]);
}

/** The minimal parts of a one-sheet workbook, the sheet XML left to the caller. */
export function workbookParts(sheetXml: ZipPart): ZipPart[] {
  return [
    deflated(
      '[Content_Types].xml',
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    ),
    deflated('_rels/.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
    deflated('xl/workbook.xml', '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="表1" sheetId="1" r:id="rId1"/></sheets></workbook>'),
    deflated('xl/_rels/workbook.xml.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'),
    sheetXml,
  ];
}

/**
 * An OLE compound file (CFB) as Office writes them, reduced to what identifies it: the 512-byte
 * header with the magic D0 CF 11 E0 A1 B1 1A E1 and one directory sector holding the root entry
 * and the named streams (UTF-16LE names, 128-byte entries, type 2 = stream).
 */
export function cfbWith(streams: string[]): Buffer {
  const header = Buffer.alloc(512);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  header.writeUInt16LE(0x3e, 24); // minor version
  header.writeUInt16LE(3, 26); // major version 3: 512-byte sectors
  header.writeUInt16LE(0xfffe, 28); // little-endian
  header.writeUInt16LE(9, 30); // sector shift
  header.writeUInt16LE(6, 32); // mini sector shift
  header.writeUInt32LE(0, 48); // first directory sector
  const names = ['Root Entry', ...streams];
  const dir = Buffer.alloc(Math.ceil(names.length / 4) * 512);
  names.forEach((name, i) => {
    const at = i * 128;
    Buffer.from(`${name}\0`, 'utf16le').copy(dir, at);
    dir.writeUInt16LE((name.length + 1) * 2, at + 64);
    dir.writeUInt8(i === 0 ? 5 : 2, at + 66);
  });
  return Buffer.concat([header, dir, Buffer.alloc(1024, 0x5a)]);
}

/** A small valid workbook written by exceljs, shaped by `build`. */
export async function workbook(build: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  const out = await wb.xlsx.writeBuffer();
  return Buffer.isBuffer(out) ? out : Buffer.from(out as ArrayBuffer);
}
