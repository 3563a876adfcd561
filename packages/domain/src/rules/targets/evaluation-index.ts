import type { ActivityType, Area, AreaLevel, IgnoredRecord, Plan, PopulationGroup, Target } from '../../model/index.js';
import { areasForStructure } from '../areas/areas.js';
import { ymdNumber } from '../dates.js';
import { activityGate } from './activities.js';
import type { CountedRecord } from '../records/record-tally.js';

/**
 * Columnar index of one evaluatePlan call, built once and shared by every target. Hot loops read typed arrays
 * (dates as YYYYMMDD integers, areas as small integers) instead of record objects: no Date, no string compare,
 * no allocation per record. Areas get integer ids; a parent code missing from the list gets an id too (no level,
 * no parent: the national bench hangs its provinces under '00'). Only records at a unit inside the plan's scope
 * are kept; the others, and second copies of a record id, are listed in `ignored`.
 */
export interface AreaTable {
  /** id → code. Ids below `known` are areas of the list; the rest are codes seen only as parents. */
  readonly codes: string[];
  readonly idOf: Map<string, number>;
  readonly known: number;
  readonly areas: readonly Area[];
  /** id → parent id or -1. */
  parent: Int32Array;
  /** id → 0 province, 1 district, 2 commune, -1 unknown. */
  level: Int8Array;
}

export interface RecordColumns {
  /** Number of records kept (approved, of the plan, inside its scope, first of their id, of a type some target uses). */
  readonly count: number;
  /** Records sorted by type: those of type index t are [typeStart[t], typeStart[t + 1]). */
  readonly typeStart: Int32Array;
  readonly ymd: Int32Array;
  readonly area: Int32Array;
  /** How many records row k stands for: 1 for a record, `count` for a tally (record-tally.ts). */
  readonly weight: Int32Array;
  /** Index of row k's activity in plan.activities, -1 when it names none (or one the plan does not have). */
  readonly activity: Int32Array;
  /**
   * `quantity` (1 when absent: a record is one unit of its activity unless it says otherwise), for records k in
   * [quantityFrom, quantityTo): the types some output_count target uses, which the type order keeps contiguous.
   */
  readonly quantity: Float64Array;
  readonly quantityFrom: number;
  /**
   * `reached[group]` (0 when absent) for records k in [0, reachedTo): the types some population_reach target uses
   * come first. Only the groups such a target asks for are filled.
   */
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
  /**
   * Approved records of the plan dated up to asOf left out: outside the plan's scope, unknown area, duplicate id
   * (input order).
   */
  readonly ignored: IgnoredRecord[];
}

const LEVEL_ID: Record<AreaLevel, number> = { province: 0, district: 1, commune: 2 };

