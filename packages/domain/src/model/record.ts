import { z } from 'zod';
import { IdSchema, IsoDateSchema } from './common.js';
import { ActivityTypeSchema } from './activity.js';
import { AreaCodeSchema } from '../vocabulary/codes.js';

/** Workflow of a record; only approved records count toward targets. */
export const RecordStatusSchema = z.enum(['draft', 'submitted', 'approved', 'rejected']);
export type RecordStatus = z.infer<typeof RecordStatusSchema>;

export const ReachedSchema = z.object({
  total: z.number().int().nonnegative().optional(),
  aged14to60: z.number().int().nonnegative().optional(),
  women: z.number().int().nonnegative().optional(),
  children: z.number().int().nonnegative().optional(),
});
export type Reached = z.infer<typeof ReachedSchema>;

/** What was done (kết quả thực hiện): one activity held once, at one area, on one date. */
export const ActivityRecordSchema = z.object({
  id: z.string().min(1),
  planId: IdSchema,
  activityId: IdSchema.optional(),
  type: ActivityTypeSchema,
  date: IsoDateSchema,
  areaCode: AreaCodeSchema,
  quantity: z.number().int().nonnegative().optional(),
  reached: ReachedSchema.optional(),
  status: RecordStatusSchema,
  /** Agency that did the work; lets a report cover one agency's part of a plan. */
  agencyId: IdSchema.optional(),
  /** Free text from the officer (never published). */
  note: z.string().max(2000).optional(),
});
export type ActivityRecord = z.infer<typeof ActivityRecordSchema>;
