import type { ActivityRecord, ActivityType } from '../../model/index.js';

/**
 * Records that look like the same work entered twice: same plan, same activity (activityId, else the type when
 * neither names an activity), same area, same date and same quantity (both absent counts as the same). For
 * warnings at entry and import — they may be genuine (two sessions in one commune on one day), so nothing is
 * refused or merged here. Evaluation itself only folds copies of one id (evaluatePlan, 'duplicate_id').
 */
export interface LikelyDuplicateGroup {
  /** Distinct ids, sorted; at least two. */
  recordIds: string[];
  activityId?: string;
  type: ActivityType;
  areaCode: string;
  date: string;
  quantity?: number;
}

type DuplicateKeyFields = Pick<ActivityRecord, 'planId' | 'activityId' | 'type' | 'areaCode' | 'date' | 'quantity'>;

/** The key two likely duplicates share. */
export function duplicateKey(r: DuplicateKeyFields): string {
  const activity = r.activityId ?? `type:${r.type}`;
  return [r.planId, activity, r.type, r.areaCode, r.date, r.quantity ?? ''].join('\u0000');
}

/**
 * Groups of likely duplicates among `records` (any status: the caller picks which ones to compare), in the order
 * their first record appears. Copies of one id are one record, not a duplicate of itself.
 */
export function findLikelyDuplicates(records: readonly ActivityRecord[]): LikelyDuplicateGroup[] {
  const groups = new Map<string, { first: ActivityRecord; ids: Set<string> }>();
  for (const r of records) {
    const key = duplicateKey(r);
    const group = groups.get(key);
    if (group) group.ids.add(r.id);
    else groups.set(key, { first: r, ids: new Set([r.id]) });
  }
  const out: LikelyDuplicateGroup[] = [];
  for (const { first, ids } of groups.values()) {
    if (ids.size < 2) continue;
    out.push({
      recordIds: [...ids].sort(),
      ...(first.activityId === undefined ? {} : { activityId: first.activityId }),
      type: first.type,
      areaCode: first.areaCode,
      date: first.date,
      ...(first.quantity === undefined ? {} : { quantity: first.quantity }),
    });
  }
  return out;
}

/**
 * The records of `existing` that look like `candidate` (a record being entered or imported, with or without an
 * id yet), for a warning before it is saved. A record with the candidate's own id is not a duplicate of it.
 */
export function likelyDuplicatesOf(
  candidate: DuplicateKeyFields & { id?: string },
  existing: readonly ActivityRecord[],
): ActivityRecord[] {
  const key = duplicateKey(candidate);
  return existing.filter((r) => r.id !== candidate.id && duplicateKey(r) === key);
}
