import type { Area, AreaLevel, Plan, PlanCarry } from '../../model/index.js';
import { successorsAt } from '../../successions/index.js';
import type { AreaIndex } from './areas.js';
import type { NamedSuccessor, StructureLookup } from './areas-on-date.js';
import { formatDateVi } from '../../format/dates.js';

/**
 * Carrying a plan across a reform (issue 14 item 6): from a chosen date the plan's units are read in a later
 * structure (Trà Vinh's 2018 communes → the wards and communes of Vĩnh Long on 01/07/2025) through the stored
 * succession links. Records before the date keep their old units, records from it on carry units of the new
 * structure; targets keep the plan's own wording and codes, and a new unit's records count where the old units it
 * came from lay (carriedAttribution). What the links cannot settle — a unit split between several new ones, a
 * unit no source names a successor for — is listed for an officer to decide.
 */

export type CarryOutcome = 'same' | 'merged' | 'split' | 'unknown';

export interface CarryUnit {
  code: string;
  name: string;
  level: AreaLevel;
  /** same: one new unit with its code and name; merged: wholly inside one new unit; split: parts in several. */
  outcome: CarryOutcome;
  successors: NamedSuccessor[];
  /** Part of it went somewhere no source names. */
  unknown: boolean;
  /** The officer must choose its new units (split or unknown). */
  needsDecision: boolean;
}

export interface CarryPlace {
  code: string;
  name: string;
  /** The new units it maps to (after decisions: see carryPlan). */
  to: NamedSuccessor[];
}

export interface CarryPreview {
  planId: string;
  from: string;
  structure: string;
  /** The new province the plan's area now lies in (Vĩnh Long 86 for Trà Vinh). */
  provinceCode: string | undefined;
  provinceName: string | undefined;
  /** Every commune of the plan's area, with what it became. */
  units: CarryUnit[];
  /** Targets that name places (areaCodes, requiredAreaCodes, withinAreaCode), each place with its new units. */
  targets: { id: string; title: string; places: CarryPlace[] }[];
  /** Activities still open on `from` with their planned places. */
  activities: { id: string; title: string; places: CarryPlace[] }[];
}

/** The plan's area in the old structure: its communes, depth first (the units the links map). */
function communesOf(plan: Plan, index: AreaIndex): Area[] {
  const scope = plan.scopeAreaCode ?? plan.provinceCode;
  return index.descendantsOf(scope).filter((a) => a.level === 'commune');
}

/**
 * What carrying `plan` (areas in `index`, its own structure) onto `structure` from `from` would do. Pure; the
 * lookup names units of any structure.
 */
export function carryPreview(
  plan: Plan,
  index: AreaIndex,
  from: string,
  structure: string,
  lookup: StructureLookup,
): CarryPreview {
  const named = (code: string, s: string) => lookup.unit(code, s);
  const units: CarryUnit[] = communesOf(plan, index).map((area) => {
    const s = successorsAt(area.code, plan.areaStructure, structure, lookup.links);
    const successors = s.units
      .filter((u) => u.structure === structure)
      .map((u) => ({
        ...u,
        name: named(u.code, u.structure)?.name ?? u.code,
        provinceName: named(u.code, u.structure)?.provinceName,
      }));
    const outcome: CarryOutcome =
      successors.length === 0
        ? 'unknown'
        : successors.length > 1 || successors.some((u) => u.coverage === 'partial')
          ? 'split'
          : successors[0]!.code === area.code && successors[0]!.name === area.name
            ? 'same'
            : 'merged';
    return {
      code: area.code,
      name: area.name,
      level: area.level,
      outcome,
      successors,
      unknown: s.unknown,
      needsDecision: outcome === 'unknown' || outcome === 'split' || s.unknown,
    };
  });
  const province = provinceAfter(plan, structure, lookup);
  const map = defaultMap(plan, index, units);
  const place = (code: string): CarryPlace => ({
    code,
    name: index.get(code)?.name ?? code,
    to: (map[code] ?? []).map((c) => namedNew(c, structure, lookup)),
  });
  const targets = plan.targets.flatMap((t) => {
    const codes = [
      ...('areaCodes' in t ? (t.areaCodes ?? []) : []),
      ...('requiredAreaCodes' in t ? (t.requiredAreaCodes ?? []) : []),
      ...('withinAreaCode' in t && t.withinAreaCode ? [t.withinAreaCode] : []),
    ];
    return codes.length === 0 ? [] : [{ id: t.id, title: t.title, places: [...new Set(codes)].map(place) }];
  });
  const activities = plan.activities
    .filter((a) => a.period.to >= from)
    .map((a) => ({
      id: a.id,
      title: a.title,
      places: (a.places ?? []).flatMap((p) => (p.areaCode ? [place(p.areaCode)] : [])),
    }));
  return {
    planId: plan.id,
    from,
    structure,
    provinceCode: province?.code,
    provinceName: province?.name,
    units,
    targets,
    activities,
  };
}

