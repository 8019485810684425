// Text cells as the rules read them: trimmed, without String.prototype.trim's call for the usual
// cell that neither starts nor ends with white space. Pure.

/**
 * v.trim(), without the call for the usual cell that neither starts nor ends with white space
 * (the tables hold hundreds of short texts a document, read by several rules).
 */
export function trimmed(v: string): string {
  return v !== '' && !isSpace(v.charCodeAt(0)) && !isSpace(v.charCodeAt(v.length - 1)) ? v : v.trim();
}

/** True for a code unit String.prototype.trim removes (ECMAScript WhiteSpace and LineTerminator). */
export function isSpace(c: number): boolean {
  if (c < 0xa0) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f
    || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
