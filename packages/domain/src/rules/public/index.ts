/** What the public site may show: closed quarters, rounded and suppressed counts, a province's progress. */
export * from './suppression.js';
export * from './public-rounding.js';
export * from './public-progress.js';
