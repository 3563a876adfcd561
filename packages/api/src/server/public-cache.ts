/**
 * A few seconds of memory for the public read API (public.*). Its answers are the same for everyone and already
 * allowed to be a minute old (Cache-Control in src/content/cache.ts), but a province server is often reached
 * without a CDN in front: on 30 July, when a province texts the site's address to every phone, each page view
 * would otherwise query PostgreSQL again for the same hotline, articles and figures. Identical calls that arrive
 * together share one computation.
 *
 * Every entry carries tags naming what it was computed from ('content', 'areas', 'plan:<id>', 'progress'); a
 * committed mutation drops only the entries whose tags it touched (src/server/invalidation.ts), here and — through
 * the bus (src/server/bus.ts) — on every other replica. An article published drops no progress figures, and a
 * kiosk's heartbeat or a sign-in drops nothing. A change made behind the API's back (SQL, a script) shows within
 * `ttlMs`.
 */
export const ALL = '*';

interface Entry {
  expires: number;
  value: Promise<unknown>;
  /** Null while the answer is being computed: any invalidation then drops it (it may have read the old data). */
  tags: ReadonlySet<string> | null;
}

interface PreparedEntry {
  expires: number;
  value: unknown;
  tags: ReadonlySet<string>;
}

export class PublicReadCache {
  readonly #entries = new Map<string, Entry>();
  /** Finished HTTP answers by URL (src/server/prepared.ts), dropped with the answers they were made of. */
  readonly #prepared = new Map<string, PreparedEntry>();
  readonly #listeners = new Set<(tags: readonly string[]) => void>();
  /** Moves at every invalidation: an answer computed across one is not kept as prepared bytes. */
  #generation = 0;

  constructor(
    readonly ttlMs = 5_000,
    readonly maxEntries = 2_000,
  ) {}

  /**
   * The cached answer for `key`, or `compute()`'s when there is none; `keep` says whether an answer may be kept;
   * `tags` (or a function of the answer giving them) say which changes make it stale. Untagged entries are dropped
   * by every invalidation.
   */
  async get<T>(
    key: string,
    compute: () => Promise<T>,
    keep: (value: T) => boolean,
    tags: readonly string[] | ((value: T) => readonly string[]) = [],
  ): Promise<T> {
    if (this.ttlMs <= 0) return compute();
    const now = Date.now();
    const hit = this.#entries.get(key);
    if (hit && hit.expires > now) return hit.value as Promise<T>;
    if (this.#entries.size >= this.maxEntries) this.#sweep(now);
    const value = compute();
    const entry: Entry = { expires: now + this.ttlMs, value, tags: null };
    this.#entries.set(key, entry);
    value.then(
      (result) => {
        if (this.#entries.get(key) !== entry) return;
        if (!keep(result)) this.#entries.delete(key);
        else entry.tags = new Set(typeof tags === 'function' ? tags(result) : tags);
      },
      () => {
        if (this.#entries.get(key) === entry) this.#entries.delete(key);
      },
    );
    return value;
  }

  /** Is a fresh answer for `key` held (or being computed)? A hit costs no database work. */
  has(key: string): boolean {
    const hit = this.#entries.get(key);
    return !!hit && hit.expires > Date.now();
  }

  /**
   * Drops the entries tagged with any of `tags` ('*': all), the untagged ones and those still being computed, then
   * tells the listeners (the bus, the area-tree cache) unless `quiet` (a message from another replica).
   */
  invalidate(tags: readonly string[], quiet = false): void {
    if (tags.length === 0) return;
    this.#generation++;
    if (tags.includes(ALL)) {
      this.#entries.clear();
      this.#prepared.clear();
    } else {
      for (const [key, entry] of this.#entries) {
        if (entry.tags === null || entry.tags.size === 0 || tags.some((tag) => entry.tags!.has(tag)))
          this.#entries.delete(key);
      }
      for (const [key, entry] of this.#prepared) {
        if (entry.tags.size === 0 || tags.some((tag) => entry.tags.has(tag))) this.#prepared.delete(key);
      }
    }
    if (!quiet) for (const listener of this.#listeners) listener(tags);
  }

  /** Called with the tags of every local invalidation (src/server/bus.ts publishes them to the other replicas). */
  onInvalidate(listener: (tags: readonly string[]) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  clear(): void {
    this.invalidate([ALL]);
  }

  get generation(): number {
    return this.#generation;
  }

  /** A prepared answer for `key` still fresh, if any. */
  prepared<T>(key: string): T | undefined {
    const hit = this.#prepared.get(key);
    if (!hit) return undefined;
    if (hit.expires > Date.now()) return hit.value as T;
    this.#prepared.delete(key);
    return undefined;
  }

  /** Keeps a prepared answer, unless something was invalidated since `generation` (it may be stale already). */
  keepPrepared(key: string, value: unknown, tags: readonly string[], generation = this.#generation): void {
    if (this.ttlMs <= 0 || generation !== this.#generation) return;
    if (this.#prepared.size >= this.maxEntries) {
      const now = Date.now();
      for (const [k, entry] of this.#prepared) if (entry.expires <= now) this.#prepared.delete(k);
      if (this.#prepared.size >= this.maxEntries) this.#prepared.clear();
    }
    this.#prepared.set(key, { expires: Date.now() + this.ttlMs, value, tags: new Set(tags) });
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
