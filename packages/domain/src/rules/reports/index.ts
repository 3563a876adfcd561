/** Reports: who owes which report when, the periodic report's content, its lifecycle, signer and compilation. */
export * from './reporting.js';
export * from './report-status.js';
export * from './report.js';
export * from './report-document.js';
export * from './report-lifecycle.js';
export * from './report-compile.js';
export * from './report-signer.js';
