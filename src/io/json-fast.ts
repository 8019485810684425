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
  return sameAsYaml(text) ? { value } : undefined;
}

/** Per open object: the keys seen so far (undefined for an array) and whether a key comes next. */
interface Frame {
  keys: Set<string> | undefined;
  expectKey: boolean;
}

/**
 * Scans text that JSON.parse accepted: false when an object repeats a key or a plain decimal
 * number is not held exactly by a float (the cases where the yaml reading differs or fails).
 */
function sameAsYaml(text: string): boolean {
  const stack: Frame[] = [];
  let top: Frame | undefined;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 0x22 /* " */) {
      const start = i++;
      let escaped = false;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (d === 0x5c /* \ */) {
          escaped = true;
          i += 2;
        } else if (d === 0x22) break;
        else i++;
      }
      i++; // past the closing quote
      if (top?.keys !== undefined && top.expectKey) {
        const key = escaped ? (JSON.parse(text.slice(start, i)) as string) : text.slice(start + 1, i - 1);
        if (top.keys.has(key)) return false;
        top.keys.add(key);
        top.expectKey = false;
      }
    } else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      if (top) stack.push(top);
      top = { keys: c === 0x7b ? new Set() : undefined, expectKey: c === 0x7b };
      i++;
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      top = stack.pop();
      i++;
    } else if (c === 0x2c /* , */) {
      if (top?.keys !== undefined) top.expectKey = true;
      i++;
    } else if (c === 0x2d /* - */ || (c >= 0x30 && c <= 0x39)) {
      const start = i++;
      while (i < n && isNumberChar(text.charCodeAt(i))) i++;
      const source = text.slice(start, i);
      // The yaml reading checks plain decimals only (no exponent), as keepInexactNumbersAsText.
      if (PLAIN_DECIMAL.test(source) && !sameNumber(source, Number(source))) return false;
    } else i++;
  }
  return true;
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
