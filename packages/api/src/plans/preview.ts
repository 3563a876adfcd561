import { evaluatePlan, statusExplanation, type Target, todayInHoChiMinh } from '@pcmbn/domain';
import type { AuthUser } from '../auth/session.js';
import type { DbClient } from '../db/client.js';
import { assertReadable } from './access.js';
import { overRollUp } from './evaluation.js';
import { loadPlan } from './load.js';

/**
 * plan.previewTarget (issue 15 item 2): a target as typed in the editor, not yet saved, evaluated by the domain
 * against the plan's approved records — the live preview beside the target's sentence. The stored plan's
 * activities and areas are used; its targets are replaced by this one. Results are kept per (plan version, data
 * version, target), like plan.status.
 */
export async function previewTarget(
  db: DbClient,
  user: AuthUser,
  input: { id: string; target: Target; asOf?: string | undefined },
) {
  const loaded = await loadPlan(db, input.id);
  assertReadable(user, loaded);
  const asOf = input.asOf ?? todayInHoChiMinh();
  const [result] = await overRollUp(db, loaded, 'plan.previewTarget', { to: asOf }, input.target, (records) =>
    evaluatePlan({ ...loaded.plan, targets: [input.target] }, { areas: loaded.index.areas, records, asOf }),
  );
  if (!result) throw new Error('evaluatePlan returned no result for the one target it was given');
  const { targetId, status, value, threshold, explanation } = result;
  return { asOf, targetId, status, value, threshold, explanation, meaning: statusExplanation(result).vi };
}
