// Checks an .xlsx before exceljs sees it, so bad files fail fast with a clear message and bounded
// memory: empty files, old .xls and password-protected workbooks (both OLE/CFB containers), PDFs
// and other files named .xlsx, truncated or corrupt ZIPs, and ZIP bombs. It reads the ZIP central
// directory itself (ZIP64 included), refuses too many entries, declared sizes over the caps and
// implausible compression ratios, then inflates every entry with node:zlib capped at its declared
// size (a bomb that lies about its size stops at the cap) and checks length and CRC-32, and caps
// the cells and merged ranges of the worksheets (exceljs's memory per cell, its quadratic merge
// check).
import { crc32, inflateRawSync } from 'node:zlib';
import { ImportError } from '../errors.ts';
import { findEndRecord, sniffXlsx } from './sniff.ts';

export interface ZipLimits {
  /** Sum of the entries' uncompressed sizes. */
  maxTotalBytes: number;
  /** Uncompressed size of one entry. */
  maxEntryBytes: number;
  maxEntries: number;
  /** Largest uncompressed / compressed ratio of an entry above ratioFloorBytes. */
  maxRatio: number;
  ratioFloorBytes: number;
  /** Cells (<c> elements) in all worksheets: exceljs keeps an object per cell. */
  maxCells: number;
  /** Merged ranges in one worksheet: exceljs checks each against all earlier ones (quadratic). */
  maxMergesPerSheet: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxTotalBytes: 200 * 1024 * 1024,
  maxEntryBytes: 200 * 1024 * 1024,
  maxEntries: 10_000,
  maxRatio: 200,
  ratioFloorBytes: 1024 * 1024,
  maxCells: 2_000_000,
  maxMergesPerSheet: 20_000,
};

/** One entry of the central directory. */
export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_END = 0x06064b50;
const MAX32 = 0xffffffff;

/** 52428800 → "50.0 MB". */
export function formatBytes(n: number): string {
  if (!Number.isFinite(n)) return '超过 9 PB';
  if (n >= 1024 ** 3) return `${(n / 1024 ** 3).toFixed(1)} GB`;
  if (n >= 1024 ** 2) return `${(n / 1024 ** 2).toFixed(1)} MB`;
  return n >= 1024 ? `${(n / 1024).toFixed(1)} KB` : `${n} 字节`;
}

function fail(zh: string, en: string, file: string): never {
  throw new ImportError(`${zh} / ${en}`, file);
}

/** Refuses what is not an .xlsx, by content: the messages say what the file is instead. */
export function refuseNonXlsx(bytes: Uint8Array, file: string): void {
  switch (sniffXlsx(bytes)) {
    case 'xlsx':
      return;
    case 'empty':
      fail('文件为空（0 字节），不是 Excel 工作簿', 'the file is empty (0 bytes), not an Excel workbook', file);
    case 'xls':
      fail(
        '这是旧版 Excel 格式（.xls，Excel 97–2003），不能直接读取；请在 Excel 或 WPS 中“另存为” Excel 工作簿（.xlsx）后再导入',
        'this is the old Excel format (.xls, Excel 97–2003); open it in Excel or WPS, save it as an Excel workbook (.xlsx) and import that',
        file,
      );
    case 'encrypted':
      fail(
        '工作簿设置了打开密码（加密的 .xlsx 保存为 OLE/CFB 复合文件，内容无法读取）；请在 Excel 或 WPS 中取消密码后另存为 .xlsx 再导入',
        'the workbook is password-protected (an encrypted .xlsx is stored as an OLE/CFB container and cannot be read); remove the password, save as .xlsx and import that',
        file,
      );
    case 'cfb':
      fail('这是 OLE 复合文件（如 Word 97–2003 文档），不是 Excel 工作簿（.xlsx）', 'this is an OLE compound file (e.g. a Word 97–2003 document), not an Excel workbook (.xlsx)', file);
    case 'pdf':
      fail('这是 PDF 文件，不是 Excel 工作簿（.xlsx）；请按 PDF 导入', 'this is a PDF file, not an Excel workbook (.xlsx); import it as a PDF', file);
    case 'zip':
      checkCentralDirectory(bytes, file, DEFAULT_ZIP_LIMITS); // a truncated ZIP says so first
      fail('ZIP 文件中没有 xl/workbook.xml：这不是 Excel 工作簿（可能是 Word 文档或普通压缩包）', 'the ZIP holds no xl/workbook.xml: not an Excel workbook (perhaps a Word document or a plain archive)', file);
    case 'other':
      fail('不是 Excel 工作簿：.xlsx 文件应为 ZIP 格式（以 “PK” 开头）', 'not an Excel workbook: an .xlsx file is a ZIP (it starts with "PK")', file);
  }
}

/**
 * Reads and checks the central directory: entry count, declared sizes, ratios, encryption and
 * compression method. Returns the entries; throws ImportError on the first problem.
 */
