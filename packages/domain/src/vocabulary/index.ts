/** The shared vocabulary: codes, languages and roles — each list, pattern and label written once, here. */
export * from './codes.js';
export * from './languages.js';
export * from './roles.js';
export * from './permissions.js';
