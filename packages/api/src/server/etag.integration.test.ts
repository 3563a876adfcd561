import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, freshIp, signIn, startAuthTestApi, type AuthTestApi } from '../../test/auth.js';
import { PUBLIC_CACHE_CONTROL } from '../content/cache.js';
import { etagOf, ifNoneMatchHits } from './etag.js';

/** ETag / If-None-Match on the public read API, over real HTTP. */

let t: AuthTestApi;
let token: string;

beforeAll(async () => {
  // content changes behind the API between calls: no memory (src/server/public-cache.ts)
  t = await startAuthTestApi({ publicCacheMs: 0 });
  token = (await signIn(t, (await createUser(t.db, { role: 'viewer', scopeAreaCode: '84' })).email)).token;
});
afterAll(() => t.close());

const url = (path: string, input?: unknown) =>
  `${t.server.url}/trpc/${path}${input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify({ json: input }))}`}`;
const get = (path: string, input: unknown, headers: Record<string, string> = {}) =>
  fetch(url(path, input), { headers: { 'x-forwarded-for': freshIp(), ...headers } });
const ARTICLE = { slug: 'goi-tro-giup', lang: 'vi' };

describe('ETag on public GET answers', () => {
  it('the first GET gets an ETag of its body; If-None-Match with it gets 304 without a body', async () => {
    const first = await get('public.article', ARTICLE);
    expect(first.status).toBe(200);
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{32}"$/);
    const body = await first.text();
    expect(etag).toBe(etagOf(Buffer.from(body)));
    expect(first.headers.get('content-length')).toBe(String(Buffer.byteLength(body)));

    const again = await get('public.article', ARTICLE, { 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect(again.headers.get('etag')).toBe(etag);
    expect(again.headers.get('cache-control')).toBe(PUBLIC_CACHE_CONTROL);
    expect(again.headers.get('content-type')).toBeNull();

    // A CDN may weaken the tag, and a client may list several.
    expect((await get('public.article', ARTICLE, { 'if-none-match': `W/${etag}` })).status).toBe(304);
    expect((await get('public.article', ARTICLE, { 'if-none-match': `"old", ${etag}` })).status).toBe(304);
    const stale = await get('public.article', ARTICLE, { 'if-none-match': '"old"' });
    expect(stale.status).toBe(200);
    expect(await stale.text()).toBe(body);
  });

  it('changed content gives a new ETag, and the old one gets the new body', async () => {
    const before = await get('public.article', ARTICLE);
    const etag = before.headers.get('etag')!;
    await t.db.content.update({ where: { slug_lang: ARTICLE }, data: { title: 'Gọi 111 — tiêu đề đã sửa' } });
    const after = await get('public.article', ARTICLE, { 'if-none-match': etag });
    expect(after.status).toBe(200);
    expect(after.headers.get('etag')).not.toBe(etag);
    expect(await after.text()).toContain('tiêu đề đã sửa');
  });

  it('never for signed-in requests, mutations, errors or other procedures', async () => {
    const signedIn = await get('public.article', ARTICLE, { authorization: `Bearer ${token}` });
    expect(signedIn.status).toBe(200);
    expect(signedIn.headers.get('etag')).toBeNull();
    const anonymousTag = (await get('public.article', ARTICLE)).headers.get('etag')!;
    expect(
      (await get('public.article', ARTICLE, { authorization: `Bearer ${token}`, 'if-none-match': anonymousTag }))
        .status,
    ).toBe(200);
    expect(
      (await get('public.article', ARTICLE, { cookie: `pcmbn_session=${token}`, 'if-none-match': anonymousTag }))
        .status,
    ).toBe(200);

    const mutation = await fetch(url('kiosk.requestPairing'), {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': freshIp(), 'if-none-match': '*' },
      body: '{}',
    });
    expect(mutation.status).toBe(200);
    expect(mutation.headers.get('etag')).toBeNull();

    const error = await get('public.article', { slug: 'x', lang: 'xx' }, { 'if-none-match': '*' });
    expect(error.status).toBe(400);
    expect(error.headers.get('etag')).toBeNull();

    const other = await get('area.provinces', undefined, { 'if-none-match': '*' });
    expect(other.status).toBe(200);
    expect(other.headers.get('etag')).toBeNull();
  });
});

describe('ifNoneMatchHits', () => {
  it('compares weakly, accepts lists and *, and nothing else', () => {
    expect(ifNoneMatchHits('"a"', '"a"')).toBe(true);
    expect(ifNoneMatchHits('W/"a"', '"a"')).toBe(true);
    expect(ifNoneMatchHits(' "b" ,W/"a"', '"a"')).toBe(true);
    expect(ifNoneMatchHits('*', '"a"')).toBe(true);
    expect(ifNoneMatchHits('"ab"', '"a"')).toBe(false);
    expect(ifNoneMatchHits('', '"a"')).toBe(false);
    expect(ifNoneMatchHits(undefined, '"a"')).toBe(false);
  });
});
