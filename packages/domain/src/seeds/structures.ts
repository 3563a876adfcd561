/**
 * Which administrative structure each seed plan's area codes belong to. GSO codes are reused across structures
 * (03439 is Xã Ka Lăng in 2016 and the larger Xã Thu Lũm in 2025), so a code means nothing without its date.
 * `dataFile` names the reference list in `../shared/data/admin-units/` that the embedded units were made from.
 */
export const SEED_STRUCTURES = {
  tv651: {
    planId: 'tv651',
    provinceCode: '84',
    /** The decision's own date; the list is a GSO snapshot of 2018-10-16, unchanged from Aug 2015 to Dec 2024. */
    structure: '2018-04-06',
    dataFile: 'tra-vinh-2018.csv',
    snapshotDate: '2018-10-16',
  },
  lc2228: {
    planId: 'lc2228',
    provinceCode: '12',
    /** The plan's own date; the list is valid for Lai Châu from 2015-08-31 to 2020-01-31. */
    structure: '2016-11-09',
    dataFile: 'lai-chau-2016.csv',
    snapshotDate: '2015-08-31',
  },
} as const;

export type SeedPlanId = keyof typeof SEED_STRUCTURES;
export const TRA_VINH_2018_STRUCTURE = SEED_STRUCTURES.tv651.structure;
export const LAI_CHAU_2016_STRUCTURE = SEED_STRUCTURES.lc2228.structure;
