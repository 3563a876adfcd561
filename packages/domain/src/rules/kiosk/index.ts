/** Kiosks in commune cultural houses: usage, approvals and content schedules. */
export * from './kiosk.js';
export * from './kiosk-schedule.js';
