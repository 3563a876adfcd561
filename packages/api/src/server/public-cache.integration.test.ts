import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, createUser, freshIp, signIn, startAuthTestApi, type AuthTestApi } from '../../test/auth.js';

/** The public answers' few seconds of memory, over real HTTP against the real database. */

let t: AuthTestApi;
let token: string;

beforeAll(async () => {
  t = await startAuthTestApi({ publicCacheMs: 60_000 });
  token = (await signIn(t, (await createUser(t.db, { role: 'province_admin', scopeAreaCode: null })).email)).token;
});
afterAll(() => t.close());

const ARTICLE = { slug: 'goi-tro-giup', lang: 'vi' as const };
const title = async () => (await client(t, { ip: freshIp() }).public.article.query(ARTICLE)).title;

describe('public answers kept in memory', () => {
  it('a change behind the API is not seen until a mutation through the API empties the cache', async () => {
    const before = await title();
    await t.db.content.update({ where: { slug_lang: ARTICLE }, data: { title: 'Sửa thẳng trong cơ sở dữ liệu' } });
    // Answered from memory: the database was not asked again.
    expect(await title()).toBe(before);

    // Any committed mutation empties it; here an admin edits another article.
    const admin = client(t, { token, ip: freshIp() });
    const other = (await admin.content.list.query({ kind: 'article', lang: 'vi' })).find(
      (item) => item.slug !== ARTICLE.slug,
    )!;
    await admin.content.update.mutate({ id: other.id, version: other.version, summary: `${other.summary ?? ''} ` });
    expect(await title()).toBe('Sửa thẳng trong cơ sở dữ liệu');
  });

  it('a refused mutation leaves the cache as it was', async () => {
    const before = await title();
    await t.db.content.update({ where: { slug_lang: ARTICLE }, data: { title: 'Lần sửa thứ hai' } });
    const admin = client(t, { token, ip: freshIp() });
    await expect(admin.content.update.mutate({ id: 'khong-co', version: 1, title: 'x' })).rejects.toThrow();
    expect(await title()).toBe(before);
  });
});
