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

/**
 * National structures after the plans' own: the last three-level list (01/03/2025; Lai Châu and Trà Vinh are
 * loaded, the "from" side of the 2025 reform) and the two-level one in force from 01/07/2025 (34 provinces,
 * 3,321 communes, no district level).
 */
export const STRUCTURE_2025_03 = '2025-03-01';
export const STRUCTURE_2025_07 = '2025-07-01';
