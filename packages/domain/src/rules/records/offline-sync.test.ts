import { describe, expect, it } from 'vitest';
import { areaIndex } from '../areas/areas.js';
import { makeArea, makePlan, smallProvince } from '../fixtures.js';
import {
  daysWithoutContact,
  fieldRefusal,
  likelyDuplicateRefusal,
  reconcileOfflineEdit,
  sameWork,
  sendOrder,
  wipeDue,
  wipeWarning,
  type QueuedItem,
} from './offline-sync.js';
import { checkRecordEntry } from './record-entry.js';

const item = (clientId: string, queuedAt: string, seq: number, state: QueuedItem['state'] = 'queued') => ({
  clientId,
  idempotencyKey: `k-${clientId}`,
  queuedAt,
  seq,
  state,
});

describe('sendOrder (rule 1: in order, refused ones wait for the officer)', () => {
  it('sends oldest first, entry order on equal instants, and leaves refused records out', () => {
    const items = [
      item('c', '2026-12-05T02:00:00.000Z', 3),
      item('b', '2026-12-05T01:00:00.000Z', 2),
      item('a2', '2026-12-05T01:00:00.000Z', 1),
      item('r', '2026-12-05T00:00:00.000Z', 0, 'refused'),
    ];
    expect(sendOrder(items).map((i) => i.clientId)).toEqual(['a2', 'b', 'c']);
  });
});

describe('wipe after days without contact (rule 2)', () => {
  it('counts whole days and wipes at the setting, never before', () => {
    expect(daysWithoutContact('2026-12-01T00:00:00Z', '2026-12-30T23:59:59Z')).toBe(29);
    expect(wipeDue('2026-12-01T00:00:00Z', '2026-12-30T23:59:59Z', 30)).toBe(false);
    expect(wipeDue('2026-12-01T00:00:00Z', '2026-12-31T00:00:00Z', 30)).toBe(true);
    // A clock set back does not count negative days.
    expect(daysWithoutContact('2026-12-10T00:00:00Z', '2026-12-01T00:00:00Z')).toBe(0);
    // A setting of 0 or less still leaves a day.
    expect(wipeDue('2026-12-01T00:00:00Z', '2026-12-01T12:00:00Z', 0)).toBe(false);
  });

  it('warns in the last days before the wipe', () => {
    expect(wipeWarning('2026-12-01T00:00:00Z', '2026-12-20T00:00:00Z', 30)).toBeNull();
    expect(wipeWarning('2026-12-01T00:00:00Z', '2026-12-26T00:00:00Z', 30)).toBe(5);
    expect(wipeWarning('2026-12-01T00:00:00Z', '2026-12-31T00:00:00Z', 30)).toBeNull();
  });
});

const plan = makePlan({
  activities: [
    {
      id: 'p1-a1',
      type: 'community_event',
      title: 'Nói chuyện 2019',
      period: { from: '2019-01-01', to: '2019-12-31' },
    },
  ],
});
const index = areaIndex([...smallProvince(), makeArea({ code: '85', level: 'province' })]);

describe('the activity’s year ended while the device was offline (rule 4)', () => {
  it('accepts a record dated inside the activity’s year whenever it arrives', () => {
    const entry = { activityId: 'p1-a1', date: '2019-12-30', areaCode: '84001' };
    expect(checkRecordEntry(entry, { plan, index, today: '2019-12-30' }).errors).toEqual([]);
    expect(checkRecordEntry(entry, { plan, index, today: '2020-01-05' }).errors).toEqual([]);
  });

  it('refuses one dated after it, also when it arrives late', () => {
    const entry = { activityId: 'p1-a1', date: '2020-01-02', areaCode: '84001' };
    const codes = checkRecordEntry(entry, { plan, index, today: '2020-01-05' }).errors.map((e) => e.code);
    expect(codes).toEqual(['DATE_OUTSIDE_ACTIVITY']);
  });
});

