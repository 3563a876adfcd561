import {
  PlanSchema,
  type Activity,
  type Agency,
  type Area,
  type AreaLevel,
  type PlannedPlace,
  type Plan,
  type Target,
} from '../../model/index.js';
import { AREA_TAG_LABELS, areaIndex, areasForStructure, type AreaIndex } from '../areas/areas.js';
import { assertIsoDate, DomainError } from '../errors.js';
import { formatDateVi } from '../../format/dates.js';

/**
 * Plan cascade (issue 4), first step: a district (or commune) plan copied from a provincial one covers only its
 * area — deriveScopedPlan / deriveDistrictPlan make the child plan, with no stored link besides `parentPlanId`.
 * The second step, its records rolling up into the parent, is `roll-up.ts`.
 */

/** The structure date from which there are no districts (two-level local government from 1/7/2025). */
const TWO_LEVEL_FROM = '2025-07-01';
const LEVEL_RANK: Record<AreaLevel, number> = { province: 0, district: 1, commune: 2 };

export interface DeriveScopedPlanOptions {
  /** The district or commune the new plan covers (GSO code of the parent plan's areaStructure). */
  areaCode: string;
  /** The administrative tree (filtered to the parent's areaStructure when areas are dated). */
  areas: readonly Area[];
  /**
   * Agencies, to find the committee of the area (an agency whose `areaCode` is the area) when `agencyId` is not
   * given: its duties, and those of its group entry (`parentId`), become the new plan's duties.
   */
  agencies?: readonly Agency[];
  /** The local committee that issues and carries out the new plan; default: found through `agencies`. */
  agencyId?: string;
  /** Default `${parent.id}-${areaCode}`. */
  id?: string;
  /** Number and symbol of the local document; default the parent's. */
  code?: string;
  title?: string;
  /** Default the committee's name, else "Ủy ban nhân dân <area>". */
  issuer?: string;
  issuedOn?: string;
}

export type DeriveDistrictPlanOptions = Omit<DeriveScopedPlanOptions, 'areaCode'> & { districtCode: string };

/** A target or activity of the parent left out of the derived plan, with the reason in Vietnamese. */
export interface DroppedItem {
  list: 'targets' | 'activities';
  /** The id in the parent plan. */
  id: string;
  reason: string;
}

export interface DerivedPlan {
  plan: Plan;
  dropped: DroppedItem[];
}

/**
 * A district plan made from a provincial plan (Trà Vinh 651 → Càng Long). Refuses, with DomainError('PLAN_INVALID'),
 * a parent in the two-level structure (from 1/7/2025 there are no districts: make commune plans with
 * deriveScopedPlan instead) and an area that is not a district. See deriveScopedPlan for what is copied.
 */
export function deriveDistrictPlan(parent: Plan, options: DeriveDistrictPlanOptions): DerivedPlan {
  const { districtCode, ...rest } = options;
  const index = areaIndex(areasForStructure(options.areas, parent.areaStructure));
  const scope = parent.scopeAreaCode ?? parent.provinceCode;
  const hasDistricts = index.descendantsOf(scope).some((a) => a.level === 'district');
  if (parent.areaStructure >= TWO_LEVEL_FROM || !hasDistricts) {
    throw new DomainError(
      'PLAN_INVALID',
      `Kế hoạch ${parent.code} theo cơ cấu hành chính ${formatDateVi(parent.areaStructure)}: từ ngày 01/7/2025 chính quyền địa phương chỉ còn hai cấp (tỉnh, xã), không còn cấp huyện, nên không lập được kế hoạch cấp huyện. Hãy lập kế hoạch cho từng xã, phường.`,
      {
        messageEn: `Plan ${parent.code} uses the two-level structure (no districts since 1 July 2025): a district plan is not possible; derive commune plans instead.`,
        details: { planId: parent.id, areaStructure: parent.areaStructure, districtCode },
      },
    );
  }
  const area = index.get(districtCode);
  if (area !== undefined && area.level !== 'district') {
    throw new DomainError('PLAN_INVALID', `“${area.name}” (${districtCode}) không phải đơn vị hành chính cấp huyện.`, {
      messageEn: `"${area.name}" (${districtCode}) is not a district.`,
      details: { districtCode, level: area.level },
    });
  }
  return deriveScopedPlan(parent, { ...rest, areaCode: districtCode });
}

