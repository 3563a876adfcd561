/**
 * Public answers as prepared bytes (issue 18 goal 3). The first GET of a cacheable public URL runs through tRPC as
 * usual; its final body is kept with its strong ETag and, on demand, its gzip and Brotli forms. Until the answer's
 * tags are invalidated (src/server/public-cache.ts, on every replica through the bus) or its time is up, the same URL
 * is answered from these bytes before tRPC, the session lookup, the rate limiter or JSON are touched — a 304 costs a
 * string comparison. Requests carrying credentials never reach here (src/server/etag.ts).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { PUBLIC_CACHE_CONTROL } from '../content/cache.js';
import { ifNoneMatchHits } from './etag.js';
import { TAGGED_PUBLIC_PROCEDURES, tagsOfPublicAnswer } from './invalidation.js';
import type { PublicReadCache } from './public-cache.js';

interface Prepared {
  etag: string;
  identity: Buffer;
  gzip?: Buffer;
  br?: Buffer;
}

/** Smaller bodies are sent as they are: compression would save less than its headers cost. */
const MIN_COMPRESS_BYTES = 512;

function encodingFor(header: string | string[] | undefined): 'br' | 'gzip' | null {
  const accepted = (Array.isArray(header) ? header.join(',') : (header ?? '')).toLowerCase();
  // q=0 refusals are rare enough from real clients to be taken as "not listed".
  const listed = (name: string) =>
    accepted.split(',').some((part) => {
      const [token, ...params] = part.trim().split(';');
      return token?.trim() === name && !params.some((p) => /^\s*q=0(\.0*)?\s*$/.test(p));
    });
  if (listed('br')) return 'br';
  if (listed('gzip')) return 'gzip';
  return null;
}

/** The procedure paths of a /trpc/ URL path ('public.home' or 'public.home,public.contacts' in a batch). */
function proceduresOf(path: string): string[] {
  return decodeURIComponent(path.slice('/trpc/'.length)).split(',');
}

function carriesCredentials(req: IncomingMessage): boolean {
  return req.headers.authorization !== undefined || (req.headers.cookie ?? '').includes('pcmbn_session=');
}

export class PreparedAnswers {
  constructor(private readonly cache: PublicReadCache) {}

  /** Whether `req` may be answered from (or stored as) prepared bytes: a credential-less GET of tagged public.* only. */
  static eligible(req: IncomingMessage, path: string): boolean {
    return (
      req.method === 'GET' &&
      path.startsWith('/trpc/public.') &&
      !carriesCredentials(req) &&
      proceduresOf(path).every((p) => TAGGED_PUBLIC_PROCEDURES.has(p))
    );
  }

  /** Answers `req` from prepared bytes when there are some; false otherwise (tRPC answers, then `keep` stores). */
  serve(req: IncomingMessage, res: ServerResponse): boolean {
    const prepared = this.cache.prepared<Prepared>(req.url ?? '');
    if (!prepared) return false;
    const headers: Record<string, string | number> = {
      'content-type': 'application/json',
      'cache-control': PUBLIC_CACHE_CONTROL,
      etag: prepared.etag,
      vary: 'accept-encoding',
    };
    if (ifNoneMatchHits(req.headers['if-none-match'], prepared.etag)) {
      res.writeHead(304, headers);
      res.end();
      return true;
    }
    const encoding =
      prepared.identity.length >= MIN_COMPRESS_BYTES ? encodingFor(req.headers['accept-encoding']) : null;
    let body = prepared.identity;
    if (encoding === 'br')
      body = prepared.br ??= brotliCompressSync(prepared.identity, {
        params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: prepared.identity.length },
      });
    else if (encoding === 'gzip') body = prepared.gzip ??= gzipSync(prepared.identity, { level: 6 });
    if (encoding) headers['content-encoding'] = encoding;
    headers['content-length'] = body.length;
    res.writeHead(200, headers);
    res.end(body);
    return true;
  }

  /** Keeps a cacheable answer tRPC just produced for `url`, tagged like the answers it was made of. */
  keep(url: string, path: string, body: Buffer, etag: string, generation: number): void {
    let tags: string[];
    try {
      const parsed = JSON.parse(body.toString('utf8')) as unknown;
      const results = Array.isArray(parsed) ? parsed : [parsed];
      const procedures = proceduresOf(path);
      tags = procedures.flatMap((procedure, i) =>
        tagsOfPublicAnswer(procedure, (results[i] as { result?: { data?: { json?: unknown } } })?.result?.data?.json),
      );
    } catch {
      return;
    }
    this.cache.keepPrepared(url, { etag, identity: body } satisfies Prepared, tags, generation);
  }
}
