// Small PDFs made at test time for the PDF reader's bad-input tests (nothing binary is committed):
// pages of plain text (any number of pages), a page that is only an image (a “scan”), and a
// password-protected file (standard security handler, RC4 40-bit, revision 2, as PDF 1.1 defines).
import { createHash } from 'node:crypto';

const enc = new TextEncoder();

/** Assembles numbered objects into a PDF with a correct cross-reference table. */
function assemble(objects: (string | Uint8Array)[], trailerExtra = ''): Uint8Array {
  const parts: Uint8Array[] = [];
  let length = 0;
  const push = (p: string | Uint8Array): void => {
    const bytes = typeof p === 'string' ? enc.encode(p) : p;
    parts.push(bytes);
    length += bytes.length;
  };
  push('%PDF-1.4\n%\xE2\xE3\xCF\xD3\n');
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(length);
    push(`${i + 1} 0 obj\n`);
    push(body);
    push('\nendobj\n');
  });
  const xref = length;
  push(`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`);
  for (const off of offsets) push(`${String(off).padStart(10, '0')} 00000 n \n`);
  push(`trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailerExtra}>>\nstartxref\n${xref}\n%%EOF\n`);
  const out = new Uint8Array(length);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function stream(content: Uint8Array | string, dict = ''): Uint8Array {
  const bytes = typeof content === 'string' ? enc.encode(content) : content;
  const head = enc.encode(`<< /Length ${bytes.length} ${dict}>>\nstream\n`);
  const tail = enc.encode('\nendstream');
  const out = new Uint8Array(head.length + bytes.length + tail.length);
  out.set(head, 0);
  out.set(bytes, head.length);
  out.set(tail, head.length + bytes.length);
  return out;
}

const escapeText = (s: string): string => s.replace(/[\\()]/g, (c) => `\\${c}`);

/** Content stream printing lines of ASCII text in Helvetica, top down. */
function textContent(lines: string[]): string {
  return lines.map((l, i) => `BT /F1 12 Tf 72 ${760 - i * 16} Td (${escapeText(l)}) Tj ET`).join('\n');
}

/** A PDF whose pages hold the given lines of ASCII text. */
export function textPdf(pages: string[][]): Uint8Array {
  const n = pages.length;
  // 1 catalog, 2 pages, 3 font, then page i at 4 + 2i and its content at 5 + 2i.
  const kids = pages.map((_, i) => `${4 + 2 * i} 0 R`).join(' ');
  const objects: (string | Uint8Array)[] = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${kids}] /Count ${n} >>`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  pages.forEach((lines, i) => {
    objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents ${5 + 2 * i} 0 R >>`);
    objects.push(stream(textContent(lines)));
  });
  return assemble(objects);
}

/** A one-page PDF that paints only an 8×8 grey image: what a scanned page looks like. */
export function imageOnlyPdf(): Uint8Array {
  const pixels = new Uint8Array(64).map((_, i) => (i * 37) % 256);
  return assemble([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /XObject << /Im1 5 0 R >> >> /Contents 4 0 R >>',
    stream('q 400 0 0 400 100 200 cm /Im1 Do Q'),
    stream(pixels, '/Type /XObject /Subtype /Image /Width 8 /Height 8 /ColorSpace /DeviceGray /BitsPerComponent 8 '),
  ]);
}

const PAD = Uint8Array.from([
  0x28, 0xbf, 0x4e, 0x5e, 0x4e, 0x75, 0x8a, 0x41, 0x64, 0x00, 0x4e, 0x56, 0xff, 0xfa, 0x01, 0x08, 0x2e, 0x2e, 0x00, 0xb6, 0xd0, 0x68,
  0x3e, 0x80, 0x2f, 0x0c, 0xa9, 0xfe, 0x64, 0x53, 0x69, 0x7a,
]);

function rc4(key: Uint8Array, data: Uint8Array): Uint8Array {
  const s = Uint8Array.from({ length: 256 }, (_, i) => i);
  let j = 0;
  for (let i = 0; i < 256; i++) {
    j = (j + s[i]! + key[i % key.length]!) & 255;
    [s[i], s[j]] = [s[j]!, s[i]!];
  }
  const out = new Uint8Array(data.length);
  let a = 0;
  j = 0;
  for (let k = 0; k < data.length; k++) {
    a = (a + 1) & 255;
    j = (j + s[a]!) & 255;
    [s[a], s[j]] = [s[j]!, s[a]!];
    out[k] = data[k]! ^ s[(s[a]! + s[j]!) & 255]!;
  }
  return out;
}

const md5 = (...parts: Uint8Array[]): Uint8Array => {
  const h = createHash('md5');
  for (const p of parts) h.update(p);
  return new Uint8Array(h.digest());
};
const padded = (password: string): Uint8Array => {
  const p = enc.encode(password).slice(0, 32);
  const out = new Uint8Array(32);
  out.set(p, 0);
  out.set(PAD.subarray(0, 32 - p.length), p.length);
  return out;
};
const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex');

/** A one-page PDF encrypted with a user password (opening it needs the password). */
export function encryptedPdf(userPassword = 'secret', ownerPassword = 'owner'): Uint8Array {
  const id = md5(enc.encode('yusuan-test-fixture'));
  const o = rc4(md5(padded(ownerPassword)).subarray(0, 5), padded(userPassword));
  const p = -44;
  const pBytes = new Uint8Array(4);
  new DataView(pBytes.buffer).setInt32(0, p, true);
  const key = md5(padded(userPassword), o, pBytes, id).subarray(0, 5);
  const u = rc4(key, PAD);
  const objectKey = (num: number): Uint8Array => md5(key, Uint8Array.from([num & 255, (num >> 8) & 255, (num >> 16) & 255, 0, 0])).subarray(0, 10);
  const content = rc4(objectKey(4), enc.encode(textContent(['Encrypted page'])));
  return assemble(
    [
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 6 0 R >> >> /Contents 4 0 R >>',
      stream(content),
      `<< /Filter /Standard /V 1 /R 2 /O <${hex(o)}> /U <${hex(u)}> /P ${p} >>`,
      '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    ],
    `/Encrypt 5 0 R /ID [<${hex(id)}> <${hex(id)}>] `,
  );
}
