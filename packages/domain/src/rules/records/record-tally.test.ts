import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PlanSchema, type ActivityRecord, type Area, type Plan } from '../../model/index.js';
import { laiChau2228, seedAreas, traVinh651 } from '../../seeds/index.js';
import { coverageGrid, progressByArea, progressByComponent, progressOverTime } from '../dashboard/dashboard.js';
import { addDays } from '../dates.js';
import { evaluatePlan } from '../targets/evaluate.js';
import { makePlan, smallProvince } from '../fixtures.js';
import { recordCountTable } from '../public/public-progress.js';
import { dateSplits, monthTallies, tallyRecords, type CountedRecord } from './record-tally.js';

/**
 * The API reads tallies (one row per plan, activity, type, area and day, kept by PostgreSQL on approval) instead
 * of records. Every rule must give the same answer either way: random records — other plans, statuses other than
 * approved, areas outside the plan or unknown, repeated ids, reached groups, quantities 0 and absent — are
 * evaluated as they are and as the tallies of the distinct approved records a store would hold.
 */

const withPopulation = (areas: readonly Area[]): Area[] =>
  areas.map((a, i) =>
    i % 3 === 2 ? a : { ...a, population: { total: 500 + i * 7, aged14to60: 300 + i, women: 250, children: 90 } },
  );

const fixturePlan = makePlan({
  // Activities dated mid-month: a record of one counts only inside its period (targets/activities.ts).
  activities: [
    { id: 'p1-a-1', title: 'Tờ rơi', type: 'leaflet', period: { from: '2019-02-11', to: '2019-09-19' } },
    { id: 'p1-a-2', title: 'Truyền thông', type: 'media_item', period: { from: '2019-05-06', to: '2020-07-24' } },
  ],
  targets: [
    {
      id: 'p1-a',
      title: 'a',
      kind: 'area_coverage',
      level: 'commune',
      activityTypes: ['leaflet'],
      thresholdPercent: 100,
      minRecordsPerArea: 2,
      period: { from: '2019-01-01', to: '2020-12-31' },
    },
    {
      id: 'p1-c',
      title: 'c',
      kind: 'cadence',
      every: 'quarter',
      minPerPeriod: 3,
      activityTypes: ['media_item'],
      period: { from: '2019-01-01', to: '2020-12-31' },
    },
    {
      id: 'p1-d',
      title: 'd',
      kind: 'population_reach',
      activityTypes: ['community_event'],
      thresholdPercent: 30,
      group: 'women',
      period: { from: '2019-01-01', to: '2020-12-31' },
    },
    {
      id: 'p1-e',
      title: 'e',
      kind: 'output_count',
      activityTypes: ['billboard', 'leaflet'],
      minQuantity: 20,
      areaCodes: ['840'],
      period: { from: '2019-01-01', to: '2020-12-31' },
    },
    {
      id: 'p1-f',
      title: 'f',
      kind: 'deadline',
      activityTypes: ['guidance_document'],
      dueDate: '2019-06-30',
      period: { from: '2019-01-01', to: '2020-12-31' },
    },
  ],
});

const cases: { name: string; plan: Plan; areas: Area[] }[] = [
  { name: 'fixture plan', plan: fixturePlan, areas: withPopulation(smallProvince()) },
  ...[traVinh651, laiChau2228].map((input) => {
    const plan = PlanSchema.parse(input);
    return { name: plan.id, plan, areas: withPopulation(seedAreas[plan.areaStructure] ?? []) };
  }),
];

function recordsArb(plan: Plan, areas: readonly Area[], spread = false): fc.Arbitrary<ActivityRecord[]> {
  // Few areas, types, activities and days, so that many records share a tally.
  const communes = areas.filter((a) => a.level === 'commune');
  const codes = [
    ...communes.slice(0, 4),
    ...communes.slice(-2),
    ...areas.filter((a) => a.level !== 'commune').slice(0, 2),
  ]
    .map((a) => a.code)
    .concat(['99999', '01']);
  const types = [...new Set(plan.targets.flatMap((t) => t.activityTypes))].slice(0, 5).concat(['conference']);
  const activities = plan.activities
    .slice(0, 2)
    .map((a) => a.id)
    .concat(['elsewhere-a-1']);
  const days = Math.round((Date.parse(plan.period.to) - Date.parse(plan.period.from)) / 86400000);
  const group = fc.option(fc.integer({ min: 0, max: 400 }), { nil: undefined });
  const record = fc.record(
    {
      id: fc.uuid(),
      planId: fc.constantFrom(plan.id, plan.id, plan.id, 'other'),
      activityId: fc.option(fc.constantFrom(...activities), { nil: undefined, freq: 3 }),
      type: fc.constantFrom(...types),
      // One day on each side of the period, too.
      date: spread
        ? // Any day of a few months (and just around the period), so that months hold several days.
          fc
            .tuple(fc.integer({ min: -1, max: 7 }), fc.integer({ min: 0, max: 30 }))
            .map(([m, d]) => addDays(plan.period.from, Math.round((m * days) / 6) - 15 + d))
        : fc.integer({ min: -1, max: 7 }).map((d) => addDays(plan.period.from, Math.round((d * days) / 6))),
      areaCode: fc.constantFrom(...codes),
      quantity: fc.option(fc.integer({ min: 0, max: 30 }), { nil: undefined }),
      reached: fc.option(fc.record({ total: group, aged14to60: group, women: group, children: group }), {
        nil: undefined,
      }),
      status: fc.constantFrom('approved', 'approved', 'approved', 'draft', 'submitted', 'rejected'),
    },
    { requiredKeys: ['id', 'planId', 'type', 'date', 'areaCode', 'status'] },
  ) as fc.Arbitrary<ActivityRecord>;
  // Repeated ids: a roll-up or an import may hand the same record twice.
  return fc
    .tuple(fc.array(record, { minLength: spread ? 100 : 40, maxLength: 200 }), fc.array(fc.nat(), { maxLength: 10 }))
    .map(([list, picks]) => (list.length === 0 ? list : [...list, ...picks.map((p) => list[p % list.length]!)]));
}

