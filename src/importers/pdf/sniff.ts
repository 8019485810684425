// What a file's bytes say it is, before any parser sees it: a PDF starts with “%PDF-” (within its
// first kilobyte, as readers allow) and ends with “%%EOF”; anything else is named for the message
// (a PNG, a ZIP such as .xlsx/.docx, a JPEG, text …). The importer dispatcher uses sniffPdf too.

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-

function indexOf(bytes: Uint8Array, needle: number[], from: number, to: number): number {
  const end = Math.min(to, bytes.length - needle.length);
  outer: for (let i = Math.max(0, from); i <= end; i++) {
    for (let k = 0; k < needle.length; k++) if (bytes[i + k] !== needle[k]) continue outer;
    return i;
  }
  return -1;
}

/** True when the bytes are a PDF: “%PDF-” within the first 1024 bytes. */
export function sniffPdf(bytes: Uint8Array): boolean {
  return indexOf(bytes, PDF_MAGIC, 0, 1024) >= 0;
}

/** True when “%%EOF” stands within the last 4 KB (a file cut short has none). */
export function hasEofMarker(bytes: Uint8Array): boolean {
  const eof = [0x25, 0x25, 0x45, 0x4f, 0x46]; // %%EOF
  return indexOf(bytes, eof, bytes.length - 4096, bytes.length) >= 0;
}

const starts = (bytes: Uint8Array, sig: number[]): boolean => sig.every((b, i) => bytes[i] === b);

/** A name for what the bytes are, in Chinese and English, for “not a PDF” messages. */
export function describeHeader(bytes: Uint8Array): { zh: string; en: string } {
  if (starts(bytes, [0x89, 0x50, 0x4e, 0x47])) return { zh: ' PNG 图像', en: 'a PNG image' };
  if (starts(bytes, [0xff, 0xd8, 0xff])) return { zh: ' JPEG 图像', en: 'a JPEG image' };
  if (starts(bytes, [0x47, 0x49, 0x46, 0x38])) return { zh: ' GIF 图像', en: 'a GIF image' };
  if (starts(bytes, [0x50, 0x4b, 0x03, 0x04])) return { zh: ' ZIP 压缩包（如 .xlsx、.docx）', en: 'a ZIP archive (such as .xlsx or .docx)' };
  if (starts(bytes, [0xd0, 0xcf, 0x11, 0xe0])) return { zh: '旧版 Office 文档（.xls/.doc）', en: 'a legacy Office document (.xls/.doc)' };
  const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 256));
  if (/^\s*<(?:!doctype|html)/i.test(head)) return { zh: ' HTML 网页', en: 'an HTML page' };
  if (/^[\s\S]*$/.test(head) && !/[\u0000-\u0008\u000e-\u001f]/.test(head)) return { zh: '纯文本', en: 'plain text' };
  return { zh: '未知格式', en: 'of an unknown format' };
}

/**
 * True when the file's last “startxref” points past its end: bytes are missing from the middle or
 * the end (a download cut short and then closed with the original trailer).
 */
export function xrefPastEnd(bytes: Uint8Array): boolean {
  const tail = new TextDecoder('latin1').decode(bytes.subarray(Math.max(0, bytes.length - 4096)));
  const m = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail) ?? [...tail.matchAll(/startxref\s+(\d+)/g)].pop();
  return m !== undefined && m !== null && Number(m[1]) >= bytes.length;
}
