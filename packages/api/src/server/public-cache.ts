/**
 * A few seconds of memory for the public read API (public.*). Its answers are the same for everyone and already
 * allowed to be a minute old (Cache-Control in src/content/cache.ts), but a province server is often reached
 * without a CDN in front: on 30 July, when a province texts the site's address to every phone, each page view
 * would otherwise query PostgreSQL again for the same hotline, articles and figures. Identical calls that arrive
 * together share one computation. Any successful mutation through this API empties the cache (`clear`), so an
 * admin who publishes sees it on the site at once; a change made behind the API's back (SQL, another process)
 * shows within `ttlMs`.
 */
export class PublicReadCache {
  readonly #entries = new Map<string, { expires: number; value: Promise<unknown> }>();

  constructor(
    readonly ttlMs = 5_000,
    readonly maxEntries = 2_000,
  ) {}

  /** The cached answer for `key`, or `compute()`'s when there is none; `keep` says whether an answer may be kept. */
  async get<T>(key: string, compute: () => Promise<T>, keep: (value: T) => boolean): Promise<T> {
    if (this.ttlMs <= 0) return compute();
    const now = Date.now();
    const hit = this.#entries.get(key);
    if (hit && hit.expires > now) return hit.value as Promise<T>;
    if (this.#entries.size >= this.maxEntries) this.#sweep(now);
    const value = compute();
    const entry = { expires: now + this.ttlMs, value };
    this.#entries.set(key, entry);
    value.then(
      (result) => {
        if (!keep(result) && this.#entries.get(key) === entry) this.#entries.delete(key);
      },
      () => {
        if (this.#entries.get(key) === entry) this.#entries.delete(key);
      },
    );
    return value;
  }

  clear(): void {
    this.#entries.clear();
  }

  get size(): number {
    return this.#entries.size;
  }

  /** Drops expired entries, and the oldest half if that is not enough (a flood of distinct search terms). */
  #sweep(now: number): void {
    for (const [key, entry] of this.#entries) if (entry.expires <= now) this.#entries.delete(key);
    if (this.#entries.size < this.maxEntries) return;
    let drop = Math.ceil(this.#entries.size / 2);
    for (const key of this.#entries.keys()) {
      if (drop-- <= 0) break;
      this.#entries.delete(key);
    }
  }
}
