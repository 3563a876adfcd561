import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { seedAreaTags, type AreaKind } from '@pcmbn/domain';
import { toDbDate } from '../db/dates.js';

/** prisma/data/admin-units/*.csv (see the README there for sources). */
export const ADMIN_UNITS_DIR = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  'prisma',
  'data',
  'admin-units',
);

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
  'Đặc khu': 'đặc khu',
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

/** Rows of one CSV of prisma/data/admin-units keyed by column name (the files hold no quoted commas: checked). */
export async function readCsv(file: string, columns: readonly string[]): Promise<Record<string, string>[]> {
  const text = await readFile(join(ADMIN_UNITS_DIR, file), 'utf8');
  const [header, ...lines] = text.trim().split(/\r?\n/);
  const names = header?.split(',') ?? [];
  const missing = columns.filter((c) => !names.includes(c));
  if (missing.length > 0) throw new Error(`${file}: missing columns ${missing.join(', ')}`);
  return lines.map((line) => {
    const cells = line.split(',');
    if (cells.length !== names.length) throw new Error(`${file}: expected ${names.length} columns in "${line}"`);
    return Object.fromEntries(names.map((name, i) => [name, cells[i]!]));
  });
}

function rowOf(structure: string, date: Date) {
  return (
    code: string,
    name: string,
    level: AreaSeedRow['level'],
    kind: AreaKind,
    parentCode: string | null,
    provinceCode: string,
  ): AreaSeedRow => ({
    code,
    structure: date,
    name,
    level,
    kind,
    parentCode,
    provinceCode,
    tags: seedTagsFor(structure, code),
  });
}

/** "Thành phố Hà Nội" is a centrally-run city; every other province name starts with "Tỉnh". */
const provinceKind = (name: string): AreaKind => (name.startsWith('Thành phố ') ? 'thành phố trung ương' : 'tỉnh');

/**
 * Reads one three-level GSO list (province, districts, communes) into rows ordered parents first, stored under
 * `structure` (the date of the administrative structure its codes belong to).
 */
export async function readAdminUnits(file: string, structure: string): Promise<AreaSeedRow[]> {
  const rows = await readCsv(file, [
    'province_code',
    'province_name',
    'district_code',
    'district_name',
    'district_type',
    'commune_code',
    'commune_name',
    'commune_type',
  ]);
  const row = rowOf(structure, toDbDate(structure));
  const provinces = new Map<string, AreaSeedRow>();
  const districts = new Map<string, AreaSeedRow>();
  const communes: AreaSeedRow[] = [];
  for (const r of rows) {
    const p = r.province_code!;
    if (!provinces.has(p))
      provinces.set(p, row(p, r.province_name!, 'province', provinceKind(r.province_name!), null, p));
    const d = r.district_code!;
    if (!districts.has(d)) districts.set(d, row(d, r.district_name!, 'district', kindOf(r.district_type!, file), p, p));
    communes.push(row(r.commune_code!, r.commune_name!, 'commune', kindOf(r.commune_type!, file), d, p));
  }
  return [...provinces.values(), ...districts.values(), ...communes];
}

/** Reads a two-level list (from 01/07/2025: provinces and communes, no districts); a commune's parent is its province. */
export async function readTwoLevelUnits(file: string, structure: string): Promise<AreaSeedRow[]> {
  const rows = await readCsv(file, ['province_code', 'province_name', 'commune_code', 'commune_name', 'commune_type']);
  const row = rowOf(structure, toDbDate(structure));
  const provinces = new Map<string, AreaSeedRow>();
  const communes: AreaSeedRow[] = [];
  for (const r of rows) {
    const p = r.province_code!;
    if (!provinces.has(p))
      provinces.set(p, row(p, r.province_name!, 'province', provinceKind(r.province_name!), null, p));
    communes.push(row(r.commune_code!, r.commune_name!, 'commune', kindOf(r.commune_type!, file), p, p));
  }
  return [...provinces.values(), ...communes];
}
