import { carriedIndex, checkRecordEntry, planStructureOn, todayInHoChiMinh } from '@pcmbn/domain';
import type { z } from 'zod';
import { structureLookup } from '../areas/structures.js';
import { areaIndexFor } from '../auth/scope.js';
import type { DbClient } from '../db/client.js';
import { appError } from '../errors.js';
import type { PlanContext } from './access.js';
import type { RecordFieldsSchema } from './schemas.js';

/**
 * The plan as a record dated `date` sees it: its own units, or — a plan carried across a reform, from the carry
 * date on — the new structure's units seen through the plan's old scope (domain carriedIndex), and the structure
 * the record is stored under.
 */
export async function entryContext(
  db: DbClient,
  ctx: PlanContext,
  date: string,
): Promise<{ ctx: PlanContext; structure: string }> {
  const structure = planStructureOn(ctx.plan, date);
  if (!ctx.plan.carry || structure === ctx.plan.areaStructure) return { ctx, structure };
  return { ctx: { plan: ctx.plan, index: carriedIndex(await areaIndexFor(db, structure), ctx.plan.carry) }, structure };
}

/**
 * The domain's checks of a typed record, as one INVALID_INPUT error with a message per field. The stored succession
 * links go with them: a unit gone by the record's date is refused, naming what it became. Returns the context to
 * authorise the record in and the structure to store it under (entryContext).
 */
export async function checkedEntry(db: DbClient, fields: z.infer<typeof RecordFieldsSchema>, plan: PlanContext) {
  const { ctx, structure } = await entryContext(db, plan, fields.date);
  const { errors, type } = checkRecordEntry(fields, {
    plan: ctx.plan,
    index: ctx.index,
    today: todayInHoChiMinh(),
    structure,
    structures: await structureLookup(db),
  });
  if (errors.length > 0 || type === undefined) {
    throw appError(
      'BAD_REQUEST',
      'INVALID_INPUT',
      {
        vi: `Dữ liệu không hợp lệ: ${errors.map((e) => e.vi).join(' ')}`,
        en: `Invalid input: ${errors.map((e) => e.en).join(' ')}`,
      },
      errors.map((e) => ({ path: e.path, vi: e.vi, en: e.en })),
    );
  }
  const reached = fields.reached && Object.keys(fields.reached).length > 0 ? fields.reached : null;
  return { type, reached, ctx, structure };
}
