/**
 * Kiosk usage: stored exactly once (the kiosk picks an idempotency key per event; (deviceId, key) is unique and
 * inserts skip what is already there), counted per month in Vietnam, and approved as plan evidence.
 */
import { createHash } from 'node:crypto';
import {
  admitKioskUsage,
  dayInVietnam,
  kioskUsageApprovalRefusal,
  kioskUsageFlags,
  lastDayOfMonth,
  monthRangeInVietnam,
  usageTotals,
  type KioskEventRefusalCode,
  type KioskUsageFlag,
  type KioskUsageKind,
  type KioskUsageTotals,
} from '@pcmbn/domain';
import { appError } from '../errors.js';
import type { DbClient } from '../db/client.js';
import { toDbDate } from '../db/dates.js';
import { recordEvents } from '../records/history.js';
import type { UsageEventInput } from './schemas.js';

export interface IngestResult {
  /** Keys stored by this call. */
  accepted: string[];
  /** Keys stored before (a retry after a lost answer, a reload mid-upload): the kiosk may drop them too. */
  known: string[];
  /** Keys refused for good (dated before pairing or in the future, counts no screen makes): the kiosk drops them. */
  rejected: { idempotencyKey: string; code: KioskEventRefusalCode }[];
}

export async function ingestUsage(
  db: DbClient,
  device: { id: string; pairedAt: Date },
  events: readonly UsageEventInput[],
  now = new Date(),
): Promise<IngestResult> {
  const deviceId = device.id;
  const all = [...new Map(events.map((e) => [e.idempotencyKey, e])).values()];
  // Batches of one device are counted one after the other (the day limits add up across them).
  await db.$queryRaw`SELECT 1 FROM "KioskDevice" WHERE "id" = ${deviceId}::uuid FOR UPDATE`;
  const stored = await db.kioskUsageEvent.findMany({
    where: { deviceId, idempotencyKey: { in: all.map((e) => e.idempotencyKey) } },
    select: { idempotencyKey: true },
  });
  const storedKeys = new Set(stored.map((r) => r.idempotencyKey));
  const fresh = all.filter((e) => !storedKeys.has(e.idempotencyKey));
  const days = [...new Set(fresh.map((e) => dayInVietnam(new Date(e.occurredAt))))];
  const counted = new Map<string, number>();
  if (days.length > 0) {
    const rows = await db.$queryRaw<{ day: string; kind: string; n: bigint }[]>`
      SELECT to_char("occurredAt" + interval '7 hours', 'YYYY-MM-DD') AS day, kind, sum("count") AS n
      FROM "KioskUsageEvent"
      WHERE "deviceId" = ${deviceId}::uuid
        AND to_char("occurredAt" + interval '7 hours', 'YYYY-MM-DD') = ANY(${days}::text[])
      GROUP BY 1, 2`;
    for (const r of rows) counted.set(`${r.day}|${r.kind}`, Number(r.n));
  }
  const { admitted: unique, refused } = admitKioskUsage(fresh, {
    pairedAt: device.pairedAt,
    now,
    counted: (day: string, kind: KioskUsageKind) => counted.get(`${day}|${kind}`) ?? 0,
  });
  if (unique.length === 0) return { accepted: [], known: [...storedKeys], rejected: refused };
  // One statement for the whole batch; ON CONFLICT makes a replayed key a no-op (also within the batch).
  const inserted = await db.$queryRaw<{ idempotencyKey: string }[]>`
    INSERT INTO "KioskUsageEvent" ("id", "deviceId", "idempotencyKey", "kind", "occurredAt", "count", "data")
    SELECT gen_random_uuid(), ${deviceId}::uuid, t.k, t.kind, t.at, t.n, t.d
    FROM unnest(
      ${unique.map((e) => e.idempotencyKey)}::text[],
      ${unique.map((e) => e.kind)}::text[],
      ${unique.map((e) => new Date(e.occurredAt).toISOString())}::timestamp(3)[],
      ${unique.map((e) => e.count ?? 1)}::int[],
      ${unique.map((e) => (e.data ? JSON.stringify(e.data) : null))}::jsonb[]
    ) AS t(k, kind, at, n, d)
    ON CONFLICT ("deviceId", "idempotencyKey") DO NOTHING
    RETURNING "idempotencyKey"`;
  const accepted = new Set(inserted.map((r) => r.idempotencyKey));
  return {
    accepted: [...accepted],
    known: [...storedKeys, ...unique.map((e) => e.idempotencyKey).filter((k) => !accepted.has(k))],
    rejected: refused,
  };
}

