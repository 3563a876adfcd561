/** Plans: validation, the cascade (deriving a district or commune plan, rolling its records up), agencies, edits. */
export * from './validate.js';
export * from './derive-plan.js';
export * from './roll-up.js';
export * from './plan-agencies.js';
export * from './plan-edit-scope.js';
export * from './twin-labels.js';
