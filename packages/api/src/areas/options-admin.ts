import { formatDateVi, type Area } from '@pcmbn/domain';
import { provinceOfArea } from '../auth/provinces.js';
import type { AuthUser } from '../auth/session.js';
import type { DbClient } from '../db/client.js';
import { fromDbDate } from '../db/dates.js';
import { listKey, provinceLists, readLists, type ProvinceLists } from './lists.js';
import type { AreaOptions } from './options-schemas.js';

/** The area pickers of the administration, kiosk and home pages, each read in one query of the lists it shows. */

type User = Pick<AuthUser, 'role' | 'scopeAreaCode'>;

/** The provinces the caller works in: its province (a district officer's, the province of its district), or all. */
async function ownProvinces(db: DbClient, user: User, provinces: ProvinceLists[]): Promise<ProvinceLists[]> {
  if (user.scopeAreaCode === null) return provinces;
  const own = await provinceOfArea(db, user.scopeAreaCode);
  return provinces.filter((p) => p.code === own);
}

const allLists = (provinces: ProvinceLists[]) =>
  provinces.flatMap((p) => p.structures.map((structure) => ({ provinceCode: p.code, structure })));

/**
 * Districts of every list the province has, not just the newest: since 01/07/2025 there are none, yet a district
 * officer still records the activities of a plan made in the old structure. District codes are not reused, so one
 * code is one district; it is named as in the newest list that has it. A scoped admin manages its province only.
 */
export async function userScopeOptions(db: DbClient, user: User): Promise<AreaOptions> {
  const provinces = await ownProvinces(db, user, await provinceLists(db));
  const lists = await readLists(db, allLists(provinces), ['district']);
  return {
    purpose: 'user-scope',
    provinces: provinces.map((p) => {
      const districts = new Map<string, { code: string; name: string }>();
      for (const s of p.structures)
        for (const d of lists.get(listKey(p.code, s)) ?? []) if (!districts.has(d.code)) districts.set(d.code, d);
      return {
        code: p.code,
        name: p.name,
        districts: [...districts.values()].map(({ code, name }) => ({ code, name })),
      };
    }),
  };
}

const LEVELS = { province: 'Cấp tỉnh', district: 'Cấp huyện', commune: 'Cấp xã' } as const;

/**
 * The areas an agency may govern, grouped by province, structure and level. A province admin manages its own
 * province's agencies only, so only that province's lists are read for it; `provinceCode` narrows to one province.
 */
export async function agencyOptions(db: DbClient, user: User, provinceCode?: string): Promise<AreaOptions> {
  const provinces = await provinceLists(db);
  const own = (await ownProvinces(db, user, provinces)).filter((p) => !provinceCode || p.code === provinceCode);
  const lists = await readLists(db, allLists(own));
  const groups = allLists(own).flatMap(({ provinceCode: province, structure }) => {
    const areas = lists.get(listKey(province, structure)) ?? [];
    const names = new Map(areas.map((a) => [a.code, a.name]));
    return (['province', 'district', 'commune'] as const).flatMap((level) => {
      const inLevel = areas.filter((a) => a.level === level);
      if (inLevel.length === 0) return [];
      const label = `${LEVELS[level]} — danh mục hành chính ngày ${formatDateVi(structure)}`;
      const named = inLevel.map((a) => ({
        code: a.code,
        name: level === 'commune' && a.parentCode ? `${a.name} (${names.get(a.parentCode) ?? a.parentCode})` : a.name,
      }));
      return [{ provinceCode: province, structure, level, label, areas: named }];
    });
  });
  return { purpose: 'agency', provinces: provinces.map(({ code, name }) => ({ code, name })), groups };
}

/**
 * Kiosks are placed in communes of the newest lists: a province admin's province (or every province), a district
 * officer's district. A commune code can stand in two provinces' newest lists (Trà Vinh's 2025 communes, now in
 * Vĩnh Long): it is offered once, as in the newest structure. Emergency messages go to the provinces and districts
 * in scope. `communesIn` narrows the communes offered to one province's newest list, or to none.
 */
