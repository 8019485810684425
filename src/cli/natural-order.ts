// File names in the order a person expects: runs of digits compared as numbers, so “2月.json”
// comes before “10月.json” and “表2.xlsx” before “表10.xlsx”; everything else by code unit, the
// same on every machine (no locale). Used when a command reads a directory.

/** Negative, zero or positive as a sorts before, with or after b. */
export function naturalCompare(a: string, b: string): number {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const ca = a.charCodeAt(i);
    const cb = b.charCodeAt(j);
    if (isDigit(ca) && isDigit(cb)) {
      // Two runs of digits: the shorter number (leading zeros aside) is the smaller.
      let ea = i;
      while (ea < a.length && isDigit(a.charCodeAt(ea))) ea++;
      let eb = j;
      while (eb < b.length && isDigit(b.charCodeAt(eb))) eb++;
      let sa = i;
      while (sa < ea - 1 && a.charCodeAt(sa) === 0x30) sa++;
      let sb = j;
      while (sb < eb - 1 && b.charCodeAt(sb) === 0x30) sb++;
      const byLength = ea - sa - (eb - sb);
      if (byLength !== 0) return byLength;
      for (let k = 0; k < ea - sa; k++) {
        const d = a.charCodeAt(sa + k) - b.charCodeAt(sb + k);
        if (d !== 0) return d;
      }
      i = ea;
      j = eb;
      continue;
    }
    if (ca !== cb) return ca - cb;
    i++;
    j++;
  }
  if (i < a.length || j < b.length) return (a.length - i) - (b.length - j);
  // Equal but for leading zeros (“07” and “7”): the plain order decides, so the order is total.
  return a < b ? -1 : a > b ? 1 : 0;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}
