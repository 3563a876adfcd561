/**
 * public.search answered before tRPC (issue 18 goal 2: ≥ 1,000 new terms a second). A profile of a new term each time
 * through tRPC's standalone adapter showed, after the limiter's statement per token had gone (src/server/
 * shared-limits.ts), tRPC's own request handling — the Fetch Request, abort signals and web streams it builds per call,
 * its middleware chain and superjson — as the largest cost of our own (bench/cpu-profile.md). A credential-less GET of
 * public.search alone (or as a batch of one, as the public site's client sends it) is answered here with the same
 * input schema, the same function, the same token rule (a term not held in memory costs a token of the reader's
 * address, `public` limit) and the same body tRPC would give; anything else — an invalid input, a refusal, an error —
 * goes to tRPC, which gives its own answer. What a reader searched for is theirs: `private, no-store`, never kept as
 * prepared bytes, and the request log has the path only (src/server/http.ts).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import superjson from 'superjson';
import type { Db } from '../db/client.js';
import { searchPublished, SearchInputSchema } from '../routers/public.js';
import { findNulCharacter } from '../trpc.js';
import { tagsOfPublicAnswer } from './invalidation.js';
import type { PublicReadCache } from './public-cache.js';
import { LIMITS, type RateLimitStore } from './rate-limit.js';
import { clientIp } from './request.js';

export interface SearchDeps {
  db: Db;
  replicaDb?: Db;
  trustedProxies: ReadonlySet<string>;
  rateLimiter: RateLimitStore;
  publicCache: PublicReadCache;
}

const PATH = '/trpc/public.search';

/** The input of a GET of public.search alone or as a batch of one, or null when it is anything else. */
function inputOf(params: URLSearchParams): { raw: unknown; batch: boolean } | null {
  const text = params.get('input');
  if (text === null) return null;
  const batch = params.get('batch') === '1';
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return null;
  }
  if (batch) {
    if (typeof parsed !== 'object' || parsed === null || Object.keys(parsed).join() !== '0') return null;
    parsed = (parsed as Record<string, unknown>)['0'];
  }
  // superjson's envelope: plain JSON only (no meta), as a search's two strings always are.
  if (typeof parsed !== 'object' || parsed === null || Object.keys(parsed).join() !== 'json') return null;
  const raw = (parsed as { json: unknown }).json;
  // U+0000 gets tRPC's own refusal naming the field (src/trpc.ts).
  if (findNulCharacter(raw) !== null) return null;
  return { raw, batch };
}

function carriesCredentials(req: IncomingMessage): boolean {
  return req.headers.authorization !== undefined || (req.headers.cookie ?? '').includes('pcmbn_session=');
}

/**
 * Takes `req` when it is a search this path answers (true): the answer, or `toTrpc()` when tRPC must give it.
 * False: not a search this path answers; nothing was read or written.
 */
export function answerSearch(
  deps: SearchDeps,
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  params: URLSearchParams,
  toTrpc: () => void,
): boolean {
  if (req.method !== 'GET' || path !== PATH || carriesCredentials(req)) return false;
  const input = inputOf(params);
  if (!input) return false;
  const parsed = SearchInputSchema.safeParse(input.raw);
  if (!parsed.success) return false;
  void (async () => {
    const key = `search ${JSON.stringify(input.raw)}`;
    if (!deps.publicCache.has(key)) {
      const token = await deps.rateLimiter.take(
        'public',
        clientIp(req, deps.trustedProxies) ?? 'unknown',
        LIMITS.publicRead,
      );
      if (!token.ok) return false;
    }
    const data = await deps.publicCache.get(
      key,
      () => searchPublished(deps.replicaDb ?? deps.db, parsed.data),
      () => true,
      (answer) => tagsOfPublicAnswer('public.search', answer),
    );
    const one = { result: { data: superjson.serialize(data) } };
    const body = Buffer.from(JSON.stringify(input.batch ? [one] : one));
    res.writeHead(200, {
      'content-type': 'application/json',
      'cache-control': 'private, no-store',
      'content-length': body.length,
    });
    res.end(body);
    return true;
  })().then(
    (answered) => {
      if (!answered) toTrpc();
    },
    () => {
      if (!res.headersSent) toTrpc();
    },
  );
  return true;
}
