import { describe, expect, it } from 'vitest';
import type { ActivityRecord } from '../../model/index.js';
import { dateSplits, monthTallies, tallyRecords, type CountedRecord } from '../records/record-tally.js';
import { buildPeriodicReport } from './report.js';
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
