// The text Excel shows for a number cell under its number format (numFmt), so an imported figure
// is what a reader of the workbook saw: "#,##0.00" → 1,234.50, "0.00%" → 12.50%, the accounting
// format's zero section → "-". Rounding is decimal 四舍五入 on the number's 15 significant digits, as
// Excel displays it (1.005 → 1.01), never binary toFixed. Covers the formats finance workbooks
// use (sections, literals, thousands, scaling commas, percent, padding); others fall back to
// General.

interface Section {
  prefix: string;
  suffix: string;
  /** The placeholders 0 # ? , . in order; '' when the section prints no number. */
  pattern: string;
  percent: boolean;
  general: boolean;
}

const cache = new Map<string, Section[] | null>();

/** The displayed text of `value` under `numFmt` (General when absent or unsupported). */
export function formatNumber(value: number, numFmt?: string): string {
  if (!Number.isFinite(value)) return String(value);
  const sections = numFmt ? parseFormat(numFmt) : null;
  if (!sections || sections.length === 0) return general(value);
  let section: Section;
  let v = value;
  if (value < 0 && sections.length >= 2) {
    section = sections[1]!;
    v = -value;
  } else if (value === 0 && sections.length >= 3) {
    section = sections[2]!;
  } else {
    section = sections[0]!;
  }
  if (section.general) return section.prefix + general(v) + section.suffix;
  const body = section.pattern ? placeNumber(Math.abs(v) * (section.percent ? 100 : 1), section.pattern) : '';
  const sign = v < 0 ? '-' : '';
  return (sign + section.prefix + body + section.suffix).trim();
}

/** Excel's General: the number on its 15 significant digits, without binary noise (0.1+0.2 → 0.3). */
export function general(value: number): string {
  if (Number.isInteger(value)) return String(value);
  return String(Number(value.toPrecision(15)));
}

function parseFormat(fmt: string): Section[] | null {
  if (cache.has(fmt)) return cache.get(fmt)!;
  let result: Section[] | null = [];
  for (const raw of splitSections(fmt)) {
    const s = parseSection(raw);
    if (!s) {
      result = null;
      break;
    }
    result.push(s);
  }
  if (cache.size > 1000) cache.clear();
  cache.set(fmt, result);
  return result;
}

function splitSections(fmt: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < fmt.length; i++) {
    const ch = fmt[i]!;
    if (ch === '"') quoted = !quoted;
    if (ch === '\\' && !quoted) {
      cur += ch + (fmt[i + 1] ?? '');
      i++;
      continue;
    }
    if (ch === ';' && !quoted) {
      out.push(cur);
      cur = '';
    } else {
      cur += ch;
    }
  }
  out.push(cur);
  return out.slice(0, 3); // the fourth section formats text
}

/** A section's literals and placeholders; null for what it does not handle (dates, exponents). */
function parseSection(raw: string): Section | null {
  const s: Section = { prefix: '', suffix: '', pattern: '', percent: false, general: false };
  let seenPlaceholder = false;
  const literal = (text: string): void => {
    if (seenPlaceholder) s.suffix += text;
    else s.prefix += text;
  };
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i]!;
    if (ch === '"') {
      const close = raw.indexOf('"', i + 1);
      const end = close < 0 ? raw.length : close;
      literal(raw.slice(i + 1, end));
      i = end;
    } else if (ch === '\\') {
      literal(raw[i + 1] ?? '');
      i++;
    } else if (ch === '_' || ch === '*') {
      i++; // padding to a character's width / fill: nothing printed in text
    } else if (ch === '[') {
      const close = raw.indexOf(']', i);
      const inner = raw.slice(i + 1, close < 0 ? raw.length : close);
      if (inner.startsWith('$')) literal(inner.slice(1).split('-')[0] ?? ''); // [$¥-804]
      i = close < 0 ? raw.length : close;
    } else if ('0#?'.includes(ch) || (seenPlaceholder && (ch === ',' || ch === '.')) || (ch === '.' && /[0#?]/.test(raw[i + 1] ?? ''))) {
      if (seenPlaceholder && s.suffix) return null; // literals between digits (phone formats)
      seenPlaceholder = true;
      s.pattern += ch;
    } else if (ch === '%') {
      s.percent = true;
      literal('%');
    } else if (/[eE]/.test(ch) && /[+-]/.test(raw[i + 1] ?? '')) {
      return null;
    } else if (/^general/i.test(raw.slice(i))) {
      s.general = true;
      seenPlaceholder = true;
      i += 'general'.length - 1;
    } else if (/[yYmMdDhHsS]/.test(ch)) {
      return null; // a date or time format
    } else if (ch === '@') {
      // text placeholder: nothing for a number
    } else {
      literal(ch);
    }
  }
  return s;
}

/** Lays out a non-negative number in a placeholder pattern such as "#,##0.00" or "0.0,". */
function placeNumber(abs: number, pattern: string): string {
  // Commas after the last digit placeholder divide by 1000 each ("#,##0.00," shows thousands).
  let scale = 0;
  while (pattern.endsWith(',')) {
    scale++;
    pattern = pattern.slice(0, -1);
  }
  const dot = pattern.indexOf('.');
  const intPat = dot < 0 ? pattern : pattern.slice(0, dot);
  const fracPat = dot < 0 ? '' : pattern.slice(dot + 1).replace(/,/g, '');
  const grouping = intPat.includes(',');
  const minInt = (intPat.match(/0/g) ?? []).length;
  const decimals = (fracPat.match(/[0#?]/g) ?? []).length;
  const minFrac = (fracPat.match(/0/g) ?? []).length;
  let [ip, fp] = roundDecimal(abs / 1000 ** scale, decimals);
  ip = ip.replace(/^0+/, '');
  if (ip.length < minInt) ip = ip.padStart(minInt, '0');
  if (grouping) ip = ip.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  let end = fp.length;
  while (end > minFrac && fp[end - 1] === '0') end--;
  fp = fp.slice(0, end);
  return fp ? `${ip}.${fp}` : dot >= 0 && minFrac > 0 ? `${ip}.` : ip;
}

/**
 * `abs` rounded half up to `decimals` places, on its 15 significant digits, as [integer digits,
 * fraction digits] strings.
 */
export function roundDecimal(abs: number, decimals: number): [string, string] {
  const [mant = '0', expText] = abs.toPrecision(15).split('e');
  const [ipart = '0', fpart = ''] = mant.split('.');
  let digits = ipart + fpart;
  let point = ipart.length + (expText ? Number(expText) : 0);
  if (point < 0) {
    digits = '0'.repeat(-point) + digits;
    point = 0;
  }
  if (point > digits.length) digits = digits.padEnd(point, '0');
  const keep = point + decimals;
  if (keep < digits.length) {
    const up = digits.charCodeAt(keep) >= 53; // '5'
    digits = digits.slice(0, keep);
    if (up) {
      const next = (BigInt(digits || '0') + 1n).toString().padStart(keep, '0');
      if (next.length > keep) point++;
      digits = next;
    }
  } else {
    digits = digits.padEnd(keep, '0');
  }
  return [digits.slice(0, point) || '0', digits.slice(point)];
}
