import { isLanguage } from '@pcmbn/domain';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Prisma } from '../generated/prisma/client.js';

/** prisma/data/content (format in its README). */
export const CONTENT_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'prisma', 'data', 'content');

export type ContentSeedRow = Prisma.ContentCreateManyInput;

/** `key: value` front matter between the first two `---` lines, then the Markdown body. */
export function parseArticle(text: string, fileName: string): ContentSeedRow {
  const normalised = text.replace(/\r\n/g, '\n').normalize('NFC');
  const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(normalised);
  if (!match) throw new Error(`${fileName}: no front matter`);
  const meta = new Map<string, string>();
  for (const line of match[1]!.split('\n')) {
    const at = line.indexOf(': ');
    if (at > 0) meta.set(line.slice(0, at).trim(), line.slice(at + 2).trim());
  }
  const need = (key: string) => {
    const value = meta.get(key);
    if (!value) throw new Error(`${fileName}: front matter lacks "${key}"`);
    return value;
  };
  const lang = need('lang');
  if (!isLanguage(lang)) throw new Error(`${fileName}: unknown lang "${lang}"`);
  return {
    slug: need('slug'),
    lang,
    kind: 'article',
    category: need('category'),
    title: need('title'),
    summary: meta.get('summary') ?? null,
    body: match[2]!.trim() + '\n',
    data: {
      tags: (meta.get('tags') ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
      order: Number(meta.get('order') ?? 0),
      updated: meta.get('updated') ?? null,
      sources: meta.get('sources') ?? null,
    },
    reviewNeeded: meta.get('reviewNeeded') === 'true',
  };
}

interface QuizFile {
  id: string;
  lang: string;
  title: string;
  reviewNeeded?: boolean;
  questions: unknown[];
}

interface EventsFile {
  events: {
    id: string;
    kind: string;
    audience: string;
    title: Record<string, string>;
    description: Record<string, string>;
    [key: string]: unknown;
  }[];
}

/** Every seed content row: articles, the quiz in each language, each event in each language it has. */
export async function readSeedContent(dir = CONTENT_DIR): Promise<ContentSeedRow[]> {
  const rows: ContentSeedRow[] = [];
  const articleDir = join(dir, 'articles');
  for (const name of (await readdir(articleDir)).filter((n) => n.endsWith('.md')).sort()) {
    rows.push(parseArticle(await readFile(join(articleDir, name), 'utf8'), name));
  }
  const quizDir = join(dir, 'quiz');
  for (const name of (await readdir(quizDir)).filter((n) => n.endsWith('.json')).sort()) {
    const quiz = JSON.parse((await readFile(join(quizDir, name), 'utf8')).normalize('NFC')) as QuizFile;
    rows.push({
      slug: quiz.id,
      lang: quiz.lang,
      kind: 'quiz',
      category: 'quiz',
      title: quiz.title,
      body: '',
      data: { questions: quiz.questions } as Prisma.InputJsonValue,
      reviewNeeded: quiz.reviewNeeded === true,
    });
  }
  const events = JSON.parse(
    (await readFile(join(dir, 'events', 'events.json'), 'utf8')).normalize('NFC'),
  ) as EventsFile;
  for (const event of events.events) {
    const { id, title, description, ...rest } = event;
    for (const lang of Object.keys(title).filter(isLanguage)) {
      rows.push({
        slug: id,
        lang,
        kind: 'event',
        category: event.kind,
        title: title[lang]!,
        summary: null,
        body: description[lang] ?? '',
        data: rest as Prisma.InputJsonValue,
        // The Khmer texts await a native speaker's review (content README).
        reviewNeeded: lang === 'km',
      });
    }
  }
  return rows;
}

/** Inserts seed content that is absent (by slug and language), published; bumps the kiosk release when any was added. */
export async function seedContent(
  tx: Prisma.TransactionClient,
  rows: ContentSeedRow[],
  now = new Date(),
): Promise<number> {
  const { count } = await tx.content.createMany({
    data: rows.map((r) => ({ ...r, status: 'published', publishedAt: now })),
    skipDuplicates: true,
  });
  if (count > 0) {
    await tx.contentRelease.upsert({
      where: { scope: 'all' },
      create: { scope: 'all', version: 1, publishedAt: now },
      update: { version: { increment: 1 }, publishedAt: now },
    });
  }
  return count;
}
