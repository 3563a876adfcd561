import type { Area } from '@pcmbn/domain';
import type { DbClient } from '../db/client.js';
import { fromDbDate, toDbDate } from '../db/dates.js';
import { areaFromRow } from '../db/mappers.js';

/** A province and the structures (dates) it has units for, newest first. */
export interface ProvinceLists {
  code: string;
  name: string;
  structures: string[];
}

/** Every province, by name, with its structures newest first; named as in its newest list. */
export async function provinceLists(db: DbClient): Promise<ProvinceLists[]> {
  const rows = await db.area.findMany({
    where: { level: 'province' },
    select: { code: true, name: true, structure: true },
    orderBy: [{ code: 'asc' }, { structure: 'desc' }],
  });
  const byCode = new Map<string, ProvinceLists>();
  for (const row of rows) {
    const entry = byCode.get(row.code);
    if (entry) entry.structures.push(fromDbDate(row.structure));
    else byCode.set(row.code, { code: row.code, name: row.name, structures: [fromDbDate(row.structure)] });
  }
  return [...byCode.values()].sort((a, b) => a.name.localeCompare(b.name, 'vi'));
}

const LEVEL_ORDER = { province: 0, district: 1, commune: 2 } as const;

/**
 * The units of several (province, structure) lists in one query, each list in the order area.list gives it
 * (province, districts, communes; by code inside a level). Keyed `${provinceCode}@${structure}`.
 */
export async function readLists(
  db: DbClient,
  lists: readonly { provinceCode: string; structure: string }[],
  levels?: readonly Area['level'][],
): Promise<Map<string, Area[]>> {
  const out = new Map<string, Area[]>(lists.map((l) => [listKey(l.provinceCode, l.structure), []]));
  if (lists.length === 0) return out;
  const rows = await db.area.findMany({
    where: {
      OR: lists.map((l) => ({ provinceCode: l.provinceCode, structure: toDbDate(l.structure) })),
      ...(levels ? { level: { in: [...levels] } } : {}),
    },
    orderBy: { code: 'asc' },
  });
  for (const row of rows) out.get(listKey(row.provinceCode, fromDbDate(row.structure)))?.push(areaFromRow(row));
  for (const areas of out.values()) areas.sort((a, b) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level]);
  return out;
}

export const listKey = (provinceCode: string, structure: string) => `${provinceCode}@${structure}`;
