import {
  ACTIVITY_TYPE_LABELS,
  evaluatePlan,
  publicPeriod,
  publishCount,
  publishTable,
  PUBLIC_COUNT_NOTE,
  recordCountTable,
  TARGET_STATUS_LABELS,
  TargetStatusSchema,
  dateSplits,
  statusExplanation,
  type Area,
  type Plan,
  type PublishedCount,
} from '@pcmbn/domain';
import { z } from 'zod';
import type { DbClient } from '../db/client.js';
import { areaFromRow, planFromRow } from '../db/mappers.js';
import { heavyWork } from '../plans/heavy.js';
import { approvedTallies, dataVersion } from '../plans/tally.js';

/**
 * "How our province is doing" for the public: published plans only, target status and value, and record counts
 * by district/commune × activity type. Issue 12 item 5: the figures are as of the end of the last closed quarter
 * at or before the asked day (domain publicPeriod: no arbitrary day to difference against), every count is
 * published by the domain rule (publishCount: 0, "< 10" or a multiple of 5) and totals are summed from the
 * rounded cells (publishTable), so no subtraction, within a period or between two, gives a small count. Only numbers and the
 * plan's own wording leave: no record ids, notes, dates, agencies, users or attachments — a record is an officer's
 * work in a small commune, and a count of one can point at a person.
 */

const CountSchema = z.union([
  z.object({ value: z.number().int() }),
  z.object({ suppressed: z.literal(true), label: z.string() }),
]);
/** A target value: a percentage may have a decimal. */
const TargetValueSchema = z.union([
  z.object({ value: z.number() }),
  z.object({ suppressed: z.literal(true), label: z.string() }),
]);
const Labels = z.object({ vi: z.string(), en: z.string() });
const Labels3 = Labels.extend({ km: z.string() });

export const PublicPlanProgressSchema = z.object({
  provinceCode: z.string(),
  /** The end of the closed quarter the figures stop at (never the asked day itself). */
  asOf: z.string(),
  period: z.object({ year: z.number().int(), quarter: z.number().int().min(1).max(4), label: Labels3 }),
  note: Labels3,
  plans: z.array(
    z.object({
      id: z.string(),
      code: z.string(),
      title: z.string(),
      period: z.object({ from: z.string(), to: z.string() }),
      targets: z.array(
        z.object({
          id: z.string(),
          title: z.string(),
          kind: z.string(),
          status: TargetStatusSchema,
          statusLabel: Labels,
          /** The status's one sentence (domain statusExplanation): what it means, or what data is missing; no count. */
          explanation: Labels,
          /** Counts (output_count) by publishCount; percentages, periods met and done/not done as they are. */
          value: TargetValueSchema,
          threshold: z.number(),
          /** '%' for coverage and reach, '' for counts. */
          unit: z.string(),
        }),
      ),
      counts: z.object({
        level: z.enum(['district', 'commune']),
        rows: z.array(z.object({ code: z.string(), name: z.string() })),
        cols: z.array(z.object({ type: z.string(), label: Labels })),
        cells: z.array(z.array(CountSchema)),
        rowTotals: z.array(CountSchema),
        colTotals: z.array(CountSchema),
        grandTotal: CountSchema,
        provinceWide: CountSchema,
      }),
    }),
  ),
});
export type PublicPlanProgress = z.infer<typeof PublicPlanProgressSchema>;

const PERCENT_KINDS = new Set(['area_coverage', 'population_reach']);

/**
 * A target's value as the public sees it: a count of records or of their quantities (output_count) by the count
 * rule; a percentage, a number of periods met (cadence) or done / not done (deadline) is not a count of anything
 * done in one place and is shown as computed.
 */
function publicTargetValue(kind: string, value: number): PublishedCount {
  return kind === 'output_count' ? publishCount(Math.round(value)) : { value: Math.round(value * 10) / 10 };
}

/** `requested`: the day the caller asked for (default today); `today`: today in Vietnam. */
export async function publicPlanProgress(
  db: DbClient,
  provinceCode: string,
  requested: string,
  today: string,
): Promise<PublicPlanProgress> {
  const period = publicPeriod(requested, today);
  const asOf = period.asOf;
  const planRows = await db.plan.findMany({
    where: { provinceCode, status: 'published' },
    orderBy: [{ periodFrom: 'desc' }, { id: 'asc' }],
  });
  const plans: PublicPlanProgress['plans'] = [];
  for (const row of planRows) {
    const plan = planFromRow(row);
    const areaRows = await db.area.findMany({ where: { provinceCode, structure: row.areaStructure } });
    const areas = areaRows.map(areaFromRow);
    plans.push(await planFigures(db, plan, `${row.version}@${row.updatedAt.toISOString()}`, areas, asOf));
  }
  return {
    provinceCode,
    asOf,
    period: { year: period.year, quarter: period.quarter, label: period.label },
    note: { ...PUBLIC_COUNT_NOTE },
    plans,
  };
}

type PlanFigures = PublicPlanProgress['plans'][number];

/** Figures of one plan kept per (plan version, areas, closed quarter, data version): a closed quarter never moves. */
const figuresKept = new Map<string, Promise<PlanFigures>>();
const FIGURES_KEPT = 64;

async function planFigures(
  db: DbClient,
  plan: Plan,
  planVersion: string,
  areas: Area[],
  asOf: string,
): Promise<PlanFigures> {
  // The plan's own approved records (no roll-up: what the public sees is the plan as published), as tallies.
  const version = await dataVersion(db, [plan.id]);
  const key = JSON.stringify([plan.id, planVersion, asOf, version, areas]);
  let figures = figuresKept.get(key);
  if (!figures) {
    figures = approvedTallies(db, [plan.id], dateSplits(plan, { to: asOf }), version).then((records) =>
      heavyWork(() => computeFigures(plan, areas, records, asOf)),
    );
    figuresKept.set(key, figures);
    while (figuresKept.size > FIGURES_KEPT) figuresKept.delete(figuresKept.keys().next().value as string);
    const kept = figures;
    kept.catch(() => {
      if (figuresKept.get(key) === kept) figuresKept.delete(key);
    });
  }
  return figures;
}

function computeFigures(
  plan: Plan,
  areas: Area[],
  records: Parameters<typeof evaluatePlan>[1]['records'],
  asOf: string,
): PlanFigures {
  const results = evaluatePlan(plan, { areas, records, asOf });
  const table = recordCountTable(plan, { areas, records, asOf });
  const suppressed = publishTable({ rows: table.rows.map((r) => r.code), cols: table.cols, cells: table.cells });
  return {
    id: plan.id,
    code: plan.code,
    title: plan.title,
    period: plan.period,
    targets: results.map((result) => {
      const target = plan.targets.find((t) => t.id === result.targetId);
      return {
        id: result.targetId,
        title: target?.title ?? result.targetId,
        kind: result.kind,
        status: result.status,
        statusLabel: TARGET_STATUS_LABELS[result.status],
        explanation: statusExplanation(result),
        value: publicTargetValue(result.kind, result.value),
        threshold: result.threshold,
        unit: PERCENT_KINDS.has(result.kind) ? '%' : '',
      };
    }),
    counts: {
      level: table.level,
      rows: table.rows,
      cols: table.cols.map((type) => ({ type, label: ACTIVITY_TYPE_LABELS[type] })),
      cells: suppressed.cells,
      rowTotals: suppressed.rowTotals,
      colTotals: suppressed.colTotals,
      grandTotal: suppressed.grandTotal,
      provinceWide: publishCount(table.provinceWide),
    },
  };
}
