import { LanguageSchema, type Language } from '@pcmbn/domain';
import { z } from 'zod';
import type { Content } from '../generated/prisma/client.js';
import { substituteHotline, substituteHotlineDeep } from './hotline.js';
import { markdownToText, renderMarkdown } from './markdown.js';

/** How content rows are shown to the public and the kiosks: hotline substituted, Markdown rendered safely. */

export const CONTENT_KINDS = ['article', 'event', 'quiz', 'hotline_page', 'media'] as const;
export const ContentKindSchema = z.enum(CONTENT_KINDS);

export const ARTICLE_CATEGORIES = [
  'help',
  'warning_signs',
  'tactics',
  'safe_migration',
  'victims_rights',
  'law',
  'events',
  'stories',
] as const;

export const ArticleSummarySchema = z.object({
  slug: z.string(),
  lang: LanguageSchema,
  kind: z.string(),
  category: z.string().nullable(),
  title: z.string(),
  summary: z.string().nullable(),
  tags: z.array(z.string()),
  order: z.number(),
  /** Shown in Vietnamese because the asked language has no version yet. */
  fallback: z.boolean(),
  reviewNeeded: z.boolean(),
  publishedAt: z.date().nullable(),
  updatedAt: z.date(),
});
export type ArticleSummary = z.infer<typeof ArticleSummarySchema>;

export const ArticleSchema = ArticleSummarySchema.extend({
  /** Safe HTML (every source character escaped, see markdown.ts). */
  html: z.string(),
  /** Kind-specific data with the hotline substituted (quiz questions, event dates, sources…). */
  data: z.unknown(),
  /** Languages this slug exists in (published), for hreflang alternates and the switcher. */
  languages: z.array(LanguageSchema),
});
export type ArticleView = z.infer<typeof ArticleSchema>;

interface DataFields {
  tags?: unknown;
  order?: unknown;
}

function dataOf(row: Pick<Content, 'data'>): DataFields {
  return row.data && typeof row.data === 'object' && !Array.isArray(row.data) ? row.data : {};
}

export function summaryOf(row: Content, asked: Language): ArticleSummary {
  const data = dataOf(row);
  return {
    slug: row.slug,
    lang: row.lang as Language,
    kind: row.kind,
    category: row.category,
    title: row.title,
    summary: row.summary,
    tags: Array.isArray(data.tags) ? data.tags.filter((t): t is string => typeof t === 'string') : [],
    order: typeof data.order === 'number' ? data.order : 0,
    fallback: row.lang !== asked,
    reviewNeeded: row.reviewNeeded,
    publishedAt: row.publishedAt,
    updatedAt: row.updatedAt,
  };
}

export function articleOf(row: Content, asked: Language, hotline: string, languages: Language[]): ArticleView {
  return {
    ...summaryOf(row, asked),
    html: renderMarkdown(substituteHotline(row.body, hotline)),
    data: substituteHotlineDeep(row.data ?? null, hotline),
    languages,
  };
}

export function plainTextOf(row: Pick<Content, 'body'>, hotline: string): string {
  return markdownToText(substituteHotline(row.body, hotline));
}

/**
 * Rows of the asked language, plus the Vietnamese row of every slug that has no version in it (shown with a
 * fallback notice): Vietnamese is the language every piece of content is written in first.
 */
export function withFallback<T extends Pick<Content, 'slug' | 'lang'>>(rows: readonly T[], lang: Language): T[] {
  const asked = new Set(rows.filter((r) => r.lang === lang).map((r) => r.slug));
  return rows.filter((r) => r.lang === lang || (r.lang === 'vi' && !asked.has(r.slug)));
}

export const byOrder = (a: ArticleSummary, b: ArticleSummary) =>
  a.order - b.order || a.title.localeCompare(b.title, 'vi');
