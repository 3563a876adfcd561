export { traVinh651 } from './tra-vinh-651.js';
export { laiChau2228 } from './lai-chau-2228.js';
export { seedAgencies } from './agencies.js';
