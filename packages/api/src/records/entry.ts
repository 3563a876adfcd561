import { checkRecordEntry, todayInHoChiMinh } from '@pcmbn/domain';
import type { z } from 'zod';
import { structureLookup } from '../areas/structures.js';
import type { DbClient } from '../db/client.js';
import { appError } from '../errors.js';
import type { PlanContext } from './access.js';
import type { RecordFieldsSchema } from './schemas.js';

/**
 * The domain's checks of a typed record, as one INVALID_INPUT error with a message per field. The stored succession
 * links go with them: a unit gone by the record's date is refused, naming what it became.
 */
export async function checkedEntry(db: DbClient, fields: z.infer<typeof RecordFieldsSchema>, ctx: PlanContext) {
  const { errors, type } = checkRecordEntry(fields, {
    plan: ctx.plan,
    index: ctx.index,
    today: todayInHoChiMinh(),
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
  return { type, reached };
}
