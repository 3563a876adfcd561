import { isProvinceCode } from '@pcmbn/domain';
import type { DbClient } from '../db/client.js';
import type { AuthUser } from './session.js';

/** The province an area code belongs to (GSO district codes do not start with the province's). Newest structure wins. */
export async function provinceOfArea(db: DbClient, code: string): Promise<string | null> {
  if (isProvinceCode(code)) return code;
  const area = await db.area.findFirst({
    where: { code },
    orderBy: { structure: 'desc' },
    select: { provinceCode: true },
  });
  return area?.provinceCode ?? null;
}

/** Codes a user of the admin's province may be scoped to (the province and its districts); null = every province. */
export async function scopeCodesOfUserProvince(
  db: DbClient,
  user: Pick<AuthUser, 'scopeAreaCode'>,
): Promise<string[] | null> {
  if (user.scopeAreaCode === null) return null;
  const province = await provinceOfArea(db, user.scopeAreaCode);
  if (!province) return [user.scopeAreaCode];
  const rows = await db.area.findMany({
    where: { provinceCode: province, level: { in: ['province', 'district'] } },
    select: { code: true },
    distinct: ['code'],
  });
  return rows.map((r) => r.code);
}
