import type { StructureLookup } from '@pcmbn/domain';
import { areaIndexFor } from '../auth/scope.js';
import type { DbClient } from '../db/client.js';
import { loadAreaLinks } from './successions.js';

/**
 * The stored succession links with the names of the units at both of their ends, for the domain's unitOnDate
 * (record entry refuses a unit gone by the record's date, naming what it became). Area trees come from the
 * per-structure cache of auth/scope.ts.
 */
export async function structureLookup(db: DbClient): Promise<StructureLookup> {
  const links = await loadAreaLinks(db);
  const structures = [...new Set(links.flatMap((l) => [l.fromStructure, l.toStructure]))];
  const indexes = new Map(await Promise.all(structures.map(async (s) => [s, await areaIndexFor(db, s)] as const)));
  return {
    links,
    unit(code, structure) {
      const index = indexes.get(structure);
      const area = index?.get(code);
      if (!index || !area) return undefined;
      const province = index.ancestorAt(code, 'province');
      return { name: area.name, provinceName: province && province.code !== code ? province.name : undefined };
    },
  };
}
