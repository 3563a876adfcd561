import {
  coverageGrid,
  evaluatePlan,
  maxIso,
  minIso,
  progressByArea,
  progressByComponent,
  progressOverTime,
  TargetStatusSchema,
  todayInHoChiMinh,
} from '@pcmbn/domain';
import { z } from 'zod';
import type { AuthUser } from '../auth/session.js';
import type { DbClient } from '../db/client.js';
import { appError } from '../errors.js';
import { assertReadable } from './access.js';
import { overRollUp } from './evaluation.js';
import { loadPlan } from './load.js';

/**
 * Dashboard aggregations (domain rules/dashboard/dashboard.ts) over the plan's approved records, rolled up like plan.status,
 * read as tallies (tally.ts) and computed one heavy piece of work at a time (heavy.ts).
 */

const TallySchema = z.object({
  records: z.number(),
  quantity: z.number(),
  reached: z.object({ total: z.number(), aged14to60: z.number(), women: z.number(), children: z.number() }),
});

export const ByAreaOutputSchema = z.object({
  asOf: z.string(),
  level: z.enum(['district', 'commune']),
  rows: z.array(
    TallySchema.extend({
      code: z.string(),
      name: z.string(),
      parentCode: z.string().optional(),
      coverage: z.object({ covered: z.number(), applicable: z.number(), share: z.number().nullable() }),
    }),
  ),
  outside: TallySchema,
});

export const ByComponentOutputSchema = z.object({
  asOf: z.string(),
  components: z.array(
    TallySchema.extend({
      componentId: z.string().nullable(),
      title: z.string(),
      leadAgencyId: z.string().optional(),
      activities: z.object({ planned: z.number(), withRecords: z.number() }),
      targets: z.object({ total: z.number(), byStatus: z.record(TargetStatusSchema, z.number()) }),
    }),
  ),
});

export const OverTimeOutputSchema = z.object({
  from: z.string(),
  to: z.string(),
  every: z.enum(['month', 'quarter']),
  buckets: z.array(z.object({ label: z.string(), from: z.string(), to: z.string() })),
  records: z.array(z.number()),
  series: z.array(
    z.object({
      targetId: z.string(),
      kind: z.string(),
      unit: z.enum(['percent', 'quantity', 'count']),
      cumulative: z.boolean(),
      threshold: z.number(),
      values: z.array(z.number()),
    }),
  ),
});

export const CoverageGridOutputSchema = z.object({
  asOf: z.string(),
  targetId: z.string(),
  targetTitle: z.string(),
  level: z.enum(['province', 'district', 'commune']),
  cells: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      parentCode: z.string().optional(),
      parentName: z.string().optional(),
      records: z.number(),
      quantity: z.number(),
      reached: z.number().optional(),
      population: z.number().optional(),
      covered: z.boolean(),
    }),
  ),
  covered: z.number(),
  total: z.number(),
  share: z.number().nullable(),
});

async function prepare(db: DbClient, user: AuthUser, planId: string) {
  const loaded = await loadPlan(db, planId);
  assertReadable(user, loaded);
  return loaded;
}

export async function byArea(
  db: DbClient,
  user: AuthUser,
  input: { planId: string; asOf?: string | undefined; level: 'district' | 'commune' },
) {
  const loaded = await prepare(db, user, input.planId);
  const { plan, index } = loaded;
  const asOf = input.asOf ?? todayInHoChiMinh();
  const progress = await overRollUp(db, loaded, 'dashboard.byArea', { to: asOf }, input.level, (records) =>
    progressByArea(plan, { areas: index.areas, records, asOf, level: input.level }),
  );
  return { asOf, ...progress };
}

export async function byComponent(db: DbClient, user: AuthUser, input: { planId: string; asOf?: string | undefined }) {
  const loaded = await prepare(db, user, input.planId);
  const { plan, index } = loaded;
  const asOf = input.asOf ?? todayInHoChiMinh();
  const components = await overRollUp(db, loaded, 'dashboard.byComponent', { to: asOf }, null, (records) =>
    progressByComponent(plan, evaluatePlan(plan, { areas: index.areas, records, asOf }), records, { asOf }),
  );
  return { asOf, components };
}

export async function overTime(
  db: DbClient,
  user: AuthUser,
  input: { planId: string; from?: string | undefined; to?: string | undefined; every: 'month' | 'quarter' },
) {
  const loaded = await prepare(db, user, input.planId);
  const { plan, index } = loaded;
  // Default: the plan's period up to today (a finished plan: its whole period).
  const from = input.from ?? plan.period.from;
  const to = input.to ?? maxIso(from, minIso(plan.period.to, todayInHoChiMinh()));
  if (to < from) {
    const message = {
      vi: 'Ngày kết thúc phải sau ngày bắt đầu.',
      en: 'The end date must not be before the start date.',
    };
    throw appError('BAD_REQUEST', 'INVALID_INPUT', message, [{ path: 'to', ...message }]);
  }
  const progress = await overRollUp(db, loaded, 'dashboard.overTime', { from, to }, input.every, (records) =>
    progressOverTime(plan, { areas: index.areas, records, from, to, every: input.every }),
  );
  return { from, to, every: input.every, ...progress };
}

export async function grid(
  db: DbClient,
  user: AuthUser,
  input: { planId: string; targetId?: string | undefined; asOf?: string | undefined },
) {
  const loaded = await prepare(db, user, input.planId);
  const { plan, index } = loaded;
  const target = input.targetId
    ? plan.targets.find((t) => t.id === input.targetId)
    : (plan.targets.find((t) => t.kind === 'area_coverage') ?? plan.targets[0]);
  if (!target) {
    const message = input.targetId
      ? { vi: `Kế hoạch không có chỉ tiêu “${input.targetId}”.`, en: `The plan has no target "${input.targetId}".` }
      : { vi: 'Kế hoạch chưa có chỉ tiêu nào.', en: 'The plan has no target.' };
    throw appError(
      input.targetId ? 'BAD_REQUEST' : 'NOT_FOUND',
      input.targetId ? 'INVALID_INPUT' : 'NOT_FOUND',
      message,
      input.targetId ? [{ path: 'targetId', ...message }] : [],
    );
  }
  const asOf = input.asOf ?? todayInHoChiMinh();
  const cells = await overRollUp(db, loaded, 'dashboard.coverageGrid', { to: asOf }, target.id, (records) =>
    coverageGrid(plan, target, { areas: index.areas, records, asOf }),
  );
  return { asOf, targetTitle: target.title, ...cells };
}
