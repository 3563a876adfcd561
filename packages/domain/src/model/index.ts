export * from './common.js';
export * from './area.js';
export * from './agency.js';
export * from './activity.js';
export * from './record.js';
export * from './target.js';
export * from './reporting.js';
export * from './plan.js';
