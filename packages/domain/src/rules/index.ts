/** The plan's rules, grouped by concept; the shared helpers (dates, text, errors, …) sit at this level. */
export * from './dates.js';
export * from './text.js';
export * from './errors.js';
export * from './effective.js';
export * from './password.js';
export * from './audit-labels.js';
export * from './targets/index.js';
export * from './records/index.js';
export * from './reports/index.js';
export * from './areas/index.js';
export * from './plans/index.js';
export * from './public/index.js';
export * from './kiosk/index.js';
export * from './dashboard/index.js';
