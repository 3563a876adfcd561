import type { Area, AreaLevel, Plan } from '../../model/index.js';
import { normaliseVietnamese } from '../text.js';

/** Lookups over the administrative tree. Built once per list of areas; every query is O(depth) or O(result). */
export interface AreaIndex {
  readonly areas: readonly Area[];
  get(code: string): Area | undefined;
  has(code: string): boolean;
  children(code: string): Area[];
  /** Parent codes, nearest first, following parentCode even through a parent missing from the list. */
  ancestorCodes(code: string): string[];
  /** Known ancestors, nearest first. */
  ancestors(code: string): Area[];
  /** Every area below `code` (not `code` itself), depth first. */
  descendantsOf(code: string): Area[];
  /** `code` is `rootCode` or lies below it. */
  isWithin(code: string, rootCode: string): boolean;
  /** `code` lies inside the plan's scope: its scopeAreaCode when set, else its province. */
  inScope(code: string, plan: Pick<Plan, 'provinceCode' | 'scopeAreaCode'>): boolean;
  /** The area itself or its nearest ancestor at `level`. */
  ancestorAt(code: string, level: AreaLevel): Area | undefined;
  /** Areas whose name contains `query`, with or without diacritics ('don chau' finds 'Đôn Châu'). */
  search(query: string, options?: { level?: AreaLevel; withinCode?: string; limit?: number }): Area[];
}

/**
 * Codes are reused across administrative structures (before and after 1/7/2025), so an area list may hold two
 * trees. When some areas are dated with `structure`, keep those of the wanted structure plus the undated ones;
 * when none carries that structure, keep the list as it is (callers that pass a single tree need not date it).
 */
export function areasForStructure(areas: readonly Area[], structure: string | undefined): readonly Area[] {
  if (structure === undefined || !areas.some((a) => a.structure === structure)) return areas;
  return areas.filter((a) => a.structure === undefined || a.structure === structure);
}

/** Builds an AreaIndex; on a duplicate code the first area wins. */
export function areaIndex(areas: readonly Area[]): AreaIndex {
  const byCode = new Map<string, Area>();
  const childrenOf = new Map<string, Area[]>();
  for (const area of areas) {
    if (byCode.has(area.code)) continue;
    byCode.set(area.code, area);
  }
  for (const area of byCode.values()) {
    if (area.parentCode === undefined) continue;
    const list = childrenOf.get(area.parentCode);
    if (list) list.push(area);
    else childrenOf.set(area.parentCode, [area]);
  }
  let searchKeys: Map<string, string> | undefined;

  const ancestorCodes = (code: string): string[] => {
    const out: string[] = [];
    const seen = new Set<string>([code]);
    let parent = byCode.get(code)?.parentCode;
    while (parent !== undefined && !seen.has(parent)) {
      out.push(parent);
      seen.add(parent);
      parent = byCode.get(parent)?.parentCode;
    }
    return out;
  };

  const isWithin = (code: string, rootCode: string): boolean =>
    code === rootCode || ancestorCodes(code).includes(rootCode);

  return {
    areas: [...byCode.values()],
    get: (code) => byCode.get(code),
    has: (code) => byCode.has(code),
    children: (code) => [...(childrenOf.get(code) ?? [])],
    ancestorCodes,
    ancestors: (code) => ancestorCodes(code).flatMap((c) => byCode.get(c) ?? []),
    descendantsOf(code) {
      const out: Area[] = [];
      const seen = new Set<string>([code]);
      const stack = [...(childrenOf.get(code) ?? [])].reverse();
      while (stack.length > 0) {
        const area = stack.pop() as Area;
        if (seen.has(area.code)) continue;
        seen.add(area.code);
        out.push(area);
        const kids = childrenOf.get(area.code);
        if (kids) for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i] as Area);
      }
      return out;
    },
    isWithin,
    inScope: (code, plan) => isWithin(code, plan.scopeAreaCode ?? plan.provinceCode),
    ancestorAt(code, level) {
      const self = byCode.get(code);
      if (self?.level === level) return self;
      for (const c of ancestorCodes(code)) {
        const area = byCode.get(c);
        if (area?.level === level) return area;
      }
      return undefined;
    },
    search(query, options = {}) {
      searchKeys ??= new Map([...byCode.values()].map((a) => [a.code, normaliseVietnamese(a.name)]));
      const needle = normaliseVietnamese(query);
      const out: Area[] = [];
      for (const area of byCode.values()) {
        if (options.level !== undefined && area.level !== options.level) continue;
        if (options.withinCode !== undefined && !isWithin(area.code, options.withinCode)) continue;
        if (!(searchKeys.get(area.code) ?? '').includes(needle) && !area.code.startsWith(query.trim())) continue;
        out.push(area);
        if (options.limit !== undefined && out.length >= options.limit) break;
      }
      return out;
    },
  };
}

export const AREA_LEVEL_NOUNS: Record<AreaLevel, string> = {
  province: 'tỉnh',
  district: 'huyện',
  commune: 'xã',
};

/** Vietnamese wording of the known tags, for explanations; unknown tags are shown as written. */
export const AREA_TAG_LABELS: Record<string, string> = {
  border: 'biên giới',
  high_risk: 'nguy cơ cao',
  key_area: 'trọng điểm',
  khmer: 'vùng đồng bào Khmer',
  coastal: 'ven biển',
  district_town: 'thị trấn huyện lỵ',
  city_ward: 'phường thuộc thành phố',
};
/** English wording of the known tags; unknown tags are shown as written. */
export const AREA_TAG_LABELS_EN: Record<string, string> = {
  border: 'border',
  high_risk: 'high risk',
  key_area: 'key area',
  khmer: 'Khmer community',
  coastal: 'coastal',
  district_town: 'district town',
  city_ward: 'city ward',
};
