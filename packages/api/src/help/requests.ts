import { todayInHoChiMinh } from '@pcmbn/domain';
/** The help desk's reads and writes (issue 16 item 6); the router only checks who is asking. */
import { provinceStatuses } from '../areas/successions.js';
import type { DbClient } from '../db/client.js';
import { appError } from '../errors.js';
import { newReceipt } from './receipt.js';
import type { HelpRequestView, HelpSubmit } from './schemas.js';

/** Provinces in force today, code → name: a request goes to one of them. */
export async function currentProvinces(db: DbClient): Promise<Map<string, string>> {
  const statuses = await provinceStatuses(db, todayInHoChiMinh());
  return new Map(statuses.filter((s) => s.current).map((s) => [s.code, s.name]));
}

/** Stores the request (only the fields below: no address, no browser) and answers its receipt. */
export async function storeHelpRequest(db: DbClient, input: HelpSubmit): Promise<string> {
  if (!(await currentProvinces(db)).has(input.provinceCode)) {
    throw appError(
      'BAD_REQUEST',
      'INVALID_INPUT',
      { vi: 'Dữ liệu không hợp lệ: tỉnh, thành phố không có', en: 'Invalid input: no such province' },
      [{ path: 'provinceCode', vi: 'Hãy chọn tỉnh, thành phố', en: 'Choose a province' }],
    );
  }
  for (let attempt = 0; ; attempt++) {
    const receipt = newReceipt();
    try {
      await db.helpRequest.create({
        data: {
          receipt,
          provinceCode: input.provinceCode,
          message: input.message,
          contactPhone: input.contactPhone ?? null,
          safeTime: input.safeTime ?? null,
          lang: input.lang,
        },
      });
      return receipt;
    } catch (error) {
      // Two receipts alike (one chance in 10^11 a pair): draw again.
      const taken = (error as { code?: unknown } | null)?.code === 'P2002';
      if (!taken || attempt >= 2) throw error;
    }
  }
}

/** The desk's requests, newest first, with names (province, officer) rather than codes. */
export async function listHelpRequests(
  db: DbClient,
  provinces: 'all' | string[],
  status: 'open' | 'handled' | 'all',
): Promise<HelpRequestView[]> {
  const rows = await db.helpRequest.findMany({
    where: {
      ...(provinces === 'all' ? {} : { provinceCode: { in: provinces } }),
      ...(status === 'open' ? { handledAt: null } : status === 'handled' ? { handledAt: { not: null } } : {}),
    },
    orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
    take: 500,
    include: { handledBy: { select: { displayName: true } } },
  });
  const names = await currentProvinces(db);
  return rows.map((r) => ({
    id: r.id,
    receipt: r.receipt,
    provinceCode: r.provinceCode,
    provinceName: names.get(r.provinceCode) ?? r.provinceCode,
    message: r.message,
    contactPhone: r.contactPhone,
    safeTime: r.safeTime,
    lang: r.lang,
    createdAt: r.createdAt,
    handledAt: r.handledAt,
    handledByName: r.handledBy?.displayName ?? null,
    handledNote: r.handledNote,
  }));
}
