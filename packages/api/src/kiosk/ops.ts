/**
 * Fleet operations (issue 16 item 12), what Xibo and Anthias users rely on: emergency messages over every screen of
 * an area, a remote reload delivered once, the last screenshot each kiosk sends with its heartbeat (at most hourly),
 * and whom to call when a kiosk has been silent too long. The kiosk learns all of it from its heartbeat.
 */
import { KioskScheduleSchema, type KioskSchedule } from '@pcmbn/domain';
import { areaIndexFor } from '../auth/scope.js';
import type { AuthUser } from '../auth/session.js';
import type { DbClient } from '../db/client.js';
import { fromDbDate } from '../db/dates.js';
import { appError, forbidden } from '../errors.js';
import { sniffAttachmentType } from '../records/storage.js';
import { getFile, putFile, removeFiles } from './files.js';
import type { KioskDeviceContext } from './procedure.js';
import { communeForOfficer } from './pairing.js';

type Officer = Pick<AuthUser, 'id' | 'role' | 'scopeAreaCode'>;

/** A screenshot is asked for when the last one is older than this (the kiosk sends it with its next heartbeat). */
export const SCREENSHOT_EVERY_MS = 60 * 60 * 1000;
export const SCREENSHOT_MAX_BYTES = 512 * 1024;

/** Minutes without a heartbeat before a kiosk is flagged offline with whom to call: PCMBN_KIOSK_OFFLINE_MINUTES. */
export function offlineAfterMinutes(): number {
  const n = Number(process.env.PCMBN_KIOSK_OFFLINE_MINUTES);
  return Number.isFinite(n) && n >= 1 ? Math.round(n) : 60;
}

/** Flagged: active, and silent for longer than the setting (never heard from counts from pairing). */
export function offlineFlagged(
  row: { status: string; lastHeartbeatAt: Date | null; pairedAt: Date | null },
  now: Date,
  minutes = offlineAfterMinutes(),
): boolean {
  if (row.status !== 'active') return false;
  const since = row.lastHeartbeatAt ?? row.pairedAt;
  return !since || now.getTime() - since.getTime() > minutes * 60_000;
}

function outsideScope() {
  return forbidden({ vi: 'Địa bàn này nằm ngoài phạm vi bạn quản lý', en: 'This area is outside your scope' });
}

/**
 * The province of a message to `areaCode` (a province, district or commune code), if the officer may send there:
 * a province admin anywhere in its province, a district officer in its district or one of its communes.
 */
export async function messageTarget(db: DbClient, user: Officer, areaCode: string) {
  const area = await db.area.findFirst({ where: { code: areaCode }, orderBy: { structure: 'desc' } });
  if (!area) {
    const msg = { vi: `Không có địa bàn mã ${areaCode}`, en: `No area with code ${areaCode}` };
    throw appError('BAD_REQUEST', 'INVALID_INPUT', msg, [{ path: 'areaCode', ...msg }]);
  }
  const provinceCode = area.level === 'province' ? area.code : area.provinceCode;
  if (!provinceCode) throw outsideScope();
  const scope = user.scopeAreaCode;
  if (user.role === 'province_admin') {
    if (scope !== null && scope !== provinceCode) throw outsideScope();
  } else if (user.role === 'district_officer' && scope) {
    if (area.level === 'commune') await communeForOfficer(db, user, area.code);
    else if (area.code !== scope) throw outsideScope();
  } else throw outsideScope();
  return { provinceCode, areaCode: area.level === 'province' ? null : area.code, areaName: area.name };
}

/** Messages in force for a kiosk now: its province's, and those of its district or commune. */
export async function messagesFor(db: DbClient, device: KioskDeviceContext, now = new Date()) {
  const rows = await db.kioskMessage.findMany({
    where: { provinceCode: device.provinceCode, startsAt: { lte: now }, expiresAt: { gt: now } },
    orderBy: { createdAt: 'desc' },
  });
  if (rows.length === 0) return [];
  const needsTree = rows.some((r) => r.areaCode !== null && r.areaCode !== device.areaCode);
  const ancestors = needsTree
    ? (await areaIndexFor(db, fromDbDate(device.areaStructure))).ancestorCodes(device.areaCode)
    : [];
  return rows
    .filter((r) => r.areaCode === null || r.areaCode === device.areaCode || ancestors.includes(r.areaCode))
    .map((r) => ({
      id: r.id,
      text: { vi: r.textVi, ...(r.textEn ? { en: r.textEn } : {}), ...(r.textKm ? { km: r.textKm } : {}) },
      expiresAt: r.expiresAt,
    }));
}

/** The device row an officer may act on (reload, contact, screenshot), or NOT_FOUND / FORBIDDEN. */
export async function deviceForOfficer(db: DbClient, user: Officer, id: string) {
  const device = await db.kioskDevice.findUnique({ where: { id } });
  if (!device?.areaCode)
    throw appError('NOT_FOUND', 'NOT_FOUND', { vi: 'Không tìm thấy ki-ốt', en: 'Kiosk not found' });
  await communeForOfficer(db, user, device.areaCode);
  return device;
}

/** A screenshot sent with a heartbeat, kept if one is due (the last is an hour old); replaces the previous file. */
export async function keepScreenshot(
  db: DbClient,
  device: { id: string; screenshotPath: string | null; screenshotAt: Date | null },
  dataUrl: string,
  now = new Date(),
): Promise<boolean> {
  if (device.screenshotAt && now.getTime() - device.screenshotAt.getTime() < SCREENSHOT_EVERY_MS - 60_000) return false;
  const base64 = dataUrl.slice(dataUrl.indexOf(',') + 1);
  const bytes = Buffer.from(base64, 'base64');
  const mime = sniffAttachmentType(bytes);
  if (bytes.byteLength > SCREENSHOT_MAX_BYTES || !mime || mime === 'application/pdf') return false;
  const path = await putFile(`kiosk-screenshots/${device.id}`, mime.slice('image/'.length), bytes);
  await db.kioskDevice.update({ where: { id: device.id }, data: { screenshotPath: path, screenshotAt: now } });
  if (device.screenshotPath) await removeFiles([device.screenshotPath]);
  return true;
}

export async function readScreenshot(path: string) {
  const bytes = await getFile(path);
  if (!bytes) return null;
  const mime = sniffAttachmentType(bytes);
  return mime && mime !== 'application/pdf' ? { bytes, mime } : null;
}

/** The schedule stored in a content row's data, if it is a valid one. */
export function scheduleOf(data: unknown): KioskSchedule | null {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return null;
  const parsed = KioskScheduleSchema.safeParse((data as Record<string, unknown>)['schedule']);
  return parsed.success ? parsed.data : null;
}
