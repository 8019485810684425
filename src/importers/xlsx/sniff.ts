// What a file claiming to be an Excel workbook really is, from its first bytes: a ZIP (an .xlsx,
// or another Office Open XML file), an OLE compound file (CFB: an old .xls, or an .xlsx encrypted
// with a password, which Excel wraps in a CFB as EncryptionInfo + EncryptedPackage), a PDF, an
// empty file, or something else. Cheap: magic numbers and a scan for CFB directory names.

/** What sniffXlsx found. */
export type XlsxKind =
  | 'xlsx' // ZIP whose central directory lists xl/workbook.xml
  | 'zip' // ZIP without a workbook (a .docx, a plain archive) or with no readable directory
  | 'xls' // CFB holding a Workbook / Book stream (Excel 97–2003, BIFF)
  | 'encrypted' // CFB holding EncryptedPackage: a password-protected .xlsx
  | 'cfb' // another CFB (a .doc, a .msg …)
  | 'pdf'
  | 'empty'
  | 'other';

const ZIP_MAGIC = [0x50, 0x4b]; // "PK"
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46]; // "%PDF"

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  if (bytes.length < magic.length) return false;
  return magic.every((b, i) => bytes[i] === b);
}

/** Classifies `bytes` by their content, whatever the file is called. */
export function sniffXlsx(bytes: Uint8Array): XlsxKind {
  if (bytes.length === 0) return 'empty';
  if (startsWith(bytes, CFB_MAGIC)) {
    const names = cfbStreamNames(bytes);
    if (names.has('encryptedpackage') || names.has('encryptioninfo')) return 'encrypted';
    if (names.has('workbook') || names.has('book')) return 'xls';
    return 'cfb';
  }
  if (startsWith(bytes, PDF_MAGIC)) return 'pdf';
  if (startsWith(bytes, ZIP_MAGIC)) return zipHasWorkbook(bytes) ? 'xlsx' : 'zip';
  return 'other';
}

const WANTED = ['EncryptedPackage', 'EncryptionInfo', 'Workbook', 'Book'];

/**
 * Names of CFB directory entries that matter here, lower-cased. A directory entry is 128 bytes,
 * aligned to 128 within the file (sectors are 512 or 4096 bytes and the header is one sector); it
 * starts with the name in UTF-16LE and holds the name's byte length (with its NUL) at offset 64.
 * Scanning the aligned slots is enough to tell an encrypted .xlsx from a .xls without walking
 * the FAT chains.
 */
function cfbStreamNames(bytes: Uint8Array): Set<string> {
  const found = new Set<string>();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let off = 512; off + 128 <= bytes.length; off += 128) {
    const len = view.getUint16(off + 64, true);
    if (len < 4 || len > 64 || len % 2 !== 0) continue;
    const type = bytes[off + 66];
    if (type !== 2) continue; // 2 = stream
    let name = '';
    for (let i = 0; i < len / 2 - 1; i++) name += String.fromCharCode(view.getUint16(off + i * 2, true));
    if (WANTED.includes(name)) found.add(name.toLowerCase());
  }
  return found;
}

/** Whether the ZIP's central directory (found from its end record) names xl/workbook.xml. */
function zipHasWorkbook(bytes: Uint8Array): boolean {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndRecord(view);
  if (end < 0) return false;
  const count = view.getUint16(end + 10, true);
  let p = view.getUint32(end + 16, true);
  const decoder = new TextDecoder();
  for (let i = 0; i < count && p + 46 <= bytes.length; i++) {
    if (view.getUint32(p, true) !== 0x02014b50) return false;
    const nameLen = view.getUint16(p + 28, true);
    const name = decoder.decode(bytes.subarray(p + 46, p + 46 + nameLen));
    if (name === 'xl/workbook.xml' || name === 'xl/workbook.bin') return true;
    p += 46 + nameLen + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
  }
  return false;
}

/** Offset of the ZIP end-of-central-directory record, searched backwards; -1 when absent. */
export function findEndRecord(view: DataView): number {
  const last = view.byteLength - 22;
  for (let i = last; i >= 0 && i >= last - 0xffff; i--) {
    if (view.getUint32(i, true) === 0x06054b50) return i;
  }
  return -1;
}
