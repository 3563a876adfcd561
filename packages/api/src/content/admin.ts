import { LanguageSchema, ProvinceCodeSchema } from '@pcmbn/domain';
import { z } from 'zod';
import type { AuthUser } from '../auth/session.js';
import type { DbClient } from '../db/client.js';
import { appError, forbidden, notFound } from '../errors.js';
import type { Content, Prisma } from '../generated/prisma/client.js';
import { ContentKindSchema } from './views.js';

/**
 * Content management rules (issue 5 "Content"):
 *
 * Who: province_admin only. Content speaks to the public in the state's name (hotline numbers, the law), so it
 * goes through the same people who publish plans; the Women's Union and other agency officers send their texts to
 * them rather than publish directly — a separate editor role can come later without changing these procedures.
 * An admin scoped to a province manages that province's content (provinceCode = its province); national content
 * (provinceCode null: the shared articles, the hotline page) only an admin of every province (scope null).
 *
 * Concurrency: every change names the version it read; a stale one is CONFLICT, never a silent overwrite.
 * Releases: every publish, unpublish, edit or delete of published content bumps ContentRelease 'all' (and the
 * province's scope for provincial content), which is how kiosks know to download a new bundle.
 */

export const SlugSchema = z
  .string()
  .trim()
  .regex(/^[a-z0-9][a-z0-9-]{0,99}$/, { error: 'Đường dẫn (slug) chỉ gồm chữ thường không dấu, số và dấu "-"' });

export const ContentFieldsSchema = z.object({
  title: z.string().trim().min(1, { error: 'Tiêu đề không được để trống' }).max(300),
  summary: z.string().trim().max(1000).nullable().optional(),
  body: z.string().max(200_000),
  category: z
    .string()
    .regex(/^[a-z_]{1,40}$/, { error: 'Chuyên mục chỉ gồm chữ thường không dấu và "_"' })
    .nullable()
    .optional(),
  tags: z
    .array(z.string().regex(/^[a-z0-9-]{1,40}$/, { error: 'Thẻ chỉ gồm chữ thường không dấu, số và "-"' }))
    .max(20)
    .optional(),
  /** Kind-specific data (quiz questions, event dates…). Tags and order live here too. */
  data: z.record(z.string(), z.unknown()).nullable().optional(),
  reviewNeeded: z.boolean().optional(),
});

// The empty-body default is for creation only: inside `.partial()` zod 4 still applies a default, and an update
// that did not name the body would empty it.
export const ContentCreateSchema = ContentFieldsSchema.extend({
  body: ContentFieldsSchema.shape.body.default(''),
  slug: SlugSchema,
  lang: LanguageSchema,
  kind: ContentKindSchema,
  provinceCode: ProvinceCodeSchema.nullable().optional(),
});

export const ContentItemSchema = z.object({
  id: z.string(),
  slug: z.string(),
  lang: LanguageSchema,
  kind: z.string(),
  category: z.string().nullable(),
  provinceCode: z.string().nullable(),
  title: z.string(),
  summary: z.string().nullable(),
  body: z.string(),
  tags: z.array(z.string()),
  data: z.record(z.string(), z.unknown()).nullable(),
  status: z.enum(['draft', 'published']),
  version: z.number().int(),
  reviewNeeded: z.boolean(),
  publishedAt: z.date().nullable(),
  updatedAt: z.date(),
  createdAt: z.date(),
});
export type ContentItem = z.infer<typeof ContentItemSchema>;

