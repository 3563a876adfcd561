/**
 * Dates are worded once, by the domain (formatDateVi, formatPeriodVi); import them from '@pcmbn/domain'. These two
 * names stay only for the files that still import them here (the record forms, the agency options, the map).
 */
export { formatDateVi as formatDate, formatPeriodVi as formatPeriod } from '@pcmbn/domain';
