/**
 * Pairing: a new kiosk asks for a short code and a secret; an officer types the code into the admin console with
 * the commune; the kiosk, polling with its secret, then receives its device token — once.
 *
 * While pending, `tokenHash` holds the hash of the poll secret (a pending device cannot call kiosk procedures:
 * those need status 'active'). When the kiosk polls after pairing, a fresh token replaces it, so the secret stops
 * working and the token is never handed out twice.
 */
import { randomBytes } from 'node:crypto';
import { PAIRING_TTL_MS, normalisePairingCode, pairingCodeFromBytes } from '@pcmbn/domain';
import { hashToken, newSessionToken, type AuthUser } from '../auth/session.js';
import { areaIndexFor, districtCoversCommune } from '../auth/scope.js';
import type { DbClient } from '../db/client.js';
import { fromDbDate } from '../db/dates.js';
import { appError, forbidden } from '../errors.js';

export function drawPairingCode(): string {
  for (;;) {
    const code = pairingCodeFromBytes(randomBytes(12));
    if (code) return code;
  }
}

export async function requestPairing(
  db: DbClient,
  now = new Date(),
): Promise<{ deviceId: string; code: string; secret: string; expiresAt: Date }> {
  // Codes of kiosks that were never paired are freed a day after they expired.
  await db.kioskDevice.deleteMany({
    where: {
      status: 'pending',
      pairedAt: null,
      pairingExpiresAt: { lt: new Date(now.getTime() - 24 * 60 * 60 * 1000) },
    },
  });
  const secret = newSessionToken();
  const expiresAt = new Date(now.getTime() + PAIRING_TTL_MS);
  for (let attempt = 0; ; attempt++) {
    const code = drawPairingCode();
    // 31^6 ≈ 887 million codes; a clash with a live code is rare, but an expired one may still hold it.
    const clash = await db.kioskDevice.findUnique({
      where: { pairingCode: code },
      select: { id: true, pairingExpiresAt: true },
    });
    if (clash) {
      if (clash.pairingExpiresAt && clash.pairingExpiresAt < now)
        await db.kioskDevice.update({ where: { id: clash.id }, data: { pairingCode: null } });
      else if (attempt < 5) continue;
      else throw new Error('no free pairing code');
    }
    const row = await db.kioskDevice.create({
      data: {
        pairingCode: code,
        pairingExpiresAt: expiresAt,
        tokenHash: hashToken(secret),
        name: '',
        provinceCode: '',
        status: 'pending',
      },
    });
    return { deviceId: row.id, code, secret, expiresAt };
  }
}

export type PairingStatus =
  | { status: 'pending'; code: string; expiresAt: Date }
  | { status: 'expired' }
  | { status: 'paired'; token: string; name: string };

export async function pairingStatus(
  db: DbClient,
  secret: string,
  now = new Date(),
): Promise<{ result: PairingStatus; deviceId?: string }> {
  const row = await db.kioskDevice.findUnique({ where: { tokenHash: hashToken(secret) } });
  if (!row || row.status !== 'pending') return { result: { status: 'expired' } };
  if (!row.pairedAt) {
    if (!row.pairingCode || !row.pairingExpiresAt || row.pairingExpiresAt <= now)
      return { result: { status: 'expired' }, deviceId: row.id };
    return { result: { status: 'pending', code: row.pairingCode, expiresAt: row.pairingExpiresAt }, deviceId: row.id };
  }
  const token = newSessionToken();
  // Conditional on the secret still being there: two polls racing cannot both get a token.
  const { count } = await db.kioskDevice.updateMany({
    where: { id: row.id, tokenHash: row.tokenHash, status: 'pending' },
    data: { tokenHash: hashToken(token), status: 'active', pairingExpiresAt: null },
  });
  if (count !== 1) return { result: { status: 'expired' } };
  return { result: { status: 'paired', token, name: row.name }, deviceId: row.id };
}

type Officer = Pick<AuthUser, 'id' | 'role' | 'scopeAreaCode'>;

/** The newest commune with this code, if the officer may place a kiosk there (province admin of its province,
 * district officer of its district). */
export async function communeForOfficer(db: DbClient, user: Officer, areaCode: string) {
  const area = await db.area.findFirst({ where: { code: areaCode, level: 'commune' }, orderBy: { structure: 'desc' } });
  if (!area) {
    throw appError(
      'BAD_REQUEST',
      'INVALID_INPUT',
      { vi: `Không có xã, phường mã ${areaCode}`, en: `No commune with code ${areaCode}` },
      [{ path: 'areaCode', vi: `Không có xã, phường mã ${areaCode}`, en: `No commune with code ${areaCode}` }],
    );
  }
  const scope = user.scopeAreaCode;
  let allowed = false;
  if (user.role === 'province_admin') {
    allowed =
      scope === null ||
      scope === area.provinceCode ||
      (await areaIndexFor(db, fromDbDate(area.structure))).isWithin(area.code, scope);
  } else if (user.role === 'district_officer' && scope !== null) {
    // Also a commune of a structure without districts (01/07/2025) that its old district's communes went into.
    allowed = await districtCoversCommune(db, scope, { code: area.code, structure: fromDbDate(area.structure) });
  }
  if (!allowed) throw forbidden({ vi: 'Bạn không quản lý xã, phường này', en: 'This commune is outside your scope' });
  return area;
}

export async function pairDevice(
  db: DbClient,
  user: Officer,
  input: { code: string; name: string; areaCode: string; contentSet?: string | undefined },
  now = new Date(),
) {
  const code = normalisePairingCode(input.code);
  const unknown = () =>
    appError(
      'NOT_FOUND',
      'PAIRING_CODE_UNKNOWN',
      {
        vi: 'Mã ghép nối không đúng hoặc đã hết hạn (mã có hiệu lực 15 phút)',
        en: 'Unknown or expired pairing code (codes last 15 minutes)',
      },
      [{ path: 'code', vi: 'Mã không đúng hoặc đã hết hạn', en: 'Unknown or expired code' }],
    );
  if (!code) throw unknown();
  const area = await communeForOfficer(db, user, input.areaCode);
  const row = await db.kioskDevice.findUnique({ where: { pairingCode: code } });
  if (!row || row.status !== 'pending' || row.pairedAt || !row.pairingExpiresAt || row.pairingExpiresAt <= now)
    throw unknown();
  const updated = await db.kioskDevice.update({
    where: { id: row.id },
    data: {
      pairingCode: null,
      name: input.name,
      provinceCode: area.provinceCode,
      areaCode: area.code,
      areaStructure: area.structure,
      contentSet: input.contentSet ?? 'default',
      pairedAt: now,
      pairedById: user.id,
    },
  });
  return { device: updated, area };
}

export async function revokeDevice(db: DbClient, user: Officer, id: string, now = new Date()) {
  const row = await db.kioskDevice.findUnique({ where: { id } });
  const missing = appError('NOT_FOUND', 'NOT_FOUND', { vi: 'Không tìm thấy ki-ốt', en: 'Kiosk not found' });
  if (!row || !row.areaCode) throw missing;
  await communeForOfficer(db, user, row.areaCode).catch((error: unknown) => {
    throw error instanceof Error && 'code' in error && (error as { code: string }).code === 'FORBIDDEN'
      ? missing
      : error;
  });
  if (row.status === 'revoked') return row;
  return db.kioskDevice.update({
    where: { id },
    data: { status: 'revoked', tokenHash: null, pairingCode: null, revokedAt: now },
  });
}
