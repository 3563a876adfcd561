import { describe, expect, it } from 'vitest';
import type { ActivityRecord } from '../../model/index.js';
import { dateSplits, monthTallies, tallyRecords, type CountedRecord } from '../records/record-tally.js';
import { QUANTITY_UNITS_VI, buildPeriodicReport } from './report.js';
import { YEAR_2019, recordMaker, tv, tvReportInput, tvWork2019 } from './report-fixtures.js';

/**
 * A consolidated report made from tallies (each standing for `count` records: what the API reads from RecordTally
 * and RecordTallyMonth) says exactly what the same report made from the records says.
 */
const rec = recordMaker();
const once: ActivityRecord[] = [
  ...tvWork2019(rec),
  rec({ type: 'inspection', date: '2019-11-30', areaCode: '84' }),
  rec({ type: 'media_item', date: '2018-12-31', areaCode: '84' }),
  rec({ type: 'media_item', date: '2020-01-02', areaCode: '84' }),
];
// Three of each: a day's tally stands for several records, a month's for more.
const records = [0, 1, 2].flatMap((k) => once.map((r) => ({ ...r, id: `${r.id}-${k}` })));

describe('a consolidated report from tallies', () => {
  it('says what the report from the records says', () => {
    const period = YEAR_2019;
    const asOf = '2019-12-31';
    // The results always come from the records; only what the report counts changes.
    const input = tvReportInput(records, { consolidated: true, date: '2020-01-10', asOf });
    const report = (list: readonly CountedRecord[]) => buildPeriodicReport({ ...input, records: list });
    const tallies = monthTallies(tallyRecords(records), dateSplits(tv, { from: period.from, to: asOf }));
    expect(tallies.length).toBeLessThan(records.length);
    const fromRecords = report(records);
    expect(report(tallies)).toEqual(fromRecords);
    expect(fromRecords.tallies?.find((t) => t.type === 'community_event')?.records).toBe(6);
  });
});

describe('quantities per unit', () => {
  it('read in the order their work began, whatever order the records or tallies come in', () => {
    // One type counted in two units: an activity's own unit and the type's.
    const activity = tv.activities.find((a) => a.type === 'leaflet') ?? tv.activities[0]!;
    const plan = { ...tv, activities: tv.activities.map((a) => (a.id === activity.id ? { ...a, unit: 'bộ' } : a)) };
    const make = recordMaker();
    const list: ActivityRecord[] = [
      make({ type: activity.type, activityId: activity.id, date: '2019-03-02', areaCode: '84', quantity: 7 }),
      make({ type: activity.type, date: '2019-03-02', areaCode: '84', quantity: 5 }),
      make({ type: activity.type, activityId: activity.id, date: '2019-05-20', areaCode: '84', quantity: 1 }),
      make({ type: activity.type, date: '2019-02-11', areaCode: '84', quantity: 2 }),
    ];
    const input = { ...tvReportInput(list, { consolidated: true, date: '2020-01-10', asOf: '2019-12-31' }), plan };
    const report = (records: readonly CountedRecord[]) => buildPeriodicReport({ ...input, records });
    const forwards = report(list);
    expect(report([...list].reverse())).toEqual(forwards);
    const tallies = monthTallies(tallyRecords(list), dateSplits(plan, { from: YEAR_2019.from, to: '2019-12-31' }));
    expect(report([...tallies].reverse())).toEqual(forwards);
    const typeUnit = QUANTITY_UNITS_VI[activity.type];
    // The type's unit first counted on 11/02, the activity's on 02/03.
    expect(JSON.stringify(forwards.sections)).toContain(`7 ${typeUnit}; 8 bộ`);
    expect(Object.keys(forwards.tallies?.find((t) => t.type === activity.type)?.units ?? {})).toEqual([typeUnit, 'bộ']);
  });
});
