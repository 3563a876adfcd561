import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { splitLang } from '../i18n';

/**
 * Public pages from memory (issue 18 goal 2): each (language × page) is rendered once per version of what it shows,
 * and kept as its bytes, gzipped and brotli'd once, with a strong ETag per encoding. A hit costs no rendering and
 * no API call; a matching If-None-Match costs a 304 from memory. Each page depends on the kinds of entity it shows
 * (`dependencies`): publishing an article re-renders the home and the article, not a province's figures.
 * Never kept: search (what a reader looked for is theirs alone), the safety page (quick-exit advice), any page not
 * listed below, errors, and any answer marked private/no-store or setting a cookie.
 */

const DEPENDENCIES: readonly [RegExp, readonly string[]][] = [
  // Every page's layout shows the national hotline: 'contacts'.
  [/^\/$/, ['content', 'contacts', 'areas', 'plans']],
  [/^\/kien-thuc$/, ['content', 'contacts']],
  [/^\/kien-thuc\/[a-z0-9][a-z0-9-]{0,99}$/, ['content', 'contacts']],
  [/^\/su-kien$/, ['content', 'contacts', 'areas', 'plans']],
  [/^\/tinh\/\d{2}$/, ['contacts', 'areas', 'agencies', 'plans', 'progress']],
  [/^\/sitemap\.xml$/, ['content', 'areas', 'plans']],
];

/** The kinds a page shows, or null when the page is never kept. */
export function dependencies(pathname: string): readonly string[] | null {
  const { path } = splitLang(pathname);
  for (const [pattern, kinds] of DEPENDENCIES) if (pattern.test(path)) return kinds;
  return null;
}

/** Vietnam's date (UTC+7 all year, no daylight saving): pages show what is in force today, so a new day re-renders. */
export function vietnamDay(now = Date.now()): string {
  // Asked on every request: worked out once a minute (a day starts on a minute).
  const minute = Math.floor(now / 60_000);
  if (minute !== lastDay.minute) lastDay = { minute, day: new Date(now + 7 * 3_600_000).toISOString().slice(0, 10) };
  return lastDay.day;
}
let lastDay = { minute: -1, day: '' };

/** The version stamp of a page: its kinds' versions and the day. */
export function stampOf(kinds: readonly string[], versions: Readonly<Record<string, string>>, day: string): string {
  return `${day}|${kinds.map((k) => `${k}:${versions[k] ?? '?'}`).join(',')}`;
}

export type Encoding = 'br' | 'gzip' | 'identity';

export interface CachedPage {
  stamp: string;
  /** Re-render after this time even if the stamp holds (a page rendered just after a change: see SETTLE_MS). */
  renewAt: number;
  headers: [string, string][];
  /** Base of the strong ETags: `"<tag>"`, `"<tag>-gzip"`, `"<tag>-br"`. */
  tag: string;
  /** Small bodies are kept as they are: `bodies` then holds the same bytes three times. */
  compressed: boolean;
  bodies: Readonly<Record<Encoding, Uint8Array<ArrayBuffer>>>;
}

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

// Below this, compression's header and CPU cost more than the bytes they save.
const MIN_COMPRESS_BYTES = 1024;

/** A kept page from a rendered response's headers and body: compressed once, off the event loop (zlib's pool). */
export async function preparePage(
  stamp: string,
  renewAt: number,
  headers: Headers,
  body: Uint8Array<ArrayBuffer>,
  /** 'kept': compressed hardest (once per version); 'once': a page served once, compressed quickly. */
  effort: 'kept' | 'once' = 'kept',
): Promise<CachedPage> {
  const kept: [string, string][] = [];
  headers.forEach((value, name) => {
    if (!['content-length', 'content-encoding', 'etag', 'vary'].includes(name)) kept.push([name, value]);
  });
  const compress = body.byteLength >= MIN_COMPRESS_BYTES;
  const [gz, br] = compress
    ? await Promise.all([
        gzipAsync(body, { level: effort === 'kept' ? 9 : 6 }),
        brotliAsync(body, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: effort === 'kept' ? 11 : 5,
            [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
            [constants.BROTLI_PARAM_SIZE_HINT]: body.byteLength,
          },
        }),
      ])
    : [body, body];
  return {
    stamp,
    renewAt,
    headers: kept,
    tag: createHash('sha256').update(body).digest('base64url').slice(0, 27),
    compressed: compress,
    bodies: compress
      ? { identity: body, gzip: new Uint8Array(gz), br: new Uint8Array(br) }
      : { identity: body, gzip: body, br: body },
  };
}

