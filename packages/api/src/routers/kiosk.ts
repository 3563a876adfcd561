import { IsoDateSchema } from '@pcmbn/domain';
import { z } from 'zod';
import { provinceOfArea } from '../auth/provinces.js';
import { appError, forbidden } from '../errors.js';
import { buildBundle, contentVersion } from '../kiosk/bundle.js';
import { fleetList, visibleDevices } from '../kiosk/fleet.js';
import { communeForOfficer, pairDevice, pairingStatus, requestPairing, revokeDevice } from '../kiosk/pairing.js';
import { kioskOpsProcedures } from '../kiosk/ops-router.js';
import { keepScreenshot, messagesFor, SCREENSHOT_EVERY_MS } from '../kiosk/ops.js';
import { kioskMutationProcedure, kioskQueryProcedure, kioskTelemetryProcedure } from '../kiosk/procedure.js';
import { BundleSchema, KioskStatusSchema, MonthSchema, UsageInputSchema, UsageTotalsSchema } from '../kiosk/schemas.js';
import { approvalRecordId, approveMonth, ingestUsage, yearTotals } from '../kiosk/usage.js';
import type { RateLimit } from '../server/rate-limit.js';
import { authedProcedure, createRouter, mutationProcedure, permittedProcedure, rateLimit } from '../trpc.js';

/** Anonymous code requests per IP: a burst for a room of new kiosks, then one every 5 s. */
const PAIRING_LIMIT: RateLimit = { capacity: 30, refillPerSecond: 0.2 };
const POLL_LIMIT: RateLimit = { capacity: 60, refillPerSecond: 2 };
/**
 * Pairing attempts (a code typed off a kiosk's screen): a few misreadings are fine, guessing the codes of other
 * kiosks waiting to pair is not. Per officer (whatever its address): 10, then one every 30 s; per address (whatever
 * the account): 20, then one every 15 s.
 */
const PAIR_USER_LIMIT: RateLimit = { capacity: 10, refillPerSecond: 1 / 30 };
const PAIR_IP_LIMIT: RateLimit = { capacity: 20, refillPerSecond: 1 / 15 };

const SecretSchema = z.string().regex(/^[A-Za-z0-9_-]{20,200}$/);
const officerProcedure = permittedProcedure('kiosk.operate');

const DeviceSchema = z.object({
  id: z.string(),
  name: z.string(),
  status: KioskStatusSchema,
  awaitingKiosk: z.boolean(),
  provinceCode: z.string(),
  areaCode: z.string(),
  communeName: z.string(),
  contentSet: z.string(),
  lastHeartbeatAt: z.date().nullable(),
  online: z.boolean(),
  contentVersion: z.number().nullable(),
  appVersion: z.string().nullable(),
  pairedAt: z.date().nullable(),
  revokedAt: z.date().nullable(),
  usageThisMonth: UsageTotalsSchema,
  contactName: z.string().nullable(),
  contactPhone: z.string().nullable(),
  /** Active and silent for longer than PCMBN_KIOSK_OFFLINE_MINUTES: call contactName. */
  offlineFlagged: z.boolean(),
  reloadPending: z.boolean(),
  screenshotAt: z.date().nullable(),
});