export async function kioskOptions(db: DbClient, user: User, communesIn?: string): Promise<AreaOptions> {
  const scope = user.scopeAreaCode;
  const provinces = await provinceLists(db);
  // A district officer's communes are looked for in every newest list (its district is known by code only).
  const inScope = provinces.filter((p) => scope === null || scope === p.code || scope.length > 2);
  const lists = await readLists(
    db,
    inScope.map((p) => ({ provinceCode: p.code, structure: p.structures[0]! })),
  );
  const areas = [...lists.values()].flat();
  // A province's newest list may have no districts (2025): a commune is then named with its province.
  const parents = new Map(areas.filter((a) => a.level !== 'commune').map((a) => [a.code, a.name]));
  // The communes offered: every newest list in scope, one province's, or none.
  const narrowed = communesIn && communesIn !== 'none' ? inScope.find((p) => p.code === communesIn) : undefined;
  const communeSource =
    communesIn === undefined
      ? areas
      : narrowed
        ? (lists.get(listKey(narrowed.code, narrowed.structures[0]!)) ?? [])
        : [];
  const byCode = new Map<string, Area>();
  for (const a of communeSource) {
    if (a.level !== 'commune' || !(scope === null || scope.length === 2 || a.parentCode === scope)) continue;
    const seen = byCode.get(a.code);
    if (!seen || (a.structure ?? '') > (seen.structure ?? '')) byCode.set(a.code, a);
  }
  const communes = [...byCode.values()]
    .map((a) => ({ code: a.code, name: a.name, label: `${a.name} — ${parents.get(a.parentCode ?? '') ?? ''}` }))
    .sort((a, b) => a.label.localeCompare(b.label, 'vi'));
  const districts = new Map(areas.filter((a) => a.level === 'district').map((a) => [a.code, a]));
  const messageTargets = [
    ...inScope.filter((p) => scope === null || scope === p.code).map((p) => ({ code: p.code, label: p.name })),
    ...[...districts.values()]
      .filter((a) => scope === null || scope.length === 2 || a.code === scope)
      .map((a) => ({ code: a.code, label: `${a.name} — ${parents.get(a.parentCode ?? '') ?? ''}` }))
      .sort((a, b) => a.label.localeCompare(b.label, 'vi')),
  ];
  const names = [...new Map(areas.map((a) => [a.code, a.name]))].map(([code, name]) => ({ code, name }));
  return { purpose: 'kiosk', communes, messageTargets, names: names.filter((n) => n.code.length <= 3) };
}

/**
 * The home page's overview of one province's list: the officer's own province first (a district officer's
 * district lies in it), and the list its district belongs to (districts are gone from the 2025 list); a plan keeps
 * the list of its own date (2016 for Lai Châu 2228), so every structure can be chosen.
 */
export async function homeFilterOptions(
  db: DbClient,
  user: User,
  wanted: { provinceCode?: string | undefined; structure?: string | undefined },
): Promise<AreaOptions> {
  const provinces = await provinceLists(db);
  const homeArea = user.scopeAreaCode
    ? await db.area.findFirst({
        where: { code: user.scopeAreaCode },
        orderBy: { structure: 'desc' },
        select: { provinceCode: true, structure: true },
      })
    : null;
  const home = homeArea ? provinces.find((p) => p.code === homeArea.provinceCode) : undefined;
  const province = wanted.provinceCode
    ? (provinces.find((p) => p.code === wanted.provinceCode) ?? null)
    : (home ?? provinces[0] ?? null);
  const homeStructure = province && province === home ? homeArea && fromDbDate(homeArea.structure) : undefined;
  const structure =
    province?.structures.find((s) => s === wanted.structure) ??
    province?.structures.find((s) => s === homeStructure) ??
    province?.structures[0] ??
    null;
  const areas =
    province && structure
      ? ((await readLists(db, [{ provinceCode: province.code, structure }])).get(listKey(province.code, structure)) ??
        [])
      : [];
  const communeCounts = new Map<string, number>();
  for (const a of areas)
    if (a.level === 'commune' && a.parentCode)
      communeCounts.set(a.parentCode, (communeCounts.get(a.parentCode) ?? 0) + 1);
  return {
    purpose: 'home-filter',
    provinces,
    province,
    structure,
    districts: areas
      .filter((a) => a.level === 'district')
      .map((a) => ({
        code: a.code,
        name: a.name,
        ...(a.kind ? { kind: a.kind } : {}),
        communes: communeCounts.get(a.code) ?? 0,
      })),
    communeTotal: areas.filter((a) => a.level === 'commune').length,
  };
}