export function checkCentralDirectory(bytes: Uint8Array, file: string, limits: ZipLimits): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndRecord(view);
  if (end < 0) fail('文件不完整或已损坏：找不到 ZIP 中央目录（文件可能被截断）', 'the file is truncated or corrupt: no ZIP central directory found', file);
  let count = view.getUint16(end + 10, true);
  let cdSize = view.getUint32(end + 12, true);
  let cdOffset = view.getUint32(end + 16, true);
  if (count === 0xffff || cdSize === MAX32 || cdOffset === MAX32) {
    const loc = end - 20;
    if (loc < 0 || view.getUint32(loc, true) !== ZIP64_LOCATOR) fail('ZIP 目录损坏：缺少 ZIP64 定位记录', 'corrupt ZIP directory: the ZIP64 locator is missing', file);
    const z = big(view, loc + 8);
    if (z + 56 > bytes.length || view.getUint32(z, true) !== ZIP64_END) fail('ZIP 目录损坏：ZIP64 目录结尾记录无效', 'corrupt ZIP directory: invalid ZIP64 end record', file);
    count = big(view, z + 32);
    cdSize = big(view, z + 40);
    cdOffset = big(view, z + 48);
  }
  if (count > limits.maxEntries) {
    fail(`ZIP 条目过多：${count} 个，上限 ${limits.maxEntries} 个`, `too many ZIP entries: ${count}, the limit is ${limits.maxEntries}`, file);
  }
  if (cdOffset + cdSize > bytes.length) fail('文件不完整或已损坏：ZIP 中央目录超出文件末尾（文件可能被截断）', 'the file is truncated or corrupt: the ZIP central directory runs past the end of the file', file);
  const decoder = new TextDecoder();
  const entries: ZipEntry[] = [];
  let total = 0;
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== CENTRAL) {
      fail(`ZIP 目录损坏：第 ${i + 1} 个目录项无效`, `corrupt ZIP directory: entry ${i + 1} is invalid`, file);
    }
    const nameLen = view.getUint16(p + 28, true);
    const extraLen = view.getUint16(p + 30, true);
    const e: ZipEntry = {
      name: decoder.decode(bytes.subarray(p + 46, p + 46 + nameLen)),
      flags: view.getUint16(p + 8, true),
      method: view.getUint16(p + 10, true),
      crc: view.getUint32(p + 16, true),
      compressedSize: view.getUint32(p + 20, true),
      size: view.getUint32(p + 24, true),
      localOffset: view.getUint32(p + 42, true),
    };
    readZip64Extra(view, p + 46 + nameLen, extraLen, e);
    p += 46 + nameLen + extraLen + view.getUint16(p + 32, true);
    if (e.flags & 1) fail(`ZIP 条目“${e.name}”已加密，无法读取`, `ZIP entry "${e.name}" is encrypted`, file);
    if (e.method !== 0 && e.method !== 8) fail(`ZIP 条目“${e.name}”使用不支持的压缩方式 ${e.method}`, `ZIP entry "${e.name}" uses unsupported compression method ${e.method}`, file);
    if (e.size > limits.maxEntryBytes) {
      fail(
        `工作簿解压后过大：“${e.name}”声明 ${formatBytes(e.size)}，超过单项上限 ${formatBytes(limits.maxEntryBytes)}（疑似 ZIP 炸弹）`,
        `the workbook inflates too large: "${e.name}" declares ${formatBytes(e.size)}, over the ${formatBytes(limits.maxEntryBytes)} limit (a ZIP bomb?)`,
        file,
      );
    }
    total += e.size;
    if (total > limits.maxTotalBytes) {
      fail(
        `工作簿解压后过大：合计超过 ${formatBytes(limits.maxTotalBytes)}（疑似 ZIP 炸弹）`,
        `the workbook inflates too large: over ${formatBytes(limits.maxTotalBytes)} in all (a ZIP bomb?)`,
        file,
      );
    }
    if (e.size > limits.ratioFloorBytes && e.size > limits.maxRatio * Math.max(1, e.compressedSize)) {
      const ratio = Math.round(e.size / Math.max(1, e.compressedSize));
      fail(
        `压缩比异常：“${e.name}”由 ${formatBytes(e.compressedSize)} 解压为 ${formatBytes(e.size)}（${ratio} 倍，上限 ${limits.maxRatio} 倍，疑似 ZIP 炸弹）`,
        `implausible compression ratio: "${e.name}" inflates ${formatBytes(e.compressedSize)} to ${formatBytes(e.size)} (${ratio}×, limit ${limits.maxRatio}×; a ZIP bomb?)`,
        file,
      );
    }
    entries.push(e);
  }
  return entries;
}

/** A little-endian 64-bit field as a number; above 2^53 it is Infinity (and fails every cap). */
function big(view: DataView, at: number): number {
  if (at + 8 > view.byteLength) return Infinity;
  const v = view.getBigUint64(at, true);
  return v > BigInt(Number.MAX_SAFE_INTEGER) ? Infinity : Number(v);
}