function namedNew(code: string, structure: string, lookup: StructureLookup): NamedSuccessor {
  const n = lookup.unit(code, structure);
  return { code, structure, name: n?.name ?? code, provinceName: n?.provinceName, coverage: 'full' };
}

function provinceAfter(
  plan: Plan,
  structure: string,
  lookup: StructureLookup,
): { code: string; name: string } | undefined {
  const s = successorsAt(plan.provinceCode, plan.areaStructure, structure, lookup.links);
  const [p] = s.units.filter((u) => u.structure === structure);
  if (!p) return undefined;
  return { code: p.code, name: lookup.unit(p.code, structure)?.name ?? p.code };
}

/**
 * Old code → new codes: each commune to its successors (or the officer's decision), each district, the province
 * and any other unit above communes to the union of its communes' new units.
 */
function defaultMap(
  plan: Plan,
  index: AreaIndex,
  units: readonly CarryUnit[],
  decisions: Readonly<Record<string, readonly string[]>> = {},
): Record<string, string[]> {
  const map: Record<string, string[]> = {};
  for (const u of units) map[u.code] = [...(decisions[u.code] ?? u.successors.map((s) => s.code))];
  const scope = plan.scopeAreaCode ?? plan.provinceCode;
  for (const area of [index.get(scope), ...index.descendantsOf(scope)]) {
    if (!area || area.level === 'commune') continue;
    const codes = new Set<string>();
    for (const c of index.descendantsOf(area.code)) for (const n of map[c.code] ?? []) codes.add(n);
    map[area.code] = [...codes].sort();
  }
  return map;
}

export interface CarryProblem {
  code: string;
  vi: string;
  en: string;
}

/**
 * The plan carried: `carry` set from the preview and the officer's `decisions` (old commune code → the new units
 * chosen, [] for none) for every unit that needs one. `newUnits` are the units of the new structure the plan may
 * name (a decision naming another unit is refused).
 */
export function carryPlan(
  plan: Plan,
  index: AreaIndex,
  preview: CarryPreview,
  decisions: Readonly<Record<string, readonly string[]>>,
  newUnits: AreaIndex,
): { plan: Plan; problems: CarryProblem[] } {
  const problems: CarryProblem[] = [];
  for (const u of preview.units) {
    const chosen = decisions[u.code];
    if (u.needsDecision && chosen === undefined) {
      problems.push({
        code: u.code,
        vi: `Cần chọn đơn vị mới cho ${u.name} (mã ${u.code}): ${u.outcome === 'unknown' ? 'chưa rõ nay thuộc đâu' : 'đơn vị bị chia cho nhiều nơi'}.`,
        en: `Choose the new units of ${u.name} (code ${u.code}): ${u.outcome === 'unknown' ? 'no source names its successor' : 'it was split'}.`,
      });
    }
    for (const c of chosen ?? []) {
      if (!newUnits.has(c) || (preview.provinceCode !== undefined && !newUnits.isWithin(c, preview.provinceCode)))
        problems.push({
          code: u.code,
          vi: `Mã ${c} không phải đơn vị của ${preview.provinceName ?? 'tỉnh'} theo cơ cấu mới.`,
          en: `${c} is not a unit of ${preview.provinceName ?? 'the province'} in the new structure.`,
        });
    }
  }
  if (preview.provinceCode === undefined)
    problems.push({
      code: plan.provinceCode,
      vi: `Không có liên kết cho biết tỉnh ${plan.provinceCode} thuộc tỉnh nào theo cơ cấu mới.`,
      en: `No link says which province ${plan.provinceCode} belongs to in the new structure.`,
    });
  if (problems.length > 0) return { plan, problems };
  const areaMap = defaultMap(plan, index, preview.units, decisions);
  const carry: PlanCarry = {
    from: preview.from,
    structure: preview.structure,
    provinceCode: preview.provinceCode!,
    areaMap,
  };
  return { plan: { ...plan, carry }, problems };
}