describe('fieldRefusal (rule 3: the server’s plan decides)', () => {
  const gone = checkRecordEntry(
    { activityId: 'p1-removed', date: '2019-05-01', areaCode: '84001' },
    { plan, index, today: '2020-01-05' },
  ).errors;

  it('says the plan changed when the device’s copy is older and the refusal comes from the plan', () => {
    const r = fieldRefusal(gone, { device: '7', server: '8' });
    expect(r.code).toBe('PLAN_CHANGED');
    expect(r.vi).toMatch(/^Kế hoạch đã thay đổi khi máy không có mạng\. Hoạt động “p1-removed” không có/);
    expect(r.en).toMatch(/^The plan changed while the device was offline\./);
    expect(r.fields.map((f) => f.path)).toEqual(['activityId']);
  });

  it('gives the rule’s own reason when the copy is current or the refusal is no matter of the plan', () => {
    expect(fieldRefusal(gone, { device: '8', server: '8' }).code).toBe('ACTIVITY_UNKNOWN');
    const over = checkRecordEntry(
      { activityId: 'p1-a1', date: '2019-05-01', areaCode: '84001', reached: { total: 5, women: 9 } },
      { plan, index, today: '2020-01-05' },
    ).errors;
    const r = fieldRefusal(over, { device: '7', server: '8' });
    expect(r.code).toBe('REACHED_EXCEEDS_TOTAL');
    expect(r.vi).not.toMatch(/Kế hoạch đã thay đổi/);
  });
});

describe('likely duplicates (rule 6)', () => {
  const a = {
    activityId: 'p1-a1',
    type: 'community_event' as const,
    areaCode: '84001',
    date: '2019-05-01',
    quantity: 1,
  };

  it('is the same work only when activity, commune, date and quantity all match', () => {
    expect(sameWork(a, { ...a })).toBe(true);
    expect(sameWork(a, { ...a, quantity: 2 })).toBe(false);
    expect(sameWork(a, { ...a, areaCode: '84003' })).toBe(false);
    expect(sameWork(a, { ...a, date: '2019-05-02' })).toBe(false);
    expect(
      sameWork({ ...a, activityId: null, quantity: null }, { ...a, activityId: undefined, quantity: undefined }),
    ).toBe(true);
  });

  it('names the commune and the date in words, dd/mm/yyyy', () => {
    const r = likelyDuplicateRefusal('Xã Mù Cả', '2026-11-03');
    expect(r.code).toBe('LIKELY_DUPLICATE');
    expect(r.vi).toContain('tại Xã Mù Cả ngày 03/11/2026');
    expect(r.en).toContain('at Xã Mù Cả on 03/11/2026');
  });
});

describe('reconcileOfflineEdit (rule 5: two devices edit one record)', () => {
  it('applies the first edit, refuses the second unless it says the same', () => {
    const stored = { version: 3, status: 'rejected' as const };
    expect(reconcileOfflineEdit({ baseVersion: 3, sameContent: false }, stored)).toBe('apply');
    // The phone's edit arrived first and made version 4; the tablet started from 3 too.
    const after = { version: 4, status: 'draft' as const };
    expect(reconcileOfflineEdit({ baseVersion: 3, sameContent: false }, after)).toBe('conflict');
    expect(reconcileOfflineEdit({ baseVersion: 3, sameContent: true }, after)).toBe('already_applied');
  });

  it('refuses edits of a record submitted or approved meanwhile', () => {
    expect(reconcileOfflineEdit({ baseVersion: 4, sameContent: false }, { version: 4, status: 'submitted' })).toBe(
      'not_editable',
    );
    expect(reconcileOfflineEdit({ baseVersion: 4, sameContent: false }, { version: 5, status: 'approved' })).toBe(
      'not_editable',
    );
  });

  it('says "changed elsewhere" when the first device’s correction was already submitted', () => {
    // The phone corrected (4) and submitted (5); the tablet's different edit from 3 arrives: changed elsewhere.
    expect(reconcileOfflineEdit({ baseVersion: 3, sameContent: false }, { version: 5, status: 'submitted' })).toBe(
      'conflict',
    );
    expect(reconcileOfflineEdit({ baseVersion: 3, sameContent: true }, { version: 5, status: 'submitted' })).toBe(
      'already_applied',
    );
  });

  it('applies an unchanged returned record (it goes back to draft to be sent again)', () => {
    expect(reconcileOfflineEdit({ baseVersion: 3, sameContent: true }, { version: 3, status: 'rejected' })).toBe(
      'apply',
    );
    expect(reconcileOfflineEdit({ baseVersion: 3, sameContent: true }, { version: 5, status: 'rejected' })).toBe(
      'conflict',
    );
  });
});
