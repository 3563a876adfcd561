import {
  AreaLevelSchema,
  AreaLinkCoverageSchema,
  IsoDateSchema,
  provinceNowPartOf,
  successorsAt,
  type AreaLink,
} from '@pcmbn/domain';
import { z } from 'zod';
import type { DbClient } from '../db/client.js';
import { fromDbDate, toDbDate } from '../db/dates.js';

/** Every stored link as domain values (a few hundred rows; 10,604 if the whole national mapping is loaded). */
export async function loadAreaLinks(db: DbClient): Promise<AreaLink[]> {
  const rows = await db.areaLink.findMany({
    select: { fromCode: true, fromStructure: true, toCode: true, toStructure: true, coverage: true },
  });
  return rows.map((r) => ({
    fromCode: r.fromCode,
    fromStructure: fromDbDate(r.fromStructure),
    toCode: r.toCode,
    toStructure: fromDbDate(r.toStructure),
    coverage: AreaLinkCoverageSchema.parse(r.coverage),
  }));
}

const UnitSchema = z.object({
  code: z.string(),
  structure: IsoDateSchema,
  name: z.string(),
  level: AreaLevelSchema,
  provinceCode: z.string(),
  provinceName: z.string(),
});

export const SuccessionSchema = z.object({
  asOf: IsoDateSchema,
  unit: UnitSchema,
  /** False: the unit itself is in force on `asOf`. */
  changed: z.boolean(),
  /** Part or all of the unit went somewhere no source names ("không rõ"); `successors` holds what is known. */
  unknown: z.boolean(),
  successors: z.array(UnitSchema.extend({ coverage: AreaLinkCoverageSchema })),
});
export type SuccessionView = z.infer<typeof SuccessionSchema>;

type Key = { code: string; structure: string };

async function unitsByKey(db: DbClient, keys: Key[]) {
  const rows = await db.area.findMany({
    where: { OR: keys.map((k) => ({ code: k.code, structure: toDbDate(k.structure) })) },
    select: { code: true, structure: true, name: true, level: true, provinceCode: true },
  });
  const provinces = await db.area.findMany({
    where: { level: 'province', OR: rows.map((r) => ({ code: r.provinceCode, structure: r.structure })) },
    select: { code: true, structure: true, name: true },
  });
  const provinceName = new Map(provinces.map((p) => [`${p.code}@${fromDbDate(p.structure)}`, p.name]));
  return new Map(
    rows.map((r) => {
      const structure = fromDbDate(r.structure);
      const unit = {
        code: r.code,
        structure,
        name: r.name,
        level: AreaLevelSchema.parse(r.level),
        provinceCode: r.provinceCode,
        provinceName: provinceName.get(`${r.provinceCode}@${structure}`) ?? r.provinceCode,
      };
      return [`${r.code}@${structure}`, unit];
    }),
  );
}

/** The units in force on `asOf` that (code, structure) became; null when that unit is not stored. */
export async function successionOf(
  db: DbClient,
  code: string,
  structure: string,
  asOf: string,
): Promise<SuccessionView | null> {
  const links = await loadAreaLinks(db);
  const result = successorsAt(code, structure, asOf, links);
  const units = await unitsByKey(db, [{ code, structure }, ...result.units]);
  const unit = units.get(`${code}@${structure}`);
  if (!unit) return null;
  return {
    asOf,
    unit,
    changed: result.changed,
    unknown: result.unknown,
    // Every link's ends are stored areas (foreign keys), so each successor is found.
    successors: result.units.map((s) => ({ ...units.get(`${s.code}@${s.structure}`)!, coverage: s.coverage })),
  };
}

const FormerSchema = z.object({ code: z.string(), name: z.string(), since: IsoDateSchema });

export const ProvinceStatusSchema = z.object({
  code: z.string(),
  name: z.string(),
  /** True for a province in force on the date; false for a former one (its plans stay under its own units). */
  current: z.boolean(),
  /** The province a former province is now part of (Trà Vinh → Vĩnh Long since 01/07/2025). */
  nowPartOf: FormerSchema.nullable(),
  /** Former provinces that are now part of this one. */
  includesFormer: z.array(FormerSchema),
});
export type ProvinceStatus = z.infer<typeof ProvinceStatusSchema>;

/**
 * Every province code stored, judged on `asOf` from its newest structure in force then: current, or now part of
 * another province. A province whose structure was replaced without a link (no source) counts as current under
 * its last name rather than being said to belong anywhere.
 */
export async function provinceStatuses(db: DbClient, asOf: string): Promise<ProvinceStatus[]> {
  const [rows, links] = await Promise.all([
    db.area.findMany({
      where: { level: 'province', structure: { lte: toDbDate(asOf) } },
      select: { code: true, name: true, structure: true },
      orderBy: { structure: 'desc' },
    }),
    loadAreaLinks(db),
  ]);
  const newest = new Map<string, { name: string; structure: string }>();
  for (const r of rows)
    if (!newest.has(r.code)) newest.set(r.code, { name: r.name, structure: fromDbDate(r.structure) });

  const statuses = new Map<string, ProvinceStatus>();
  for (const [code, { name, structure }] of newest) {
    const now = provinceNowPartOf(code, structure, asOf, links);
    const into = now && newest.get(now.code);
    statuses.set(code, {
      code,
      name,
      current: !now,
      nowPartOf: now && into ? { code: now.code, name: into.name, since: now.since } : null,
      includesFormer: [],
    });
  }
  for (const s of statuses.values()) {
    if (s.nowPartOf)
      statuses.get(s.nowPartOf.code)?.includesFormer.push({ code: s.code, name: s.name, since: s.nowPartOf.since });
  }
  return [...statuses.values()];
}
