import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiError, client, createUser, signIn, startAuthTestApi, type AuthTestApi } from '../../test/auth.js';
import type { ApiClient } from '../client.js';

let t: AuthTestApi;
let admin: ApiClient;
let adminId: string;
const reader = () => client(t);

beforeAll(async () => {
  t = await startAuthTestApi();
  const a = await createUser(t.db, { role: 'province_admin', scopeAreaCode: null });
  adminId = a.id;
  admin = (await signIn(t, a.email)).api;
});
afterAll(() => t.close());

const release = async () => (await t.db.contentRelease.findUniqueOrThrow({ where: { scope: 'all' } })).version;

describe('content management', () => {
  it('draft → preview → publish → public; the kiosk release goes up; audited', async () => {
    const draft = await admin.content.create.mutate({
      slug: 'bai-thu-nghiem',
      lang: 'vi',
      kind: 'article',
      category: 'tactics',
      title: 'Thủ đoạn lừa đảo mới',
      summary: 'Cảnh giác với lời mời việc làm trên mạng.',
      body: '## Dấu hiệu\n\nGọi **{{hotline}}** ngay. <script>alert(1)</script>',
      tags: ['lua-dao'],
    });
    expect(draft).toMatchObject({ status: 'draft', version: 1, tags: ['lua-dao'], reviewNeeded: false });
    expect((await apiError(reader().public.article.query({ slug: 'bai-thu-nghiem', lang: 'vi' }))).appCode).toBe(
      'NOT_FOUND',
    );

    const preview = await admin.content.preview.query({ body: draft.body });
    expect(preview.html).toContain('<strong>111</strong>');
    expect(preview.html).not.toContain('<script>');
    expect(preview.html).toContain('&lt;script&gt;');

    const before = await release();
    const { item, releaseVersion } = await admin.content.publish.mutate({ id: draft.id, version: 1 });
    expect(item).toMatchObject({ status: 'published', version: 2 });
    expect(releaseVersion).toBe(before + 1);
    const pub = await reader().public.article.query({ slug: 'bai-thu-nghiem', lang: 'vi' });
    expect(pub.html).toContain('111');
    expect(pub.html).not.toContain('<script>');
    expect((await reader().public.search.query({ q: 'thu doan lua dao moi', lang: 'vi' })).hits[0]?.slug).toBe(
      'bai-thu-nghiem',
    );

    const audit = await t.db.auditLog.findMany({
      where: { entity: 'content', entityId: draft.id },
      orderBy: { at: 'asc' },
    });
    expect(audit.map((a) => a.action)).toEqual(['content.create', 'content.publish']);
    expect(audit.every((a) => a.userId === adminId)).toBe(true);
  });

  it('language versions share a slug (unique per language); km defaults to reviewNeeded', async () => {
    const vi = (await admin.content.list.query({ kind: 'article', lang: 'vi' })).find(
      (c) => c.slug === 'bai-thu-nghiem',
    )!;
    const km = await admin.content.create.mutate({
      slug: 'bai-thu-nghiem',
      lang: 'km',
      kind: 'article',
      title: 'ល្បិចថ្មី',
      body: 'អត្ថបទ',
    });
    expect(km.reviewNeeded).toBe(true);
    const got = await admin.content.get.query({ id: vi.id });
    expect(got.versions.map((v) => v.lang)).toEqual(['km']);
    const dup = await apiError(
      admin.content.create.mutate({ slug: 'bai-thu-nghiem', lang: 'km', kind: 'article', title: 'x', body: '' }),
    );
    expect(dup).toMatchObject({ httpStatus: 409, appCode: 'SLUG_TAKEN' });
  });

  it('a stale version is a conflict with a clear message, never a silent overwrite', async () => {
    const c = await admin.content.create.mutate({
      slug: 'xung-dot',
      lang: 'vi',
      kind: 'article',
      title: 'Bản đầu',
      body: 'a',
    });
    await admin.content.update.mutate({ id: c.id, version: 1, title: 'Người thứ nhất sửa' });
    const conflict = await apiError(admin.content.update.mutate({ id: c.id, version: 1, title: 'Người thứ hai sửa' }));
    expect(conflict).toMatchObject({ httpStatus: 409, appCode: 'VERSION_CONFLICT' });
    expect(conflict.messages.vi).toMatch(/đã được người khác sửa/);
    expect((await admin.content.get.query({ id: c.id })).item).toMatchObject({
      title: 'Người thứ nhất sửa',
      version: 2,
    });
  });

  it('an update that names only some fields keeps the others (the body is never emptied by omission)', async () => {
    const c = await admin.content.create.mutate({
      slug: 'sua-mot-phan',
      lang: 'vi',
      kind: 'article',
      title: 'Bản đầu',
      summary: 'Tóm tắt',
      body: 'Nội dung dài của bài viết',
      tags: ['mua-ban-nguoi'],
    });
    await admin.content.update.mutate({ id: c.id, version: c.version, title: 'Tiêu đề mới' });
    expect((await admin.content.get.query({ id: c.id })).item).toMatchObject({
      title: 'Tiêu đề mới',
      summary: 'Tóm tắt',
      body: 'Nội dung dài của bài viết',
      tags: ['mua-ban-nguoi'],
    });
  });

  it('only drafts are deleted; unpublish first', async () => {
    const c = await admin.content.create.mutate({
      slug: 'xoa-thu',
      lang: 'vi',
      kind: 'event',
      title: 'Sự kiện',
      body: '',
      data: { date: '2026-12-01', recurrence: 'once' },
    });
    const p = await admin.content.publish.mutate({ id: c.id, version: 1 });
    expect(
      (await reader().public.events.query({ lang: 'vi', year: 2026 })).events.some((e) => e.slug === 'xoa-thu'),
    ).toBe(true);
    expect((await apiError(admin.content.delete.mutate({ id: c.id, version: p.item.version }))).appCode).toBe(
      'CONTENT_PUBLISHED',
    );
    const u = await admin.content.unpublish.mutate({ id: c.id, version: p.item.version });
    expect(
      (await reader().public.events.query({ lang: 'vi', year: 2026 })).events.some((e) => e.slug === 'xoa-thu'),
    ).toBe(false);
    await admin.content.delete.mutate({ id: c.id, version: u.item.version });
    expect(await t.db.content.count({ where: { id: c.id } })).toBe(0);
  });

  it('roles and scope: viewers and officers cannot; a province admin manages only its province', async () => {
    const viewer = (await signIn(t, (await createUser(t.db, { role: 'viewer', scopeAreaCode: '12' })).email)).api;
    expect((await apiError(viewer.content.list.query({}))).httpStatus).toBe(403);
    expect((await apiError(reader().content.list.query({}))).httpStatus).toBe(401);
    const lc = (await signIn(t, (await createUser(t.db, { role: 'province_admin', scopeAreaCode: '12' })).email)).api;
    const national = (await admin.content.list.query({ kind: 'article', lang: 'vi' }))[0]!;
    expect(
      (await apiError(lc.content.update.mutate({ id: national.id, version: national.version, title: 'x' }))).httpStatus,
    ).toBe(403);
    const local = await lc.content.create.mutate({
      slug: 'su-kien-lai-chau',
      lang: 'vi',
      kind: 'event',
      title: 'Mít tinh tại Lai Châu',
      body: '',
      data: { date: '07-28', recurrence: 'yearly' },
    });
    expect(local.provinceCode).toBe('12');
    expect((await lc.content.list.query({})).every((c) => c.provinceCode === '12')).toBe(true);
    expect(
      (
        await apiError(
          lc.content.create.mutate({
            slug: 'ngoai-tinh',
            lang: 'vi',
            kind: 'article',
            title: 'x',
            body: '',
            provinceCode: '84',
          }),
        )
      ).httpStatus,
    ).toBe(403);
  });

  it('bad input is rejected with the field named', async () => {
    const bad = await apiError(
      admin.content.create.mutate({ slug: 'Có Dấu', lang: 'vi', kind: 'article', title: '', body: '' }),
    );
    expect(bad.appCode).toBe('INVALID_INPUT');
    expect(bad.fields.map((f) => f.path).sort()).toEqual(['slug', 'title']);
  });
});
