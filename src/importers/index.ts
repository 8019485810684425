// Reads any published disclosure yusuan can audit — PDF, Excel (.xlsx), plain text, or a yusuan
// Document JSON — into a Document: sniffs the file's magic bytes, refuses what it cannot read
// (empty, too large, truncated, old .xls or encrypted, a name that lies about the content) with an
// ImportError naming the file, dispatches to the reader and assembles the result.
import { open } from 'node:fs/promises';
import { extname } from 'node:path';
import type { ImportProblem, TemplateDetection } from '../core/import/assemble.ts';
import type { RawDocument } from '../core/import/raw.ts';
import { DocumentValidationError, validateDocument } from '../core/model/document-schema.ts';
import type { Document, TableId } from '../core/model/document.ts';
import { getTemplate } from '../core/templates/index.ts';
import { decodeUtf8 } from '../io/utf8.ts';
import { ImportError } from './errors.ts';
import type { ContentKind } from './extensions.ts';
import { IMPORT_EXTENSIONS } from './extensions.ts';

/** Largest PDF or workbook read: 100 MB (real disclosures are a few MB). */
export const MAX_BINARY_BYTES = 100 * 1024 * 1024;
/** Largest text or JSON file read: 20 MB. */
export const MAX_TEXT_BYTES = 20 * 1024 * 1024;

export type { ContentKind } from './extensions.ts';
export { IMPORT_EXTENSIONS } from './extensions.ts';

const KIND_NAMES: Record<ContentKind, [string, string]> = {
  pdf: ['PDF 文件', 'a PDF'],
  xlsx: ['Excel 工作簿（.xlsx）', 'an Excel workbook (.xlsx)'],
  ole: ['旧版 Excel（.xls）或加密的 Office 文件', 'an old Excel (.xls) or encrypted Office file'],
  json: ['JSON 文件', 'JSON'],
  text: ['纯文本', 'plain text'],
  binary: ['无法识别的二进制数据', 'unrecognised binary data'],
  empty: ['空文件', 'an empty file'],
};

export type Detection = TemplateDetection;
export type { ImportProblem };

export interface ImportOptions {
  /** Template id to assemble with, instead of detecting it. */
  template?: string;
  /** Size limit in bytes (default: MAX_BINARY_BYTES for PDF/Excel, MAX_TEXT_BYTES for text). */
  maxBytes?: number;
}

export interface Imported {
  kind: 'pdf' | 'xlsx' | 'text' | 'json';
  /** What the reader recovered; absent for a Document JSON, which is already assembled. */
  raw: RawDocument | undefined;
  document: Document;
  detection: Detection;
  problems: ImportProblem[];
}

/** The kind of content, from the first bytes (and, for text, all of them). */
export function sniffContent(head: Uint8Array): ContentKind {
  if (head.length === 0) return 'empty';
  const ascii = (bytes: number[], at = 0) => bytes.every((b, i) => head[at + i] === b);
  // %PDF- may follow a little junk (the PDF spec allows it within the first 1024 bytes).
  const pdfAt = Buffer.from(head.subarray(0, 1024)).indexOf('%PDF-');
  if (pdfAt >= 0) return 'pdf';
  if (ascii([0x50, 0x4b, 0x03, 0x04]) || ascii([0x50, 0x4b, 0x05, 0x06])) return 'xlsx';
  if (ascii([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'ole';
  const sample = head.subarray(0, 8192);
  if (sample.includes(0)) return 'binary';
  let i = 0;
  if (ascii([0xef, 0xbb, 0xbf])) i = 3;
  while (i < head.length && [0x20, 0x09, 0x0a, 0x0d].includes(head[i] as number)) i++;
  return head[i] === 0x7b ? 'json' : 'text';
}

function fail(file: string, zh: string, en: string): never {
  throw new ImportError(`${zh} / ${en}`, file);
}

function sizeText(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return bytes >= 1024 ? `${(bytes / 1024).toFixed(1)} KB` : `${bytes} 字节`;
}

/** Reads a file's size, its first `headBytes` and its last `tailBytes` (or all of it). */
async function peek(path: string, headBytes: number, tailBytes: number): Promise<{ size: number; head: Buffer; tail: Buffer }> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? '';
    if (code === 'ENOENT') fail(path, '文件不存在', 'no such file');
    if (code === 'EACCES' || code === 'EPERM') fail(path, '没有读取权限', 'permission denied');
    if (code === 'EISDIR') fail(path, '是目录，不是文件', 'is a directory');
    fail(path, `无法打开（${code || '未知错误'}）`, 'cannot open');
  }
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) fail(path, '不是普通文件', 'not a regular file');
    const read = async (length: number, position: number): Promise<Buffer> => {
      const buffer = Buffer.alloc(Math.max(0, Math.min(length, stat.size - position)));
      let total = 0;
      while (total < buffer.length) {
        const { bytesRead } = await handle.read(buffer, total, buffer.length - total, position + total);
        if (bytesRead === 0) break;
        total += bytesRead;
      }
      return buffer.subarray(0, total);
    };
    const head = await read(headBytes, 0);
    const tail = await read(tailBytes, Math.max(0, stat.size - tailBytes));
    return { size: stat.size, head, tail };
  } finally {
    await handle.close();
  }
}

