import { env } from '$env/dynamic/private';
import { createApiClient } from '@pcmbn/api/client';

/**
 * The API's versions of what the public site shows, one per kind of entity (`public.version`, bumped by triggers in
 * the changing transaction). Polled in the background, never per request: a page served from memory costs no API
 * call at all, and a change is seen within one poll (250 ms), so a published article reaches the site within 1 s.
 */
export type Versions = Readonly<Record<string, string>>;

const POLL_MS = 250;
/** Past this without an answer, nothing is served from memory: better a slow page than a stale one. */
const TRUST_MS = 3_000;
/**
 * The API keeps its own answers a few seconds (packages/api/src/server/public-cache.ts); a change it did not see
 * itself (another replica, plain SQL) may reach it that late. A page rendered that soon after a kind moved is
 * rendered once more after this long, so a stale answer cannot stick to the new version.
 */
export const SETTLE_MS = 6_000;

export class VersionFeed {
  #versions: Versions | null = null;
  #answeredAt = 0;
  /** When this process first saw each kind at its current version. */
  readonly #movedAt = new Map<string, number>();
  #first: Promise<void> | null = null;
  #timer: ReturnType<typeof setTimeout> | null = null;
  #stopped = false;

  constructor(
    private readonly fetchVersions: () => Promise<Versions>,
    private readonly pollMs = POLL_MS,
    private readonly now: () => number = Date.now,
  ) {}

  /** The versions if recently confirmed, else null (the caller renders without the cache). */
  async current(): Promise<Versions | null> {
    this.#first ??= this.#poll();
    if (this.#versions === null) await this.#first;
    return this.now() - this.#answeredAt <= TRUST_MS ? this.#versions : null;
  }

  /** The latest time one of `kinds` moved, as this process saw it (0 when none did since it started). */
  movedAt(kinds: readonly string[]): number {
    let latest = 0;
    for (const kind of kinds) latest = Math.max(latest, this.#movedAt.get(kind) ?? 0);
    return latest;
  }

  stop(): void {
    this.#stopped = true;
    if (this.#timer) clearTimeout(this.#timer);
  }

  async #poll(): Promise<void> {
    try {
      const next = await this.fetchVersions();
      const at = this.now();
      const previous = this.#versions;
      if (previous) for (const [kind, v] of Object.entries(next)) if (previous[kind] !== v) this.#movedAt.set(kind, at);
      this.#versions = next;
      this.#answeredAt = at;
    } catch (cause) {
      if (this.#versions !== null)
        console.error('[versions] poll failed:', cause instanceof Error ? cause.message : cause);
    } finally {
      if (!this.#stopped) {
        this.#timer = setTimeout(() => void this.#poll(), this.pollMs);
        this.#timer.unref();
      }
    }
  }
}

let feed: VersionFeed | null = null;

/** The process's feed, polling the API at API_URL from the first request on. */
export function versionFeed(): VersionFeed {
  if (!feed) {
    const api = createApiClient(env['API_URL'] || 'http://127.0.0.1:4000', { forwardedFor: null });
    feed = new VersionFeed(async () => (await api.public.version.query()).versions);
  }
  return feed;
}
