import { evaluatePlan, planAgencyNames, validatePlan, type AreaIndex, todayInHoChiMinh } from '@pcmbn/domain';
import { loadAgencies } from '../agencies/load.js';
import { areaIndexFor, canReadPlan } from '../auth/scope.js';
import type { AuthUser } from '../auth/session.js';
import type { DbClient } from '../db/client.js';
import { fromDbDate } from '../db/dates.js';
import type { Plan as PlanRow, PlanStatus } from '../generated/prisma/client.js';
import { assertReadable, planAccess } from './access.js';
import { overRollUp } from './evaluation.js';
import { loadPlan } from './load.js';
import type { PlanSummary } from './schemas.js';
import { recordsIn } from './tally.js';

type User = AuthUser | null;

function areaName(index: AreaIndex, code: string | null): string | null {
  return code === null ? null : (index.get(code)?.name ?? null);
}

/**
 * Plans the caller may see: anonymous callers the published ones; signed-in users those of their area
 * (canReadPlan), drafts and archived ones included.
 */
export async function listPlans(
  db: DbClient,
  user: User,
  filter: { provinceCode?: string | undefined; status?: PlanStatus | undefined; parentPlanId?: string | undefined },
): Promise<PlanSummary[]> {
  if (user === null && filter.status !== undefined && filter.status !== 'published') return [];
  const status = user === null ? 'published' : filter.status;
  // Children of a plan are plans of its own province and structure only (a link across provinces is no child).
  const parent = filter.parentPlanId
    ? await db.plan.findUnique({
        where: { id: filter.parentPlanId },
        select: { provinceCode: true, areaStructure: true },
      })
    : undefined;
  if (parent === null) return [];
  const rows = await db.plan.findMany({
    where: {
      ...(filter.provinceCode ? { provinceCode: filter.provinceCode } : {}),
      ...(filter.parentPlanId && parent
        ? {
            parentPlanId: filter.parentPlanId,
            AND: [{ provinceCode: parent.provinceCode }, { areaStructure: parent.areaStructure }],
          }
        : {}),
      ...(status ? { status } : {}),
    },
    orderBy: [{ periodFrom: 'desc' }, { id: 'asc' }],
  });
  const indexes = new Map<string, AreaIndex>();
  const out: PlanSummary[] = [];
  for (const row of rows) {
    const structure = fromDbDate(row.areaStructure);
    let index = indexes.get(structure);
    if (!index) indexes.set(structure, (index = await areaIndexFor(db, structure)));
    const scope = {
      provinceCode: row.provinceCode,
      ...(row.scopeAreaCode ? { scopeAreaCode: row.scopeAreaCode } : {}),
    };
    if (user !== null && !canReadPlan(user, scope, index)) continue;
    out.push(summary(row, index));
  }
  return out;
}

function summary(row: PlanRow, index: AreaIndex): PlanSummary {
  const doc = row.document as { issuer?: string; issuedOn?: string };
  return {
    id: row.id,
    code: row.code,
    title: row.title,
    issuer: doc.issuer ?? '',
    issuedOn: doc.issuedOn ?? fromDbDate(row.periodFrom),
    provinceCode: row.provinceCode,
    status: row.status,
    period: { from: fromDbDate(row.periodFrom), to: fromDbDate(row.periodTo) },
    version: row.version,
    scopeAreaCode: row.scopeAreaCode,
    scopeAreaName: areaName(index, row.scopeAreaCode),
    parentPlanId: row.parentPlanId,
  };
}

const ref = (row: Pick<PlanRow, 'id' | 'code' | 'title' | 'status' | 'scopeAreaCode'>) => ({
  id: row.id,
  code: row.code,
  title: row.title,
  status: row.status,
  scopeAreaCode: row.scopeAreaCode,
});

export async function getPlan(db: DbClient, user: User, id: string) {
  const loaded = await loadPlan(db, id);
  assertReadable(user, loaded);
  const { row, plan, index } = loaded;
  const agencies = await loadAgencies(db, plan.areaStructure);
  const today = todayInHoChiMinh();
  // Parent and children only within the plan's own province and structure: a link across provinces (stored before
  // the plan mutations checked links, or written behind the API) is shown on neither side.
  const sameProvince = { provinceCode: row.provinceCode, areaStructure: row.areaStructure };
  const parentRow = plan.parentPlanId
    ? await db.plan.findFirst({ where: { id: plan.parentPlanId, ...sameProvince } })
    : null;
  // Parent and children the caller may read, by the rule of plan.get itself (canReadPlan; anonymous: published).
  const readable = (r: PlanRow) =>
    user === null
      ? r.status === 'published'
      : canReadPlan(
          user,
          { provinceCode: r.provinceCode, ...(r.scopeAreaCode ? { scopeAreaCode: r.scopeAreaCode } : {}) },
          index,
        );
  const childRows = (
    await db.plan.findMany({
      where: { parentPlanId: id, ...sameProvince, ...(user === null ? { status: 'published' as const } : {}) },
      orderBy: { id: 'asc' },
    })
  ).filter(readable);
  return {
    id: row.id,
    status: row.status,
    version: row.version,
    updatedAt: row.updatedAt,
    plan,
    agencyNames: {
      atIssue: Object.fromEntries(planAgencyNames(plan, agencies, plan.issuedOn)),
      today: Object.fromEntries(planAgencyNames(plan, agencies, today)),
      todayDate: today,
    },
    scopeAreaName: areaName(index, row.scopeAreaCode),
    parent: parentRow && readable(parentRow) ? ref(parentRow) : null,
    children: childRows.map(ref),
    access: planAccess(user, loaded),
    warnings: validatePlan(plan, { agencies, areas: index.areas }).filter((i) => i.severity === 'warning'),
  };
}

/** evaluatePlan for `asOf` over the approved records of the plan and the plans derived from it. */
export async function planStatus(db: DbClient, user: AuthUser, input: { id: string; asOf?: string | undefined }) {
  const loaded = await loadPlan(db, input.id);
  assertReadable(user, loaded);
  const asOf = input.asOf ?? todayInHoChiMinh();
  const { results, recordCount } = await overRollUp(db, loaded, 'plan.status', { to: asOf }, null, (records) => ({
    results: evaluatePlan(loaded.plan, { areas: loaded.index.areas, records, asOf }),
    recordCount: recordsIn(records),
  }));
  const areaNames: Record<string, string> = {};
  for (const r of results) {
    for (const code of [...r.missing, ...(r.excluded ?? [])]) {
      const area = loaded.index.get(code);
      if (area) areaNames[code] = area.name;
    }
  }
  return { planId: loaded.plan.id, asOf, results, areaNames, recordCount };
}
