// pdfjs's text-content chunks packed for the trip from the parser thread to this one: a chunk of
// text items ({str, dir, width, height, transform, fontName, hasEOL}, thousands on a table page) is
// cloned item by item, and that clone was a tenth of the parser thread's time. Packed, the numbers
// travel in one transferred Float64Array and the strings as one string with their lengths, and the
// same items are rebuilt here before pdfjs's own code sees the message. A chunk of any other shape
// passes unchanged. Messages the thread posts in one batch ({yusuanBatch: [...]}) are handed to
// pdfjs one by one, in order.
import type { MessagePort } from 'node:worker_threads';

/** Numbers per item: transform (6), width, height, text length, direction, font index, end of line. */
const STRIDE = 12;
const DIRECTIONS = ['ltr', 'rtl', 'ttb'];

/**
 * The thread's half (plain JavaScript, put into the parser thread's source): packTextChunk(chunk)
 * gives the packed chunk and the buffer to transfer, or undefined to post the chunk as it is.
 */
export const PACK_SOURCE = `
const YUSUAN_STRIDE = ${STRIDE};
const YUSUAN_DIRECTIONS = ${JSON.stringify(DIRECTIONS)};
function packTextChunk(chunk) {
  const items = chunk.items;
  const n = items.length;
  const nums = new Float64Array(n * YUSUAN_STRIDE);
  const texts = [];
  const fonts = [];
  const fontIndex = new Map();
  for (let i = 0; i < n; i++) {
    const it = items[i];
    const t = it.transform;
    const dir = YUSUAN_DIRECTIONS.indexOf(it.dir);
    if (typeof it.str !== "string" || !Array.isArray(t) || t.length !== 6 || dir < 0 || typeof it.fontName !== "string" || typeof it.hasEOL !== "boolean") return undefined;
    const k = i * YUSUAN_STRIDE;
    for (let j = 0; j < 6; j++) nums[k + j] = t[j];
    nums[k + 6] = it.width;
    nums[k + 7] = it.height;
    nums[k + 8] = it.str.length;
    nums[k + 9] = dir;
    let f = fontIndex.get(it.fontName);
    if (f === undefined) {
      f = fonts.length;
      fonts.push(it.fontName);
      fontIndex.set(it.fontName, f);
    }
    nums[k + 10] = f;
    nums[k + 11] = it.hasEOL ? 1 : 0;
    texts.push(it.str);
  }
  const rest = { ...chunk };
  delete rest.items;
  return { packed: { yusuanText: { nums, text: texts.join(""), fonts }, ...rest }, buffer: nums.buffer };
}
`;

interface Packed {
  yusuanText: { nums: Float64Array; text: string; fonts: string[] };
  [key: string]: unknown;
}

interface TextItem {
  str: string;
  dir: string;
  width: number;
  height: number;
  transform: number[];
  fontName: string;
  hasEOL: boolean;
}

/** The chunk with its items rebuilt, exactly as pdfjs made them. */
export function unpackTextChunk(chunk: Packed): Record<string, unknown> {
  const { yusuanText, ...rest } = chunk;
  const { nums, text, fonts } = yusuanText;
  const items: TextItem[] = [];
  let at = 0;
  for (let k = 0; k + STRIDE <= nums.length; k += STRIDE) {
    const length = nums[k + 8]!;
    items.push({
      str: text.slice(at, at + length),
      dir: DIRECTIONS[nums[k + 9]!]!,
      width: nums[k + 6]!,
      height: nums[k + 7]!,
      transform: [nums[k]!, nums[k + 1]!, nums[k + 2]!, nums[k + 3]!, nums[k + 4]!, nums[k + 5]!],
      fontName: fonts[nums[k + 10]!]!,
      hasEOL: nums[k + 11] === 1,
    });
    at += length;
  }
  return { items, ...rest };
}

type Listener = (event: { data: unknown }) => void;

/**
 * The port pdfjs's main side talks through, with packed text chunks unpacked on arrival; what it
 * posts goes out unchanged.
 */
export function unpackingPort(port: MessagePort): object {
  const wrapped = new Map<Listener, (event: { data: unknown }) => void>();
  return {
    postMessage: (message: unknown, transfer?: readonly Transferable[]) => port.postMessage(message, transfer as never),
    addEventListener(type: string, listener: Listener, options?: { signal?: AbortSignal }) {
      const one = (data: unknown): void => {
        const chunk = (data as { chunk?: unknown } | null)?.chunk as Packed | undefined;
        if (chunk && typeof chunk === 'object' && 'yusuanText' in chunk) listener({ data: { ...(data as object), chunk: unpackTextChunk(chunk) } });
        else listener({ data });
      };
      const inner = (event: { data: unknown }): void => {
        const batch = (event.data as { yusuanBatch?: unknown[] } | null)?.yusuanBatch;
        if (Array.isArray(batch)) for (const data of batch) one(data);
        else one(event.data);
      };
      // pdfjs removes its listener by aborting the signal it passes: the signal must reach the port.
      wrapped.set(listener, inner);
      options?.signal?.addEventListener('abort', () => wrapped.delete(listener), { once: true });
      port.addEventListener(type as 'message', inner as never, options as never);
    },
    removeEventListener(type: string, listener: Listener) {
      const inner = wrapped.get(listener);
      if (!inner) return;
      wrapped.delete(listener);
      port.removeEventListener(type as 'message', inner as never);
    },
  };
}
