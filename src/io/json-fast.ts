// The fast way to read a JSON file: JSON.parse, when one scan of the text shows that the `yaml`
// parser (parse-source.ts) would give exactly the same value — no key repeated within an object,
// and no plain number a float cannot hold exactly. Anything else (a syntax error, a repeated key,
// a 21-digit project id) is left to the `yaml` parser, which reports it with its line and column
// or keeps the number's text. JSON.parse reads a 76 KB Document in about a millisecond; the
// `yaml` parser, which builds a syntax tree with positions, takes a quarter of a second.

/** The value of `text` when JSON.parse gives what the yaml parser would, else undefined. */
export function parseJsonFast(text: string): { value: unknown } | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  return sameAsYaml(text, value) ? { value } : undefined;
}

/** What the scan expects next inside an open bracket. */
const IN_ARRAY = 0;
const OBJECT_KEY = 1;
const OBJECT_VALUE = 2;

/**
 * Scans text that JSON.parse accepted (its value at hand): false when an object repeats a key or
 * a plain decimal number is not held exactly by a float (the cases where the yaml reading differs
 * or fails). A repeated key is found by count: JSON.parse keeps one property for a key written
 * twice in an object, so the value has fewer keys than the text writes exactly when some object
 * repeats one — counting needs neither the keys' text nor a set of them per object, which cost
 * more than the rest of the scan.
 */
function sameAsYaml(text: string, value: unknown): boolean {
  // What each open bracket expects next; the innermost at depth − 1.
  let stack = new Uint8Array(64);
  let depth = 0;
  let keys = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 0x22 /* " */) {
      i++;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (d === 0x5c /* \ */) i += 2;
        else if (d === 0x22) break;
        else i++;
      }
      i++; // past the closing quote
      if (depth > 0 && stack[depth - 1] === OBJECT_KEY) {
        keys++;
        stack[depth - 1] = OBJECT_VALUE;
      }
    } else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      if (depth === stack.length) {
        const deeper = new Uint8Array(stack.length * 2);
        deeper.set(stack);
        stack = deeper;
      }
      stack[depth++] = c === 0x7b ? OBJECT_KEY : IN_ARRAY;
      i++;
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      depth--;
      i++;
    } else if (c === 0x2c /* , */) {
      if (depth > 0 && stack[depth - 1] === OBJECT_VALUE) stack[depth - 1] = OBJECT_KEY;
      i++;
    } else if (c === 0x2d /* - */ || (c >= 0x30 && c <= 0x39)) {
      const start = i++;
      // An integer of at most 15 digits is held exactly and printed back the same (JSON has no
      // leading zeros): the usual figure in 分, accepted without cutting it out of the text.
      let digitsOnly = true;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (d >= 0x30 && d <= 0x39) i++;
        else if (isNumberChar(d)) {
          digitsOnly = false;
          i++;
        } else break;
      }
      const digits = c === 0x2d ? i - start - 1 : i - start;
      if (digitsOnly && digits <= 15) continue;
      const source = text.slice(start, i);
      // The yaml reading checks plain decimals only (no exponent), as keepInexactNumbersAsText.
      if (PLAIN_DECIMAL.test(source) && !sameNumber(source, Number(source))) return false;
    } else i++;
  }
  return keys === keyCount(value);
}

/** Number of keys of every object in a parsed JSON value (without recursion: any depth). */
function keyCount(value: unknown): number {
  let count = 0;
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const v = pending.pop();
    if (typeof v !== 'object' || v === null) continue;
    if (Array.isArray(v)) {
      for (const item of v) if (typeof item === 'object' && item !== null) pending.push(item);
      continue;
    }
    for (const key in v) {
      count++;
      const item = (v as Record<string, unknown>)[key];
      if (typeof item === 'object' && item !== null) pending.push(item);
    }
  }
  return count;
}

const PLAIN_DECIMAL = /^-?\d+(\.\d+)?$/;

const isNumberChar = (c: number): boolean =>
  (c >= 0x30 && c <= 0x39) || c === 0x2e /* . */ || c === 0x65 /* e */ || c === 0x45 /* E */ || c === 0x2b /* + */ || c === 0x2d; /* - */

/**
 * True when a float holds the written decimal exactly: no leading zero (a code such as 0801) and
 * no more digits than the number keeps. Shared with the yaml reading (parse-source.ts).
 */
export function sameNumber(source: string, value: number): boolean {
  if (/^[-+]?0\d/.test(source)) return false; // leading zero: a code such as 0801
  const unsigned = source.replace(/^[-+]/, '');
  const [whole = '', frac = ''] = unsigned.split('.');
  const canonical = (source.startsWith('-') ? '-' : '') + whole + (frac.replace(/0+$/, '') ? `.${frac.replace(/0+$/, '')}` : '');
  return String(value) === canonical || (canonical === '-0' && value === 0);
}
