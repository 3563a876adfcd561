import {
  PlanSchema,
  STRUCTURE_2025_03,
  STRUCTURE_2025_07,
  laiChau2228,
  seedAgencies,
  traVinh651,
  type Plan,
} from '@pcmbn/domain';
import { createDb, type Db } from '../db/client.js';
import { fromDbDate, toDbDate } from '../db/dates.js';
import { planToRow } from '../db/mappers.js';
import type { Prisma } from '../generated/prisma/client.js';
import { ADMIN_EMAIL, generatePassword, hashPassword } from './admin.js';
import { seedAgencyRows } from './agencies.js';
import { readAreaLinks, type AreaLinkSeedRow } from './area-links.js';
import { readAdminUnits, readTwoLevelUnits, type AreaSeedRow } from './areas.js';
import { seedContacts } from './contacts.js';
import { readSeedContent, seedContent } from './content.js';

export interface SeedResult {
  adminCreated: boolean;
  /** Only when this call created the admin: the one time its password is known in clear. */
  admin?: { email: string; password: string };
}

// Serialises concurrent seeds (two replicas starting together) inside the seed transaction.
const SEED_LOCK_KEY = 72707370;

/** Seed plans and the GSO list their area codes belong to. */
const SEED_PLANS: { plan: unknown; unitsFile: string }[] = [
  { plan: laiChau2228, unitsFile: 'lai-chau-2016.csv' },
  { plan: traVinh651, unitsFile: 'tra-vinh-2018.csv' },
];

/** The seed plans' provinces on 01/03/2025, the last three-level list: the "from" side of the 2025 reform. */
const MARCH_2025_FILES = ['lai-chau-2025-03.csv', 'tra-vinh-2025-03.csv'];
/** Every province and commune in force from 01/07/2025 (no district level). */
const JULY_2025_FILE = 'vn-2025-communes.csv';

/** Areas of the plans' own structures, of 01/03/2025 and of 01/07/2025, and the links between them. */
async function readAreas(
  plans: { plan: Plan; unitsFile: string }[],
): Promise<{ areas: AreaSeedRow[]; links: AreaLinkSeedRow[] }> {
  const [own, march, july] = await Promise.all([
    Promise.all(plans.map(({ plan, unitsFile }) => readAdminUnits(unitsFile, plan.areaStructure))).then((r) =>
      r.flat(),
    ),
    Promise.all(MARCH_2025_FILES.map((file) => readAdminUnits(file, STRUCTURE_2025_03))).then((r) => r.flat()),
    readTwoLevelUnits(JULY_2025_FILE, STRUCTURE_2025_07),
  ]);
  return { areas: [...own, ...march, ...july], links: await readAreaLinks(own, march) };
}

/**
 * Loads reference data and the seed plans. Idempotent and additive: rows that exist are left alone (admins may
 * have edited a plan, an area's tags or an agency), so a second run neither fails nor duplicates anything.
 * The admin account is created only when there is no user at all, with a random password returned once.
 */
export async function seed(target: Db | string): Promise<SeedResult> {
  const db = typeof target === 'string' ? createDb(target, { max: 2 }) : target;
  try {
    const plans = SEED_PLANS.map(({ plan, unitsFile }) => ({ plan: PlanSchema.parse(plan), unitsFile }));
    const contentRows = await readSeedContent();
    const areas = await readAreas(plans);
    // Hashing is slow on purpose: do it before taking the lock, and only when an admin may be needed.
    const newAdmin = async () => {
      const password = generatePassword();
      return { password, passwordHash: await hashPassword(password) };
    };
    let prepared = (await db.user.count()) === 0 ? await newAdmin() : undefined;

    return await db.$transaction(
      async (tx) => {
        await tx.$queryRaw`SELECT 1 AS locked FROM (SELECT pg_advisory_xact_lock(${SEED_LOCK_KEY}::bigint)) AS l`;
        await seedAreas(tx, areas.areas);
        await tx.areaLink.createMany({ data: areas.links, skipDuplicates: true });
        await seedAgencyRows(
          tx,
          seedAgencies,
          new Map(plans.map(({ plan }) => [plan.provinceCode, plan.areaStructure])),
        );
        await seedPlans(
          tx,
          plans.map((p) => p.plan),
        );
        await tx.contact.createMany({
          data: seedContacts.map((c) => ({
            ...c,
            validFrom: c.validFrom ? toDbDate(c.validFrom) : null,
            validTo: c.validTo ? toDbDate(c.validTo) : null,
          })),
          skipDuplicates: true,
        });
        await seedContent(tx, contentRows);
        if ((await tx.user.count()) > 0) return { adminCreated: false };
        prepared ??= await newAdmin();
        const { password, passwordHash } = prepared;
        await tx.user.create({
          data: {
            email: ADMIN_EMAIL,
            displayName: 'Quản trị viên',
            passwordHash,
            role: 'province_admin',
            mustChangePassword: true,
          },
        });
        return { adminCreated: true, admin: { email: ADMIN_EMAIL, password } };
      },
      { timeout: 60_000, maxWait: 60_000 },
    );
  } finally {
    if (typeof target === 'string') await db.$disconnect();
  }
}

/**
 * One INSERT … SELECT unnest per level (parents first, so each level's foreign key to the one above holds): the
 * 01/07/2025 list alone is 3,321 communes, which Prisma's createMany sent as one huge parameter list, 3 s per seed.
 * Existing rows are left alone (an admin may have edited their tags or population).
 */
async function seedAreas(tx: Prisma.TransactionClient, rows: AreaSeedRow[]) {
  for (const level of ['province', 'district', 'commune'] as const) {
    const at = rows.filter((r) => r.level === level);
    if (at.length === 0) continue;
    // Tags match /^[a-z0-9_]+$/ (AreaTagSchema), so a space-joined string carries them through a one-dimensional array.
    await tx.$executeRaw`
      INSERT INTO "Area" ("code", "structure", "name", "level", "kind", "parentCode", "provinceCode", "tags", "updatedAt")
      SELECT u.code, u.structure::date, u.name, ${level}, u.kind, u.parent, u.province, COALESCE(string_to_array(NULLIF(u.tags, ''), ' '), ARRAY[]::text[]), CURRENT_TIMESTAMP
      FROM unnest(${at.map((r) => r.code)}::text[], ${at.map((r) => fromDbDate(r.structure))}::text[], ${at.map((r) => r.name)}::text[],
                  ${at.map((r) => r.kind)}::text[], ${at.map((r) => r.parentCode)}::text[], ${at.map((r) => r.provinceCode)}::text[],
                  ${at.map((r) => r.tags.join(' '))}::text[])
        AS u(code, structure, name, kind, parent, province, tags)
      ON CONFLICT ("code", "structure") DO NOTHING`;
  }
}

async function seedPlans(tx: Prisma.TransactionClient, plans: Plan[]) {
  await tx.plan.createMany({
    data: plans.map((plan) => ({
      ...planToRow(plan),
      status: 'published' as const,
      document: plan,
    })),
    skipDuplicates: true,
  });
}
