import { PlanSchema, laiChau2228, seedAgencies, traVinh651, type Plan } from '@pcmbn/domain';
import { createDb, type Db } from '../db/client.js';
import { toDbDate } from '../db/dates.js';
import { planToRow } from '../db/mappers.js';
import type { Prisma } from '../generated/prisma/client.js';
import { ADMIN_EMAIL, generatePassword, hashPassword } from './admin.js';
import { seedAgencyRows } from './agencies.js';
import { readAdminUnits } from './areas.js';
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
    const areaRows = (await Promise.all(plans.map(({ plan, unitsFile }) => readAdminUnits(unitsFile, plan.areaStructure)))).flat();
    // Hashing is slow on purpose: do it before taking the lock, and only when an admin may be needed.
    const newAdmin = async () => {
      const password = generatePassword();
      return { password, passwordHash: await hashPassword(password) };
    };
    let prepared = (await db.user.count()) === 0 ? await newAdmin() : undefined;

    return await db.$transaction(
      async (tx) => {
        await tx.$queryRaw`SELECT 1 AS locked FROM (SELECT pg_advisory_xact_lock(${SEED_LOCK_KEY}::bigint)) AS l`;
        await seedAreas(tx, areaRows);
        await seedAgencyRows(tx, seedAgencies, new Map(plans.map(({ plan }) => [plan.provinceCode, plan.areaStructure])));
        await seedPlans(tx, plans.map((p) => p.plan));
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

async function seedAreas(tx: Prisma.TransactionClient, rows: Awaited<ReturnType<typeof readAdminUnits>>) {
  // Parents first, so each level's foreign key to the one above holds.
  for (const level of ['province', 'district', 'commune'] as const) {
    await tx.area.createMany({ data: rows.filter((r) => r.level === level), skipDuplicates: true });
  }
}

async function seedPlans(tx: Prisma.TransactionClient, plans: Plan[]) {
  await tx.plan.createMany({
    data: plans.map((plan) => ({ ...planToRow(plan), status: 'published' as const, document: plan as Prisma.InputJsonValue })),
    skipDuplicates: true,
  });
}