/**
 * A plan for one district or commune inside the parent's scope, with `parentPlanId` and `scopeAreaCode` set and
 * every id re-prefixed (`tv651-t-ii-1` → `tv651-844-t-ii-1`). What is copied, and why:
 * - objectives, components (leads unchanged: the provincial lead still steers), observances, period, structure;
 *   the parent plan becomes the first legal basis.
 * - targets, scoped: `area_coverage` counts units inside the area (withinAreaCode = the area, or the target's own
 *   narrower one); `population_reach` is scoped by the plan itself; `cadence` and `deadline` are kept as they are
 *   (the area must act as often / by the same date). Dropped, listed in `dropped`: coverage at a level above the
 *   area (a district plan cannot count provinces), coverage or reach whose tags no unit of the area carries while
 *   some unit of the parent does (tags nobody has set yet keep the target: they may be set later),
 *   coverage limited to another area, and `output_count` unless every area it names lies inside the area: a
 *   province-wide quantity ("30.000 tờ rơi") or one spread over several districts has no share to give a district
 *   (the plan says none; pro-rating would invent one). The district's records still count for it through
 *   recordsForRollUp.
 * - activities with a place in the area (places narrowed to the area; a place naming the province becomes the
 *   area; a place by tag stays when a unit of the area carries the tag) or with no place at all (ongoing work
 *   everywhere); the others are dropped and listed.
 * - duties of the area's committee and of its group entry ("UBND các huyện…"), given to the committee; duties of
 *   other agencies are not the local plan's and are left out without a note.
 * - reporting rules, with the committee as the only sender when it is known.
 * Throws DomainError: AREA_UNKNOWN for a code not in `areas`, PLAN_INVALID for an area outside the parent's scope,
 * the parent's scope itself, a province, or a result that does not parse (a bad `id`).
 */
