import type { ActivityRecord, ActivityType, Area, AreaLevel, Plan, PopulationGroup, Target } from '../model/index.js';
import { areasForStructure } from './areas.js';
import { ymdNumber } from './dates.js';

/**
 * Columnar index of one evaluatePlan call, built once and shared by every target. Hot loops read typed arrays
 * (dates as YYYYMMDD integers, areas as small integers) instead of record objects: no Date, no string compare,
 * no allocation per record. Areas get integer ids; a record's area code unknown to the area list, and a parent
 * code missing from it, get an id too (no level, no parent) so exact-code rules still work without area data.
 */
export interface AreaTable {
  /** id → code. Ids below `known` are areas of the list; the rest are codes seen only as parents or on records. */
  readonly codes: string[];
  readonly idOf: Map<string, number>;
  readonly known: number;
  readonly areas: readonly Area[];
  /** id → parent id or -1; sized after records are read (see finishAreas). */
  parent: Int32Array;
  /** id → 0 province, 1 district, 2 commune, -1 unknown. */
  level: Int8Array;
}

export interface RecordColumns {
  /** Number of records kept (approved, of the plan, of a type some target uses). */
  readonly count: number;
  /** Records sorted by type: those of type index t are [typeStart[t], typeStart[t + 1]). */
  readonly typeStart: Int32Array;
  readonly ymd: Int32Array;
  readonly area: Int32Array;
  /** `quantity`, 1 when absent (a record is one unit of its activity unless it says otherwise). */
  readonly quantity: Float64Array;
  /** `reached[group]` (0 when absent), only for the groups a population_reach target asks for. */
  readonly reached: ReadonlyMap<PopulationGroup, Float64Array>;
}

export interface EvaluationContext {
  readonly plan: Plan;
  readonly asOf: string;
  readonly asOfYmd: number;
  readonly areas: AreaTable;
  readonly records: RecordColumns;
  readonly typeIndex: ReadonlyMap<ActivityType, number>;
  /** Memoised masks and maps, keyed by root code or level. */
  withinMask(rootCode: string): Uint8Array;
  ancestorAtLevel(level: AreaLevel): Int32Array;
  /** The plan's area: scopeAreaCode when set, else the province. */
  readonly scopeCode: string;
}

const LEVEL_ID: Record<AreaLevel, number> = { province: 0, district: 1, commune: 2 };

export function buildContext(
  plan: Plan,
  input: { areas: readonly Area[]; records: readonly ActivityRecord[]; asOf: string },
): EvaluationContext {
  const areas = buildAreaTable(areasForStructure(input.areas, plan.areaStructure));
  const typeIndex = new Map<ActivityType, number>();
  const groups = new Set<PopulationGroup>();
  for (const target of plan.targets) {
    for (const type of target.activityTypes) if (!typeIndex.has(type)) typeIndex.set(type, typeIndex.size);
    if (target.kind === 'population_reach') groups.add(target.group);
  }
  const records = buildColumns(plan.id, input.records, typeIndex, [...groups], areas);
  finishAreas(areas);

  const masks = new Map<string, Uint8Array>();
  const ancestorMaps = new Map<AreaLevel, Int32Array>();
  return {
    plan,
    asOf: input.asOf,
    asOfYmd: ymdNumber(input.asOf),
    areas,
    records,
    typeIndex,
    scopeCode: plan.scopeAreaCode ?? plan.provinceCode,
    withinMask(rootCode) {
      let mask = masks.get(rootCode);
      if (!mask) {
        mask = withinMaskOf(areas, rootCode);
        masks.set(rootCode, mask);
      }
      return mask;
    },
    ancestorAtLevel(level) {
      let map = ancestorMaps.get(level);
      if (!map) {
        map = ancestorAtLevelOf(areas, LEVEL_ID[level]);
        ancestorMaps.set(level, map);
      }
      return map;
    },
  };
}

/** Calls `visit(k)` for every kept record k of the target's types dated inside [fromYmd, toYmd]. */
export function forEachRecord(
  ctx: EvaluationContext,
  target: Target,
  fromYmd: number,
  toYmd: number,
  visit: (k: number) => void,
): void {
  const { typeStart, ymd } = ctx.records;
  for (const type of new Set(target.activityTypes)) {
    const t = ctx.typeIndex.get(type);
    if (t === undefined) continue;
    const end = typeStart[t + 1] as number;
    for (let k = typeStart[t] as number; k < end; k++) {
      const d = ymd[k] as number;
      if (d >= fromYmd && d <= toYmd) visit(k);
    }
  }
}

function buildAreaTable(list: readonly Area[]): AreaTable {
  const codes: string[] = [];
  const idOf = new Map<string, number>();
  const areas: Area[] = [];
  for (const area of list) {
    if (idOf.has(area.code)) continue;
    idOf.set(area.code, codes.length);
    codes.push(area.code);
    areas.push(area);
  }
  const known = codes.length;
  for (const area of areas) {
    if (area.parentCode !== undefined && !idOf.has(area.parentCode)) {
      idOf.set(area.parentCode, codes.length);
      codes.push(area.parentCode);
    }
  }
  return { codes, idOf, known, areas, parent: new Int32Array(0), level: new Int8Array(0) };
}

