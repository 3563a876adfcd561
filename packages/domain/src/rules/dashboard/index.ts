/** The dashboards: progress by area, by component and over time, the coverage grid. */
export * from './dashboard.js';
