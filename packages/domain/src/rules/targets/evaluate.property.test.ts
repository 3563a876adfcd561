import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ActivityRecord, TargetInput } from '../../model/index.js';
import { addDays } from '../dates.js';
import { evaluatePlan } from './evaluate.js';
import { FIXTURE_PLAN_ID, makePlan, smallProvince } from '../fixtures.js';

const areas = smallProvince();
const codes = areas.map((a) => a.code).concat(['99999']);
const period = { from: '2019-01-01', to: '2020-12-31' };
const types = ['material_distribution', 'community_event', 'media_item', 'billboard', 'guidance_document'] as const;

const targets: TargetInput[] = [
  {
    id: 'p1-a',
    title: 'a',
    kind: 'area_coverage',
    level: 'commune',
    activityTypes: ['material_distribution'],
    thresholdPercent: 100,
    period,
  },
  {
    id: 'p1-b',
    title: 'b',
    kind: 'area_coverage',
    level: 'district',
    areaTags: ['key_area'],
    activityTypes: ['community_event'],
    minRecordsPerArea: 2,
    thresholdPercent: 50,
    period,
  },
  { id: 'p1-c', title: 'c', kind: 'cadence', every: 'quarter', activityTypes: ['media_item'], period },
  {
    id: 'p1-d',
    title: 'd',
    kind: 'population_reach',
    areaTags: ['key_area'],
    activityTypes: ['community_event'],
    thresholdPercent: 75,
    period,
  },
  {
    id: 'p1-e',
    title: 'e',
    kind: 'output_count',
    activityTypes: ['billboard'],
    minQuantity: 20,
    areaCodes: ['840'],
    requiredAreaCodes: ['84001', '84002'],
    period,
  },
  { id: 'p1-f', title: 'f', kind: 'deadline', activityTypes: ['guidance_document'], dueDate: '2019-06-30', period },
];
const plan = makePlan({ targets });
const percentTargets = new Set(['area_coverage', 'population_reach']);

const recordArb = (status: fc.Arbitrary<ActivityRecord['status']>) =>
  fc.record({
    id: fc.uuid(),
    planId: fc.constantFrom(FIXTURE_PLAN_ID, FIXTURE_PLAN_ID, FIXTURE_PLAN_ID, 'other'),
    type: fc.constantFrom(...types),
    // From one day before to one day after the period: edges and outside dates are exercised.
    date: fc.integer({ min: -1, max: 731 }).map((d) => addDays(period.from, d)),
    areaCode: fc.constantFrom(...codes),
    quantity: fc.option(fc.integer({ min: 0, max: 30 }), { nil: undefined }),
    reached: fc.option(fc.record({ aged14to60: fc.integer({ min: 0, max: 1500 }) }), { nil: undefined }),
    status,
  }) as fc.Arbitrary<ActivityRecord>;
const anyRecord = recordArb(fc.constantFrom('approved', 'approved', 'draft', 'submitted', 'rejected'));
const approved = recordArb(fc.constant('approved'));
const notApproved = recordArb(fc.constantFrom('draft', 'submitted', 'rejected'));
const asOfArb = fc.integer({ min: -30, max: 800 }).map((d) => addDays(period.from, d));
const run = (records: ActivityRecord[], asOf: string) => evaluatePlan(plan, { areas, records, asOf });

describe('evaluatePlan properties', () => {
  it('adding an approved record never lowers any value', () => {
    fc.assert(
      fc.property(fc.array(anyRecord, { maxLength: 60 }), approved, asOfArb, (records, extra, asOf) => {
        const before = run(records, asOf);
        const after = run([...records, extra], asOf);
        before.forEach((r, i) => expect(after[i]?.value).toBeGreaterThanOrEqual(r.value));
      }),
      { numRuns: 300 },
    );
  });

  it('does not depend on the order of records', () => {
    fc.assert(
      fc.property(
        fc
          .array(anyRecord, { maxLength: 60 })
          .chain((rs) =>
            fc.tuple(fc.constant(rs), fc.shuffledSubarray(rs, { minLength: rs.length, maxLength: rs.length })),
          ),
        asOfArb,
        ([records, shuffled], asOf) => {
          expect(run(shuffled, asOf)).toEqual(run(records, asOf));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('keeps percentages within 0..100 and counts consistent', () => {
    fc.assert(
      fc.property(fc.array(anyRecord, { maxLength: 80 }), asOfArb, (records, asOf) => {
        for (const r of run(records, asOf)) {
          expect(r.value).toBeGreaterThanOrEqual(0);
          if (percentTargets.has(r.kind)) expect(r.value).toBeLessThanOrEqual(100);
          if (r.numerator !== undefined && r.denominator !== undefined)
            expect(r.numerator).toBeLessThanOrEqual(r.denominator);
          expect(r.explanation).toMatch(/\.$/);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('non-approved records never change results', () => {
    fc.assert(
      fc.property(
        fc.array(anyRecord, { maxLength: 40 }),
        fc.array(notApproved, { minLength: 1, maxLength: 20 }),
        asOfArb,
        (records, noise, asOf) => {
          expect(run([...records, ...noise], asOf)).toEqual(run(records, asOf));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('records dated after asOf never change results', () => {
    fc.assert(
      fc.property(fc.array(anyRecord, { maxLength: 40 }), asOfArb, (records, asOf) => {
        expect(run(records, asOf)).toEqual(
          run(
            records.filter((r) => r.date <= asOf),
            asOf,
          ),
        );
      }),
      { numRuns: 200 },
    );
  });
});
