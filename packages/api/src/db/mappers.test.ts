import { describe, expect, it } from 'vitest';
import { toDbDate } from './dates.js';
import { planFromRow, recordFromRow, StoredRowError, type RecordFields } from './mappers.js';

const row: RecordFields = {
  id: '0b7c9a52-5d1e-4a3f-9a7e-2f6f1c1d0e11',
  planId: 'lc2228',
  activityId: null,
  type: 'leaflet',
  date: toDbDate('2019-03-05'),
  areaCode: '03549',
  quantity: 200,
  reached: null,
  status: 'approved',
  agencyId: 'so-vh',
};

describe('rows to domain values', () => {
  it('maps a stored record, its agency included', () => {
    expect(recordFromRow(row)).toEqual({
      id: row.id,
      planId: 'lc2228',
      type: 'leaflet',
      date: '2019-03-05',
      areaCode: '03549',
      quantity: 200,
      status: 'approved',
      agencyId: 'so-vh',
    });
  });

  it('refuses a row the domain does not accept, naming the row and the field, instead of dropping it', () => {
    const bad = { ...row, type: 'fax_campaign' };
    expect(() => recordFromRow(bad)).toThrow(StoredRowError);
    expect(() => recordFromRow(bad)).toThrow(new RegExp(`^ActivityRecord ${row.id}: .*type: `));
    expect(() => planFromRow({ id: 'tv651', document: { id: 'tv651' } })).toThrow(/^Plan tv651: /);
  });
});
