import { describe, expect, it } from 'vitest';
import { PlanSchema, type ActivityRecord } from '../model/index.js';
import { TRA_VINH_2018_STRUCTURE, seedAgencies, seedAreas, traVinh651 } from '../seeds/index.js';
import { evaluatePlan } from './evaluate.js';
import { dateSplits, monthTallies, tallyRecords } from './record-tally.js';
import { buildPeriodicReport } from './report.js';

/**
 * A consolidated report made from tallies (each standing for `count` records: what the API reads from RecordTally
 * and RecordTallyMonth) says exactly what the same report made from the records says.
 */
const tv = PlanSchema.parse(traVinh651);
const areas = seedAreas[TRA_VINH_2018_STRUCTURE] ?? [];
let n = 0;
const rec = (r: Partial<ActivityRecord> & Pick<ActivityRecord, 'type' | 'date' | 'areaCode'>): ActivityRecord => ({
  id: `r${++n}`,
  planId: 'tv651',
  status: 'approved',
  ...r,
});
const once: ActivityRecord[] = [
  rec({
    type: 'community_event',
    activityId: 'tv651-a-iii-2a-1',
    date: '2019-07-15',
    areaCode: '29263',
    quantity: 2,
    reached: { total: 1200, aged14to60: 1000, women: 600, children: 50 },
  }),
  rec({ type: 'community_event', activityId: 'tv651-a-iii-2a-1', date: '2019-08-15', areaCode: '29239' }),
  rec({ type: 'media_item', date: '2019-03-01', areaCode: '84' }),
  rec({ type: 'campaign', date: '2019-07-28', areaCode: '84' }),
  rec({ type: 'guidance_document', date: '2019-02-01', areaCode: '84' }),
  rec({ type: 'inspection', date: '2019-11-30', areaCode: '84' }),
  rec({ type: 'media_item', date: '2018-12-31', areaCode: '84' }),
  rec({ type: 'media_item', date: '2020-01-02', areaCode: '84' }),
];
// Three of each: a day's tally stands for several records, a month's for more.
const records = [0, 1, 2].flatMap((k) => once.map((r) => ({ ...r, id: `${r.id}-${k}` })));

describe('a consolidated report from tallies', () => {
  it('says what the report from the records says', () => {
    const period = { from: '2019-01-01', to: '2019-12-31' };
    const asOf = '2019-12-31';
    const results = evaluatePlan(tv, { areas, records, asOf });
    const report = (list: readonly ActivityRecord[]) =>
      buildPeriodicReport({
        plan: tv,
        agencies: seedAgencies,
        areas,
        records: list,
        results,
        period,
        consolidated: true,
        reportingAgencyId: 'tv-stttt',
        place: 'Trà Vinh',
        date: '2020-01-10',
        asOf,
      });
    const tallies = monthTallies(tallyRecords(records), dateSplits(tv, { from: period.from, to: asOf }));
    expect(tallies.length).toBeLessThan(records.length);
    const fromRecords = report(records);
    expect(report(tallies)).toEqual(fromRecords);
    expect(fromRecords.tallies?.find((t) => t.type === 'community_event')?.records).toBe(6);
  });
});
