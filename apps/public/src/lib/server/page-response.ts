import { createHash } from 'node:crypto';

/**
 * What every successful public page gets on its way out, for readers on cheap phones and slow connections:
 * - CDN cache headers: published pages are the same for every reader (nothing about the reader is stored or
 *   used), so browsers may keep them a minute and a CDN five minutes, serving a stale copy while it revalidates;
 * - an ETag, so that revalidating a page that did not change costs a 304 of a few hundred bytes;
 * - gzip when the reader's browser accepts it: adapter-node precompresses the static assets but not the pages,
 *   and a province server is often reached directly, without a compressing proxy in front.
 * Errors are left alone (a 503 while the API restarts must not stick in a cache).
 */
export const PAGE_CACHE_CONTROL = 'public, max-age=60, s-maxage=300, stale-while-revalidate=600';

// Below this, gzip's header and the CPU cost more than the bytes they save.
const MIN_COMPRESS_BYTES = 1024;

export async function finishPage(request: Request, response: Response): Promise<Response> {
  const type = response.headers.get('content-type') ?? '';
  const cacheable = request.method === 'GET' && response.status === 200 && !response.headers.has('content-encoding');
  if (!cacheable || !/^(text\/|application\/(xml|json))/.test(type)) return response;

  const body = new Uint8Array(await response.arrayBuffer());
  const headers = new Headers(response.headers);
  if (!headers.has('cache-control')) headers.set('cache-control', PAGE_CACHE_CONTROL);
  // Weak: the same page gzipped or not is the same page.
  const etag = `W/"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
  headers.set('etag', etag);
  headers.append('vary', 'Accept-Encoding');

  if (matches(request.headers.get('if-none-match'), etag)) {
    headers.delete('content-type');
    headers.delete('content-length');
    return new Response(null, { status: 304, headers });
  }
  if (body.byteLength >= MIN_COMPRESS_BYTES && acceptsGzip(request.headers.get('accept-encoding'))) {
    headers.set('content-encoding', 'gzip');
    headers.delete('content-length');
    const gzipped = new Blob([body]).stream().pipeThrough(new CompressionStream('gzip'));
    return new Response(gzipped, { status: 200, headers });
  }
  return new Response(body, { status: 200, headers });
}

/** `If-None-Match` holds a list of tags, or `*`; weak comparison, as RFC 9110 asks for GET. */
function matches(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const bare = (tag: string) => tag.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || bare(tag) === bare(etag));
}

/** gzip unless the reader's browser refused it with q=0. */
function acceptsGzip(acceptEncoding: string | null): boolean {
  if (!acceptEncoding) return false;
  return acceptEncoding.split(',').some((part) => {
    const [coding, ...params] = part.trim().toLowerCase().split(';');
    if (coding !== 'gzip' && coding !== '*') return false;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return q === undefined || Number(q.slice(2)) > 0;
  });
}