/** The reader's preferred encoding among those kept: br, then gzip, then none (q=0 refuses). */
export function chooseEncoding(acceptEncoding: string | null, compressed: boolean): Encoding {
  if (!acceptEncoding || !compressed) return 'identity';
  const q = new Map<string, number>();
  for (const part of acceptEncoding.toLowerCase().split(',')) {
    const [coding, ...params] = part.trim().split(';');
    if (!coding) continue;
    const weight = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    q.set(coding, weight === undefined ? 1 : Number(weight.slice(2)) || 0);
  }
  const of = (coding: string) => q.get(coding) ?? q.get('*') ?? 0;
  if (of('br') > 0 && of('br') >= of('gzip')) return 'br';
  if (of('gzip') > 0) return 'gzip';
  return 'identity';
}

export function etagOf(tag: string, encoding: Encoding): string {
  return encoding === 'identity' ? `"${tag}"` : `"${tag}-${encoding}"`;
}

/**
 * `If-None-Match` holds a list of tags, or `*`. Weak comparison (RFC 9110 for GET), and any encoding of the same
 * page matches: a cache that kept the gzip copy may revalidate it while asking for br.
 */
export function notModified(ifNoneMatch: string | null, tag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').some((raw) => {
    const t = raw.trim().replace(/^W\//, '');
    return t === '*' || t === `"${tag}"` || t === `"${tag}-gzip"` || t === `"${tag}-br"`;
  });
}

/**
 * The response for a kept page: 304 when the reader has it, else its bytes in the reader's encoding. `X-Cache`
 * says whether this answer was rendered for it ('miss') or came from memory ('hit'), as CDNs do.
 */
export function servePage(page: CachedPage, request: Request, cache?: 'hit' | 'miss'): Response {
  const encoding = chooseEncoding(request.headers.get('accept-encoding'), page.compressed);
  const headers = new Headers(page.headers);
  headers.set('etag', etagOf(page.tag, encoding));
  headers.set('vary', 'Accept-Encoding');
  if (cache) headers.set('x-cache', cache);
  if (notModified(request.headers.get('if-none-match'), page.tag)) {
    headers.delete('content-type');
    return new Response(null, { status: 304, headers });
  }
  const body = page.bodies[encoding];
  if (encoding !== 'identity') headers.set('content-encoding', encoding);
  headers.set('content-length', String(body.byteLength));
  return new Response(request.method === 'HEAD' ? null : body, { status: 200, headers });
}

/**
 * Pages in memory, least recently used dropped first; at most one render per page at a time (readers arriving
 * during a render wait for it instead of rendering again: a cold start under load renders each page once).
 */
export class PageCache {
  readonly #pages = new Map<string, CachedPage>();
  readonly #rendering = new Map<string, Promise<CachedPage | null>>();

  constructor(readonly maxPages = 2_000) {}

  /** The kept page if its stamp still holds. */
  get(key: string, stamp: string, now = Date.now()): CachedPage | undefined {
    const page = this.#pages.get(key);
    if (!page || page.stamp !== stamp || page.renewAt <= now) return undefined;
    // Most recently used last: Map keeps insertion order.
    this.#pages.delete(key);
    this.#pages.set(key, page);
    return page;
  }

  /** Renders once for everyone asking at the same time; null when the answer may not be kept. */
  render(key: string, stamp: string, produce: () => Promise<CachedPage | null>): Promise<CachedPage | null> {
    const flight = `${key}\n${stamp}`;
    const pending = this.#rendering.get(flight);
    if (pending) return pending;
    const result = produce()
      .then((page) => {
        if (page) this.#keep(key, page);
        return page;
      })
      .finally(() => this.#rendering.delete(flight));
    this.#rendering.set(flight, result);
    return result;
  }

  get size(): number {
    return this.#pages.size;
  }

  #keep(key: string, page: CachedPage): void {
    this.#pages.delete(key);
    this.#pages.set(key, page);
    while (this.#pages.size > this.maxPages) {
      const oldest = this.#pages.keys().next();
      if (oldest.done) break;
      this.#pages.delete(oldest.value);
    }
  }
}
