import type { Agency } from '@pcmbn/domain';
import { toDbDate } from '../db/dates.js';
import { agencyToRow } from '../db/mappers.js';
import type { Prisma } from '../generated/prisma/client.js';

/**
 * The seed catalogue's agencies. Rows first; then their links (successor, parent entry, governed unit, group
 * members) in a second pass, because a link may point further down the list. A link is set only where it is still
 * empty and the agency was never edited by an admin (no `agency.create`/`agency.update` audit row), so a cleared
 * link stays cleared, and a database seeded before the links were stored gets them at its next start.
 * `structures` gives, per province, the administrative structure the catalogue's area codes belong to (that of
 * the seed plan of the province, whose GSO list the seed loads).
 */
export async function seedAgencyRows(
  tx: Prisma.TransactionClient,
  agencies: readonly Agency[],
  structures: ReadonlyMap<string, string>,
): Promise<void> {
  await tx.agency.createMany({ data: agencies.map(agencyToRow), skipDuplicates: true });
  const edited = new Set(
    (
      await tx.auditLog.findMany({
        where: { entity: 'agency', action: { in: ['agency.create', 'agency.update'] } },
        select: { entityId: true },
      })
    ).map((a) => a.entityId),
  );
  const known = new Set(agencies.map((a) => a.id));
  const linked = (id: string | undefined): id is string => id !== undefined && known.has(id);
  for (const agency of agencies) {
    if (edited.has(agency.id)) continue;
    const where = { id: agency.id };
    if (linked(agency.successorId))
      await tx.agency.updateMany({ where: { ...where, successorId: null }, data: { successorId: agency.successorId } });
    if (linked(agency.parentId))
      await tx.agency.updateMany({ where: { ...where, parentId: null }, data: { parentId: agency.parentId } });
    if (agency.areaCode !== undefined) {
      const structure = agency.provinceCode === undefined ? undefined : structures.get(agency.provinceCode);
      if (structure === undefined)
        throw new Error(`Seed agency ${agency.id}: no seed structure for its area code ${agency.areaCode}`);
      await tx.agency.updateMany({
        where: { ...where, areaCode: null },
        data: { areaCode: agency.areaCode, areaStructure: toDbDate(structure) },
      });
    }
    const members = (agency.memberIds ?? []).filter(linked);
    if (members.length > 0 && (await tx.agencyMember.count({ where: { groupId: agency.id } })) === 0) {
      await tx.agencyMember.createMany({
        data: members.map((memberId) => ({ groupId: agency.id, memberId })),
        skipDuplicates: true,
      });
    }
  }
}
