import type { Area, Plan, PlanEvaluation, Target, TargetResult } from '../../model/index.js';
import { areaIndex, areasForStructure } from '../areas/areas.js';
import { recordsInPlanStructure } from '../areas/carry.js';
import { assertIsoDate } from '../errors.js';
import { buildContext, type EvaluationContext } from './evaluation-index.js';
import type { CountedRecord } from '../records/record-tally.js';
import { evaluateAreaCoverage } from './area-coverage.js';
import { evaluateCadence } from './cadence.js';
import { evaluateDeadline } from './deadline.js';
import { evaluateOutputCount } from './output-count.js';
import { evaluatePopulationReach } from './population-reach.js';

export interface EvaluationInput {
  /** The administrative tree the plan's codes belong to (filtered to plan.areaStructure when areas are dated). */
  areas: readonly Area[];
  /**
   * Any records: only approved ones of this plan count, at a unit of the plan's structure inside its scope
   * (scopeAreaCode, else the province), each id once. Approved records of the plan left out for their area or id
   * are listed in the result's `ignoredRecords`. A tally (record-tally.ts) counts as the records it stands for.
   */
  records: readonly CountedRecord[];
  /** The day of the evaluation, 'YYYY-MM-DD' in Asia/Ho_Chi_Minh (todayInHoChiMinh()). Later records are ignored. */
  asOf: string;
}

/**
 * One result per target of the plan, in the plan's order, with `ignoredRecords` (non-enumerable, see
 * PlanEvaluation): approved records of the plan outside its area ('outside_plan_area', 'unknown_area') or repeating
 * an id already counted ('duplicate_id'), in input order. Records are indexed once per call (approved records of
 * the plan, grouped by type, as typed columns), so the cost is one pass over the records plus one pass per target
 * over the records of its types.
 */
export function evaluatePlan(plan: Plan, input: EvaluationInput): PlanEvaluation {
  assertIsoDate(input.asOf, 'asOf');
  // A plan carried across a reform (carry.ts) counts a new unit's records where the old units it came from lay.
  const ctx = buildContext(
    plan,
    plan.carry
      ? {
          ...input,
          records: recordsInPlanStructure(
            plan,
            input.records,
            areaIndex(areasForStructure(input.areas, plan.areaStructure)),
          ),
        }
      : input,
  );
  const results = plan.targets.map((target) => evaluateTarget(ctx, target));
  Object.defineProperty(results, 'ignoredRecords', { value: ctx.ignored, enumerable: false });
  return results as PlanEvaluation;
}

function evaluateTarget(ctx: EvaluationContext, target: Target): TargetResult {
  switch (target.kind) {
    case 'area_coverage':
      return evaluateAreaCoverage(ctx, target);
    case 'cadence':
      return evaluateCadence(ctx, target);
    case 'population_reach':
      return evaluatePopulationReach(ctx, target);
    case 'output_count':
      return evaluateOutputCount(ctx, target);
    case 'deadline':
      return evaluateDeadline(ctx, target);
  }
}
