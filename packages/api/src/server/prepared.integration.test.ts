import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, createUser, freshIp, signIn, startAuthTestApi, type AuthTestApi } from '../../test/auth.js';
import { PUBLIC_CACHE_CONTROL } from '../content/cache.js';

/** Public answers served as prepared, pre-compressed bytes with their strong ETag, over real HTTP. */

let t: AuthTestApi;
let token: string;

beforeAll(async () => {
  t = await startAuthTestApi({ publicCacheMs: 60_000 });
  token = (await signIn(t, (await createUser(t.db, { role: 'province_admin', scopeAreaCode: null })).email)).token;
});
afterAll(() => t.close());

const HOME = `/trpc/public.home?input=${encodeURIComponent(JSON.stringify({ json: { lang: 'vi' } }))}`;
const get = (path: string, headers: Record<string, string> = {}) =>
  fetch(`${t.server.url}${path}`, { headers: { 'x-forwarded-for': freshIp(), ...headers } });

describe('prepared public answers', () => {
  it('the same bytes identity, gzip or br, one strong ETag; If-None-Match gets 304', async () => {
    const first = await get(HOME, { 'accept-encoding': 'identity' });
    expect(first.status).toBe(200);
    const identity = Buffer.from(await first.arrayBuffer());
    const etag = first.headers.get('etag')!;

    // fetch() would decompress on its own: read the raw bytes through node:http instead.
    const raw = async (encoding: string) => {
      const { request } = await import('node:http');
      return new Promise<{ headers: Record<string, unknown>; body: Buffer }>((resolve, reject) => {
        request(`${t.server.url}${HOME}`, { headers: { 'accept-encoding': encoding, 'x-forwarded-for': freshIp() } })
          .on('response', (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (c: Buffer) => chunks.push(c));
            res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
          })
          .on('error', reject)
          .end();
      });
    };
    const br = await raw('gzip, deflate, br');
    expect(br.headers).toMatchObject({ 'content-encoding': 'br', etag, 'cache-control': PUBLIC_CACHE_CONTROL });
    expect(brotliDecompressSync(br.body).equals(identity)).toBe(true);
    const gz = await raw('gzip');
    expect(gz.headers).toMatchObject({ 'content-encoding': 'gzip', etag, vary: 'accept-encoding' });
    expect(gunzipSync(gz.body).equals(identity)).toBe(true);

    const again = await get(HOME, { 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
  });

  it('served without recomputing, until a change of what it shows drops it', async () => {
    const before = await (await get(HOME)).json();
    const slug = 'goi-tro-giup';
    await t.db.content.update({ where: { slug_lang: { slug, lang: 'vi' } }, data: { title: 'Đổi sau lưng API' } });
    expect(await (await get(HOME)).json()).toEqual(before);
    // A heartbeat-like change drops nothing; a content change through the API drops the prepared bytes too.
    const admin = client(t, { token, ip: freshIp() });
    const other = (await admin.content.list.query({ kind: 'article', lang: 'vi' })).find((i) => i.slug !== slug)!;
    await admin.content.update.mutate({ id: other.id, version: other.version, summary: `${other.summary ?? ''} ` });
    const after = (await (await get(HOME)).json()) as { result: { data: { json: { featured: { title: string }[] } } } };
    expect(after.result.data.json.featured.map((f) => f.title)).toContain('Đổi sau lưng API');
  });

  it('never for public.version, which must move the moment a change commits', async () => {
    const VERSION = '/trpc/public.version';
    type Versions = { result: { data: { json: { versions: unknown } } } };
    const before = (await (await get(VERSION)).json()) as Versions;
    await t.db.$executeRaw`UPDATE "PublicVersion" SET "version" = "version" + 1 WHERE "kind" = 'progress'`;
    let after = before;
    // public.version reads at most every 100 ms (src/content/versions.ts): ask until that has passed.
    while (JSON.stringify(after) === JSON.stringify(before)) after = (await (await get(VERSION)).json()) as Versions;
    expect(after.result.data.json.versions).not.toEqual(before.result.data.json.versions);
  });

  it('never for a request with credentials', async () => {
    await get(HOME);
    const signedIn = await get(HOME, { authorization: `Bearer ${token}` });
    expect(signedIn.status).toBe(200);
    expect(signedIn.headers.get('etag')).toBeNull();
  });
});
