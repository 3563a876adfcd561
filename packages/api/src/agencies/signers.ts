import { AgencySignerSchema, signerOn, type AgencySigner } from '@pcmbn/domain';
import type { AuthUser } from '../auth/session.js';
import type { DbClient } from '../db/client.js';
import { fromDbDate, toDbDate } from '../db/dates.js';
import { notFound } from '../errors.js';
import { adminProvince } from './checks.js';

/**
 * Who signs an agency's reports, effective-dated (domain `signerOn`): agency.signers / signerSet / signerRemove,
 * and the signer a report's draft starts from.
 */

export const SignerKeySchema = AgencySignerSchema.pick({ agencyId: true, validFrom: true });

const AGENCY = { vi: 'cơ quan', en: 'Agency' };

const out = (row: { agencyId: string; validFrom: Date; title: string; name: string }): AgencySigner => ({
  agencyId: row.agencyId,
  validFrom: fromDbDate(row.validFrom),
  title: row.title,
  name: row.name,
});

/** An agency's signers, newest first. */
export async function agencySigners(db: DbClient, agencyId: string): Promise<AgencySigner[]> {
  const rows = await db.agencySigner.findMany({ where: { agencyId }, orderBy: { validFrom: 'desc' } });
  return rows.map(out);
}

/** The agency's signer in force on `date`, if one was set. */
export async function signerOfAgencyOn(
  db: DbClient,
  agencyId: string,
  date: string,
): Promise<AgencySigner | undefined> {
  const row = await db.agencySigner.findFirst({
    where: { agencyId, validFrom: { lte: toDbDate(date) } },
    orderBy: { validFrom: 'desc' },
  });
  return row ? signerOn([out(row)], agencyId, date) : undefined;
}

/** The agency, when it is in the admin's province (an agency elsewhere is "not found", as agency.update answers). */
export async function assertAgencyInScope(db: DbClient, user: AuthUser, agencyId: string): Promise<void> {
  const agency = await db.agency.findUnique({ where: { id: agencyId }, select: { provinceCode: true } });
  if (!agency) throw notFound(AGENCY, agencyId);
  const province = await adminProvince(db, user);
  if (province !== null && agency.provinceCode !== province) throw notFound(AGENCY, agencyId);
}

/** Sets (or replaces) the signer from `validFrom` on; returns the entry before and after. */
export async function setSigner(db: DbClient, user: AuthUser, input: AgencySigner) {
  await assertAgencyInScope(db, user, input.agencyId);
  const key = { agencyId: input.agencyId, validFrom: toDbDate(input.validFrom) };
  const before = await db.agencySigner.findUnique({ where: { agencyId_validFrom: key } });
  const fields = { title: input.title, name: input.name, setById: user.id };
  const row = await db.agencySigner.upsert({
    where: { agencyId_validFrom: key },
    create: { ...key, ...fields },
    update: fields,
  });
  return { before: before ? out(before) : null, after: out(row) };
}

/** Removes one entry; returns it. */
export async function removeSigner(db: DbClient, user: AuthUser, agencyId: string, validFrom: string) {
  await assertAgencyInScope(db, user, agencyId);
  const key = { agencyId, validFrom: toDbDate(validFrom) };
  const before = await db.agencySigner.findUnique({ where: { agencyId_validFrom: key } });
  if (!before) throw notFound({ vi: 'người ký', en: 'Signer' }, `${agencyId} ${validFrom}`);
  await db.agencySigner.delete({ where: { agencyId_validFrom: key } });
  return out(before);
}
