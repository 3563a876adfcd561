/**
 * Builders shared by the report tests (not exported from the package index): Trà Vinh 651 on its 2018 areas, its
 * approved 2019 work, and the input of its 2019 report from Sở TT&TT.
 */
import { PlanSchema, type ActivityRecord } from '../../model/index.js';
import { TRA_VINH_2018_STRUCTURE, seedAgencies, seedAreas, traVinh651 } from '../../seeds/index.js';
import { evaluatePlan } from '../targets/evaluate.js';
import type { PeriodicReportInput } from './report.js';

export const tv = PlanSchema.parse(traVinh651);
export const tvAreas = seedAreas[TRA_VINH_2018_STRUCTURE] ?? [];
export const YEAR_2019 = { from: '2019-01-01', to: '2019-12-31' };

type RecordFields = Partial<ActivityRecord> & Pick<ActivityRecord, 'type' | 'date' | 'areaCode'>;

/** Approved records of tv651 numbered r1, r2, … in the order they are made. */
export function recordMaker(): (r: RecordFields) => ActivityRecord {
  let n = 0;
  return (r) => ({ id: `r${++n}`, planId: 'tv651', status: 'approved', ...r });
}

/**
 * The 2019 work both report tests count: two commune events (the second with `secondEvent`'s fields), a media item,
 * the July campaign and a guidance document.
 */
export function tvWork2019(
  rec: (r: RecordFields) => ActivityRecord,
  secondEvent: Partial<ActivityRecord> = {},
): ActivityRecord[] {
  return [
    rec({
      type: 'community_event',
      activityId: 'tv651-a-iii-2a-1',
      date: '2019-07-15',
      areaCode: '29263',
      quantity: 2,
      reached: { total: 1200, aged14to60: 1000, women: 600, children: 50 },
    }),
    rec({
      type: 'community_event',
      activityId: 'tv651-a-iii-2a-1',
      date: '2019-08-15',
      areaCode: '29239',
      ...secondEvent,
    }),
    rec({ type: 'media_item', date: '2019-03-01', areaCode: '84' }),
    rec({ type: 'campaign', date: '2019-07-28', areaCode: '84' }),
    rec({ type: 'guidance_document', date: '2019-02-01', areaCode: '84' }),
  ];
}

/** Sở TT&TT's 2019 report of `records`, evaluated as of 31/12/2019; `extra` overrides any field. */
export function tvReportInput(
  records: readonly ActivityRecord[],
  extra: Partial<PeriodicReportInput> = {},
): PeriodicReportInput {
  const asOf = extra.asOf ?? '2019-12-31';
  return {
    plan: tv,
    agencies: seedAgencies,
    areas: tvAreas,
    records,
    results: evaluatePlan(tv, { areas: tvAreas, records, asOf }),
    period: YEAR_2019,
    reportingAgencyId: 'tv-stttt',
    place: 'Trà Vinh',
    date: '2019-12-19',
    asOf,
    ...extra,
  };
}
