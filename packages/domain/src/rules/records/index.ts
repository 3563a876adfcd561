/** Records of what was done: the workflow and approval, entry, import, tallies, likely duplicates, offline sync. */
export * from './records.js';
export * from './record-approval.js';
export * from './record-entry.js';
export * from './record-import.js';
export { parseCountCell, parseDateCell, parseActivityType } from './record-import-columns.js';
export { NO_COMPONENT, componentOfRecord } from './record-component.js';
export * from './duplicates.js';
export * from './offline-sync.js';