/** Reads one file into a Document. Throws ImportError (naming the file and the place) for bad input. */
export async function importFile(path: string, opts: ImportOptions = {}): Promise<Imported> {
  const ext = extname(path).toLowerCase();
  const expected = IMPORT_EXTENSIONS[ext];
  const probe = await peek(path, 8192, 65_557);
  if (probe.size === 0) fail(path, '文件是空的（0 字节）', 'the file is empty (0 bytes)');
  const content = sniffContent(probe.head);
  const binary = content === 'pdf' || content === 'xlsx' || content === 'ole';
  const limit = opts.maxBytes ?? (binary ? MAX_BINARY_BYTES : MAX_TEXT_BYTES);
  if (probe.size > limit) {
    fail(path, `文件大小 ${sizeText(probe.size)}，超过上限 ${sizeText(limit)}，未读取`, `file is ${sizeText(probe.size)}, over the ${sizeText(limit)} limit; not read`);
  }
  const [zh, en] = KIND_NAMES[content];
  if (expected === undefined) {
    const known = '支持 .pdf、.xlsx、.txt、.json';
    fail(path, `不支持的文件类型“${ext || '（无扩展名）'}”（内容是${zh}；${known}）`, `unsupported file type ${ext || '(no extension)'}; the content is ${en}`);
  }
  if (content === 'ole' && (expected === 'ole' || expected === 'xlsx')) await refuseOle(path);
  // A .txt holding JSON is still text; any other disagreement is a wrong extension.
  const agrees = content === expected || (expected === 'text' && content === 'json');
  if (!agrees) {
    fail(path, `扩展名错误：文件名是“${ext}”，但内容是${zh}；请改正扩展名或选对文件`, `wrong extension: named ${ext} but the content is ${en}`);
  }
  if (content === 'pdf' && !probe.tail.includes('%%EOF')) {
    fail(path, 'PDF 文件不完整（缺少结尾标记 %%EOF），可能下载或复制时被截断；请重新获取原文件', 'the PDF is truncated (no %%EOF at its end)');
  }
  if (content === 'xlsx' && !probe.tail.includes(Buffer.from([0x50, 0x4b, 0x05, 0x06]))) {
    fail(path, 'Excel 文件不完整（缺少 zip 目录），可能下载或复制时被截断；请重新获取原文件', 'the workbook is truncated (no zip central directory)');
  }

  if (content === 'pdf') {
    const { readPdf } = await import('./pdf/read-pdf.ts');
    return assemble('pdf', await readPdf(path, { maxBytes: limit }), opts);
  }
  if (content === 'xlsx') {
    const { readXlsx } = await import('./xlsx/index.ts');
    return assemble('xlsx', await readXlsx(path, { maxBytes: limit }), opts);
  }
  const { readFile } = await import('node:fs/promises');
  const bytes = await readFile(path);
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) {
    const { offset, line, column } = decoded;
    fail(path, `第 ${line} 行第 ${column} 列（字节偏移 ${offset}）不是合法的 UTF-8 编码；文件可能是 GBK/GB2312 编码，请另存为 UTF-8`, `not valid UTF-8 at byte offset ${offset} (line ${line}, column ${column})`);
  }
  if (decoded.text.trim() === '') fail(path, '文件是空的（只有空白）', 'the file is empty (only whitespace)');
  if (expected === 'json') return documentFromJson(path, decoded.text, opts);
  const { readText } = await import('./text/index.ts');
  return assemble('text', readText(decoded.text, path), opts);
}

