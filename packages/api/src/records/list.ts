import { PlanCarrySchema, type PlanCarry } from '@pcmbn/domain';
import { areaIndexFor } from '../auth/scope.js';
import type { DbClient } from '../db/client.js';
import { fromDbDate, toDbDate } from '../db/dates.js';
import type { Prisma } from '../generated/prisma/client.js';
import type { ScopeUser } from './access.js';
import type { RecordListInput } from './schemas.js';

/**
 * The WHERE of record.list. Codes are reused across administrative structures, so "an area and everything below
 * it" is a list of (structure, codes) pairs, one per structure that has the area. The user's scope is applied the
 * same way: a district officer sees the communes of its district; province roles see the records of their
 * province's plans (a record's area always lies inside its plan's scope, checked at write time). A plan carried
 * across a reform stores records from the carry date on at units of the new structure: an old unit of the plan (a
 * district, a commune) then also finds them at the new units the carry mapped it to (issue 14).
 */

type Where = Prisma.ActivityRecordWhereInput;

/** Carried plans (their carry in the document), or just `planId` when the list names one. */
async function carriedPlans(db: DbClient, planId: string | undefined): Promise<{ id: string; carry: PlanCarry }[]> {
  const rows = await db.$queryRaw<{ id: string; carry: unknown }[]>`
    SELECT "id", "document"->'carry' AS "carry" FROM "Plan"
     WHERE jsonb_typeof("document"->'carry') = 'object' AND (${planId ?? null}::text IS NULL OR "id" = ${planId ?? null})`;
  return rows.flatMap((r) => {
    const carry = PlanCarrySchema.safeParse(r.carry);
    return carry.success ? [{ id: r.id, carry: carry.data }] : [];
  });
}

async function areaAndBelow(db: DbClient, code: string, planId?: string): Promise<Where> {
  const rows = await db.area.findMany({ where: { code }, select: { structure: true } });
  const parts: Where[] = [];
  for (const { structure } of rows) {
    const index = await areaIndexFor(db, fromDbDate(structure));
    const codes = [code, ...index.descendantsOf(code).map((a) => a.code)];
    parts.push({ areaStructure: structure, areaCode: { in: codes } });
  }
  for (const { id, carry } of await carriedPlans(db, planId)) {
    const codes = carry.areaMap[code];
    if (codes && codes.length > 0)
      parts.push({ planId: id, areaStructure: toDbDate(carry.structure), areaCode: { in: codes } });
  }
  // An unknown area matches nothing (not everything).
  return parts.length === 0 ? { id: { in: [] } } : parts.length === 1 ? (parts[0] as Where) : { OR: parts };
}

export async function scopeWhere(db: DbClient, user: ScopeUser): Promise<Where> {
  const scope = user.scopeAreaCode;
  if (scope === null) return user.role === 'district_officer' ? { id: { in: [] } } : {};
  if (user.role === 'district_officer' || scope.length > 2) return areaAndBelow(db, scope);
  const plans = await db.plan.findMany({ where: { provinceCode: scope }, select: { id: true } });
  return { planId: { in: plans.map((p) => p.id) } };
}

export async function listWhere(db: DbClient, user: ScopeUser, input: RecordListInput): Promise<Where> {
  const and: Where[] = [await scopeWhere(db, user)];
  if (input.planId) and.push({ planId: input.planId });
  if (input.activityId) and.push({ activityId: input.activityId });
  if (input.type) and.push({ type: input.type });
  if (input.status && input.status.length > 0) and.push({ status: { in: input.status } });
  if (input.importId) and.push({ importId: input.importId });
  if (input.createdByMe) and.push({ createdById: user.id });
  if (input.from || input.to) {
    and.push({
      date: { ...(input.from ? { gte: toDbDate(input.from) } : {}), ...(input.to ? { lte: toDbDate(input.to) } : {}) },
    });
  }
  if (input.areaCode) and.push(await areaAndBelow(db, input.areaCode, input.planId));
  return { AND: and };
}

export function listOrder(input: RecordListInput): Prisma.ActivityRecordOrderByWithRelationInput[] {
  const dir = input.order;
  const key: Prisma.ActivityRecordOrderByWithRelationInput =
    input.sort === 'createdAt'
      ? { createdAt: dir }
      : input.sort === 'status'
        ? { status: dir }
        : input.sort === 'area'
          ? { areaCode: dir }
          : { date: dir };
  // id last: a stable order, so pages never repeat or skip a row.
  return input.sort === 'date' ? [key, { id: dir }] : [key, { date: 'desc' }, { id: 'desc' }];
}
