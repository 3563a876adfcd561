import { describe, expect, it } from 'vitest';
import { DomainError, isDomainError } from '../errors.js';
import { assertRecordTransition, canTransitionRecord } from './records.js';

describe('record workflow', () => {
  it('allows draft → submitted → approved|rejected, rejected → draft|submitted', () => {
    expect(canTransitionRecord('draft', 'submitted')).toBe(true);
    expect(canTransitionRecord('submitted', 'approved')).toBe(true);
    expect(canTransitionRecord('submitted', 'rejected')).toBe(true);
    expect(canTransitionRecord('rejected', 'draft')).toBe(true);
    expect(canTransitionRecord('rejected', 'submitted')).toBe(true);
    expect(() => assertRecordTransition('draft', 'submitted')).not.toThrow();
  });
  it('throws a DomainError with a stable code and Vietnamese message otherwise', () => {
    for (const [from, to] of [
      ['draft', 'approved'],
      ['approved', 'draft'],
      ['approved', 'rejected'],
      ['submitted', 'draft'],
    ] as const) {
      expect(canTransitionRecord(from, to)).toBe(false);
    }
    try {
      assertRecordTransition('draft', 'approved');
      expect.unreachable();
    } catch (error) {
      expect(isDomainError(error)).toBe(true);
      const e = error as DomainError;
      expect(e.code).toBe('RECORD_TRANSITION_INVALID');
      expect(e.message).toBe('Không thể chuyển kết quả từ trạng thái “Nháp” sang “Đã duyệt”.');
      expect(e.messageEn).toBe('A record cannot move from Draft to Approved.');
      expect(e.details).toEqual({ from: 'draft', to: 'approved' });
      expect(e).toBeInstanceOf(Error);
    }
  });
});
