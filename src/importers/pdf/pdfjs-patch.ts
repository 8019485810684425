// The pdfjs worker module the parser thread runs, patched for reading text (yusuan never draws a
// page): (1) a request is added, "YusuanPaths", answering a page's decoded content stream with the
// form XObjects (their streams, recursively), images and colour spaces its resources name, for
// content-stream.ts to read the table lines from instead of pdfjs's operator list, which decodes
// every glyph of the page again; it sits beside pdfjs's own GetTextContent, the only scope that
// sees the document's pdfManager. (2) TrueType fonts with a ToUnicode map are not repaired for
// drawing. (3) Text is posted in chunks of 1,000 items, not 10. pdfjs-dist is pinned (5.6.205);
// should its code move, no patch is applied, the thread runs pdfjs unchanged, and lines are read
// from operator lists as before (content-stream.test.ts fails so that it is noticed).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

/** Where the request is added: pdfjs's handler of text-content requests, inside createDocumentHandler. */
const ANCHOR = '    handler.on("GetTextContent", function (data, sink) {';
const EXPORTS = '\nexport { WorkerMessageHandler };';

/**
 * A TrueType font's repair for drawing (checkAndRepair: every glyph outline sanitised, tables
 * rebuilt; an eighth of the parser's time on a CJK disclosure) is skipped when the font maps its
 * codes to Unicode itself (a ToUnicode CMap): text needs only the codes' Unicode and the widths,
 * which come from the PDF's font dictionary, and yusuan never draws a glyph. Fonts without
 * ToUnicode, whose Unicode pdfjs may have to find in the font program, are repaired as before.
 */
/**
 * pdfjs posts a page's text in chunks of 10 items, each a message cloned across threads with its
 * stream bookkeeping (a tenth of the parser's time on a table page of a few hundred cells); in
 * chunks of 1,000 the same items arrive in the same order in a few messages.
 */
const BATCH = 'const TEXT_CHUNK_BATCH_SIZE = 10;';
const BATCH_LARGER = 'const TEXT_CHUNK_BATCH_SIZE = 1000;';

const REPAIR = 'data = this.checkAndRepair(name, file, properties);';
const REPAIR_WHEN_NEEDED = 'data = properties.hasIncludedToUnicodeMap ? undefined : this.checkAndRepair(name, file, properties);';

/** The request handler, in the scope of pdfManager and handler. */
const HANDLER = `    handler.on("YusuanPaths", async function (data) {
      const page = await pdfManager.getPage(data.pageIndex);
      const content = await page.getContentStream();
      const resources = await pdfManager.ensure(page, "resources");
      return yusuanStreamPaths(content, resources, pdfManager.pdfDocument.xref, { bytes: 0 }, new Set(), 0);
    });
`;

