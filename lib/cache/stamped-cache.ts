/**
 * A bounded in-memory cache whose entries are valid for one change stamp: a read
 * asks the database for the stamp (one cheap query) and gets the cached value
 * only while the stamp is unchanged, so app servers that each keep their own
 * cache never serve data another server has already changed.
 */
export class StampedCache<T> {
  private readonly entries = new Map<string, { stamp: string; value: Promise<T> }>();

  constructor(private readonly capacity: number) {
    if (!(capacity >= 1)) throw new RangeError(`capacity ${capacity} must be at least 1`);
  }

  /**
   * The value cached under `key` for `stamp`, else `compute()`'s (computed once however many
   * readers ask at the same time). A failed computation is not kept.
   */
  get(key: string, stamp: string, compute: () => Promise<T>): Promise<T> {
    const hit = this.entries.get(key);
    if (hit && hit.stamp === stamp) {
      // Most recently used last: the first key is the one evicted.
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit.value;
    }
    const entry = { stamp, value: compute() };
    this.entries.delete(key);
    this.entries.set(key, entry);
    entry.value.catch(() => {
      if (this.entries.get(key) === entry) this.entries.delete(key);
    });
    while (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
    return entry.value;
  }

  get size(): number {
    return this.entries.size;
  }
}
