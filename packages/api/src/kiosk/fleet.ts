/** The fleet as officers see it: paired kiosks in their area, online state, versions, usage. */
import { isKioskOnline, monthInVietnam } from '@pcmbn/domain';
import { areaIndexFor, canReadArea } from '../auth/scope.js';
import type { AuthUser } from '../auth/session.js';
import type { DbClient } from '../db/client.js';
import { fromDbDate } from '../db/dates.js';
import { offlineAfterMinutes, offlineFlagged } from './ops.js';
import { monthTotals } from './usage.js';

type Reader = Pick<AuthUser, 'id' | 'role' | 'agencyId' | 'scopeAreaCode'>;

/** Paired kiosks (pending codes are not devices yet) the user may see, newest first. */
export async function visibleDevices(db: DbClient, user: Reader, filter: { id?: string | undefined } = {}) {
  const rows = await db.kioskDevice.findMany({
    where: { areaCode: { not: null }, ...(filter.id ? { id: filter.id } : {}) },
    include: { area: { select: { name: true, parentCode: true } } },
    orderBy: [{ createdAt: 'desc' }],
  });
  const out: typeof rows = [];
  for (const row of rows) {
    const areas = await areaIndexFor(db, fromDbDate(row.areaStructure!));
    if (canReadArea(user, row.areaCode!, areas)) out.push(row);
  }
  return out;
}

export async function fleetList(db: DbClient, user: Reader, now = new Date()) {
  const rows = await visibleDevices(db, user);
  const month = monthInVietnam(now);
  const totals = await monthTotals(
    db,
    rows.map((r) => r.id),
    month,
  );
  return {
    month,
    offlineAfterMinutes: offlineAfterMinutes(),
    devices: rows.map((row) => ({
      id: row.id,
      name: row.name,
      status: row.status as 'pending' | 'active' | 'revoked',
      /** Paired by an officer but the kiosk has not collected its token yet. */
      awaitingKiosk: row.status === 'pending',
      provinceCode: row.provinceCode,
      areaCode: row.areaCode!,
      communeName: row.area?.name ?? row.areaCode!,
      contentSet: row.contentSet,
      lastHeartbeatAt: row.lastHeartbeatAt,
      online: row.status === 'active' && isKioskOnline(row.lastHeartbeatAt, now),
      contentVersion: row.contentVersion,
      appVersion: row.appVersion,
      pairedAt: row.pairedAt,
      revokedAt: row.revokedAt,
      usageThisMonth: totals.get(row.id)!,
      contactName: row.contactName,
      contactPhone: row.contactPhone,
      offlineFlagged: offlineFlagged(row, now),
      reloadPending: row.reloadRequestedAt !== null && row.reloadDeliveredAt === null,
      screenshotAt: row.screenshotAt,
    })),
  };
}