/** Module-level helpers (pdfjs's Dict, Name, Ref, BaseStream and isName are in scope there). */
const HELPERS = `
const YUSUAN_MAX_BYTES = 64 * 1024 * 1024;
function yusuanBytes(stream, budget) {
  stream.reset?.();
  const bytes = stream.getBytes();
  stream.reset?.();
  budget.bytes += bytes.length;
  if (budget.bytes > YUSUAN_MAX_BYTES) throw new Error("content streams over 64 MB");
  return bytes.slice();
}
function yusuanColorKind(cs, xref) {
  cs = xref.fetchIfRef(cs);
  if (Array.isArray(cs)) {
    const family = xref.fetchIfRef(cs[0]);
    if (!(family instanceof Name)) return "other";
    if (family.name === "ICCBased") {
      const n = xref.fetchIfRef(cs[1])?.dict?.get("N");
      return n === 1 ? "gray" : n === 3 ? "rgb" : n === 4 ? "cmyk" : "other";
    }
    cs = family;
  }
  if (!(cs instanceof Name)) return "other";
  switch (cs.name) {
    case "DeviceGray": case "G": case "CalGray": return "gray";
    case "DeviceRGB": case "RGB": case "CalRGB": return "rgb";
    case "DeviceCMYK": case "CMYK": return "cmyk";
    case "Pattern": return "pattern";
  }
  return "other";
}
function yusuanColorSpaces(resources, xref) {
  const out = {};
  const dict = resources instanceof Dict ? resources.get("ColorSpace") : null;
  if (!(dict instanceof Dict)) return out;
  for (const key of dict.getKeys()) {
    try {
      out[key] = yusuanColorKind(dict.getRaw(key), xref);
    } catch {
      out[key] = "other";
    }
  }
  return out;
}
function yusuanXObjects(resources, xref, budget, path, depth) {
  const out = {};
  const dict = resources instanceof Dict ? resources.get("XObject") : null;
  if (!(dict instanceof Dict) || depth >= 12) return out;
  for (const key of dict.getKeys()) {
    const ref = dict.getRaw(key);
    let x;
    try {
      x = dict.get(key);
    } catch {
      continue;
    }
    if (!(x instanceof BaseStream) || !(x.dict instanceof Dict)) continue;
    const type = x.dict.get("Subtype");
    if (isName(type, "Image")) {
      out[key] = { kind: "image" };
      continue;
    }
    if (!isName(type, "Form")) continue;
    const id = ref instanceof Ref ? ref.toString() : null;
    if (id && path.has(id)) continue;
    if (id) path.add(id);
    const m = x.dict.getArray("Matrix");
    const matrix = Array.isArray(m) && m.length === 6 && m.every(v => typeof v === "number") ? m : null;
    const own = x.dict.get("Resources");
    out[key] = { kind: "form", matrix, ...yusuanStreamPaths(x, own instanceof Dict ? own : resources, xref, budget, path, depth + 1) };
    if (id) path.delete(id);
  }
  return out;
}
function yusuanStreamPaths(stream, resources, xref, budget, path, depth) {
  return {
    content: yusuanBytes(stream, budget),
    xobjects: yusuanXObjects(resources, xref, budget, path, depth),
    colorSpaces: yusuanColorSpaces(resources, xref),
  };
}
`;

export interface WorkerModule {
  /** What the parser thread imports: the patched module as a data: URL, or pdfjs's own file. */
  url: string;
  /** Whether the thread answers "YusuanPaths". */
  paths: boolean;
}

let cached: WorkerModule | undefined;

/** The worker module for the parser thread (built once per process). */
export function workerModule(): WorkerModule {
  cached ??= build();
  return cached;
}

function build(): WorkerModule {
  const file = createRequire(import.meta.url).resolve('pdfjs-dist/legacy/build/pdf.worker.mjs');
  const fileUrl = pathToFileURL(file).href;
  const plain: WorkerModule = { url: fileUrl, paths: false };
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch {
    return plain;
  }
  const at = source.indexOf(ANCHOR);
  const end = source.lastIndexOf(EXPORTS);
  const once = (text: string): boolean => {
    const i = source.indexOf(text);
    return i >= 0 && i < at && source.indexOf(text, i + 1) < 0;
  };
  if (at < 0 || source.indexOf(ANCHOR, at + 1) >= 0 || end < 0 || !once(REPAIR) || !once(BATCH)) return plain;
  const patched =
    source.slice(0, at).replace(REPAIR, REPAIR_WHEN_NEEDED).replace(BATCH, BATCH_LARGER) +
    HANDLER +
    source.slice(at, end) +
    HELPERS +
    source
      .slice(end)
      .replace(/\n\/\/# sourceMappingURL=.*$/m, '');
  // The module's own location, where its WebAssembly decoders look for their files.
  const located = patched.replaceAll('import.meta.url', JSON.stringify(fileUrl));
  return { url: `data:text/javascript;base64,${Buffer.from(located).toString('base64')}`, paths: true };
}
