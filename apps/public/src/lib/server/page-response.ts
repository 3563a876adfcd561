import { preparePage, servePage } from './page-cache';

/**
 * What every successful public page gets on its way out, for readers on cheap phones and slow connections:
 * - CDN cache headers: published pages are the same for every reader (nothing about the reader is stored or
 *   used), so browsers may keep them a minute and a CDN five minutes, serving a stale copy while it revalidates;
 * - a strong ETag per encoding, so that revalidating a page that did not change costs a 304 of a few hundred bytes;
 * - brotli or gzip when the reader's browser accepts it: adapter-node precompresses the static assets but not the
 *   pages, and a province server is often reached directly, without a compressing proxy in front.
 * Errors are left alone (a 503 while the API restarts must not stick in a cache). Pages kept in memory go through
 * the same representation (src/lib/server/page-cache.ts); this is the path of a page rendered for one reader.
 */
export const PAGE_CACHE_CONTROL = 'public, max-age=60, s-maxage=300, stale-while-revalidate=600';

/** A 200 text answer to a GET or HEAD, not already encoded: the kind of answer that gets ETag and compression. */
export function isPageAnswer(request: Request, response: Response): boolean {
  const type = response.headers.get('content-type') ?? '';
  return (
    (request.method === 'GET' || request.method === 'HEAD') &&
    response.status === 200 &&
    !response.headers.has('content-encoding') &&
    /^(text\/|application\/(xml|json))/.test(type)
  );
}

/** Whether the answer may be kept and served to every reader: nothing private, no cookie. */
export function isShareable(response: Response): boolean {
  const control = response.headers.get('cache-control') ?? '';
  return !/\b(private|no-store|no-cache)\b/.test(control) && !response.headers.has('set-cookie');
}

/** The page's headers, with the default cache policy where the page set none. */
export function pageHeaders(response: Response): Headers {
  const headers = new Headers(response.headers);
  if (!headers.has('cache-control')) headers.set('cache-control', PAGE_CACHE_CONTROL);
  return headers;
}

export async function finishPage(request: Request, response: Response): Promise<Response> {
  if (!isPageAnswer(request, response)) return response;
  const body = new Uint8Array(await response.arrayBuffer());
  const page = await preparePage('', 0, pageHeaders(response), body, 'once');
  return servePage(page, request);
}
