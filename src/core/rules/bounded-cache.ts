// Answers worked out from texts that repeat across documents (labels, subjects, indicator values,
// patterns): each key is worked out once, and at most `limit` keys are kept, so that a long run
// over varied documents cannot grow a cache without end. An answer may be undefined. Pure.
export class BoundedCache<K, V> {
  private readonly map = new Map<K, V>();

  constructor(private readonly limit = 10_000) {}

  /** The answer for key, worked out by compute on the first ask. */
  get(key: K, compute: (key: K) => V): V {
    const hit = this.map.get(key);
    if (hit !== undefined || this.map.has(key)) return hit as V;
    const value = compute(key);
    if (this.map.size < this.limit) this.map.set(key, value);
    return value;
  }
}
