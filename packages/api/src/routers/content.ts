import { LanguageSchema, todayInHoChiMinh } from '@pcmbn/domain';
import { z } from 'zod';
import {
  assertMayEdit,
  bumpRelease,
  ContentCreateSchema,
  ContentFieldsSchema,
  ContentItemSchema,
  contentScope,
  dataWithTags,
  editableRow,
  itemOf,
  updateIfVersion,
} from '../content/admin.js';
import { generateAudio } from '../content/audio.js';
import { nationalHotlineOn, substituteHotline } from '../content/hotline.js';
import { renderMarkdown } from '../content/markdown.js';
import { ContentKindSchema } from '../content/views.js';
import { appError } from '../errors.js';
import { Prisma } from '../generated/prisma/client.js';
import { createRouter, permittedProcedure } from '../trpc.js';

/** Content management for the public site and kiosks; rules and the who-may decision in src/content/admin.ts. */
const editor = permittedProcedure('content.manage');

const IdInput = z.object({ id: z.uuid() });
const VersionInput = IdInput.extend({ version: z.number().int().positive() });
const StatusSchema = z.enum(['draft', 'published']);

const ListItemSchema = ContentItemSchema.omit({ body: true, data: true });

export const contentRouter = createRouter({
  list: editor
    .input(
      z
        .object({
          kind: ContentKindSchema.optional(),
          lang: LanguageSchema.optional(),
          status: StatusSchema.optional(),
          q: z.string().trim().max(100).optional(),
        })
        .default({}),
    )
    .output(z.array(ListItemSchema))
    .query(async ({ ctx, input }) => {
      const scope = contentScope(ctx.user);
      const rows = await ctx.db.content.findMany({
        where: {
          ...(input.kind ? { kind: input.kind } : {}),
          ...(input.lang ? { lang: input.lang } : {}),
          ...(input.status ? { status: input.status } : {}),
          ...(input.q
            ? { OR: [{ title: { contains: input.q, mode: 'insensitive' as const } }, { slug: { contains: input.q } }] }
            : {}),
          ...(scope === null ? {} : { provinceCode: scope }),
        },
        orderBy: [{ kind: 'asc' }, { slug: 'asc' }, { lang: 'asc' }],
      });
      return rows.map((row) => {
        const { body: _body, data: _data, ...rest } = itemOf(row);
        return rest;
      });
    }),

  /** One item and its other language versions (same slug), for the side-by-side editor. */
  get: editor
    .input(IdInput)
    .output(z.object({ item: ContentItemSchema, versions: z.array(ContentItemSchema) }))
    .query(async ({ ctx, input }) => {
      const row = await editableRow(ctx.db, ctx.user, input.id);
      const siblings = await ctx.db.content.findMany({
        where: { slug: row.slug, NOT: { id: row.id } },
        orderBy: { lang: 'asc' },
      });
      return { item: itemOf(row), versions: siblings.map(itemOf) };
    }),

  create: editor
    .input(ContentCreateSchema)
    .output(ContentItemSchema)
    .mutation(async ({ ctx, input }) => {
      const scope = contentScope(ctx.user);
      const provinceCode = input.provinceCode === undefined ? scope : input.provinceCode;
      assertMayEdit(ctx.user, provinceCode);
      const taken = await ctx.db.content.findUnique({ where: { slug_lang: { slug: input.slug, lang: input.lang } } });
      if (taken) {
        const messages = {
          vi: `Đã có nội dung "${input.slug}" bằng ngôn ngữ này (${input.lang})`,
          en: `Content "${input.slug}" already exists in this language (${input.lang})`,
        };
        throw appError('CONFLICT', 'SLUG_TAKEN', messages, [{ path: 'slug', ...messages }]);
      }
      const row = await ctx.db.content.create({
        data: {
          slug: input.slug,
          lang: input.lang,
          kind: input.kind,
          category: input.category ?? null,
          provinceCode,
          title: input.title,
          summary: input.summary ?? null,
          body: input.body,
          data: dataWithTags(input.data, input.tags, null) ?? Prisma.DbNull,
          status: 'draft',
          reviewNeeded: input.reviewNeeded ?? input.lang === 'km',
          updatedById: ctx.user.id,
        },
      });
      const item = itemOf(row);
      ctx.audit({ entity: 'content', entityId: row.id, after: item });
      return item;
    }),

  update: editor
    .input(VersionInput.extend(ContentFieldsSchema.partial().shape))
    .output(ContentItemSchema)
    .mutation(async ({ ctx, input }) => {
      const row = await editableRow(ctx.db, ctx.user, input.id, input.version);
      const data = dataWithTags(input.data, input.tags, row.data);
      const updated = await updateIfVersion(ctx.db, row, input.version, {
        ...(input.title !== undefined ? { title: input.title } : {}),
        ...(input.summary !== undefined ? { summary: input.summary } : {}),
        ...(input.body !== undefined ? { body: input.body } : {}),
        ...(input.category !== undefined ? { category: input.category } : {}),
        ...(input.reviewNeeded !== undefined ? { reviewNeeded: input.reviewNeeded } : {}),
        ...(data !== undefined ? { data } : {}),
        updatedById: ctx.user.id,
      });
      // Published content changes at once for readers; kiosks learn it from the release version (and its audio).
      if (updated.status === 'published') {
        await generateAudio(ctx.db, updated);
        await bumpRelease(ctx.db, updated.provinceCode);
      }
      ctx.audit({ entity: 'content', entityId: row.id, before: itemOf(row), after: itemOf(updated) });
      return itemOf(updated);
    }),

  publish: editor
    .input(VersionInput)
    .output(
      z.object({
        item: ContentItemSchema,
        releaseVersion: z.number().int(),
        /** The listen button's audio (src/content/audio.ts): made, no voice for the language, no espeak-ng here. */
        audio: z.enum(['generated', 'no_voice', 'tts_missing', 'nothing_to_read']),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const row = await editableRow(ctx.db, ctx.user, input.id, input.version);
      const updated = await updateIfVersion(ctx.db, row, input.version, {
        status: 'published',
        publishedAt: new Date(),
        updatedById: ctx.user.id,
      });
      const audio = await generateAudio(ctx.db, updated);
      const releaseVersion = await bumpRelease(ctx.db, updated.provinceCode);
      ctx.audit({
        entity: 'content',
        entityId: row.id,
        before: { status: row.status, version: row.version },
        after: { status: 'published', version: updated.version, releaseVersion, audio },
      });
      return { item: itemOf(updated), releaseVersion, audio };
    }),

  unpublish: editor
    .input(VersionInput)
    .output(z.object({ item: ContentItemSchema, releaseVersion: z.number().int() }))
    .mutation(async ({ ctx, input }) => {
      const row = await editableRow(ctx.db, ctx.user, input.id, input.version);
      const updated = await updateIfVersion(ctx.db, row, input.version, { status: 'draft', updatedById: ctx.user.id });
      const releaseVersion = await bumpRelease(ctx.db, updated.provinceCode);
      ctx.audit({
        entity: 'content',
        entityId: row.id,
        before: { status: row.status, version: row.version },
        after: { status: 'draft', version: updated.version, releaseVersion },
      });
      return { item: itemOf(updated), releaseVersion };
    }),

  /** Drafts only: published content is unpublished first, so nothing disappears from readers by one click. */
  delete: editor
    .input(VersionInput)
    .output(z.object({ id: z.string() }))
    .mutation(async ({ ctx, input }) => {
      const row = await editableRow(ctx.db, ctx.user, input.id, input.version);
      if (row.status !== 'draft') {
        throw appError('CONFLICT', 'CONTENT_PUBLISHED', {
          vi: 'Chỉ xoá được bản nháp; hãy gỡ xuất bản trước',
          en: 'Only drafts can be deleted; unpublish first',
        });
      }
      await ctx.db.content.delete({ where: { id: row.id } });
      ctx.audit({ entity: 'content', entityId: row.id, before: itemOf(row) });
      return { id: row.id };
    }),

  /** The body as the public site would render it today (hotline substituted, sanitised HTML). */
  preview: editor
    .input(z.object({ body: z.string().max(200_000) }))
    .output(z.object({ html: z.string(), hotline: z.string().nullable() }))
    .query(async ({ ctx, input }) => {
      const hotline = await nationalHotlineOn(ctx.db, todayInHoChiMinh());
      return { html: renderMarkdown(hotline ? substituteHotline(input.body, hotline) : input.body), hotline };
    }),

  release: editor
    .input(z.void())
    .output(z.object({ version: z.number().int(), publishedAt: z.date().nullable() }))
    .query(async ({ ctx }) => {
      const row = await ctx.db.contentRelease.findUnique({ where: { scope: 'all' } });
      return { version: row?.version ?? 0, publishedAt: row?.publishedAt ?? null };
    }),
});