/** The structure a record of `plan` dated `date` is entered in. */
export function planStructureOn(plan: Pick<Plan, 'areaStructure' | 'carry'>, date: string): string {
  return plan.carry && date >= plan.carry.from ? plan.carry.structure : plan.areaStructure;
}

/**
 * A record's place picked from the list of one structure (`chosen`) while its date falls in another: the entry form
 * lists the units in force on the record's date, and a code read in the wrong list would be another unit (29263 is
 * the 2018 Xã Long Đức and, from 01/07/2025, Phường Long Đức), so the form re-renders the right list instead of
 * sending it. Null when the structures agree.
 */
export function entryStructureMismatch(
  plan: Pick<Plan, 'areaStructure' | 'carry'>,
  date: string,
  chosen: string,
): { vi: string; en: string } | null {
  const expected = planStructureOn(plan, date);
  if (expected === chosen || !plan.carry) return null;
  const again = 'Danh sách địa bàn nay theo ngày này; hãy chọn lại.';
  const againEn = 'The list of areas now follows that date; choose again.';
  const { from, structure } = plan.carry;
  return expected === plan.areaStructure
    ? {
        vi: `Ngày ${formatDateVi(date)} trước ngày kế hoạch chuyển sang cơ cấu hành chính mới (${formatDateVi(from)}): địa bàn là đơn vị cũ. ${again}`,
        en: `${formatDateVi(date)} is before the plan moved to the new administrative structure (${formatDateVi(from)}): the area is a former unit. ${againEn}`,
      }
    : {
        vi: `Từ ${formatDateVi(from)} kế hoạch ghi kết quả theo đơn vị hành chính mới (cơ cấu ngày ${formatDateVi(structure)}); ngày ${formatDateVi(date)} cần một đơn vị mới. ${again}`,
        en: `From ${formatDateVi(from)} the plan records results at the new administrative units (structure of ${formatDateVi(structure)}); ${formatDateVi(date)} needs a unit of the new structure. ${againEn}`,
      };
}

/**
 * The new structure's units seen through the carried plan: `has` its units; a new unit lies within an old unit of
 * the plan (the province, a district, a commune) when the carry maps that old unit to it. Entry and write
 * permission then read a user's or plan's old scope ('84', a district) over the new units.
 */
export function carriedIndex(newIndex: AreaIndex, carry: PlanCarry): AreaIndex {
  const within = (code: string, root: string) =>
    newIndex.isWithin(code, root) || (carry.areaMap[root]?.includes(code) ?? false);
  const carried = new Set(Object.values(carry.areaMap).flat());
  return {
    ...newIndex,
    has: (code) => newIndex.has(code) && carried.has(code),
    isWithin: within,
    inScope: (code, plan) => within(code, plan.scopeAreaCode ?? plan.provinceCode),
  };
}

/**
 * Where a new unit's records count in the plan's own structure: the nearest old unit holding every old commune
 * that went into it (Phường Long Đức, from Phường 4 and Xã Long Đức → Thành phố Trà Vinh 842; a ward made of one
 * old commune → that commune). New units the plan does not cover are absent.
 */
export function carriedAttribution(carry: PlanCarry, index: AreaIndex): Map<string, string> {
  const sources = new Map<string, string[]>();
  for (const [old, news] of Object.entries(carry.areaMap)) {
    if (index.get(old)?.level !== 'commune') continue;
    for (const n of news) sources.set(n, [...(sources.get(n) ?? []), old]);
  }
  const out = new Map<string, string>();
  for (const [n, olds] of sources) {
    const chains = olds.map((o) => [o, ...index.ancestorCodes(o)]);
    const common = chains[0]!.find((c) => chains.every((chain) => chain.includes(c)));
    if (common) out.set(n, common);
  }
  return out;
}

/**
 * Records of a carried plan read in its own structure, for evaluation: a record dated from the carry on takes the
 * old unit its new unit is attributed to; one at a new unit the plan does not cover keeps a code no old unit has
 * ('new:29999'), so evaluation lists it as outside the plan's area instead of reading a reused code.
 */
export function recordsInPlanStructure<R extends { date: string; areaCode: string }>(
  plan: Plan,
  records: readonly R[],
  index: AreaIndex,
): readonly R[] {
  if (!plan.carry) return records;
  const from = plan.carry.from;
  const attribution = carriedAttribution(plan.carry, index);
  return records.map((r) =>
    r.date < from ? r : { ...r, areaCode: attribution.get(r.areaCode) ?? `new:${r.areaCode}` },
  );
}
