import type { Agency } from '@pcmbn/domain';
import type { DbClient } from '../db/client.js';
import { AGENCY_MEMBERS, agencyForStructure, agencyFromRow, type StoredAgency } from '../db/mappers.js';

/**
 * Every agency ever recorded, with its organisation links, as a plan of `structure` sees them (validatePlan and
 * the names of a plan's time need the old agencies too; deriveDistrictPlan finds a district's committee by its
 * areaCode, which only means the plan's unit when it belongs to the plan's structure).
 */
export async function loadAgencies(db: DbClient, structure: string): Promise<Agency[]> {
  const rows = await db.agency.findMany({ include: AGENCY_MEMBERS, orderBy: { id: 'asc' } });
  return rows.map((row) => agencyForStructure(agencyFromRow(row), structure));
}

/** One stored agency, or null. */
export async function findAgency(db: DbClient, id: string): Promise<StoredAgency | null> {
  const row = await db.agency.findUnique({ where: { id }, include: AGENCY_MEMBERS });
  return row ? agencyFromRow(row) : null;
}

/** Replaces a group entry's members. */
export async function writeMembers(db: DbClient, groupId: string, memberIds: readonly string[]): Promise<void> {
  await db.agencyMember.deleteMany({ where: { groupId } });
  if (memberIds.length > 0)
    await db.agencyMember.createMany({ data: memberIds.map((memberId) => ({ groupId, memberId })) });
}