function finishAreas(table: AreaTable): void {
  const n = table.codes.length;
  const parent = new Int32Array(n).fill(-1);
  const level = new Int8Array(n).fill(-1);
  for (let id = 0; id < table.known; id++) {
    const area = table.areas[id] as Area;
    level[id] = LEVEL_ID[area.level];
    if (area.parentCode !== undefined) parent[id] = table.idOf.get(area.parentCode) ?? -1;
  }
  // A broken list could make a cycle; cut it so that every walk up the tree ends.
  for (let id = 0; id < table.known; id++) {
    let steps = 0;
    for (let a = parent[id] as number; a >= 0; a = parent[a] as number) {
      if (a === id || ++steps > n) {
        parent[id] = -1;
        break;
      }
    }
  }
  table.parent = parent;
  table.level = level;
}

function withinMaskOf(table: AreaTable, rootCode: string): Uint8Array {
  const mask = new Uint8Array(table.codes.length);
  const root = table.idOf.get(rootCode);
  if (root === undefined) return mask;
  const { parent } = table;
  for (let id = 0; id < mask.length; id++) {
    for (let a = id; a >= 0; a = parent[a] as number) {
      if (a === root) {
        mask[id] = 1;
        break;
      }
    }
  }
  return mask;
}

function ancestorAtLevelOf(table: AreaTable, levelId: number): Int32Array {
  const out = new Int32Array(table.codes.length).fill(-1);
  const { parent, level } = table;
  for (let id = 0; id < out.length; id++) {
    for (let a = id; a >= 0; a = parent[a] as number) {
      if (level[a] === levelId) {
        out[id] = a;
        break;
      }
    }
  }
  return out;
}

function buildColumns(
  planId: string,
  records: readonly ActivityRecord[],
  typeIndex: ReadonlyMap<ActivityType, number>,
  groups: readonly PopulationGroup[],
  areas: AreaTable,
): RecordColumns {
  const n = records.length;
  const types = typeIndex.size;
  // One pass over the objects into columns in input order, then a counting sort by type over the typed arrays.
  const typeOf = new Int16Array(n);
  const ymdIn = new Int32Array(n);
  const areaIn = new Int32Array(n);
  const quantityIn = new Float64Array(n);
  const reachedIn = groups.map(() => new Float64Array(n));
  const perType = new Int32Array(types + 1);
  const { idOf, codes } = areas;
  let lastCode = '';
  let lastId = -1;
  let m = 0;
  for (let i = 0; i < n; i++) {
    const r = records[i] as ActivityRecord;
    if (r.status !== 'approved' || r.planId !== planId) continue;
    const t = typeIndex.get(r.type);
    if (t === undefined) continue;
    const code = r.areaCode;
    let id: number;
    if (code === lastCode) id = lastId;
    else {
      const found = idOf.get(code);
      if (found === undefined) {
        id = codes.length;
        idOf.set(code, id);
        codes.push(code);
      } else id = found;
      lastCode = code;
      lastId = id;
    }
    typeOf[m] = t;
    ymdIn[m] = ymdNumber(r.date);
    areaIn[m] = id;
    quantityIn[m] = r.quantity ?? 1;
    if (groups.length > 0 && r.reached !== undefined) {
      for (let g = 0; g < groups.length; g++) {
        (reachedIn[g] as Float64Array)[m] = r.reached[groups[g] as PopulationGroup] ?? 0;
      }
    }
    perType[t + 1] = (perType[t + 1] as number) + 1;
    m++;
  }
  const typeStart = new Int32Array(types + 1);
  for (let t = 0; t < types; t++) typeStart[t + 1] = (typeStart[t] as number) + (perType[t + 1] as number);
  const cursor = typeStart.slice(0, types);
  const ymd = new Int32Array(m);
  const area = new Int32Array(m);
  const quantity = new Float64Array(m);
  const reachedOut = groups.map(() => new Float64Array(m));
  for (let i = 0; i < m; i++) {
    const t = typeOf[i] as number;
    const k = cursor[t] as number;
    cursor[t] = k + 1;
    ymd[k] = ymdIn[i] as number;
    area[k] = areaIn[i] as number;
    quantity[k] = quantityIn[i] as number;
    for (let g = 0; g < groups.length; g++) (reachedOut[g] as Float64Array)[k] = (reachedIn[g] as Float64Array)[i] as number;
  }
  const reached = new Map<PopulationGroup, Float64Array>();
  groups.forEach((group, g) => reached.set(group, reachedOut[g] as Float64Array));
  return { count: m, typeStart, ymd, area, quantity, reached };
}
