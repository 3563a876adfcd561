/** Formatting: how dates, numbers, periods, target results and statuses read, in one module each. */
export * from './dates.js';
export * from './numbers.js';
export * from './periods.js';
export * from './target-results.js';
export * from './statuses.js';