export function buildContext(
  plan: Plan,
  input: { areas: readonly Area[]; records: readonly CountedRecord[]; asOf: string },
): EvaluationContext {
  const areas = buildAreaTable(areasForStructure(input.areas, plan.areaStructure));
  finishAreas(areas);
  const scopeCode = plan.scopeAreaCode ?? plan.provinceCode;
  const masks = new Map<string, Uint8Array>();
  const scope = withinMaskOf(areas, scopeCode);
  masks.set(scopeCode, scope);
  const ignored: IgnoredRecord[] = [];
  const records = buildColumns(plan, input.records, input.asOf, areas, scope, ignored);
  const ancestorMaps = new Map<AreaLevel, Int32Array>();
  return {
    plan,
    asOf: input.asOf,
    asOfYmd: ymdNumber(input.asOf),
    areas,
    records,
    typeIndex: records.typeIndex,
    scopeCode,
    ignored,
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
  const { typeStart, ymd, activity, area } = ctx.records;
  // Which records count by their activity (targets/activities.ts: the activity's own year, the target's activities).
  const gate = activityGate(ctx.plan, target);
  const counts = (k: number, d: number): boolean => {
    const i = activity[k] as number;
    if (i < 0) return true;
    if (gate.allowed[i] !== 1 || d < (gate.fromYmd[i] as number) || d > (gate.toYmd[i] as number)) return false;
    const places = gate.places[i];
    return places === undefined || places.some((code) => ctx.withinMask(code)[area[k] as number] === 1);
  };
  for (const type of new Set(target.activityTypes)) {
    const t = ctx.typeIndex.get(type);
    if (t === undefined) continue;
    const end = typeStart[t + 1] as number;
    for (let k = typeStart[t] as number; k < end; k++) {
      const d = ymd[k] as number;
      if (d >= fromYmd && d <= toYmd && counts(k, d)) visit(k);
    }
  }
}

/** The name of an area of the table's list, for sentences people read; undefined for a code seen only as a parent. */
export function areaNameIn(table: AreaTable, code: string): string | undefined {
  const id = table.idOf.get(code);
  return id !== undefined && id < table.known ? table.areas[id]?.name : undefined;
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

/**
 * Type order: types of population_reach targets only, then types of both kinds, then of output_count only, then
 * the rest; so that the records needing `reached` and those needing `quantity` each form one range.
 */
function orderTypes(plan: Plan): {
  typeIndex: Map<ActivityType, number>;
  reachTypes: number;
  quantityFromType: number;
  quantityToType: number;
} {
  const reach = new Set<ActivityType>();
  const output = new Set<ActivityType>();
  const all = new Set<ActivityType>();
  for (const target of plan.targets) {
    for (const type of target.activityTypes) {
      all.add(type);
      if (target.kind === 'population_reach') reach.add(type);
      if (target.kind === 'output_count') output.add(type);
    }
  }
  const reachOnly = [...reach].filter((t) => !output.has(t));
  const both = [...reach].filter((t) => output.has(t));
  const outputOnly = [...output].filter((t) => !reach.has(t));
  const rest = [...all].filter((t) => !reach.has(t) && !output.has(t));
  const ordered = [...reachOnly, ...both, ...outputOnly, ...rest];
  return {
    typeIndex: new Map(ordered.map((t, i) => [t, i])),
    reachTypes: reachOnly.length + both.length,
    quantityFromType: reachOnly.length,
    quantityToType: reachOnly.length + both.length + outputOnly.length,
  };
}

function buildColumns(
  plan: Plan,
  records: readonly CountedRecord[],
  asOf: string,
  areas: AreaTable,
  scope: Uint8Array,
  ignored: IgnoredRecord[],
): RecordColumns & { typeIndex: Map<ActivityType, number> } {
  const planId = plan.id;
  const { typeIndex, reachTypes, quantityFromType, quantityToType } = orderTypes(plan);
  const n = records.length;
  const types = typeIndex.size;
  // Two passes over the objects straight into type-sorted columns: no intermediate copies, so a call allocates
  // a few bytes per kept record and does not push the garbage collector into marking the caller's records.
  const typeOf = new Uint8Array(n); // type index + 1; 0 = not kept
  const areaOf = new Int32Array(n);
  const typeStart = new Int32Array(types + 1);
  const lookup = codeLookup(areas, n);
  const seen = new IdTable(records, n);
  for (let i = 0; i < n; i++) {
    const r = records[i] as CountedRecord;
    // Records dated after asOf never count (the result must be what was true that day): not even checked.
    if (r.status !== 'approved' || r.planId !== planId || r.date > asOf) continue;
    const a = lookup(r.areaCode);
    if (a < 0 || scope[a] !== 1) {
      const reason = a >= 0 && a < areas.known ? 'outside_plan_area' : 'unknown_area';
      ignored.push({ recordId: r.id, areaCode: r.areaCode, reason });
      continue;
    }
    // A record counts once, whatever the caller concatenated (roll-ups, imports): the first copy wins.
    if (!seen.add(i)) {
      ignored.push({ recordId: r.id, areaCode: r.areaCode, reason: 'duplicate_id' });
      continue;
    }
    const t = typeIndex.get(r.type);
    if (t === undefined) continue;
    typeOf[i] = t + 1;
    areaOf[i] = a;
    typeStart[t + 1] = (typeStart[t + 1] as number) + 1;
  }
  for (let t = 0; t < types; t++) typeStart[t + 1] = (typeStart[t + 1] as number) + (typeStart[t] as number);
  const count = typeStart[types] as number;
  const cursor = typeStart.slice(0, types);
  const ymd = new Int32Array(count);
  const area = new Int32Array(count);
  const weight = new Int32Array(count);
  const activity = new Int32Array(count);
  const activityIndex = new Map(plan.activities.map((a, i) => [a.id, i]));
  const reachedTo = typeStart[reachTypes] as number;
  const quantityFrom = typeStart[quantityFromType] as number;
  const quantityTo = typeStart[quantityToType] as number;
  const quantity = new Float64Array(quantityTo - quantityFrom);
  const groups = new Set(plan.targets.flatMap((t) => (t.kind === 'population_reach' ? [t.group] : [])));
  const column = (group: PopulationGroup) => (groups.has(group) ? new Float64Array(reachedTo) : undefined);
  const total = column('total');
  const aged14to60 = column('aged14to60');
  const women = column('women');
  const children = column('children');
  for (let i = 0; i < n; i++) {
    const t1 = typeOf[i] as number;
    if (t1 === 0) continue;
    const r = records[i] as CountedRecord;
    const k = cursor[t1 - 1] as number;
    cursor[t1 - 1] = k + 1;
    ymd[k] = ymdNumber(r.date);
    area[k] = areaOf[i] as number;
    weight[k] = r.count ?? 1;
    activity[k] = r.activityId === undefined ? -1 : (activityIndex.get(r.activityId) ?? -1);
    if (k >= quantityFrom && k < quantityTo) quantity[k - quantityFrom] = r.quantity ?? 1;
    if (k < reachedTo) {
      const reached = r.reached;
      if (reached !== undefined) {
        // Named loads, one per group, keep the property access monomorphic.
        if (total) total[k] = reached.total ?? 0;
        if (aged14to60) aged14to60[k] = reached.aged14to60 ?? 0;
        if (women) women[k] = reached.women ?? 0;
        if (children) children[k] = reached.children ?? 0;
      }
    }
  }
  const reached = new Map<PopulationGroup, Float64Array>();
  if (total) reached.set('total', total);
  if (aged14to60) reached.set('aged14to60', aged14to60);
  if (women) reached.set('women', women);
  if (children) reached.set('children', children);
  return { count, typeStart, ymd, area, weight, activity, quantity, quantityFrom, reached, typeIndex };
}

/**
 * Set of record ids as an open-addressing table of record indexes (typed array, sized once): a JS Set of a
 * million strings costs more in growth and garbage than the whole evaluation. FNV-1a over the id's code units;
 * equal hashes compare the strings.
 */
class IdTable {
  private readonly slots: Int32Array;
  private readonly hashes: Int32Array;
  private readonly mask: number;
  constructor(
    private readonly records: readonly CountedRecord[],
    capacity: number,
  ) {
    let size = 16;
    while (size < capacity * 2) size *= 2;
    this.slots = new Int32Array(size).fill(-1);
    this.hashes = new Int32Array(size);
    this.mask = size - 1;
  }
  /** Adds record i's id; false when a record with that id was added before. */
  add(i: number): boolean {
    const id = (this.records[i] as CountedRecord).id;
    let h = 0x811c9dc5;
    for (let j = 0; j < id.length; j++) h = Math.imul(h ^ id.charCodeAt(j), 0x01000193);
    const { slots, hashes, mask } = this;
    for (let s = h & mask; ; s = (s + 1) & mask) {
      const k = slots[s] as number;
      if (k < 0) {
        slots[s] = i;
        hashes[s] = h;
        return true;
      }
      if (hashes[s] === h && (this.records[k] as CountedRecord).id === id) return false;
    }
  }
}

/** Numeric key of a 2–5 digit code, distinct per length ('01' ≠ '001'); -1 when not all digits. */
function codeKey(code: string): number {
  const len = code.length;
  if (len < 2 || len > 5) return -1;
  let v = 0;
  for (let j = 0; j < len; j++) {
    const c = code.charCodeAt(j) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return (len - 2) * 100000 + v;
}

/** Below this many records the 1.6 MB table costs more than it saves. */
const DENSE_LOOKUP_FROM = 20000;

/**
 * Code → area id, -1 when the code is not a unit of the list (nor a parent code it names). GSO codes are 2–5
 * digits, so a dense table indexed by codeKey replaces hashing a fresh string per record.
 */
function codeLookup(areas: AreaTable, records: number): (code: string) => number {
  if (records < DENSE_LOOKUP_FROM) return (code) => areas.idOf.get(code) ?? -1;
  const table = new Int32Array(400000).fill(-1);
  areas.idOf.forEach((id, code) => {
    const key = codeKey(code);
    if (key >= 0) table[key] = id;
  });
  return (code) => {
    const key = codeKey(code);
    return key >= 0 ? (table[key] as number) : (areas.idOf.get(code) ?? -1);
  };
}
