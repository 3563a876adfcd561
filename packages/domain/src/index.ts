/** @pcmbn/domain — the plan model and its rules. Pure: imports nothing but zod. */
export * from './model/index.js';
export * from './seeds/index.js';
export * from './rules/index.js';
export * from './format/index.js';
export * from './successions/index.js';
export * from './vocabulary/index.js';
