// A small seeded PRNG (mulberry32) with the helpers the synthetic-budget generator needs.
// Deterministic across platforms: only 32-bit integer arithmetic and one division per draw.

/** Mixes any finite seed (including values beyond 32 bits and negatives) into a 32-bit state. */
function seedState(seed: number): number {
  if (!Number.isFinite(seed)) throw new RangeError(`种子必须是有限数字：${seed}`);
  const x = Math.trunc(seed);
  const lo = x >>> 0;
  const hi = Math.floor(x / 4_294_967_296) >>> 0;
  return hash32(lo ^ hash32(hi ^ 0x9e3779b9));
}

/** A 32-bit integer hash (from the murmur3 finaliser). */
function hash32(n: number): number {
  let h = n >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seedState(seed);
  }

  /** Next 32-bit unsigned integer (mulberry32). */
  nextUint32(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  }

  /** Uniform float in [0, 1). */
  next(): number {
    return this.nextUint32() / 4_294_967_296;
  }

  /** Uniform integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    if (max < min) return min;
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** Uniform float in [min, max). */
  float(min: number, max: number): number {
    return min + this.next() * (max - min);
  }

  /** Log-uniform float in [min, max): small values as likely per decade as large ones. */
  logUniform(min: number, max: number): number {
    return Math.exp(this.float(Math.log(min), Math.log(max)));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('pick from an empty list');
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** Fisher–Yates shuffle of a copy. */
  shuffle<T>(items: readonly T[]): T[] {
    const out = items.slice();
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      const tmp = out[i] as T;
      out[i] = out[j] as T;
      out[j] = tmp;
    }
    return out;
  }

  /** k distinct items in random order (all of them when k ≥ length). */
  sample<T>(items: readonly T[], k: number): T[] {
    return this.shuffle(items).slice(0, Math.max(0, k));
  }

  /**
   * k distinct items drawn without replacement with probability proportional to weight
   * (Efraimidis–Spirakis keys u^(1/w)); items of weight ≤ 0 come last.
   */
  weightedSample<T>(items: readonly T[], weight: (item: T) => number, k: number): T[] {
    const keyed = items.map((item) => {
      const w = weight(item);
      return { item, key: w > 0 ? Math.pow(this.next(), 1 / w) : -1 };
    });
    keyed.sort((a, b) => b.key - a.key);
    return keyed.slice(0, Math.max(0, k)).map((e) => e.item);
  }

  /** Splits `total` (a positive integer) into `parts` positive integers with random weights. */
  split(total: number, parts: number): number[] {
    const n = Math.max(1, Math.min(parts, total));
    const weights = Array.from({ length: n }, () => 0.2 + this.next());
    const sum = weights.reduce((a, b) => a + b, 0);
    const out = weights.map((w) => 1 + Math.floor(((total - n) * w) / sum));
    let rest = total - out.reduce((a, b) => a + b, 0);
    for (let i = 0; rest > 0; i = (i + 1) % n, rest--) out[i] = (out[i] as number) + 1;
    return out;
  }
}
