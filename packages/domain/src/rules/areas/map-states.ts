import type { Area, AreaLink } from '../../model/index.js';
import { successorsAt } from '../../successions/index.js';
import type { Language } from '../../vocabulary/languages.js';

/**
 * What a commune on a map says about one target: every unit of the target inside it done, some done, none done,
 * or no unit of the target inside it (outside the target's areas, or a unit the links lose). A plan on an older
 * structure is drawn on today's polygons through the succession links, so one polygon may hold several old units
 * (Lai Châu 2016: 108 communes in 38; Trà Vinh 2018: 104 in 41 of Vĩnh Long's) — "partial" is then honest where
 * a two-colour map would call a half-done commune either done or not.
 */
export const MAP_STATES = ['done', 'partial', 'not_yet', 'no_data'] as const;
export type MapState = (typeof MAP_STATES)[number];

export const MAP_STATE_LABELS: Record<MapState, { vi: string; en: string; km: string }> = {
  done: { vi: 'Đã thực hiện', en: 'Done', km: 'បានអនុវត្ត' },
  partial: { vi: 'Thực hiện một phần', en: 'Partly done', km: 'បានអនុវត្តមួយផ្នែក' },
  not_yet: { vi: 'Chưa thực hiện', en: 'Not yet', km: 'មិនទាន់អនុវត្ត' },
  no_data: { vi: 'Không thuộc chỉ tiêu / không có số liệu', en: 'Not in the target / no data', km: 'គ្មានទិន្នន័យ' },
};

/**
 * Fill colours: ColorBrewer-like greens for done and partly done, a warm light orange for not yet, pale grey for
 * no data; each fill differs from its neighbours' in lightness as well as hue (readable without colour vision), and
 * the borders are white so adjacent communes of one state stay distinguishable.
 */
export const MAP_STATE_COLOURS: Record<MapState, string> = {
  done: '#1b7837',
  partial: '#8fce8a',
  not_yet: '#f6b26b',
  no_data: '#e6e8eb',
};

/** One unit of the plan's own structure as shown inside a polygon (its tooltip and the table row). */
export interface MapUnit {
  code: string;
  name: string;
  covered: boolean;
}

export interface MapCommune {
  /** The 01/07/2025 commune code: the key of its polygon. */
  code: string;
  name: string;
  state: MapState;
  /** The plan's units inside it (itself for a plan on today's structure), by name. */
  units: MapUnit[];
}

/** A covered / not covered cell of the domain's coverageGrid (dashboard.ts), as read by a map. */
export interface CoverageCellInput {
  code: string;
  name: string;
  covered: boolean;
}

/**
 * The state of every polygon for one target. `cells` are coverageGrid's cells (units of the plan's structure at the
 * target's level: communes, or districts for a district-level target, whose communes then carry the district's
 * state); `areas` the plan's units (to find a district's communes); each commune goes to the 2025 polygons it
 * went into (`links` followed to `asOf`; a unit of today's structure is its own polygon). A unit whose successors
 * are unknown appears in no polygon — never guessed onto one.
 */
export function mapCommunes(input: {
  polygons: readonly { code: string; name: string }[];
  cells: readonly CoverageCellInput[];
  level: 'province' | 'district' | 'commune';
  areas: readonly Area[];
  structure: string;
  links: readonly AreaLink[];
  asOf: string;
}): MapCommune[] {
  const inside = new Map<string, MapUnit[]>(input.polygons.map((p) => [p.code, []]));
  const childrenOf = new Map<string, Area[]>();
  for (const a of input.areas)
    if (a.level === 'commune' && a.parentCode !== undefined)
      childrenOf.set(a.parentCode, [...(childrenOf.get(a.parentCode) ?? []), a]);
  for (const cell of input.cells) {
    const communes =
      input.level === 'commune'
        ? [cell.code]
        : (childrenOf.get(cell.code) ?? []).map((a) => a.code).filter((c) => c !== undefined);
    const polygons = new Set<string>();
    for (const code of communes)
      for (const unit of successorsAt(code, input.structure, input.asOf, input.links).units)
        if (inside.has(unit.code)) polygons.add(unit.code);
    for (const code of polygons) inside.get(code)?.push({ code: cell.code, name: cell.name, covered: cell.covered });
  }
  return input.polygons.map((p) => {
    const units = (inside.get(p.code) ?? []).sort((a, b) => a.name.localeCompare(b.name, 'vi'));
    const done = units.filter((u) => u.covered).length;
    const state: MapState =
      units.length === 0 ? 'no_data' : done === units.length ? 'done' : done === 0 ? 'not_yet' : 'partial';
    return { code: p.code, name: p.name, state, units };
  });
}

export interface LegendEntry {
  state: MapState;
  label: { vi: string; en: string; km: string };
  colour: string;
  /** Polygons in this state. */
  count: number;
}

/** The legend: every state in a fixed order with its polygon count (a state with none is still listed). */
export function mapLegend(communes: readonly { state: MapState }[]): LegendEntry[] {
  return MAP_STATES.map((state) => ({
    state,
    label: MAP_STATE_LABELS[state],
    colour: MAP_STATE_COLOURS[state],
    count: communes.filter((c) => c.state === state).length,
  }));
}

/**
 * The tooltip (<title>) of a polygon: its name and state, and for a merged commune the plan's old units inside it
 * with each one's state ("Xã Thu Lũm: Thực hiện một phần — Xã Ka Lăng: đã thực hiện; Xã Thu Lũm: chưa").
 */
export function mapCommuneTitle(commune: MapCommune, lang: Language = 'vi'): string {
  const head = `${commune.name}: ${MAP_STATE_LABELS[commune.state][lang]}`;
  const merged = commune.units.length > 1 || (commune.units.length === 1 && commune.units[0]?.name !== commune.name);
  if (!merged) return head;
  const yes = MAP_STATE_LABELS.done[lang].toLowerCase();
  const no = MAP_STATE_LABELS.not_yet[lang].toLowerCase();
  const list = commune.units.map((u) => `${u.name}: ${u.covered ? yes : no}`).join('; ');
  return `${head} — ${list}`;
}