/** Totals per device for one month ('YYYY-MM'). */
export async function monthTotals(
  db: DbClient,
  deviceIds: string[],
  month: string,
): Promise<Map<string, KioskUsageTotals>> {
  const { from, to } = monthRangeInVietnam(month);
  const groups = await db.kioskUsageEvent.groupBy({
    by: ['deviceId', 'kind'],
    where: { deviceId: { in: deviceIds }, occurredAt: { gte: from, lt: to } },
    _sum: { count: true },
  });
  const out = new Map<string, KioskUsageTotals>();
  for (const id of deviceIds) {
    out.set(
      id,
      usageTotals(groups.filter((g) => g.deviceId === id).map((g) => ({ kind: g.kind, count: g._sum.count ?? 0 }))),
    );
  }
  return out;
}

/** Totals per device and month of a year (Vietnam time). */
export async function yearTotals(db: DbClient, deviceIds: string[], year: number) {
  const rows = await db.$queryRaw<{ deviceId: string; month: string; kind: string; n: bigint }[]>`
    SELECT "deviceId"::text AS "deviceId", to_char("occurredAt" + interval '7 hours', 'YYYY-MM') AS month, kind, sum("count") AS n
    FROM "KioskUsageEvent"
    WHERE "deviceId" = ANY(${deviceIds}::uuid[])
      AND "occurredAt" >= ${monthRangeInVietnam(`${year}-01`).from}::timestamp
      AND "occurredAt" < ${monthRangeInVietnam(`${year}-12`).to}::timestamp
    GROUP BY 1, 2, 3`;
  const byKey = new Map<string, { deviceId: string; month: string; events: { kind: string; count: number }[] }>();
  for (const r of rows) {
    const key = `${r.deviceId}|${r.month}`;
    const entry = byKey.get(key) ?? { deviceId: r.deviceId, month: r.month, events: [] };
    entry.events.push({ kind: r.kind, count: Number(r.n) });
    byKey.set(key, entry);
  }
  return [...byKey.values()].map((e) => ({ deviceId: e.deviceId, month: e.month, ...usageTotals(e.events) }));
}

