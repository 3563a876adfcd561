import { assertRecordTransition, isDomainError, type RecordEventAction, type RecordStatus } from '@pcmbn/domain';
import type { AuditEntry } from '../auth/audit.js';
import type { DbClient } from '../db/client.js';
import { appError } from '../errors.js';
import type { ActivityRecord as RecordRow } from '../generated/prisma/client.js';
import { recordEvents } from './history.js';
import {
  assertCanReview,
  assertCanWrite,
  auditShape,
  findRecord,
  RECORD,
  type PlanContext,
  type ScopeUser,
} from './access.js';

/** submit / approve / reject of one record, used by the single and the bulk procedures (all or nothing). */

export type Action = 'submit' | 'approve' | 'reject';
const TARGET = { submit: 'submitted', approve: 'approved', reject: 'rejected' } as const satisfies Record<
  Action,
  RecordStatus & RecordEventAction
>;

export function conflict(id: string): never {
  throw appError('CONFLICT', 'VERSION_CONFLICT', {
    vi: `Kết quả ${id} vừa được người khác thay đổi; hãy tải lại trang để xem bản mới nhất`,
    en: `Record ${id} was changed by someone else; reload to see the latest version`,
  });
}

/** The domain's workflow rule, as a 409 with the domain's message. */
export function assertTransition(from: RecordStatus, to: RecordStatus): void {
  try {
    assertRecordTransition(from, to);
  } catch (error) {
    if (isDomainError(error))
      throw appError('CONFLICT', error.code, { vi: error.message, en: error.messageEn ?? error.message });
    throw error;
  }
}

export interface TransitionDeps {
  db: DbClient;
  user: ScopeUser;
  loadPlan: (planId: string) => Promise<PlanContext>;
  audit: (entry: AuditEntry) => void;
}

export async function transition(
  deps: TransitionDeps,
  ref: { id: string; version: number },
  action: Action,
  reason?: string,
): Promise<RecordRow> {
  const { db, user } = deps;
  const row = await findRecord(db, ref.id);
  const ctx = await deps.loadPlan(row.planId);
  if (action === 'submit') assertCanWrite(user, row, ctx);
  else assertCanReview(user, row, ctx, action);
  if (row.version !== ref.version) conflict(ref.id);
  const to = TARGET[action];
  assertTransition(row.status, to);
  const now = new Date();
  const data =
    action === 'submit'
      ? { status: to, submittedAt: now, submittedById: user.id }
      : action === 'approve'
        ? { status: to, approvedAt: now, approvedById: user.id, reason: null }
        : { status: to, rejectedAt: now, rejectedById: user.id, reason: reason ?? null };
  const { count } = await db.activityRecord.updateMany({
    where: { id: ref.id, version: ref.version },
    data: { ...data, version: { increment: 1 } },
  });
  if (count === 0) conflict(ref.id);
  const after = await findRecord(db, ref.id);
  await recordEvents(db, [
    {
      recordId: ref.id,
      action: TARGET[action],
      userId: user.id,
      version: after.version,
      reason: action === 'reject' ? (reason ?? null) : null,
      at: now,
    },
  ]);
  deps.audit({
    entity: 'record',
    entityId: ref.id,
    action: `record.${action}`,
    before: auditShape(row),
    after: auditShape(after),
  });
  return after;
}

/** Every item or none: the first failure names the item and the whole mutation rolls back. */
export async function transitionMany(
  deps: TransitionDeps,
  items: ReadonlyArray<{ id: string; version: number }>,
  action: Action,
  reason?: string,
): Promise<RecordRow[]> {
  const seen = new Set<string>();
  const out: RecordRow[] = [];
  for (const [i, item] of items.entries()) {
    if (seen.has(item.id)) continue;
    seen.add(item.id);
    try {
      out.push(await transition(deps, item, action, reason));
    } catch (error) {
      throw withItem(error, i, items.length);
    }
  }
  return out;
}

function withItem(error: unknown, index: number, total: number): unknown {
  const cause = (error as { cause?: unknown }).cause;
  const code = (error as { code?: string }).code;
  if (!cause || typeof cause !== 'object' || !('messages' in cause) || !code) return error;
  const { appCode, messages } = cause as { appCode: string; messages: { vi: string; en: string } };
  return appError(
    code as Parameters<typeof appError>[0],
    appCode,
    {
      vi: `Kết quả thứ ${index + 1}/${total}: ${messages.vi}. Không kết quả nào được thay đổi.`,
      en: `Item ${index + 1}/${total}: ${messages.en}. No record was changed.`,
    },
    [{ path: `items.${index}`, vi: messages.vi, en: messages.en }],
  );
}

export { RECORD };
