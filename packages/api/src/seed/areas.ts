import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { seedAreaTags, type AreaKind } from '@pcmbn/domain';
import { toDbDate } from '../db/dates.js';

/** prisma/data/admin-units/*.csv (see the README there for sources). */
export const ADMIN_UNITS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'prisma', 'data', 'admin-units');

export interface AreaSeedRow {
  code: string;
  structure: Date;
  name: string;
  level: 'province' | 'district' | 'commune';
  kind: AreaKind;
  parentCode: string | null;
  provinceCode: string;
  tags: string[];
}

const KINDS: Record<string, AreaKind> = {
  'Thành phố': 'thành phố',
  Huyện: 'huyện',
  'Thị xã': 'thị xã',
  Quận: 'quận',
  Xã: 'xã',
  Phường: 'phường',
  'Thị trấn': 'thị trấn',
};

function kindOf(type: string, file: string): AreaKind {
  const kind = KINDS[type];
  if (!kind) throw new Error(`${file}: unknown unit type "${type}"`);
  return kind;
}

/** Tags from the domain's seedAreaTags (structure → code → tags): a marked best reading, editable by admins. */
function seedTagsFor(structure: string, code: string): string[] {
  return [...(seedAreaTags[structure]?.[code] ?? [])];
}

/**
 * Reads one GSO list (province, districts, communes) into rows ordered parents first, stored under `structure`
 * (the date of the administrative structure the seed plan's codes belong to).
 */
export async function readAdminUnits(file: string, structure: string): Promise<AreaSeedRow[]> {
  const text = await readFile(join(ADMIN_UNITS_DIR, file), 'utf8');
  const [header, ...lines] = text.trim().split(/\r?\n/);
  const expected = 'province_code,province_name,district_code,district_name,district_type,commune_code,commune_name,commune_type';
  if (header !== expected) throw new Error(`${file}: unexpected header ${header}`);
  const date = toDbDate(structure);
  const row = (code: string, name: string, level: AreaSeedRow['level'], kind: AreaKind, parentCode: string | null, provinceCode: string) => ({
    code,
    structure: date,
    name,
    level,
    kind,
    parentCode,
    provinceCode,
    tags: seedTagsFor(structure, code),
  });

  const provinces = new Map<string, AreaSeedRow>();
  const districts = new Map<string, AreaSeedRow>();
  const communes: AreaSeedRow[] = [];
  for (const line of lines) {
    const cells = line.split(',');
    if (cells.length !== 8) throw new Error(`${file}: expected 8 columns in "${line}"`);
    const [pCode, pName, dCode, dName, dType, cCode, cName, cType] = cells as [string, string, string, string, string, string, string, string];
    if (!provinces.has(pCode)) provinces.set(pCode, row(pCode, pName, 'province', 'tỉnh', null, pCode));
    if (!districts.has(dCode)) districts.set(dCode, row(dCode, dName, 'district', kindOf(dType, file), pCode, pCode));
    communes.push(row(cCode, cName, 'commune', kindOf(cType, file), dCode, pCode));
  }
  return [...provinces.values(), ...districts.values(), ...communes];
}