export function itemOf(row: Content): ContentItem {
  const data =
    row.data && typeof row.data === 'object' && !Array.isArray(row.data) ? (row.data as Record<string, unknown>) : null;
  const tags = Array.isArray(data?.['tags'])
    ? (data['tags'] as unknown[]).filter((t): t is string => typeof t === 'string')
    : [];
  return {
    id: row.id,
    slug: row.slug,
    lang: row.lang as ContentItem['lang'],
    kind: row.kind,
    category: row.category,
    provinceCode: row.provinceCode,
    title: row.title,
    summary: row.summary,
    body: row.body,
    tags,
    data,
    status: row.status === 'published' ? 'published' : 'draft',
    version: row.version,
    reviewNeeded: row.reviewNeeded,
    publishedAt: row.publishedAt,
    updatedAt: row.updatedAt,
    createdAt: row.createdAt,
  };
}

/** The province an admin manages content for; null = every province (and national content). */
export function contentScope(user: Pick<AuthUser, 'scopeAreaCode'>): string | null {
  // A province_admin's scope is a province code.
  return user.scopeAreaCode;
}

export function assertMayEdit(user: Pick<AuthUser, 'scopeAreaCode'>, provinceCode: string | null): void {
  const scope = contentScope(user);
  if (scope !== null && provinceCode !== scope) {
    throw forbidden({
      vi: 'Bạn chỉ quản lý nội dung của tỉnh mình; nội dung dùng chung toàn quốc do quản trị cấp trên quản lý',
      en: "You manage your province's content only; national content is managed by a national administrator",
    });
  }
}

/** The row, if the user may manage it; NOT_FOUND when it does not exist or lies outside the user's scope reads. */
export async function editableRow(
  db: DbClient,
  user: Pick<AuthUser, 'scopeAreaCode'>,
  id: string,
  version?: number,
): Promise<Content> {
  const row = await db.content.findUnique({ where: { id } });
  if (!row) throw notFound({ vi: 'nội dung', en: 'Content' }, id);
  assertMayEdit(user, row.provinceCode);
  if (version !== undefined && row.version !== version) throw versionConflict(row);
  return row;
}

export function versionConflict(row: Pick<Content, 'version' | 'updatedAt'>) {
  return appError('CONFLICT', 'VERSION_CONFLICT', {
    vi: `Nội dung đã được người khác sửa (phiên bản ${row.version}). Hãy tải lại để xem thay đổi rồi sửa tiếp; thay đổi của bạn chưa được lưu.`,
    en: `Someone else changed this content (version ${row.version}). Reload to see their changes, then edit again; your changes were not saved.`,
  });
}

/** Applies a change only if the row still has `version` (compare-and-set: two editors cannot both win). */
export async function updateIfVersion(
  db: DbClient,
  row: Content,
  version: number,
  data: Prisma.ContentUncheckedUpdateManyInput,
): Promise<Content> {
  const { count } = await db.content.updateMany({
    where: { id: row.id, version },
    data: { ...data, version: { increment: 1 } },
  });
  if (count === 0) throw versionConflict(await db.content.findUniqueOrThrow({ where: { id: row.id } }));
  return db.content.findUniqueOrThrow({ where: { id: row.id } });
}

/** Bumps the kiosk bundle version(s) the row belongs to. */
export async function bumpRelease(db: DbClient, provinceCode: string | null, now = new Date()): Promise<number> {
  let version = 0;
  for (const scope of provinceCode ? ['all', provinceCode] : ['all']) {
    const release = await db.contentRelease.upsert({
      where: { scope },
      create: { scope, version: 1, publishedAt: now },
      update: { version: { increment: 1 }, publishedAt: now },
    });
    if (scope === 'all') version = release.version;
  }
  return version;
}

/** Merges tags into the data object (tags are stored in data, like the seed). */
export function dataWithTags(
  data: Record<string, unknown> | null | undefined,
  tags: string[] | undefined,
  previous: unknown,
): Prisma.InputJsonValue | undefined {
  if (data === undefined && tags === undefined) return undefined;
  const base =
    data === undefined
      ? previous && typeof previous === 'object' && !Array.isArray(previous)
        ? (previous as Record<string, unknown>)
        : {}
      : (data ?? {});
  return (tags === undefined ? base : { ...base, tags }) as Prisma.InputJsonValue;
}
