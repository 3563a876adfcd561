import {
  coverageGrid,
  IsoDateSchema,
  MAP_ATTRIBUTION,
  MAP_STATES,
  mapCommunes,
  publicPeriod,
  successorsAt,
  type ActivityRecord,
  type Area,
  type AreaLink,
  type Plan,
} from '@pcmbn/domain';
import { z } from 'zod';
import { areaIndexFor } from '../auth/scope.js';
import type { AuthUser } from '../auth/session.js';
import { loadAreaLinks, provinceStatuses } from '../areas/successions.js';
import type { DbClient } from '../db/client.js';
import { fromDbDate, toDbDate } from '../db/dates.js';
import { planFromRow } from '../db/mappers.js';
import { appError, notFound } from '../errors.js';
import { assertReadable } from '../plans/access.js';
import { loadPlan, rollUpRecords } from '../plans/load.js';
import { drawnProvince, type DrawnProvince } from './geometry.js';

/**
 * Commune maps of a plan's coverage (issue 15 item 5, issue 16 item 7). The states come from the domain's
 * coverageGrid — the same per-area reading as the dashboard's grid, never a count of our own — placed on today's
 * polygons by the domain's mapCommunes through the stored succession links.
 */

const Labels3 = z.object({ vi: z.string(), en: z.string(), km: z.string() });
const MapStateSchema = z.enum(MAP_STATES);
const MapUnitSchema = z.object({ code: z.string(), name: z.string(), covered: z.boolean() });

const TargetMapSchema = z.object({
  id: z.string(),
  title: z.string(),
  kind: z.string(),
  /** The target's own period: twin targets of two years read the same title (Lai Châu's leaflets 2017 and 2018). */
  period: z.object({ from: IsoDateSchema, to: IsoDateSchema }),
  /** The level the target is judged at: a district-level target colours every commune of a district alike. */
  level: z.enum(['province', 'district', 'commune']),
  /** Aligned with the answer's `communes`: the state of each polygon and the plan's units inside it. */
  states: z.array(z.object({ state: MapStateSchema, units: z.array(MapUnitSchema) })),
});

const GeometryFields = {
  /** The province whose polygons are drawn: the asked one, or the one a former province is now part of. */
  drawn: z.object({ code: z.string(), name: z.string() }),
  viewBox: z.string(),
  width: z.number().int(),
  height: z.number().int(),
  communes: z.array(z.object({ code: z.string(), name: z.string(), path: z.string() })),
  attribution: Labels3,
};

export const ProvinceMapSchema = z.object({
  provinceCode: z.string(),
  ...GeometryFields,
  /** End of the closed quarter the states are as of (the public tables' period). */
  asOf: IsoDateSchema,
  period: Labels3,
  /** Published plans of the province; only area-coverage targets (a share of areas reached) are mapped. */
  plans: z.array(z.object({ id: z.string(), code: z.string(), title: z.string(), targets: z.array(TargetMapSchema) })),
});
export type ProvinceMap = z.infer<typeof ProvinceMapSchema>;

export const PlanCoverageMapSchema = z.object({
  planId: z.string(),
  planCode: z.string(),
  asOf: IsoDateSchema,
  ...GeometryFields,
  /** Every target of the plan, to choose from (twins told apart by their period). */
  choices: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      kind: z.string(),
      period: z.object({ from: z.string(), to: z.string() }),
    }),
  ),
  /** The asked target (default: the first area-coverage target, else the first): one map, one answer. */
  targets: z.array(TargetMapSchema),
});
export type PlanCoverageMap = z.infer<typeof PlanCoverageMapSchema>;

const PROVINCE = { vi: 'tỉnh', en: 'Province' };

interface Canvas {
  drawn: { code: string; name: string };
  geometry: DrawnProvince;
  communes: DrawnProvince['communes'];
  links: AreaLink[];
}

/**
 * The polygons a province's map shows on `today`: all of a current province's communes; for a former province
 * (Trà Vinh, part of Vĩnh Long since 01/07/2025) the communes of the province it joined that its units went into.
 */
async function canvasOf(db: DbClient, provinceCode: string, today: string): Promise<Canvas> {
  const [statuses, links] = await Promise.all([provinceStatuses(db, today), loadAreaLinks(db)]);
  const status = statuses.find((s) => s.code === provinceCode);
  if (!status) throw notFound(PROVINCE, provinceCode);
  const drawn = status.nowPartOf ?? { code: status.code, name: status.name };
  const geometry = await drawnProvince(drawn.code);
  if (!geometry) throw notFound(PROVINCE, provinceCode);
  let communes = geometry.communes;
  if (status.nowPartOf) {
    const newest = await db.area.findFirst({
      where: { provinceCode, level: 'commune' },
      orderBy: { structure: 'desc' },
      select: { structure: true },
    });
    const own = newest
      ? await db.area.findMany({
          where: { provinceCode, level: 'commune', structure: newest.structure },
          select: { code: true },
        })
      : [];
    const structure = newest ? fromDbDate(newest.structure) : today;
    const reached = new Set(own.flatMap((a) => successorsAt(a.code, structure, today, links).units.map((u) => u.code)));
    communes = communes.filter((c) => reached.has(c.code));
  }
  return { drawn: { code: drawn.code, name: drawn.name }, geometry, communes, links };
}

