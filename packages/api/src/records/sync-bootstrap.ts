import { createHash } from 'node:crypto';
import { ACTIVITY_TYPE_LABELS } from '@pcmbn/domain';
import { areaIndexFor, canWriteRecord } from '../auth/scope.js';
import type { AuthUser } from '../auth/session.js';
import type { DbClient } from '../db/client.js';
import { planFromRow } from '../db/mappers.js';
import type { FieldPlan } from './sync-schemas.js';

/**
 * What the field app keeps offline (issue 19): the plans the officer may enter records in, with their activities
 * and the communes the officer may name — decided by the same rule as record.create (scope.ts canWriteRecord), so
 * the device never holds a commune the server would refuse for scope. Archived plans are left out. Communes are those
 * of the plan's own unit list: a plan carried across a reform is offered in its old units only (its new units after
 * the carry date are entered online; README).
 */
export async function fieldPlans(db: DbClient, user: AuthUser): Promise<FieldPlan[]> {
  const rows = await db.plan.findMany({
    where: { status: { not: 'archived' } },
    orderBy: [{ periodFrom: 'desc' }, { id: 'asc' }],
  });
  const out: FieldPlan[] = [];
  for (const row of rows) {
    const plan = planFromRow(row);
    const index = await areaIndexFor(db, plan.areaStructure);
    const agencyId = user.role === 'agency_officer' ? user.agencyId : null;
    const communes = index.areas
      .filter(
        (a) =>
          a.level === 'commune' &&
          index.inScope(a.code, plan) &&
          canWriteRecord(user, { areaCode: a.code, activityId: null, agencyId, createdById: user.id }, plan, index),
      )
      .map((a) => ({
        code: a.code,
        name: a.name,
        parentName: a.parentCode ? (index.get(a.parentCode)?.name ?? null) : null,
      }))
      .sort(
        (a, b) => (a.parentName ?? '').localeCompare(b.parentName ?? '', 'vi') || a.name.localeCompare(b.name, 'vi'),
      );
    if (communes.length === 0) continue;
    out.push({
      id: plan.id,
      code: plan.code,
      title: plan.title,
      from: plan.period.from,
      to: plan.period.to,
      activities: plan.activities.map((a) => ({
        id: a.id,
        title: a.title,
        type: a.type,
        typeLabel: ACTIVITY_TYPE_LABELS[a.type].vi,
        from: a.period.from,
        to: a.period.to,
      })),
      communes,
    });
  }
  return out;
}

/** The data version: a hash of exactly what the device would hold, so any change to it moves the version. */
export function fieldDataVersion(user: { id: string; displayName: string; role: string }, plans: FieldPlan[]): string {
  return createHash('sha256').update(JSON.stringify({ user, plans })).digest('base64url').slice(0, 22);
}