/** An OLE compound file named .xls or .xlsx: says whether it is an old .xls, an encrypted .xlsx or neither. */
async function refuseOle(path: string): Promise<never> {
  const { readFile } = await import('node:fs/promises');
  const { sniffXlsx } = await import('./xlsx/index.ts');
  const kind = sniffXlsx(await readFile(path));
  if (kind === 'encrypted') {
    fail(path, '工作簿设置了打开密码（已加密），无法读取；请在 Excel 或 WPS 中取消密码后另存为 .xlsx', 'the workbook is password-protected; remove the password and save it as .xlsx');
  }
  if (kind === 'xls') {
    fail(path, '这是旧版 Excel 格式（.xls，Excel 97–2003），不能直接读取；请在 Excel 或 WPS 中另存为 .xlsx', 'the old Excel format (.xls); save it as .xlsx');
  }
  fail(path, '这是 OLE 复合文件（如 Word 97–2003 文档），不是 Excel 工作簿', 'an OLE compound file (e.g. a Word 97–2003 document), not an Excel workbook');
}

async function assemble(kind: 'pdf' | 'xlsx' | 'text', raw: RawDocument, opts: ImportOptions): Promise<Imported> {
  const { assembleDocument } = await import('../core/import/assemble.ts');
  const result = assembleDocument(raw, opts.template === undefined ? {} : { template: opts.template });
  if (result.document.tables.length === 0 && (result.document.narrative ?? []).length === 0) {
    fail(raw.source.file, '没有识别出任何预算表或情况说明，这不像是部门预算公开文件', 'no budget tables or narrative recognised; this does not look like a budget disclosure');
  }
  return { kind, raw, document: result.document, detection: result.detection, problems: result.problems };
}

/** A Document JSON written by `yusuan render --format json` (or an earlier audit's --extract). */
function documentFromJson(path: string, text: string, opts: ImportOptions): Imported {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    fail(path, `不是有效的 JSON：${(e as Error).message}`, 'not valid JSON');
  }
  const schema = typeof value === 'object' && value !== null ? (value as { schema?: unknown }).schema : undefined;
  if (schema === 'yusuan/budget@1') {
    fail(path, '这是预算数据文件（Budget），不是公开文件；请用 yusuan check 检查它', 'a Budget file, not a published document; use yusuan check');
  }
  if (schema !== 'yusuan/document@1') {
    fail(path, 'JSON 不是 yusuan 文档（schema 应为 "yusuan/document@1"）', 'not a yusuan Document JSON (schema must be "yusuan/document@1")');
  }
  let document: Document;
  try {
    document = validateDocument(value);
  } catch (e) {
    if (e instanceof DocumentValidationError) fail(path, `文档 JSON 有误：${e.message}`, 'invalid Document JSON');
    throw e;
  }
  return { kind: 'json', raw: undefined, document, detection: jsonDetection(document, opts.template), problems: [] };
}

/** A Document JSON names its template; the detection lists its tables against the template's. */
function jsonDetection(doc: Document, templateId: string | undefined): Detection {
  const template = templateId ?? doc.meta.template;
  const found: TableId[] = doc.tables.map((t) => t.id);
  const expected = getTemplate(template)?.tables.map((t) => t.id) ?? found;
  const missing = expected.filter((id) => !found.includes(id));
  return {
    template,
    // As detect.ts scores printed titles: 2 × matched / (tables printed + tables of the template).
    score: expected.length + found.length ? Math.round((2000 * found.filter((id) => expected.includes(id)).length) / (expected.length + found.length)) / 1000 : 0,
    tables: doc.tables.map((t, index) => ({ index, tableId: t.id, score: 1, title: t.title })),
    missing,
    unknown: [],
  };
}
