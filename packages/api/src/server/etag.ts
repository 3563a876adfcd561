import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { SESSION_COOKIE } from '../auth/session.js';
import { PUBLIC_CACHE_CONTROL } from '../content/cache.js';
import { parseCookies } from './request.js';

/**
 * ETags for the public read API. An answer src/content/cache.ts marked cacheable (a successful GET of `public.*`
 * queries only) gets a strong ETag computed from its bytes, and a request whose If-None-Match names it gets 304
 * with no body: a CDN or browser revalidating after max-age then costs a hash instead of the transfer. The same
 * data always serialises to the same bytes, so the tag is strong. Requests carrying credentials (a session or
 * kiosk token, the session cookie) are left alone: nothing is buffered or tagged for them, and mutations (POST)
 * never are.
 */

export function etagOf(body: Uint8Array): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
}

/** Does If-None-Match name `etag`? Weak comparison (RFC 9110 §13.1.2): W/ is ignored, `*` matches any. */
export function ifNoneMatchHits(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === opaque(etag));
}

function carriesCredentials(req: IncomingMessage): boolean {
  return req.headers.authorization !== undefined || parseCookies(req.headers.cookie)[SESSION_COOKIE] !== undefined;
}

type Callback = (error?: Error | null) => void;
type Chunk = string | Uint8Array;

function toBuffer(chunk: Chunk, encoding: unknown): Buffer {
  return typeof chunk === 'string'
    ? Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8')
    : Buffer.from(chunk);
}

/**
 * Wraps `res` so that a cacheable public answer is held until it ends, then tagged (or answered 304). Whether it is
 * cacheable is known at its first write: tRPC sets the status and headers (responseMeta) before the body.
 */
export function tagPublicAnswers(
  req: IncomingMessage,
  res: ServerResponse,
  onAnswer?: (body: Buffer, etag: string) => void,
): void {
  if (req.method !== 'GET' || carriesCredentials(req)) return;
  const write = res.write.bind(res) as (...args: unknown[]) => boolean;
  const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
  const chunks: Buffer[] = [];
  let held: boolean | undefined;
  const holding = () => (held ??= res.statusCode === 200 && res.getHeader('cache-control') === PUBLIC_CACHE_CONTROL);

  res.write = ((chunk: Chunk, encoding?: BufferEncoding | Callback, callback?: Callback) => {
    if (!holding()) return write(chunk, encoding, callback);
    chunks.push(toBuffer(chunk, encoding));
    const done = typeof encoding === 'function' ? encoding : callback;
    if (done) process.nextTick(done);
    return true;
  }) as ServerResponse['write'];

  res.end = ((chunk?: Chunk | Callback, encoding?: BufferEncoding | Callback, callback?: Callback) => {
    if (!holding()) return end(chunk, encoding, callback);
    const done = [chunk, encoding, callback].find((a): a is Callback => typeof a === 'function');
    if (chunk !== undefined && chunk !== null && typeof chunk !== 'function') chunks.push(toBuffer(chunk, encoding));
    const body = Buffer.concat(chunks);
    const etag = etagOf(body);
    res.setHeader('etag', etag);
    onAnswer?.(body, etag);
    if (ifNoneMatchHits(req.headers['if-none-match'], etag)) {
      res.statusCode = 304;
      res.removeHeader('content-type');
      res.removeHeader('content-length');
      return end(done);
    }
    res.setHeader('content-length', body.length);
    return end(body, done);
  }) as ServerResponse['end'];
}
