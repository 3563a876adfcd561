import { dateSplits, recordsForRollUp, type Area, type CountedRecord, type AreaIndex, type Plan } from '@pcmbn/domain';
import { areaIndexFor } from '../auth/scope.js';
import type { DbClient } from '../db/client.js';
import { toDbDate } from '../db/dates.js';
import { planFromRow } from '../db/mappers.js';
import { notFound } from '../errors.js';
import type { Plan as PlanRow } from '../generated/prisma/client.js';
import { approvedTallies, dataVersion } from './tally.js';

/** Loading what the plan procedures need: the plan row, its area tree and the approved records (agencies: src/agencies/load.ts). */

export const PLAN = { vi: 'kế hoạch', en: 'Plan' };

export interface LoadedPlan {
  row: PlanRow;
  plan: Plan;
  index: AreaIndex;
}

export async function loadPlan(db: DbClient, id: string): Promise<LoadedPlan> {
  const row = await db.plan.findUnique({ where: { id } });
  if (!row) throw notFound(PLAN, id);
  const plan = planFromRow(row);
  return { row, plan, index: await areaIndexFor(db, plan.areaStructure) };
}

export async function areasOf(
  db: DbClient,
  plan: Pick<Plan, 'areaStructure'>,
): Promise<{ index: AreaIndex; areas: readonly Area[] }> {
  const index = await areaIndexFor(db, plan.areaStructure);
  return { index, areas: index.areas };
}

/**
 * Ids and parents of the plans that descend from `root` (any depth). Only plans of the root's province and
 * administrative structure are followed: a plan of another province that names `root` as its parent (stored before
 * the plan mutations checked links, or written behind the API) is no child, nor is anything below it.
 */
export async function descendantPlans(
  db: DbClient,
  root: Pick<Plan, 'id' | 'provinceCode' | 'areaStructure'>,
): Promise<{ id: string; parentPlanId: string; provinceCode: string; areaStructure: string }[]> {
  const linked = await db.plan.findMany({
    where: {
      parentPlanId: { not: null },
      provinceCode: root.provinceCode,
      areaStructure: toDbDate(root.areaStructure),
    },
    select: { id: true, parentPlanId: true },
  });
  const children = new Map<string, string[]>();
  for (const p of linked)
    children.set(p.parentPlanId as string, [...(children.get(p.parentPlanId as string) ?? []), p.id]);
  const out: { id: string; parentPlanId: string; provinceCode: string; areaStructure: string }[] = [];
  const queue = [root.id];
  const seen = new Set(queue);
  while (queue.length > 0) {
    const parent = queue.shift() as string;
    for (const id of children.get(parent) ?? []) {
      if (seen.has(id)) continue;
      seen.add(id);
      out.push({ id, parentPlanId: parent, provinceCode: root.provinceCode, areaStructure: root.areaStructure });
      queue.push(id);
    }
  }
  return out;
}

/**
 * Approved records of the plan and of every plan derived from it, as evaluatePlan(plan) should see them (domain
 * recordsForRollUp: a district's result counts for the province), as tallies (domain CountedRecord, read from
 * RecordTallyMonth and RecordTally: tally.ts) for a call counting up to `request.to` (from `request.from`) — what
 * every rule counts the same as the records, at a small part of the cost. Never across provinces: descendantPlans
 * follows only the plan's own province, and recordsForRollUp checks again. `version` names the plans read and their
 * data versions: a result computed from `records()` holds while it does.
 */
export async function rollUpSource(
  db: DbClient,
  plan: Plan,
): Promise<{
  version: string;
  records: (request: { from?: string; to: string } | 'every day') => Promise<CountedRecord[]>;
}> {
  const descendants = await descendantPlans(db, plan);
  const ids = [plan.id, ...descendants.map((d) => d.id)];
  const version = await dataVersion(db, ids);
  return {
    version,
    // recordsForRollUp copies each record with its own properties (count included), only planId and activityId mapped.
    records: async (request) =>
      recordsForRollUp(
        plan,
        descendants,
        await approvedTallies(db, ids, request === 'every day' ? 'every day' : dateSplits(plan, request), version),
      ),
  };
}

/**
 * The roll-up's tallies for a call counting up to `request.to`. Without a request: day tallies only (every month
 * split), right for any rule and any day, at the cost of reading them all.
 */
export async function rollUpRecords(
  db: DbClient,
  plan: Plan,
  request?: { from?: string; to: string },
): Promise<CountedRecord[]> {
  const source = await rollUpSource(db, plan);
  return source.records(request ?? 'every day');
}

/**
 * At process start, in the background: the month tallies of the `limit` (default 4) plans (with their derived plans) whose
 * approved records changed last, so that the first plan.status, dashboard or public progress after a restart finds
 * them read. One plan after the other, each a heavy read in its turn (heavy.ts); a failure only logs.
 */
export async function warmRollUps(
  db: DbClient,
  options: { limit?: number; stopped: () => boolean; onError: (error: unknown) => void },
): Promise<void> {
  const limit = options.limit ?? 4;
  const roots = await db.$queryRaw<{ id: string }[]>`
    SELECT p.id FROM "Plan" p JOIN "PlanDataVersion" v ON v."planId" = p.id
    WHERE p."parentPlanId" IS NULL AND v.version > 0 ORDER BY v.version DESC LIMIT ${limit}`;
  for (const { id } of roots) {
    if (options.stopped()) return;
    try {
      const { plan } = await loadPlan(db, id);
      const ids = [plan.id, ...(await descendantPlans(db, plan)).map((d) => d.id)];
      await approvedTallies(db, ids, []);
    } catch (error) {
      if (!options.stopped()) options.onError(error);
    }
  }
}