export function deriveScopedPlan(parent: Plan, options: DeriveScopedPlanOptions): DerivedPlan {
  if (options.issuedOn !== undefined) assertIsoDate(options.issuedOn, 'issuedOn');
  const index = areaIndex(areasForStructure(options.areas, parent.areaStructure));
  const parentScope = parent.scopeAreaCode ?? parent.provinceCode;
  const scope = options.areaCode;
  const area = index.get(scope);
  if (area === undefined) {
    throw new DomainError(
      'AREA_UNKNOWN',
      `Không có địa bàn mã “${scope}” trong danh mục địa bàn của kế hoạch ${parent.code}.`,
      {
        messageEn: `Unknown area "${scope}" for plan ${parent.code}.`,
        details: { areaCode: scope, areaStructure: parent.areaStructure },
      },
    );
  }
  if (area.level === 'province' || scope === parentScope || !index.isWithin(scope, parentScope)) {
    throw new DomainError(
      'PLAN_INVALID',
      `“${area.name}” không nằm bên trong phạm vi của kế hoạch ${parent.code}; chỉ lập được kế hoạch cho huyện hoặc xã thuộc phạm vi đó.`,
      {
        messageEn: `"${area.name}" is not inside the scope of plan ${parent.code}.`,
        details: { areaCode: scope, parentScope },
      },
    );
  }

  const id = options.id ?? `${parent.id}-${scope}`;
  const reId = (old: string) =>
    old.startsWith(`${parent.id}-`) ? `${id}-${old.slice(parent.id.length + 1)}` : `${id}-${old}`;
  const inside = (code: string) => index.isWithin(code, scope);
  const covers = (code: string) => index.isWithin(scope, code);
  const unitsInScope = [area, ...index.descendantsOf(scope)];
  const unitsInParent = [
    ...(index.get(parentScope) ? [index.get(parentScope) as Area] : []),
    ...index.descendantsOf(parentScope),
  ];
  const tagged = (units: readonly Area[], tags: readonly string[], level?: AreaLevel) =>
    units.some((a) => (level === undefined || a.level === level) && tags.every((t) => a.tags.includes(t)));
  // Tags are kept by admins and may not be set yet: a tag no unit of the parent carries says nothing about the area.
  const hasTagged = (tags: readonly string[], level?: AreaLevel) =>
    tagged(unitsInScope, tags, level) || !tagged(unitsInParent, tags, level);
  const committee = findCommittee(options, scope);
  const dropped: DroppedItem[] = [];

  const targets: Target[] = [];
  for (const target of parent.targets) {
    const reason = scopeTarget(target, { area, inside, covers, hasTagged, index });
    if (typeof reason === 'string') {
      dropped.push({ list: 'targets', id: target.id, reason });
      continue;
    }
    targets.push({
      ...reason,
      id: reId(target.id),
      ...(target.componentId === undefined ? {} : { componentId: reId(target.componentId) }),
      ...(target.objectiveId === undefined ? {} : { objectiveId: reId(target.objectiveId) }),
    });
  }

  const activities: Activity[] = [];
  for (const activity of parent.activities) {
    const places = scopePlaces(activity.places, { area, inside, covers, hasTagged });
    if (activity.places.length > 0 && places.length === 0) {
      const names = activity.places.map((p) => p.name).join('; ');
      dropped.push({ list: 'activities', id: activity.id, reason: `Địa điểm nằm ngoài ${area.name}: ${names}.` });
      continue;
    }
    activities.push({
      ...activity,
      id: reId(activity.id),
      ...(activity.componentId === undefined ? {} : { componentId: reId(activity.componentId) }),
      places,
    });
  }

  const committeeIds = new Set<string>();
  if (committee !== undefined) {
    committeeIds.add(committee.id);
    if (committee.parentId !== undefined) committeeIds.add(committee.parentId);
  }
  const duties = parent.duties
    .filter((d) => committeeIds.has(d.agencyId))
    .map((d) => ({
      ...d,
      id: reId(d.id),
      agencyId: committee?.id ?? d.agencyId,
      componentIds: d.componentIds.map(reId),
    }));

  // The parent's signer did not sign the local plan: left out.
  const { signer: _parentSigner, ...inherited } = parent;
  const input = {
    ...inherited,
    id,
    code: options.code ?? parent.code,
    title: options.title ?? `${parent.title} (${area.name})`,
    issuer: options.issuer ?? committee?.name ?? `Ủy ban nhân dân ${lowerFirst(area.name)}`,
    issuedOn: options.issuedOn ?? parent.issuedOn,
    scopeAreaCode: scope,
    parentPlanId: parent.id,
    legalBases: [
      { code: parent.code, title: parent.title, issuer: parent.issuer, issuedOn: parent.issuedOn },
      ...parent.legalBases,
    ],
    objectives: parent.objectives.map((o) => ({ ...o, id: reId(o.id) })),
    components: parent.components.map((c) => ({ ...c, id: reId(c.id) })),
    duties,
    activities,
    // A target's activities (issue 14 item 5) follow their activities: renamed, or gone with them.
    targets: targets.map((t) =>
      t.activityIds === undefined
        ? t
        : { ...t, activityIds: t.activityIds.map(reId).filter((a) => activities.some((kept) => kept.id === a)) },
    ),
    reporting: parent.reporting.map((r) => ({
      ...r,
      id: reId(r.id),
      ...(committee === undefined ? {} : { fromAgencyIds: [committee.id] }),
    })),
    observances: parent.observances.map((o) => ({ ...o, id: reId(o.id) })),
  };
  const parsed = PlanSchema.safeParse(input);
  if (!parsed.success) {
    throw new DomainError(
      'PLAN_INVALID',
      `Không tạo được kế hoạch “${id}”: ${parsed.error.issues[0]?.message ?? 'dữ liệu không hợp lệ'}.`,
      {
        messageEn: `Cannot derive plan "${id}".`,
        details: { issues: parsed.error.issues.map((i) => ({ path: i.path.map(String), message: i.message })) },
      },
    );
  }
  return { plan: parsed.data, dropped };
}

interface Scope {
  area: Area;
  inside: (code: string) => boolean;
  covers: (code: string) => boolean;
  hasTagged: (tags: readonly string[], level?: AreaLevel) => boolean;
}

