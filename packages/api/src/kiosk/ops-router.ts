/**
 * Fleet operations and content audio, as kiosk.* procedures (merged into src/routers/kiosk.ts): officers send
 * emergency messages, ask a kiosk to reload, keep whom to call, see its last screenshot, schedule content and
 * upload recordings; a kiosk fetches an audio file. Rules in ./ops.ts and ../content/audio.ts.
 */
import { areaCodeSchema, KioskScheduleSchema } from '@pcmbn/domain';
import { z } from 'zod';
import { assertMayEdit, bumpRelease, editableRow } from '../content/admin.js';
import { readAudio, storeUploadedAudio, ttsAvailable, TTS_VOICES } from '../content/audio.js';
import { provinceOfArea } from '../auth/provinces.js';
import { appError } from '../errors.js';
import type { Prisma } from '../generated/prisma/client.js';
import { authedProcedure, permittedProcedure, publicProcedure, rateLimit } from '../trpc.js';
import type { RateLimit } from '../server/rate-limit.js';
import { visibleDevices } from './fleet.js';
import { deviceForOfficer, messageTarget, readScreenshot, scheduleOf } from './ops.js';

const officerProcedure = permittedProcedure('kiosk.operate');
/** A kiosk precaches every file once per publish; people replay them from the cache. */
const AUDIO_LIMIT: RateLimit = { capacity: 200, refillPerSecond: 5 };
/** Recordings travel as base64 in JSON (1 MB body limit): about 700 KB of audio. */
const AUDIO_UPLOAD_MAX_BYTES = 700 * 1024;

const PhoneSchema = z
  .string()
  .trim()
  .regex(/^\+?[0-9 .-]{3,20}$/, { error: 'Số điện thoại chỉ gồm chữ số (có thể có +, dấu cách, dấu chấm)' });

const MessageSchema = z.object({
  id: z.string(),
  areaCode: z.string().nullable(),
  provinceCode: z.string(),
  text: z.object({ vi: z.string(), en: z.string().optional(), km: z.string().optional() }),
  startsAt: z.date(),
  expiresAt: z.date(),
});