/** Fills sizes and offset marked 0xFFFFFFFF from the ZIP64 extra field (id 1), in its order. */
function readZip64Extra(view: DataView, start: number, length: number, e: ZipEntry): void {
  if (e.size !== MAX32 && e.compressedSize !== MAX32 && e.localOffset !== MAX32) return;
  for (let q = start; q + 4 <= start + length && q + 4 <= view.byteLength; ) {
    const id = view.getUint16(q, true);
    const size = view.getUint16(q + 2, true);
    if (id === 1) {
      let f = q + 4;
      if (e.size === MAX32) (e.size = big(view, f)), (f += 8);
      if (e.compressedSize === MAX32) (e.compressedSize = big(view, f)), (f += 8);
      if (e.localOffset === MAX32) e.localOffset = big(view, f);
      return;
    }
    q += 4 + size;
  }
}

/** An entry as checked: its name, inflated bytes and CRC-32. */
export interface CheckedEntry {
  name: string;
  data: Uint8Array;
  crc: number;
}

/**
 * The whole guard: refuses non-xlsx content, checks the directory, then inflates each entry with
 * its declared size as the hard cap and compares length and CRC-32. Returns the inflated entries,
 * so what exceljs reads is exactly what was checked (stored-zip.ts repacks them).
 */
export function guardXlsx(bytes: Uint8Array, file: string, limits: ZipLimits = DEFAULT_ZIP_LIMITS): CheckedEntry[] {
  refuseNonXlsx(bytes, file);
  const entries = checkCentralDirectory(bytes, file, limits);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let cells = 0;
  const checked: CheckedEntry[] = [];
  for (const e of entries) {
    const at = e.localOffset;
    if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL) {
      fail(`文件已损坏：“${e.name}”的本地文件头无效`, `the file is corrupt: the local header of "${e.name}" is invalid`, file);
    }
    const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
    if (start + e.compressedSize > bytes.length) {
      fail(`文件不完整：“${e.name}”的数据超出文件末尾（文件可能被截断）`, `the file is truncated: the data of "${e.name}" runs past the end of the file`, file);
    }
    const data = bytes.subarray(start, start + e.compressedSize);
    let out: Uint8Array;
    if (e.method === 0) {
      out = data;
    } else {
      try {
        out = inflateRawSync(data, { maxOutputLength: Math.max(1, e.size) });
      } catch (err) {
        const code = (err as { code?: string }).code;
        if (code === 'ERR_BUFFER_TOO_LARGE' || err instanceof RangeError) {
          fail(
            `压缩数据与声明大小不符：“${e.name}”解压后超过声明的 ${formatBytes(e.size)}（疑似 ZIP 炸弹）`,
            `"${e.name}" inflates past its declared ${formatBytes(e.size)} (a ZIP bomb?)`,
            file,
          );
        }
        fail(`文件已损坏：“${e.name}”无法解压（${(err as Error).message}）`, `the file is corrupt: "${e.name}" cannot be inflated`, file);
      }
    }
    if (out.length !== e.size) {
      fail(`文件已损坏：“${e.name}”解压后 ${out.length} 字节，声明 ${e.size} 字节`, `the file is corrupt: "${e.name}" inflates to ${out.length} bytes, ${e.size} declared`, file);
    }
    if (typeof crc32 === 'function' && crc32(out) >>> 0 !== e.crc >>> 0) {
      fail(`文件已损坏：“${e.name}”校验和（CRC-32）不符`, `the file is corrupt: CRC-32 mismatch in "${e.name}"`, file);
    }
    if (/^xl\/worksheets\/[^/]+\.xml$/i.test(e.name)) {
      cells += count(out, CELL_TAG);
      if (cells > limits.maxCells) {
        fail(`工作簿单元格过多：超过 ${limits.maxCells} 个`, `too many cells in the workbook: over ${limits.maxCells}`, file);
      }
      const merges = count(out, MERGE_TAG);
      if (merges > limits.maxMergesPerSheet) {
        fail(
          `“${e.name}”的合并单元格过多：${merges} 处，上限 ${limits.maxMergesPerSheet} 处`,
          `too many merged ranges in "${e.name}": ${merges}, the limit is ${limits.maxMergesPerSheet}`,
          file,
        );
      }
    }
    checked.push({ name: e.name, data: out, crc: e.crc >>> 0 });
  }
  return checked;
}

const CELL_TAG = Buffer.from('<c ');
const MERGE_TAG = Buffer.from('<mergeCell ');

/** Occurrences of `tag` in `bytes`. */
function count(bytes: Uint8Array, tag: Buffer): number {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let n = 0;
  for (let i = buf.indexOf(tag); i >= 0; i = buf.indexOf(tag, i + tag.length)) n++;
  return n;
}
