/**
 * A bounded in-memory cache whose entries are valid for one change stamp: a read
 * asks the database for the stamp (one cheap query) and gets the cached value
 * only while the stamp is unchanged, so app servers that each keep their own
 * cache never serve data another server has already changed.
 *
 * An entry keeps its computation's promise only while it runs, then the value
 * alone. A promise made while a request is served carries that request's
 * async context (Node.js keeps AsyncLocalStorage's store on the promise), and
 * with it everything the request held, React's rendering of a whole page
 * included: a cache of promises kept one page's memory per entry.
 */
export class StampedCache<T> {
  private readonly entries = new Map<string, Entry<T>>();

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
      return hit.pending ?? Promise.resolve(hit.value as T);
    }
    const pending = compute();
    const entry: Entry<T> = { stamp, pending };
    this.entries.delete(key);
    this.entries.set(key, entry);
    pending.then(
      (value) => {
        entry.value = value;
        entry.pending = undefined;
      },
      () => {
        if (this.entries.get(key) === entry) this.entries.delete(key);
      },
    );
    while (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
    return pending;
  }

  get size(): number {
    return this.entries.size;
  }
}

interface Entry<T> {
  stamp: string;
  /** Set while the computation runs. */
  pending?: Promise<T>;
  value?: T;
}