export const kioskRouter = createRouter({
  ...kioskOpsProcedures,

  /** A new kiosk asks for a code to show and a secret to poll with. */
  requestPairing: mutationProcedure
    .use(rateLimit('kiosk.requestPairing', PAIRING_LIMIT))
    .input(z.void())
    .output(z.object({ code: z.string(), secret: z.string(), expiresAt: z.date() }))
    .mutation(async ({ ctx }) => {
      const r = await requestPairing(ctx.db);
      ctx.audit({ entity: 'kiosk', entityId: r.deviceId, after: { status: 'pending', expiresAt: r.expiresAt } });
      return { code: r.code, secret: r.secret, expiresAt: r.expiresAt };
    }),

  /** The kiosk polls: pending (with its code), expired, or paired — the token comes in that one answer only.
   *  A mutation: handing out the token changes the device. */
  pairingStatus: mutationProcedure
    .use(rateLimit('kiosk.pairingStatus', POLL_LIMIT))
    .input(z.object({ secret: SecretSchema }))
    .output(
      z.discriminatedUnion('status', [
        z.object({ status: z.literal('pending'), code: z.string(), expiresAt: z.date() }),
        z.object({ status: z.literal('expired') }),
        z.object({ status: z.literal('paired'), token: z.string(), name: z.string() }),
      ]),
    )
    .mutation(async ({ ctx, input }) => {
      const { result, deviceId } = await pairingStatus(ctx.db, input.secret);
      ctx.audit({
        entity: 'kiosk',
        entityId: deviceId ?? null,
        action: result.status === 'paired' ? 'kiosk.tokenIssued' : 'kiosk.pairingStatus',
      });
      return result;
    }),

  pair: officerProcedure
    .use(rateLimit('kiosk.pair.user', PAIR_USER_LIMIT, 'user'))
    .use(rateLimit('kiosk.pair.ip', PAIR_IP_LIMIT))
    .input(
      z.object({
        code: z.string().min(1).max(20),
        name: z.string().trim().min(1, { error: 'Cần đặt tên ki-ốt' }).max(100),
        areaCode: z.string().regex(/^\d{5}$/, { error: 'Mã xã, phường là 5 chữ số' }),
        contentSet: z
          .string()
          .regex(/^[a-z0-9-]{1,40}$/)
          .optional(),
        contactName: z.string().trim().max(100).optional(),
        contactPhone: z
          .string()
          .trim()
          .regex(/^(\+?[0-9 .-]{3,20})?$/, { error: 'Số điện thoại chỉ gồm chữ số (có thể có +, dấu cách, dấu chấm)' })
          .optional(),
      }),
    )
    .output(z.object({ id: z.string(), name: z.string(), areaCode: z.string(), communeName: z.string() }))
    .mutation(async ({ ctx, input }) => {
      const { device, area } = await pairDevice(ctx.db, ctx.user, input);
      if (input.contactName || input.contactPhone) {
        await ctx.db.kioskDevice.update({
          where: { id: device.id },
          data: { contactName: input.contactName || null, contactPhone: input.contactPhone || null },
        });
      }
      ctx.audit({
        entity: 'kiosk',
        entityId: device.id,
        after: {
          name: device.name,
          areaCode: device.areaCode,
          contentSet: device.contentSet,
          contactName: input.contactName || null,
          contactPhone: input.contactPhone || null,
        },
      });
      return { id: device.id, name: device.name, areaCode: area.code, communeName: area.name };
    }),

  revoke: officerProcedure
    .input(z.object({ id: z.uuid() }))
    .output(z.object({ id: z.string(), status: KioskStatusSchema }))
    .mutation(async ({ ctx, input }) => {
      const row = await revokeDevice(ctx.db, ctx.user, input.id);
      ctx.audit({ entity: 'kiosk', entityId: row.id, after: { status: row.status } });
      return { id: row.id, status: row.status as 'revoked' };
    }),

  list: authedProcedure
    .input(z.void())
    .output(z.object({ month: MonthSchema, offlineAfterMinutes: z.number(), devices: z.array(DeviceSchema) }))
    .query(({ ctx }) => fleetList(ctx.db, ctx.user)),

  usageByMonth: authedProcedure
    .input(z.object({ id: z.uuid().optional(), year: z.number().int().min(2000).max(2100) }))
    .output(
      z.array(
        UsageTotalsSchema.extend({
          deviceId: z.string(),
          name: z.string(),
          communeName: z.string(),
          month: MonthSchema,
          approvals: z.array(
            z.object({
              planId: z.string(),
              recordId: z.string(),
              quantity: z.number().nullable(),
              // 'submitted' until another admin approves it (four eyes); 'approved' once it counts.
              status: z.string(),
            }),
          ),
        }),
      ),
    )
    .query(async ({ ctx, input }) => {
      const devices = await visibleDevices(ctx.db, ctx.user, { id: input.id });
      const rows = await yearTotals(
        ctx.db,
        devices.map((d) => d.id),
        input.year,
      );
      const byId = new Map(devices.map((d) => [d.id, d]));
      const records = await ctx.db.activityRecord.findMany({
        where: {
          type: 'kiosk_interactions',
          note: { startsWith: 'Ki-ốt' },
          areaCode: { in: devices.map((d) => d.areaCode!) },
        },
        select: { id: true, planId: true, quantity: true, status: true },
      });
      return rows
        .map((r) => {
          const d = byId.get(r.deviceId)!;
          return {
            ...r,
            name: d.name,
            communeName: d.area?.name ?? d.areaCode!,
            approvals: records
              .filter((rec) => rec.id === approvalRecordId(r.deviceId, r.month, rec.planId))
              .map((rec) => ({ planId: rec.planId, recordId: rec.id, quantity: rec.quantity, status: rec.status })),
          };
        })
        .sort((a, b) => a.name.localeCompare(b.name, 'vi') || b.month.localeCompare(a.month));
    }),

  /** A province admin turns a kiosk's month into plan evidence: one 'kiosk_interactions' record at its commune, once
   *  per device, month and plan — the first call asks for approval, another admin's call approves (four eyes: not
   *  who asked, not who paired the kiosk). */
  approveUsage: permittedProcedure('kiosk.manage')
    .input(
      z.object({
        deviceId: z.uuid(),
        month: MonthSchema,
        planId: z.string().min(1),
        activityId: z.string().min(1).optional(),
      }),
    )
    .output(
      z.object({
        recordId: z.string(),
        created: z.boolean(),
        /** 'submitted' after the first call (asked for approval), 'approved' once someone else approved it. */
        status: z.string(),
        quantity: z.number().nullable(),
        date: IsoDateSchema,
        /** Days the approving officer should look at (domain kioskUsageFlags). */
        flags: z.array(
          z.object({
            day: IsoDateSchema,
            sessions: z.number(),
            reason: z.string(),
            message: z.string(),
            messageEn: z.string(),
          }),
        ),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const device = await ctx.db.kioskDevice.findUnique({ where: { id: input.deviceId }, include: { area: true } });
      if (!device?.areaCode || !device.areaStructure || !device.area)
        throw appError('NOT_FOUND', 'NOT_FOUND', { vi: 'Không tìm thấy ki-ốt', en: 'Kiosk not found' });
      await communeForOfficer(ctx.db, ctx.user, device.areaCode);
      const plan = await ctx.db.plan.findUnique({ where: { id: input.planId } });
      if (!plan)
        throw appError('NOT_FOUND', 'NOT_FOUND', {
          vi: `Không tìm thấy kế hoạch "${input.planId}"`,
          en: `Plan "${input.planId}" not found`,
        });
      if (
        plan.provinceCode !== device.provinceCode &&
        plan.provinceCode !== (await provinceOfArea(ctx.db, device.areaCode))
      ) {
        throw forbidden({ vi: 'Ki-ốt không thuộc tỉnh của kế hoạch', en: 'The kiosk is not in the plan’s province' });
      }
      if (input.activityId) {
        const activities = ((plan.document as { activities?: { id: string }[] }).activities ?? []).map((a) => a.id);
        if (!activities.includes(input.activityId)) {
          const msg = {
            vi: `Kế hoạch không có hoạt động "${input.activityId}"`,
            en: `The plan has no activity "${input.activityId}"`,
          };
          throw appError('BAD_REQUEST', 'INVALID_INPUT', msg, [{ path: 'activityId', ...msg }]);
        }
      }
      const r = await approveMonth(ctx.db, {
        device: {
          id: device.id,
          name: device.name,
          areaCode: device.areaCode,
          areaStructure: device.areaStructure,
          pairedById: device.pairedById,
        },
        month: input.month,
        planId: plan.id,
        activityId: input.activityId,
        userId: ctx.user.id,
        communeName: device.area.name,
      });
      if (r.created && (r.record.quantity ?? 0) === 0) {
        throw appError('BAD_REQUEST', 'KIOSK_NO_USAGE', {
          vi: 'Ki-ốt không có lượt sử dụng nào trong tháng này',
          en: 'The kiosk has no usage that month',
        });
      }
      ctx.audit({
        entity: 'record',
        entityId: r.record.id,
        after: {
          created: r.created,
          status: r.record.status,
          deviceId: device.id,
          month: input.month,
          quantity: r.record.quantity,
          flags: r.flags.length,
        },
      });
      return {
        recordId: r.record.id,
        created: r.created,
        status: r.record.status,
        quantity: r.record.quantity,
        date: r.record.date.toISOString().slice(0, 10),
        flags: r.flags,
      };
    }),

  /** The bundle of a paired kiosk; with the etag it already holds, only `{ notModified: true }`. */
  bundle: kioskQueryProcedure
    .input(z.object({ etag: z.string().max(100).optional() }).default({}))
    .output(
      z.union([
        z.object({ notModified: z.literal(true), version: z.number() }),
        z.object({ notModified: z.literal(false), bundle: BundleSchema }),
      ]),
    )
    .query(async ({ ctx, input }) => {
      const bundle = await buildBundle(ctx.db, ctx.device);
      return input.etag === bundle.etag
        ? { notModified: true as const, version: bundle.version }
        : { notModified: false as const, bundle };
    }),

  /**
   * Telemetry: the kiosk's last-seen row (time, versions), no audit row (see kioskTelemetryProcedure). The answer
   * carries the fleet's orders: emergency messages in force, a reload asked for (delivered once), and whether a
   * screenshot is due (at most hourly; the kiosk sends it with its next heartbeat).
   */
  heartbeat: kioskTelemetryProcedure
    .input(
      z.object({
        contentVersion: z.number().int().min(0).nullable(),
        appVersion: z.string().max(40),
        screenshot: z
          .string()
          .max(720_000)
          .regex(/^data:image\/(png|jpeg|webp);base64,[A-Za-z0-9+/=]+$/)
          .optional(),
      }),
    )
    .output(
      z.object({
        serverTime: z.date(),
        contentVersion: z.number(),
        messages: z.array(
          z.object({
            id: z.string(),
            text: z.object({ vi: z.string(), en: z.string().optional(), km: z.string().optional() }),
            expiresAt: z.date(),
          }),
        ),
        reload: z.boolean(),
        screenshotDue: z.boolean(),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const now = new Date();
      const before = await ctx.db.kioskDevice.findUniqueOrThrow({
        where: { id: ctx.device.id },
        select: { screenshotPath: true, screenshotAt: true, reloadRequestedAt: true, reloadDeliveredAt: true },
      });
      const reload = before.reloadRequestedAt !== null && before.reloadDeliveredAt === null;
      // Delivered once: only the heartbeat that flips reloadDeliveredAt from null answers reload: true.
      const delivered = reload
        ? (
            await ctx.db.kioskDevice.updateMany({
              where: { id: ctx.device.id, reloadDeliveredAt: null },
              data: { reloadDeliveredAt: now },
            })
          ).count === 1
        : false;
      await ctx.db.kioskDevice.update({
        where: { id: ctx.device.id },
        data: { lastHeartbeatAt: now, contentVersion: input.contentVersion, appVersion: input.appVersion },
      });
      const kept = input.screenshot
        ? await keepScreenshot(ctx.db, { id: ctx.device.id, ...before }, input.screenshot, now)
        : false;
      const lastShot = kept ? now : before.screenshotAt;
      return {
        serverTime: now,
        contentVersion: await contentVersion(ctx.db, ctx.device.provinceCode),
        messages: await messagesFor(ctx.db, ctx.device, now),
        reload: delivered,
        screenshotDue: !lastShot || now.getTime() - lastShot.getTime() >= SCREENSHOT_EVERY_MS,
      };
    }),

  usage: kioskMutationProcedure
    .input(UsageInputSchema)
    .output(
      z.object({
        accepted: z.array(z.string()),
        known: z.array(z.string()),
        rejected: z.array(z.object({ idempotencyKey: z.string(), code: z.string() })),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const result = await ingestUsage(ctx.db, ctx.device, input.events);
      ctx.audit({
        entity: 'kiosk',
        entityId: ctx.device.id,
        after: { accepted: result.accepted.length, known: result.known.length, rejected: result.rejected.length },
      });
      return result;
    }),
});