/** Tags in words, as officers read them: “nguy cơ cao”, not high_risk. */
const tagWords = (tags: readonly string[]) => tags.map((t) => `“${AREA_TAG_LABELS[t] ?? t}”`).join(', ');

/** The target narrowed to the scope, or the reason it cannot be. */
function scopeTarget(target: Target, s: Scope & { index: AreaIndex }): Target | string {
  const name = s.area.name;
  const label = (code: string) => s.index.get(code)?.name ?? code;
  switch (target.kind) {
    case 'area_coverage': {
      if (LEVEL_RANK[target.level] < LEVEL_RANK[s.area.level]) {
        return `Chỉ tiêu đếm đơn vị cấp ${target.level === 'province' ? 'tỉnh' : 'huyện'}, cao hơn ${name}.`;
      }
      let within = s.area.code;
      if (target.withinAreaCode !== undefined && !s.covers(target.withinAreaCode)) {
        if (!s.inside(target.withinAreaCode))
          return `Chỉ tiêu chỉ tính trong ${label(target.withinAreaCode)}, ngoài ${name}.`;
        within = target.withinAreaCode;
      }
      if (target.areaTags.length > 0 && !s.hasTagged(target.areaTags, target.level)) {
        return `${name} không có đơn vị nào gắn nhãn ${tagWords(target.areaTags)}.`;
      }
      return { ...target, withinAreaCode: within };
    }
    case 'population_reach':
      if (target.areaTags.length > 0 && !s.hasTagged(target.areaTags))
        return `${name} không có đơn vị nào gắn nhãn ${tagWords(target.areaTags)}.`;
      return target;
    case 'output_count': {
      const named = [...(target.areaCodes ?? []), ...(target.requiredAreaCodes ?? [])];
      if (named.length === 0) {
        return 'Chỉ tiêu số lượng chung của cả tỉnh, không chia được cho từng địa bàn; kết quả của địa bàn được cộng vào chỉ tiêu của tỉnh.';
      }
      const outside = [...new Set(named.filter((code) => !s.inside(code)))];
      if (outside.length > 0) {
        return `Chỉ tiêu số lượng gồm cả địa bàn ngoài ${name} (${outside.map(label).join(', ')}); không chia được, kết quả được cộng vào chỉ tiêu của tỉnh.`;
      }
      return target;
    }
    case 'cadence':
    case 'deadline':
      return target;
  }
}

function scopePlaces(places: readonly PlannedPlace[], s: Scope): PlannedPlace[] {
  const out: PlannedPlace[] = [];
  for (const place of places) {
    if (place.areaCode !== undefined) {
      if (s.inside(place.areaCode)) out.push(place);
      else if (s.covers(place.areaCode)) {
        if (place.areaTag === undefined || s.hasTagged([place.areaTag])) {
          out.push({
            ...place,
            name: place.areaTag === undefined ? s.area.name : `${place.name} (${s.area.name})`,
            areaCode: s.area.code,
          });
        }
      }
    } else if (place.areaTag !== undefined) {
      if (s.hasTagged([place.areaTag])) out.push({ ...place, areaCode: s.area.code });
    } else out.push(place);
  }
  // Two province-wide places both narrow to the area: keep one.
  return out.filter(
    (p, i) => out.findIndex((q) => q.name === p.name && q.areaCode === p.areaCode && q.areaTag === p.areaTag) === i,
  );
}

function findCommittee(options: DeriveScopedPlanOptions, scope: string): Agency | undefined {
  const agencies = options.agencies ?? [];
  if (options.agencyId !== undefined) {
    const found = agencies.find((a) => a.id === options.agencyId);
    if (found) return found;
    if (agencies.length > 0) {
      throw new DomainError('AGENCY_UNKNOWN', `Không có cơ quan “${options.agencyId}” trong danh mục cơ quan.`, {
        messageEn: `Unknown agency "${options.agencyId}".`,
        details: { agencyId: options.agencyId },
      });
    }
    return { id: options.agencyId, name: options.agencyId, kind: 'district_committee' };
  }
  return agencies.find(
    (a) => a.areaCode === scope && (a.kind === 'district_committee' || a.kind === 'people_committee'),
  );
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
