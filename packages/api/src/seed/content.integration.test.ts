import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMigratedDatabase } from '../../test/database.js';
import { createDb, type Db } from '../db/client.js';
import { seed } from './index.js';

let db: Db;
beforeAll(async () => {
  const url = await createMigratedDatabase('content');
  db = createDb(url, { max: 2 });
  await seed(db);
});
afterAll(() => db.$disconnect());

describe('seed content', () => {
  it('loads 26 articles (11 vi, 11 en, 4 km), the quiz in 3 languages and the events, all published', async () => {
    const articles = await db.content.findMany({ where: { kind: 'article' } });
    expect(articles).toHaveLength(26);
    expect(
      articles
        .filter((a) => a.lang === 'km')
        .map((a) => a.slug)
        .sort(),
    ).toEqual(['dau-hieu-nhan-biet', 'di-lam-viec-an-toan', 'goi-tro-giup', 'viec-nhe-luong-cao']);
    expect(articles.every((a) => a.status === 'published' && a.publishedAt)).toBe(true);
    expect(articles.filter((a) => a.reviewNeeded).every((a) => a.lang === 'km')).toBe(true);
    expect(articles.filter((a) => a.lang === 'km').every((a) => a.reviewNeeded)).toBe(true);
    const help = articles.find((a) => a.slug === 'goi-tro-giup' && a.lang === 'vi')!;
    expect(help).toMatchObject({ category: 'help' });
    expect(help.body).toContain('{{hotline}}');
    expect(help.body.startsWith('---')).toBe(false);
    expect((help.data as { tags: string[] }).tags).toContain('hotline');

    const quizzes = await db.content.findMany({ where: { kind: 'quiz' } });
    expect(quizzes.map((q) => q.lang).sort()).toEqual(['en', 'km', 'vi']);
    expect((quizzes[0]!.data as { questions: unknown[] }).questions).toHaveLength(15);
    expect(quizzes.find((q) => q.lang === 'km')!.reviewNeeded).toBe(true);

    const events = await db.content.findMany({ where: { kind: 'event', lang: 'vi' } });
    expect(events.map((e) => e.slug).sort()).toEqual([
      'bao-cao-ket-qua-hang-nam',
      'dot-truyen-thong-thang-7',
      'ngay-the-gioi-pcmbn',
      'ngay-toan-dan-pcmbn',
    ]);
    expect(events.find((e) => e.slug === 'bao-cao-ket-qua-hang-nam')!.data).toMatchObject({
      audience: 'admin',
      date: expect.any(String),
    });
    expect(await db.contentRelease.findUnique({ where: { scope: 'all' } })).toMatchObject({ version: 1 });
  });

  it('is idempotent and never overwrites an edited row', async () => {
    const count = await db.content.count();
    await db.content.updateMany({ where: { slug: 'luat-2024', lang: 'vi' }, data: { title: 'Đã sửa' } });
    await seed(db);
    expect(await db.content.count()).toBe(count);
    expect((await db.content.findFirstOrThrow({ where: { slug: 'luat-2024', lang: 'vi' } })).title).toBe('Đã sửa');
    expect(await db.contentRelease.findUnique({ where: { scope: 'all' } })).toMatchObject({ version: 1 });
  });
});