function targetMaps(
  plan: Plan,
  canvas: Canvas,
  input: { areas: readonly Area[]; records: readonly ActivityRecord[]; asOf: string; today: string },
  include: (target: Plan['targets'][number]) => boolean,
): z.infer<typeof TargetMapSchema>[] {
  return plan.targets
    .filter((target) => include(target))
    .map((target) => {
      const grid = coverageGrid(plan, target, { areas: input.areas, records: input.records, asOf: input.asOf });
      const communes = mapCommunes({
        polygons: canvas.communes,
        cells: grid.cells,
        level: grid.level,
        areas: input.areas,
        structure: plan.areaStructure,
        links: canvas.links,
        asOf: input.today,
      });
      return {
        id: target.id,
        title: target.title,
        kind: target.kind,
        period: { from: target.period.from, to: target.period.to },
        level: grid.level,
        states: communes.map((c) => ({ state: c.state, units: c.units })),
      };
    });
}

function geometryFields(canvas: Canvas) {
  return {
    drawn: canvas.drawn,
    viewBox: canvas.geometry.viewBox,
    width: canvas.geometry.width,
    height: canvas.geometry.height,
    communes: canvas.communes,
    attribution: { ...MAP_ATTRIBUTION },
  };
}

/**
 * The public province map: polygons and, per published plan, each area-coverage target's state per commune as of
 * the end of the last closed quarter (publicPeriod, as the public tables). Only a class per commune leaves — done
 * (≥ the target's minimum records there), not yet, or outside the target — never a count: a commune "done" says
 * what a "< 10" cell beside a 0 already says in the tables, and nothing smaller.
 */
export async function provinceMap(db: DbClient, provinceCode: string, today: string): Promise<ProvinceMap> {
  const canvas = await canvasOf(db, provinceCode, today);
  const period = publicPeriod(today, today);
  const planRows = await db.plan.findMany({
    where: { provinceCode, status: 'published' },
    orderBy: [{ periodFrom: 'desc' }, { id: 'asc' }],
  });
  const plans: ProvinceMap['plans'] = [];
  for (const row of planRows) {
    const plan = planFromRow(row);
    const [index, recordRows] = await Promise.all([
      areaIndexFor(db, plan.areaStructure),
      db.activityRecord.findMany({
        where: { planId: row.id, status: 'approved', date: { lte: toDbDate(period.asOf) } },
        // What coverage needs and nothing else: no note, agency, user or attachment is read.
        select: { id: true, planId: true, activityId: true, type: true, date: true, areaCode: true, status: true },
      }),
    ]);
    const records = recordRows.map((r): ActivityRecord => ({
      id: r.id,
      planId: r.planId,
      ...(r.activityId ? { activityId: r.activityId } : {}),
      type: r.type as ActivityRecord['type'],
      date: fromDbDate(r.date),
      areaCode: r.areaCode,
      status: r.status,
    }));
    plans.push({
      id: plan.id,
      code: plan.code,
      title: plan.title,
      targets: targetMaps(
        plan,
        canvas,
        { areas: index.areas, records, asOf: period.asOf, today },
        (target) => target.kind === 'area_coverage',
      ),
    });
  }
  return { provinceCode, ...geometryFields(canvas), asOf: period.asOf, period: period.label, plans };
}

/**
 * An officer's map of one plan: the chosen target's state per commune as of `asOf` (default today), from the approved
 * records rolled up like the dashboard's. Readable by whoever may read the plan (assertReadable: outside one's
 * area the plan does not exist).
 */
export async function planCoverageMap(
  db: DbClient,
  user: AuthUser,
  input: { planId: string; targetId?: string | undefined; asOf?: string | undefined },
  today: string,
): Promise<PlanCoverageMap> {
  const loaded = await loadPlan(db, input.planId);
  assertReadable(user, loaded);
  const { plan } = loaded;
  const asOf = input.asOf ?? today;
  const target =
    plan.targets.find((t) => t.id === input.targetId) ??
    plan.targets.find((t) => t.kind === 'area_coverage') ??
    plan.targets[0];
  if (input.targetId !== undefined && target?.id !== input.targetId) {
    const message = {
      vi: `Kế hoạch không có chỉ tiêu “${input.targetId}”.`,
      en: `The plan has no target "${input.targetId}".`,
    };
    throw appError('BAD_REQUEST', 'INVALID_INPUT', message, [{ path: 'targetId', ...message }]);
  }
  const [canvas, records] = await Promise.all([
    canvasOf(db, plan.provinceCode, today),
    rollUpRecords(db, plan, { to: asOf }),
  ]);
  return {
    planId: plan.id,
    planCode: plan.code,
    asOf,
    ...geometryFields(canvas),
    choices: plan.targets.map((t) => ({ id: t.id, title: t.title, kind: t.kind, period: { ...t.period } })),
    targets: targetMaps(plan, canvas, { areas: loaded.index.areas, records, asOf, today }, (t) => t.id === target?.id),
  };
}
