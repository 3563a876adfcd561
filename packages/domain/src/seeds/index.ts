import { laiChau2228 } from './lai-chau-2228.js';
import { traVinh651 } from './tra-vinh-651.js';

export { traVinh651, laiChau2228 };
/** Both seed plans, Trà Vinh first. */
export const seedPlans = [traVinh651, laiChau2228];
export {
  seedAgencies,
  nationalAgencies,
  traVinhAgencies,
  vinhLongAgencies,
  laiChauAgencies,
  districtCommitteeId,
  TRA_VINH_DISTRICT_COMMITTEE_IDS,
  LAI_CHAU_DISTRICT_COMMITTEE_IDS,
} from './agencies.js';
export {
  SEED_STRUCTURES,
  TRA_VINH_2018_STRUCTURE,
  LAI_CHAU_2016_STRUCTURE,
  STRUCTURE_2025_03,
  STRUCTURE_2025_07,
  type SeedPlanId,
} from './structures.js';
export {
  seedAreaTags,
  SEED_AREA_TAG_PROVENANCE,
  LAI_CHAU_2016_BORDER,
  LAI_CHAU_2016_BORDER_DOCUMENTED,
  LAI_CHAU_2016_BORDER_CHOSEN_CANDIDATES,
  LAI_CHAU_2016_BORDER_EXCLUDED_CANDIDATES,
  LAI_CHAU_2016_DISTRICT_TOWNS,
  LAI_CHAU_2016_CITY_WARDS,
  LAI_CHAU_2016_KEY_AREAS,
  LAI_CHAU_2025_BORDER_DERIVED,
} from './area-tags.js';
export { seedAreas } from './areas.js';
