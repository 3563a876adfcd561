import {
  AreaLinkCoverageSchema,
  AreaLinkSchema,
  LAI_CHAU_2016_STRUCTURE,
  STRUCTURE_2025_03,
  STRUCTURE_2025_07,
  type AreaLinkCoverage,
} from '@pcmbn/domain';
import { fromDbDate, toDbDate } from '../db/dates.js';
import { readCsv, type AreaSeedRow } from './areas.js';

export interface AreaLinkSeedRow {
  fromCode: string;
  fromStructure: Date;
  toCode: string;
  toStructure: Date;
  coverage: AreaLinkCoverage;
  source: string;
}

const MAPPING_FILE = 'lai-chau-tra-vinh-2025-mapping.csv';
const MAPPING_SOURCE = `${MAPPING_FILE} (dvhcvn/20250701 mapping/merges.json, from Nghị quyết 1654–1687/NQ-UBTVQH15)`;

/**
 * Changes between a plan's own list and the 01/03/2025 list that a code-and-name comparison cannot see, as far as
 * the data README's "Differences" section says. Trà Vinh's Phường 2 (29245) and Phường 6 (29251), merged on
 * 01/01/2025 (Nghị quyết 1277/NQ-UBTVQH15) into wards no source at hand names, are deliberately absent: without a
 * link readers say "không rõ" instead of guessing.
 */
const KNOWN_CHANGES: { fromCode: string; fromStructure: string; toCode: string; why: string }[] = [
  {
    fromCode: '03403',
    fromStructure: LAI_CHAU_2016_STRUCTURE,
    toCode: '03403',
    why: 'Xã Nậm Loỏng and Xã Sùng Phài became one Xã Sùng Phài (03403) in Lai Châu city',
  },
  {
    fromCode: '03397',
    fromStructure: LAI_CHAU_2016_STRUCTURE,
    toCode: '03403',
    why: 'Xã Sùng Phài (Tam Đường) joined Xã Sùng Phài (03403) in Lai Châu city',
  },
  {
    fromCode: '03556',
    fromStructure: LAI_CHAU_2016_STRUCTURE,
    toCode: '03550',
    why: 'Xã Ma Li Chải joined Xã Sì Lở Lầu',
  },
  {
    fromCode: '03550',
    fromStructure: LAI_CHAU_2016_STRUCTURE,
    toCode: '03550',
    why: 'Xã Sì Lờ Lầu renamed Xã Sì Lở Lầu',
  },
];
const NQ_866 = 'Nghị quyết 866/NQ-UBTVQH14, from 01/02/2020';

/**
 * Links from each plan's own structure to 01/03/2025: a unit with the same code and name in both lists is the same
 * unit (`full`); the known changes above; anything else stays without a successor.
 */
export function linksToMarch2025(planUnits: AreaSeedRow[], march2025: AreaSeedRow[]): AreaLinkSeedRow[] {
  const later = new Map(march2025.map((u) => [`${u.provinceCode}:${u.code}`, u]));
  const to = toDbDate(STRUCTURE_2025_03);
  const links: AreaLinkSeedRow[] = [];
  for (const unit of planUnits) {
    const same = later.get(`${unit.provinceCode}:${unit.code}`);
    const structure = fromDbDate(unit.structure);
    if (KNOWN_CHANGES.some((c) => c.fromCode === unit.code && c.fromStructure === structure)) continue;
    if (same && same.name === unit.name && same.level === unit.level) {
      links.push({
        fromCode: unit.code,
        fromStructure: unit.structure,
        toCode: unit.code,
        toStructure: to,
        coverage: 'full',
        source: `same code and name in the ${STRUCTURE_2025_03} list`,
      });
    }
  }
  for (const c of KNOWN_CHANGES) {
    links.push({
      fromCode: c.fromCode,
      fromStructure: toDbDate(c.fromStructure),
      toCode: c.toCode,
      toStructure: to,
      coverage: 'full',
      source: `${NQ_866}: ${c.why}`,
    });
  }
  return links;
}

/** 01/03/2025 → 01/07/2025: the communes from the mapping file, and the provinces (Trà Vinh into Vĩnh Long). */
export async function linksToJuly2025(): Promise<AreaLinkSeedRow[]> {
  const rows = await readCsv(MAPPING_FILE, [
    'old_province_code',
    'old_commune_code',
    'new_province_code',
    'new_commune_code',
    'coverage',
  ]);
  const from = toDbDate(STRUCTURE_2025_03);
  const to = toDbDate(STRUCTURE_2025_07);
  const provinces = new Map<string, string>();
  const links: AreaLinkSeedRow[] = rows.map((r) => {
    const old = r.old_province_code!;
    // A province link says the whole province went into one: refuse a file where its communes went to two.
    if ((provinces.get(old) ?? r.new_province_code) !== r.new_province_code)
      throw new Error(`${MAPPING_FILE}: province ${old} split`);
    provinces.set(old, r.new_province_code!);
    const coverage = AreaLinkCoverageSchema.parse(r.coverage);
    return {
      fromCode: r.old_commune_code!,
      fromStructure: from,
      toCode: r.new_commune_code!,
      toStructure: to,
      coverage,
      source: MAPPING_SOURCE,
    };
  });
  for (const [old, now] of provinces) {
    links.push({
      fromCode: old,
      fromStructure: from,
      toCode: now,
      toStructure: to,
      coverage: 'full',
      source: `${MAPPING_FILE}: every commune of ${old} went into province ${now}`,
    });
  }
  return links;
}

/** Every link the seed loads, each checked by the domain schema (codes, coverage, forward in time). */
export async function readAreaLinks(planUnits: AreaSeedRow[], march2025: AreaSeedRow[]): Promise<AreaLinkSeedRow[]> {
  const links = [...linksToMarch2025(planUnits, march2025), ...(await linksToJuly2025())];
  for (const l of links) {
    AreaLinkSchema.parse({ ...l, fromStructure: fromDbDate(l.fromStructure), toStructure: fromDbDate(l.toStructure) });
  }
  return links;
}
