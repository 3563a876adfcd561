import type { RecordStatus } from '../../model/index.js';
import { DomainError } from '../errors.js';
import { RECORD_STATUS_LABELS } from '../../format/statuses.js';

/**
 * Record workflow: an officer drafts and submits; a reviewer approves or rejects; a rejected record goes back to
 * its author, who corrects it (draft) or resubmits it directly. Approved records are final: they count toward
 * targets, so changing one would silently rewrite a past result.
 */
export const RECORD_TRANSITIONS: Readonly<Record<RecordStatus, readonly RecordStatus[]>> = {
  draft: ['submitted'],
  submitted: ['approved', 'rejected'],
  approved: [],
  rejected: ['draft', 'submitted'],
};

export function canTransitionRecord(from: RecordStatus, to: RecordStatus): boolean {
  return RECORD_TRANSITIONS[from].includes(to);
}

/** Throws DomainError('RECORD_TRANSITION_INVALID') unless `from → to` is an allowed step. */
export function assertRecordTransition(from: RecordStatus, to: RecordStatus): void {
  if (canTransitionRecord(from, to)) return;
  const vi = RECORD_STATUS_LABELS;
  throw new DomainError(
    'RECORD_TRANSITION_INVALID',
    `Không thể chuyển kết quả từ trạng thái “${vi[from].vi}” sang “${vi[to].vi}”.`,
    { messageEn: `A record cannot move from ${vi[from].en} to ${vi[to].en}.`, details: { from, to } },
  );
}