/** The record id of a device's approved month for a plan: derived, so approving twice hits the same primary key. */
export function approvalRecordId(deviceId: string, month: string, planId: string): string {
  const hex = createHash('sha256').update(`kiosk-usage|${deviceId}|${month}|${planId}`).digest('hex');
  // Shaped as a version-5-like UUID (name-based).
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${((parseInt(hex.slice(16, 18), 16) & 0x3f) | 0x80).toString(16)}${hex.slice(18, 20)}-${hex.slice(20, 32)}`;
}

export interface ApprovalInput {
  device: { id: string; name: string; areaCode: string; areaStructure: Date; pairedById: string | null };
  month: string;
  planId: string;
  activityId?: string | undefined;
  userId: string;
  communeName: string;
}

/** Sessions per day (Vietnam) of a device's month. */
async function dailySessions(db: DbClient, deviceId: string, month: string) {
  const { from, to } = monthRangeInVietnam(month);
  const rows = await db.$queryRaw<{ day: string; n: bigint }[]>`
    SELECT to_char("occurredAt" + interval '7 hours', 'YYYY-MM-DD') AS day, sum("count") AS n
    FROM "KioskUsageEvent"
    WHERE "deviceId" = ${deviceId}::uuid AND kind = 'session' AND "occurredAt" >= ${from} AND "occurredAt" < ${to}
    GROUP BY 1`;
  return rows.map((r) => ({ day: r.day, sessions: Number(r.n) }));
}

/**
 * A device's month as plan evidence, four-eyes like records: the first call asks for approval (a 'submitted'
 * 'kiosk_interactions' record, its author and submitter the caller, the kiosk's pairer among its authors); a later
 * call by someone else approves it — never by who asked or who paired the kiosk (domain kioskUsageApprovalRefusal,
 * 403 RECORD_FOUR_EYES); the record's own approval (record.approve) applies the same rule. Days that look unlike a
 * screen's use are flagged (domain kioskUsageFlags) in the answer and in the record's note.
 */
export async function approveMonth(db: DbClient, input: ApprovalInput, now = new Date()) {
  const id = approvalRecordId(input.device.id, input.month, input.planId);
  const flags: KioskUsageFlag[] = kioskUsageFlags(await dailySessions(db, input.device.id, input.month));
  const existing = await db.activityRecord.findUnique({ where: { id } });
  if (existing) {
    if (existing.status !== 'submitted') return { record: existing, created: false, totals: null, flags };
    const refusal = kioskUsageApprovalRefusal(input.userId, { ...existing, pairedById: input.device.pairedById });
    if (refusal) throw appError('FORBIDDEN', 'RECORD_FOUR_EYES', { vi: refusal.message, en: refusal.messageEn });
    const approved = await db.activityRecord.update({
      where: { id, version: existing.version },
      data: { status: 'approved', approvedAt: now, approvedById: input.userId, version: { increment: 1 } },
    });
    await recordEvents(db, [
      { recordId: id, action: 'approved', userId: input.userId, version: approved.version, at: now },
    ]);
    await db.kioskUsageEvent.updateMany({ where: { recordId: id }, data: { approvedAt: now } });
    return { record: approved, created: false, totals: null, flags };
  }
  const totals = (await monthTotals(db, [input.device.id], input.month)).get(input.device.id)!;
  const [y, m] = input.month.split('-');
  const note =
    `Ki-ốt "${input.device.name}" (${input.communeName}), tháng ${m}/${y}: ${totals.sessions} lượt sử dụng, ` +
    `${totals.pageViews} trang đã xem, ${totals.quizzesCompleted} lượt hoàn thành hội thi. Không tính là số người.` +
    flags.map((f) => ` ${f.message}`).join('');
  const authors = [...new Set([input.userId, ...(input.device.pairedById ? [input.device.pairedById] : [])])];
  const { count } = await db.activityRecord.createMany({
    data: [
      {
        id,
        planId: input.planId,
        activityId: input.activityId ?? null,
        type: 'kiosk_interactions',
        date: toDbDate(lastDayOfMonth(input.month)),
        areaCode: input.device.areaCode,
        areaStructure: input.device.areaStructure,
        quantity: totals.interactions,
        status: 'submitted',
        note: note.slice(0, 1000),
        createdById: input.userId,
        // Who paired the kiosk vouched for the device that counted: an author of the figure, not its approver.
        editorIds: authors,
        submittedAt: now,
        submittedById: input.userId,
      },
    ],
    skipDuplicates: true,
  });
  const { from, to } = monthRangeInVietnam(input.month);
  if (count === 1) {
    // Counted by the kiosk, not typed by anyone: its history says who asked for the month's approval.
    await recordEvents(db, [
      { recordId: id, action: 'created', userId: input.userId, version: 1, at: now },
      { recordId: id, action: 'submitted', userId: input.userId, version: 1, at: now },
    ]);
    await db.kioskUsageEvent.updateMany({
      where: { deviceId: input.device.id, occurredAt: { gte: from, lt: to }, recordId: null },
      data: { recordId: id },
    });
  }
  return {
    record: await db.activityRecord.findUniqueOrThrow({ where: { id } }),
    created: count === 1,
    totals,
    flags,
  };
}
