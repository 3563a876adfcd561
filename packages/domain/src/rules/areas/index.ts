/** The area tree: indexes and labels, units on a date, carrying a plan across a reform, commune maps. */
export * from './areas.js';
export * from './areas-on-date.js';
export * from './carry.js';
export * from './map.js';
export * from './map-states.js';
