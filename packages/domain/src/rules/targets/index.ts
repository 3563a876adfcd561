/** Judging targets: evaluatePlan, one module per target kind, the status against elapsed time, the explanation. */
export * from './status.js';
export { statusExplanation } from './explain.js';
export { evaluatePlan, type EvaluationInput } from './evaluate.js';
export { POPULATION_GROUP_NOUNS } from './population-reach.js';
export { DEADLINE_WARNING_DAYS } from './deadline.js';
