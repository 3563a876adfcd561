import type { Area } from '../model/index.js';
import { seedAreaTags } from './area-tags.js';
import { LAI_CHAU_2016_STRUCTURE, TRA_VINH_2018_STRUCTURE } from './structures.js';
import { LAI_CHAU_2016_UNITS } from './units-lai-chau-2016.js';
import { TRA_VINH_2018_UNITS } from './units-tra-vinh-2018.js';

type UnitRow = (typeof LAI_CHAU_2016_UNITS)[number];

function toAreas(rows: ReadonlyArray<UnitRow>, structure: string): Area[] {
  const tags = seedAreaTags[structure] ?? {};
  return rows.map(([code, name, level, parentCode, kind]) => ({
    code,
    name,
    level,
    ...(parentCode === undefined ? {} : { parentCode }),
    kind,
    tags: [...(tags[code] ?? [])],
    structure,
  }));
}

/** The areas the seed plans' codes refer to, with seeded tags, keyed by structure date. No population data. */
export const seedAreas: Record<string, Area[]> = {
  [LAI_CHAU_2016_STRUCTURE]: toAreas(LAI_CHAU_2016_UNITS, LAI_CHAU_2016_STRUCTURE),
  [TRA_VINH_2018_STRUCTURE]: toAreas(TRA_VINH_2018_UNITS, TRA_VINH_2018_STRUCTURE),
};