export const kioskOpsProcedures = {
  /** An emergency message over every screen of a province, district or commune, until it expires. */
  sendMessage: officerProcedure
    .input(
      z.object({
        areaCode: areaCodeSchema('Chọn tỉnh, huyện hoặc xã nhận thông báo'),
        textVi: z.string().trim().min(1, { error: 'Cần nội dung thông báo bằng tiếng Việt' }).max(500),
        textEn: z.string().trim().max(500).optional(),
        textKm: z.string().trim().max(500).optional(),
        hours: z.number().int().min(1, { error: 'Hiển thị ít nhất 1 giờ' }).max(168, { error: 'Tối đa 7 ngày' }),
      }),
    )
    .output(z.object({ id: z.string(), expiresAt: z.date(), areaName: z.string() }))
    .mutation(async ({ ctx, input }) => {
      const target = await messageTarget(ctx.db, ctx.user, input.areaCode);
      const now = new Date();
      const row = await ctx.db.kioskMessage.create({
        data: {
          provinceCode: target.provinceCode,
          areaCode: target.areaCode,
          textVi: input.textVi,
          textEn: input.textEn || null,
          textKm: input.textKm || null,
          startsAt: now,
          expiresAt: new Date(now.getTime() + input.hours * 3_600_000),
          createdById: ctx.user.id,
        },
      });
      ctx.audit({
        entity: 'kiosk_message',
        entityId: row.id,
        after: { areaCode: input.areaCode, textVi: row.textVi, expiresAt: row.expiresAt },
      });
      return { id: row.id, expiresAt: row.expiresAt, areaName: target.areaName };
    }),

  /** Messages in force (and those ended in the last day) the officer's scope covers. */
  messages: officerProcedure
    .input(z.void())
    .output(z.array(MessageSchema))
    .query(async ({ ctx }) => {
      const scope = ctx.user.scopeAreaCode;
      const province = scope === null ? null : await provinceOfArea(ctx.db, scope);
      const rows = await ctx.db.kioskMessage.findMany({
        where: {
          expiresAt: { gt: new Date(Date.now() - 86_400_000) },
          ...(scope === null ? {} : { provinceCode: province ?? '-' }),
        },
        orderBy: { createdAt: 'desc' },
        take: 50,
      });
      return rows.map((r) => ({
        id: r.id,
        areaCode: r.areaCode,
        provinceCode: r.provinceCode,
        text: { vi: r.textVi, ...(r.textEn ? { en: r.textEn } : {}), ...(r.textKm ? { km: r.textKm } : {}) },
        startsAt: r.startsAt,
        expiresAt: r.expiresAt,
      }));
    }),

  /** Ends a message now (kiosks drop it at their next heartbeat). */
  endMessage: officerProcedure
    .input(z.object({ id: z.uuid() }))
    .output(z.object({ id: z.string(), expiresAt: z.date() }))
    .mutation(async ({ ctx, input }) => {
      const row = await ctx.db.kioskMessage.findUnique({ where: { id: input.id } });
      if (!row) throw appError('NOT_FOUND', 'NOT_FOUND', { vi: 'Không tìm thấy thông báo', en: 'Message not found' });
      await messageTarget(ctx.db, ctx.user, row.areaCode ?? row.provinceCode);
      const now = new Date();
      const updated = await ctx.db.kioskMessage.update({
        where: { id: row.id },
        data: { expiresAt: row.expiresAt < now ? row.expiresAt : now },
      });
      ctx.audit({
        entity: 'kiosk_message',
        entityId: row.id,
        before: { expiresAt: row.expiresAt },
        after: { expiresAt: updated.expiresAt },
      });
      return { id: updated.id, expiresAt: updated.expiresAt };
    }),

  /** The kiosk reloads at its next heartbeat, once. */
  requestReload: officerProcedure
    .input(z.object({ id: z.uuid() }))
    .output(z.object({ id: z.string(), reloadRequestedAt: z.date() }))
    .mutation(async ({ ctx, input }) => {
      const device = await deviceForOfficer(ctx.db, ctx.user, input.id);
      const now = new Date();
      await ctx.db.kioskDevice.update({
        where: { id: device.id },
        data: { reloadRequestedAt: now, reloadDeliveredAt: null },
      });
      ctx.audit({
        entity: 'kiosk',
        entityId: device.id,
        action: 'kiosk.requestReload',
        after: { reloadRequestedAt: now },
      });
      return { id: device.id, reloadRequestedAt: now };
    }),

  /** Whom to call when the kiosk goes silent. */
  setContact: officerProcedure
    .input(
      z.object({
        id: z.uuid(),
        contactName: z.string().trim().max(100),
        contactPhone: z.union([z.literal(''), PhoneSchema]),
      }),
    )
    .output(z.object({ id: z.string(), contactName: z.string().nullable(), contactPhone: z.string().nullable() }))
    .mutation(async ({ ctx, input }) => {
      const device = await deviceForOfficer(ctx.db, ctx.user, input.id);
      const updated = await ctx.db.kioskDevice.update({
        where: { id: device.id },
        data: { contactName: input.contactName || null, contactPhone: input.contactPhone || null },
      });
      ctx.audit({
        entity: 'kiosk',
        entityId: device.id,
        before: { contactName: device.contactName, contactPhone: device.contactPhone },
        after: { contactName: updated.contactName, contactPhone: updated.contactPhone },
      });
      return { id: updated.id, contactName: updated.contactName, contactPhone: updated.contactPhone };
    }),

  /** The last screenshot a kiosk sent, for officers who may see the kiosk. */
  screenshot: authedProcedure
    .input(z.object({ id: z.uuid() }))
    .output(z.object({ at: z.date(), mimeType: z.string(), base64: z.string() }).nullable())
    .query(async ({ ctx, input }) => {
      const [device] = await visibleDevices(ctx.db, ctx.user, { id: input.id });
      if (!device?.screenshotPath || !device.screenshotAt) return null;
      const file = await readScreenshot(device.screenshotPath);
      return file ? { at: device.screenshotAt, mimeType: file.mime, base64: file.bytes.toString('base64') } : null;
    }),

  /** Published articles and quizzes kiosks show, with their schedule and audio, for the admin's kiosk page. */
  contentItems: officerProcedure
    .input(z.void())
    .output(
      z.object({
        ttsAvailable: z.boolean(),
        ttsLangs: z.array(z.string()),
        items: z.array(
          z.object({
            id: z.string(),
            slug: z.string(),
            lang: z.string(),
            kind: z.string(),
            title: z.string(),
            provinceCode: z.string().nullable(),
            version: z.number(),
            schedule: KioskScheduleSchema.nullable(),
            audio: z.array(z.object({ part: z.string(), source: z.string(), size: z.number() })),
            /** What can carry audio: 'body' for an article, the question ids of a quiz. */
            parts: z.array(z.string()),
          }),
        ),
      }),
    )
    .query(async ({ ctx }) => {
      const scope = ctx.user.scopeAreaCode;
      const province = scope === null ? null : await provinceOfArea(ctx.db, scope);
      const rows = await ctx.db.content.findMany({
        where: {
          status: 'published',
          kind: { in: ['article', 'quiz'] },
          ...(scope === null ? {} : { OR: [{ provinceCode: null }, { provinceCode: province ?? '-' }] }),
        },
        include: { audio: { select: { part: true, source: true, size: true } } },
        orderBy: [{ kind: 'asc' }, { slug: 'asc' }, { lang: 'asc' }],
      });
      return {
        ttsAvailable: await ttsAvailable(),
        ttsLangs: Object.keys(TTS_VOICES),
        items: rows.map((r) => ({
          id: r.id,
          slug: r.slug,
          lang: r.lang,
          kind: r.kind,
          title: r.title,
          provinceCode: r.provinceCode,
          version: r.version,
          schedule: scheduleOf(r.data),
          audio: r.audio,
          parts:
            r.kind === 'quiz'
              ? (((r.data ?? {}) as { questions?: { id: string }[] }).questions ?? []).map((q) => q.id)
              : ['body'],
        })),
      };
    }),

  /** When kiosks show an item first (null: no window). Content rules: who may edit it may schedule it. */
  setSchedule: permittedProcedure('kiosk.manage')
    .input(z.object({ id: z.uuid(), schedule: KioskScheduleSchema.nullable() }))
    .output(z.object({ id: z.string(), schedule: KioskScheduleSchema.nullable(), releaseVersion: z.number() }))
    .mutation(async ({ ctx, input }) => {
      const row = await editableRow(ctx.db, ctx.user, input.id);
      const base =
        row.data && typeof row.data === 'object' && !Array.isArray(row.data)
          ? (row.data as Record<string, unknown>)
          : {};
      const { schedule: before, ...rest } = base;
      const data = (input.schedule ? { ...rest, schedule: input.schedule } : rest) as Prisma.InputJsonValue;
      // Not a new text version (no compare-and-set): the window is the kiosks' business, not the article's.
      await ctx.db.content.update({ where: { id: row.id }, data: { data } });
      const releaseVersion = row.status === 'published' ? await bumpRelease(ctx.db, row.provinceCode) : 0;
      ctx.audit({
        entity: 'content',
        entityId: row.id,
        action: 'content.setSchedule',
        before: { schedule: before ?? null },
        after: { schedule: input.schedule },
      });
      return { id: row.id, schedule: input.schedule, releaseVersion };
    }),

  /** An officer's recording for an article ('body') or a quiz question (its id); replaces generated audio. */
  uploadAudio: permittedProcedure('content.manage')
    .input(
      z.object({
        id: z.uuid(),
        part: z.string().regex(/^[A-Za-z0-9_-]{1,60}$/),
        base64: z.string().max(Math.ceil((AUDIO_UPLOAD_MAX_BYTES * 4) / 3) + 4, {
          error: 'Tệp ghi âm quá lớn: tối đa 700 KB',
        }),
      }),
    )
    .output(z.object({ id: z.string(), part: z.string(), mimeType: z.string(), size: z.number() }))
    .mutation(async ({ ctx, input }) => {
      const row = await editableRow(ctx.db, ctx.user, input.id);
      assertMayEdit(ctx.user, row.provinceCode);
      const bytes = Buffer.from(input.base64, 'base64');
      const saved = bytes.byteLength > 0 ? await storeUploadedAudio(ctx.db, row.id, input.part, bytes) : null;
      if (!saved) {
        const msg = {
          vi: 'Tệp không phải âm thanh MP3, OGG, M4A hoặc WAV',
          en: 'The file is not MP3, OGG, M4A or WAV audio',
        };
        throw appError('BAD_REQUEST', 'INVALID_INPUT', msg, [{ path: 'file', ...msg }]);
      }
      if (row.status === 'published') await bumpRelease(ctx.db, row.provinceCode);
      ctx.audit({
        entity: 'content',
        entityId: row.id,
        action: 'content.uploadAudio',
        after: { part: input.part, size: saved.size, mimeType: saved.mimeType },
      });
      return { id: saved.id, part: saved.part, mimeType: saved.mimeType, size: saved.size };
    }),

  /** An audio file of published content (public, as the content is); the kiosk caches it for offline use. */
  audio: publicProcedure
    .use(rateLimit('kiosk.audio', AUDIO_LIMIT))
    .input(z.object({ id: z.uuid() }))
    .output(z.object({ mimeType: z.string(), base64: z.string() }))
    .query(async ({ ctx, input }) => {
      const file = await readAudio(ctx.db, input.id);
      if (!file)
        throw appError('NOT_FOUND', 'NOT_FOUND', { vi: 'Không có tệp âm thanh này', en: 'No such audio file' });
      return { mimeType: file.mimeType, base64: file.bytes.toString('base64') };
    }),
};
