import { describe, expect, it } from 'vitest';
import {
  approvalRefusal,
  mayApproveRecord,
  mayRejectRecord,
  recordChanges,
  type RecordContent,
} from './record-approval.js';

const record = { createdById: 'officer', editorIds: ['officer', 'admin'], submittedById: 'clerk' };

describe('four eyes (approvalRefusal, mayApproveRecord)', () => {
  it('bars who entered, who ever changed and who submitted the record; others may approve', () => {
    expect(approvalRefusal('officer', record)?.bar).toBe('entered');
    expect(approvalRefusal('admin', record)).toMatchObject({ code: 'RECORD_FOUR_EYES', bar: 'changed' });
    expect(approvalRefusal('admin', record)?.message).toMatch(/đã sửa nội dung kết quả này/);
    expect(approvalRefusal('clerk', record)?.messageEn).toMatch(/submitted this record/);
    expect(mayApproveRecord('third', record)).toBe(true);
  });

  it('records made before authorship was kept (no editors, no submitter) bar only their author', () => {
    expect(mayApproveRecord('admin', { createdById: 'officer' })).toBe(true);
    expect(mayApproveRecord('officer', { createdById: 'officer', editorIds: null, submittedById: null })).toBe(false);
    expect(mayApproveRecord('x', {})).toBe(true);
  });

  it('rejecting is barred only to who entered it', () => {
    expect(mayRejectRecord('admin', record)).toBe(true);
    expect(mayRejectRecord('clerk', record)).toBe(true);
    expect(mayRejectRecord('officer', record)).toBe(false);
  });
});

describe('recordChanges', () => {
  const v1: RecordContent = {
    activityId: 'a1',
    type: 'leaflet',
    date: '2017-05-10',
    areaCode: '03394',
    quantity: 1,
    reached: { total: 10, women: 4 },
    note: null,
    agencyId: null,
  };
  it('lists the fields that differ, in a fixed order; equal groups in another key order are no change', () => {
    expect(recordChanges(v1, { ...v1, reached: { women: 4, total: 10 } })).toEqual([]);
    expect(recordChanges(v1, { ...v1, note: 'Đã phát', quantity: 99_999 })).toEqual([
      { field: 'quantity', from: 1, to: 99_999 },
      { field: 'note', from: null, to: 'Đã phát' },
    ]);
    expect(recordChanges(v1, { ...v1, reached: null })).toEqual([
      { field: 'reached', from: { total: 10, women: 4 }, to: null },
    ]);
  });
});
