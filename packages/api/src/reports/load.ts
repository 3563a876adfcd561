import type { ActivityRecord, Agency, Area, Plan } from '@pcmbn/domain';
import { loadAgencies } from '../agencies/load.js';
import type { DbClient } from '../db/client.js';
import { toDbDate } from '../db/dates.js';
import { areaFromRow, planFromRow, recordFromRow } from '../db/mappers.js';
import { notFound } from '../errors.js';

/** Everything a report about one plan needs, as domain values. */
export interface PlanReportContext {
  plan: Plan;
  planRow: { id: string; status: string };
  agencies: Agency[];
  areas: Area[];
}

export const PLAN = { vi: 'kế hoạch', en: 'Plan' };

export async function loadPlanContext(db: DbClient, planId: string): Promise<PlanReportContext> {
  const row = await db.plan.findUnique({ where: { id: planId } });
  if (!row) throw notFound(PLAN, planId);
  const plan = planFromRow(row);
  const [agencies, areaRows] = await Promise.all([
    loadAgencies(db, plan.areaStructure),
    db.area.findMany({
      where: { structure: toDbDate(plan.areaStructure), provinceCode: plan.provinceCode },
      orderBy: { code: 'asc' },
    }),
  ]);
  return { plan, planRow: { id: row.id, status: row.status }, agencies, areas: areaRows.map(areaFromRow) };
}

/**
 * Approved records of the plan dated up to `to`, only the columns a report reads: from `from` when given (a
 * consolidated report lists the data period's records; its figures up to the cut-off come from the tallies), and
 * only those entered by one of `agencyIds` or without an agency when given (a sender's own work, isSenderRecord,
 * is among them; the domain decides which).
 */
export async function loadApprovedRecords(
  db: DbClient,
  planId: string,
  range: { from?: string | undefined; to: string },
  agencyIds?: readonly string[],
): Promise<ActivityRecord[]> {
  const rows = await db.activityRecord.findMany({
    where: {
      planId,
      status: 'approved',
      date: { ...(range.from ? { gte: toDbDate(range.from) } : {}), lte: toDbDate(range.to) },
      ...(agencyIds ? { OR: [{ agencyId: null }, { agencyId: { in: [...agencyIds] } }] } : {}),
    },
    select: {
      id: true,
      planId: true,
      activityId: true,
      type: true,
      date: true,
      areaCode: true,
      quantity: true,
      reached: true,
      status: true,
      agencyId: true,
    },
    orderBy: [{ date: 'asc' }, { id: 'asc' }],
  });
  return rows.map(recordFromRow);
}
