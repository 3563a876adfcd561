import { planEditViolations, type PlanIssue } from '@pcmbn/domain';
import type { AuthUser } from '../auth/session.js';
import { canReadPlan, canWritePlan } from '../auth/scope.js';
import { appError, forbidden, notFound } from '../errors.js';
import { PLAN, type LoadedPlan } from './load.js';

/** Authorisation and error values of the plan procedures; every decision goes through src/auth/scope.ts. */

type User = Pick<AuthUser, 'id' | 'role' | 'agencyId' | 'scopeAreaCode'>;

/**
 * Published plans are public documents (a Decision of the provincial committee); drafts and archived plans only
 * for users who may read the plan's area. For a signed-in user outside the plan's area the plan does not exist: the
 * same 404 as a missing id, so ids tell nothing.
 */
export function assertReadable(user: User | null, loaded: LoadedPlan): void {
  if (user === null ? loaded.row.status !== 'published' : !canReadPlan(user, loaded.plan, loaded.index))
    throw notFound(PLAN, loaded.row.id);
}

export function assertWritable(user: User, loaded: Pick<LoadedPlan, 'plan' | 'index'>): void {
  if (!canWritePlan(user, loaded.plan, loaded.index)) {
    throw forbidden({ vi: 'Bạn không có quyền sửa kế hoạch này', en: 'You may not change this plan' });
  }
}

/** What the signed-in user may do with the plan: the whole document, or only its agency's parts. */
export function planAccess(
  user: User | null,
  loaded: Pick<LoadedPlan, 'plan' | 'index'>,
): { write: boolean; editParts: boolean } {
  if (user === null) return { write: false, editParts: false };
  const write = canWritePlan(user, loaded.plan, loaded.index);
  const editParts =
    write || (user.role === 'agency_officer' && user.agencyId !== null && canReadPlan(user, loaded.plan, loaded.index));
  return { write, editParts };
}

/**
 * An update by someone who may not write the whole plan: an agency officer may change the parts its agency leads
 * or cooperates on (domain planEditViolations compares the documents); anyone else is refused.
 */
export function assertMayEdit(user: User, loaded: LoadedPlan, next: LoadedPlan['plan']): void {
  if (canWritePlan(user, loaded.plan, loaded.index)) return;
  if (user.role !== 'agency_officer' || user.agencyId === null || !canReadPlan(user, loaded.plan, loaded.index)) {
    throw forbidden({ vi: 'Bạn không có quyền sửa kế hoạch này', en: 'You may not change this plan' });
  }
  const violations = planEditViolations(loaded.plan, next, user.agencyId);
  if (violations.length > 0) {
    throw appError(
      'FORBIDDEN',
      'PLAN_PART_FORBIDDEN',
      { vi: violations.map((v) => v.message).join(' '), en: violations.map((v) => v.messageEn).join(' ') },
      violations.map((v) => ({ path: ['document', ...v.path].join('.'), vi: v.message, en: v.messageEn })),
    );
  }
}

/** validatePlan errors (warnings pass) → BAD_REQUEST naming each field as `document.<path>`. */
export function assertValid(issues: readonly PlanIssue[]): void {
  const errors = issues.filter((i) => i.severity === 'error');
  if (errors.length === 0) return;
  const fields = errors.map((i) => ({
    path: ['document', ...i.path].join('.'),
    vi: i.message,
    en: i.messageEn ?? i.message,
  }));
  throw appError(
    'BAD_REQUEST',
    'PLAN_INVALID',
    {
      vi: `Kế hoạch chưa hợp lệ (${errors.length} lỗi): ${errors.map((i) => i.message).join(' ')}`,
      en: `The plan is not valid (${errors.length} errors).`,
    },
    fields,
  );
}

export function versionConflict(current: number, sent: number) {
  return appError('CONFLICT', 'PLAN_VERSION_CONFLICT', {
    vi: `Kế hoạch đã được người khác sửa (phiên bản hiện tại ${current}, bạn đang sửa phiên bản ${sent}). Tải lại kế hoạch để xem thay đổi rồi sửa lại; thay đổi của bạn chưa được lưu.`,
    en: `The plan was changed by someone else (current version ${current}, you edited version ${sent}). Reload it and apply your changes again; nothing was saved.`,
  });
}
