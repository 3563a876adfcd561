/**
 * Procedures a paired kiosk calls with `Authorization: Kiosk <token>`. The token is random (256 bits) and only its
 * SHA-256 is stored, like session tokens; a revoked or unknown token is refused with KIOSK_UNAUTHORIZED, on which
 * the kiosk forgets its token and shows a new pairing code.
 */
import { hashToken } from '../auth/session.js';
import type { DbClient } from '../db/client.js';
import { appError } from '../errors.js';
import { middleware, mutationProcedure, publicProcedure, telemetryProcedure } from '../trpc.js';

export interface KioskDeviceContext {
  id: string;
  name: string;
  provinceCode: string;
  areaCode: string;
  areaStructure: Date;
  contentSet: string;
  /** When an officer paired it (usage dated earlier is refused). */
  pairedAt: Date;
}

export async function deviceForToken(
  db: DbClient,
  token: string | null | undefined,
): Promise<KioskDeviceContext | null> {
  if (!token) return null;
  const row = await db.kioskDevice.findUnique({ where: { tokenHash: hashToken(token) } });
  if (!row || row.status !== 'active' || !row.areaCode || !row.areaStructure) return null;
  return {
    id: row.id,
    name: row.name,
    provinceCode: row.provinceCode,
    areaCode: row.areaCode,
    areaStructure: row.areaStructure,
    contentSet: row.contentSet,
    pairedAt: row.pairedAt ?? row.createdAt,
  };
}

const requireDevice = middleware(async ({ ctx, next }) => {
  const device = await deviceForToken(ctx.db, ctx.kioskToken);
  if (!device) {
    throw appError('UNAUTHORIZED', 'KIOSK_UNAUTHORIZED', {
      vi: 'Ki-ốt chưa được ghép nối hoặc đã bị thu hồi',
      en: 'This kiosk is not paired or has been revoked',
    });
  }
  return next({ ctx: { device } });
});

/** Queries of a paired kiosk: ctx.device is non-null. */
export const kioskQueryProcedure = publicProcedure.use(requireDevice);

/** Mutations of a paired kiosk: one transaction with their audit rows (user null, entity 'kiosk'); ctx.device non-null. */
export const kioskMutationProcedure = mutationProcedure.use(requireDevice);

/** A paired kiosk's telemetry (heartbeat): no audit row, nothing public dropped (src/trpc.ts telemetryProcedure). */
export const kioskTelemetryProcedure = telemetryProcedure.use(requireDevice);
