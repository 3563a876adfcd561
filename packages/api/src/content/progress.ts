import {
  ACTIVITY_TYPE_LABELS,
  evaluatePlan,
  recordCountTable,
  suppressTable,
  SUPPRESSION_NOTE,
  TARGET_STATUS_LABELS,
  type ActivityRecord,
  type PublishedCount,
} from '@pcmbn/domain';
import { z } from 'zod';
import type { DbClient } from '../db/client.js';
import { fromDbDate, toDbDate } from '../db/dates.js';
import { areaFromRow, planFromRow } from '../db/mappers.js';

/**
 * "How our province is doing" for the public: published plans only, target status and value, and record counts
 * by district/commune × activity type with small counts suppressed (domain suppressTable). Only numbers and the
 * plan's own wording leave: no record ids, notes, dates, agencies, users or attachments — a record is an officer's
 * work in a small commune, and a count of one can point at a person.
 */

const CountSchema = z.union([
  z.object({ value: z.number().int() }),
  z.object({ suppressed: z.literal(true), label: z.string() }),
]);
const Labels = z.object({ vi: z.string(), en: z.string() });

export const PublicPlanProgressSchema = z.object({
  provinceCode: z.string(),
  asOf: z.string(),
  note: Labels,
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
          status: z.string(),
          statusLabel: Labels,
          value: z.number(),
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

/** A lone margin figure (province-wide records) is suppressed by the same rule as a cell. */
function single(value: number): PublishedCount {
  return suppressTable({ rows: ['x'], cols: ['x'], cells: [[value]] }).grandTotal;
}

export async function publicPlanProgress(
  db: DbClient,
  provinceCode: string,
  asOf: string,
): Promise<PublicPlanProgress> {
  const planRows = await db.plan.findMany({
    where: { provinceCode, status: 'published' },
    orderBy: [{ periodFrom: 'desc' }, { id: 'asc' }],
  });
  const plans: PublicPlanProgress['plans'] = [];
  for (const row of planRows) {
    const plan = planFromRow(row);
    const [areaRows, recordRows] = await Promise.all([
      db.area.findMany({ where: { provinceCode, structure: row.areaStructure } }),
      db.activityRecord.findMany({
        where: { planId: row.id, status: 'approved', date: { lte: toDbDate(asOf) } },
        // Only what the counts need: no note, agency, user or attachment is even read.
        select: {
          id: true,
          planId: true,
          activityId: true,
          type: true,
          date: true,
          areaCode: true,
          quantity: true,
          status: true,
        },
      }),
    ]);
    const areas = areaRows.map(areaFromRow);
    const records = recordRows.map((r): ActivityRecord => ({
      id: r.id,
      planId: r.planId,
      ...(r.activityId ? { activityId: r.activityId } : {}),
      type: r.type as ActivityRecord['type'],
      date: fromDbDate(r.date),
      areaCode: r.areaCode,
      ...(r.quantity === null ? {} : { quantity: r.quantity }),
      status: r.status,
    }));
    const results = evaluatePlan(plan, { areas, records, asOf });
    const table = recordCountTable(plan, { areas, records, asOf });
    const suppressed = suppressTable({ rows: table.rows.map((r) => r.code), cols: table.cols, cells: table.cells });
    plans.push({
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
          value: Math.round(result.value * 10) / 10,
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
        provinceWide: single(table.provinceWide),
      },
    });
  }
  return { provinceCode, asOf, note: { ...SUPPRESSION_NOTE }, plans };
}