/** What a store holds: each id once. */
const distinct = (records: readonly ActivityRecord[]) => [...new Map(records.map((r) => [r.id, r])).values()];

function everything(plan: Plan, areas: Area[], records: readonly CountedRecord[], asOf: string) {
  const results = evaluatePlan(plan, { areas, records, asOf });
  return {
    results,
    district: progressByArea(plan, { areas, records, asOf, level: 'district' }),
    commune: progressByArea(plan, { areas, records, asOf, level: 'commune' }),
    components: progressByComponent(plan, results, records, { asOf }),
    overTime: progressOverTime(plan, { areas, records, from: plan.period.from, to: asOf, every: 'month' }),
    grids: plan.targets.map((t) => coverageGrid(plan, t, { areas, records, asOf })),
    counts: recordCountTable(plan, { areas, records, asOf }),
  };
}

describe('tallies count as the records they stand for', () => {
  for (const { name, plan, areas } of cases) {
    it(`${name}: every rule gives the same answer from tallies`, () => {
      fc.assert(
        fc.property(recordsArb(plan, areas), fc.integer({ min: 30, max: 900 }), (records, day) => {
          const asOf = addDays(plan.period.from, day);
          const tallies = tallyRecords(distinct(records));
          expect(everything(plan, areas, tallies, asOf)).toEqual(everything(plan, areas, records, asOf));
        }),
        { numRuns: 60 },
      );
    });
  }

  for (const { name, plan, areas } of cases) {
    it(`${name}: every rule gives the same answer from month tallies where no split falls inside a month`, () => {
      fc.assert(
        fc.property(recordsArb(plan, areas, true), fc.integer({ min: 0, max: 1200 }), (records, day) => {
          const asOf = addDays(plan.period.from, day);
          const splits = dateSplits(plan, { from: plan.period.from, to: asOf });
          const months = monthTallies(tallyRecords(distinct(records)), splits);
          expect(everything(plan, areas, months, asOf)).toEqual(everything(plan, areas, records, asOf));
        }),
        { numRuns: 60 },
      );
    });
  }

  it('an activity ending mid-month splits its month: a record after its end stays out', () => {
    const base = { planId: 'p1', type: 'leaflet', areaCode: '84001', status: 'approved', quantity: 5 } as const;
    const records = [
      { ...base, id: 'a', date: '2019-09-10', activityId: 'p1-a-1' },
      { ...base, id: 'b', date: '2019-09-25', activityId: 'p1-a-1' },
    ];
    const areas = smallProvince();
    const asOf = '2020-01-01';
    const months = monthTallies(tallyRecords(records), dateSplits(fixturePlan, { to: asOf }));
    expect(evaluatePlan(fixturePlan, { areas, records: months, asOf })).toEqual(
      evaluatePlan(fixturePlan, { areas, records, asOf }),
    );
  });

  it('month tallies sum a month without a split into one, dated its first record', () => {
    const base = { planId: 'p1', type: 'leaflet', areaCode: '84001', status: 'approved' } as const;
    const records = tallyRecords([
      { ...base, id: 'a', date: '2019-03-20', quantity: 2 },
      { ...base, id: 'b', date: '2019-03-04' },
      { ...base, id: 'c', date: '2019-04-02' },
      { ...base, id: 'd', date: '2019-04-20' },
    ]);
    expect(monthTallies(records, ['2019-04-10', '2019-05-01']).map((r) => [r.date, r.count, r.quantity])).toEqual([
      ['2019-03-04', 2, 3],
      ['2019-04-02', 1, 1],
      ['2019-04-20', 1, 1],
    ]);
  });

  it('one tally per (plan, activity, type, area, day), approved records only, quantities and groups summed', () => {
    const base = { planId: 'p1', type: 'leaflet', date: '2019-03-01', areaCode: '84001' } as const;
    const tallies = tallyRecords([
      { ...base, id: 'a', status: 'approved', quantity: 3, reached: { women: 4 } },
      { ...base, id: 'b', status: 'approved', reached: { women: 1, total: 9 } },
      { ...base, id: 'c', status: 'draft', quantity: 50 },
      { ...base, id: 'd', status: 'approved', activityId: 'p1-a-1' },
    ]);
    expect(tallies).toEqual([
      { ...base, id: 'tally-0', status: 'approved', count: 2, quantity: 4, reached: { women: 5, total: 9 } },
      { ...base, id: 'tally-1', status: 'approved', count: 1, quantity: 1, activityId: 'p1-a-1' },
    ]);
  });
});
