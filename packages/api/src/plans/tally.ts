import type { ActivityType, CountedRecord } from '@pcmbn/domain';
import { Prisma, type DbClient } from '../db/client.js';
import { heavyWork } from './heavy.js';

/**
 * Approved records as the domain's tallies (CountedRecord), read from RecordTallyMonth and RecordTally — kept by
 * PostgreSQL on every change to ActivityRecord (migrations record_tally, record_tally_month) — instead of loading
 * every record: no Prisma object and no zod per record; one text of columns per query, split once (`packed`). Kept in memory per
 * (plans, data version):
 * PlanDataVersion moves with every change to a plan's approved records, so a kept list is never stale, and
 * identical concurrent requests share one read. See README.md beside this file for the measurements behind it.
 */

/** Most plan sets kept at once (a set: a plan and the plans derived from it). */
const KEPT = 32;
/** A kept set older than this is read again whole (RecordTallyChange keeps a day of changes). */
const REREAD_MS = 6 * 3600_000;
/** More changes than this (or than half the set's month tallies, if more) since a set was read: read it whole. */
const PATCH_AT_MOST = 5000;

interface Kept {
  /** The plans of the set, in the order its first reader named them. */
  planIds: readonly string[];
  /**
   * The last client (not a transaction's: it ends with its mutation) that read it: the background patch
   * (refreshKeptTallies) patches only the sets of its own client, so two databases in one process never mix.
   */
  db?: DbClient;
  version: string;
  loadedAt: number;
  /** Per plan, the last RecordTallyChange applied. */
  seq: Map<string, string>;
  /** Month tallies by "plan|activity|type|area|YYYY-MM", dated their earliest day. */
  /** As read (a list), or by key once a patch needed one (monthIndex). */
  months: Map<string, CountedRecord> | CountedRecord[];
  /** Day tallies of the months calls split, by month, then by "plan|activity|type|area|YYYY-MM". */
  days: Map<string, Map<string, CountedRecord[]>>;
  /** Reads and patches of this set, one at a time. */
  queue: Promise<unknown>;
}
const kept = new Map<string, Kept>();
let nextId = 0;

/** "planId:version,…" over the plans, in id order; a plan without approved records has version 0. */
export async function dataVersion(db: DbClient, planIds: readonly string[]): Promise<string> {
  return versionOf(planIds, await versions(db, planIds));
}

async function versions(db: DbClient, planIds: readonly string[]): Promise<Map<string, string>> {
  const rows = await db.$queryRaw<{ planId: string; version: bigint }[]>`
    SELECT "planId", "version" FROM "PlanDataVersion" WHERE "planId" = ANY(${[...planIds]}::text[])`;
  return new Map(rows.map((r) => [r.planId, String(r.version)]));
}

const versionOf = (planIds: readonly string[], of: ReadonlyMap<string, string>) =>
  [...planIds]
    .sort()
    .map((id) => `${id}:${of.get(id) ?? 0}`)
    .join(',');

const keyOf = (t: CountedRecord) => `${t.planId}|${t.activityId ?? ''}|${t.type}|${t.areaCode}|${t.date.slice(0, 7)}`;

/**
 * Tallies as columns in one text (a cold read of a plan at 1M records is ~80k month tallies): PostgreSQL writes each
 * column with one string_agg — no JSON built per row, which cost more than the scan — and the reader splits each
 * column once. Columns, separated by chr(30): the number of tallies; their "plan|activity|type|area"s separated by
 * chr(31); their days since 1970-01-01, records, quantities and reached groups, each separated by ','.
 * An empty set has its count 0 (string_agg gives NULL, coalesced to '').
 */
const packed = (a: 'm' | 't', day: 'firstDate' | 'date') =>
  Prisma.raw(`concat_ws(chr(30), count(*)::text,
  coalesce(string_agg(concat_ws('|', ${a}."planId", ${a}."activityId", ${a}."type", ${a}."areaCode"), chr(31)), ''),
  coalesce(string_agg((${a}."${day}" - date '1970-01-01')::text, ','), ''),
  coalesce(string_agg(${a}."records"::text, ','), ''),
  coalesce(string_agg(${a}."quantity"::text, ','), ''),
  coalesce(string_agg(${a}."reachedTotal"::text, ','), ''),
  coalesce(string_agg(${a}."reachedAged14to60"::text, ','), ''),
  coalesce(string_agg(${a}."reachedWomen"::text, ','), ''),
  coalesce(string_agg(${a}."reachedChildren"::text, ','), ''))`);
const MONTH_COLUMNS = packed('m', 'firstDate');
const DAY_COLUMNS = packed('t', 'date');

const DAY_MS = 86_400_000;

/** The tallies of a packed text (see `packed`), as the domain's CountedRecord. */
/** A column of numbers: as JSON (one native parse), or number by number if PostgreSQL wrote a NaN or Infinity. */
function numbers(column: string): number[] {
  try {
    return JSON.parse(`[${column}]`) as number[];
  } catch {
    return column.split(',').map(Number);
  }
}

function fromColumns(text: string | null | undefined): CountedRecord[] {
  if (!text) return [];
  const parts = text.split('\x1e');
  const n = Number(parts[0]);
  if (!(n > 0)) return [];
  const keys = (parts[1] as string).split('\x1f');
  const cols = parts.slice(2).map(numbers);
  if (keys.length !== n || cols.length !== 7 || cols.some((col) => col.length !== n))
    // Ids are lower-case words (IdSchema), types and area codes fixed words: a separator in one is a stored row the
    // API never wrote. Reading it wrong would count wrong; failing says which.
    throw new Error(`RecordTally: ${n} tallies but columns of ${[keys, ...cols].map((c) => c.length).join('/')}`);
  const [days, counts, quantities, totals, aged, women, children] = cols as [
    number[],
    number[],
    number[],
    number[],
    number[],
    number[],
    number[],
  ];
  const parsedKeys = new Map<string, [string, string, ActivityType, string]>();
  const dates = new Map<number, string>();
  const out = new Array<CountedRecord>(n);
  for (let i = 0; i < n; i++) {
    const k = keys[i] as string;
    let key = parsedKeys.get(k);
    if (!key) parsedKeys.set(k, (key = k.split('|') as [string, string, ActivityType, string]));
    const d = days[i] as number;
    let date = dates.get(d);
    if (date === undefined) dates.set(d, (date = new Date(d * DAY_MS).toISOString().slice(0, 10)));
    const total = totals[i] as number;
    const aged14to60 = aged[i] as number;
    const w = women[i] as number;
    const c = children[i] as number;
    const t: { -readonly [K in keyof CountedRecord]: CountedRecord[K] } = {
      id: `t${nextId++}`,
      planId: key[0],
      type: key[2],
      date,
      areaCode: key[3],
      quantity: quantities[i],
      status: 'approved',
      count: counts[i],
    };
    if (key[1] !== '') t.activityId = key[1];
    if (total + aged14to60 + w + c > 0) t.reached = { total, aged14to60, women: w, children: c };
    out[i] = t;
  }
  return out;
}

let prunedAt = 0;

/** Changes older than a day are read by no one (a set older than REREAD_MS is read again whole). */
async function prune(db: DbClient): Promise<void> {
  if (Date.now() - prunedAt < 3600_000) return;
  prunedAt = Date.now();
  try {
    await db.$executeRaw`DELETE FROM "RecordTallyChange" WHERE "at" < now() - interval '1 day'`;
  } catch {
    // A read-only replica or a busy moment: the next whole read tries again.
    prunedAt = 0;
  }
}

/** The last RecordTallyChange of each plan, as JSON { planId: seq }. */
const lastChanges = (planIds: readonly string[]) =>
  Prisma.sql`(SELECT json_object_agg(p, (SELECT coalesce(max("seq"), 0)::text FROM "RecordTallyChange" WHERE "planId" = p))
              FROM unnest(${[...planIds]}::text[]) p)`;

/** Every month tally of the plans and, in the same snapshot, the last change of each plan. */
async function readAll(db: DbClient, planIds: readonly string[]): Promise<Kept> {
  await prune(db);
  const [row] = await db.$queryRaw<{ rows: string | null; seq: Record<string, string> | null }[]>`
    SELECT (SELECT ${MONTH_COLUMNS} FROM "RecordTallyMonth" m WHERE m."planId" = ANY(${[...planIds]}::text[]))
             AS "rows", ${lastChanges(planIds)} AS "seq"`;
  // By key only when a patch needs it (monthIndex): a cold read builds no 80k keys.
  const months = fromColumns(row?.rows);
  return {
    planIds,
    version: '',
    loadedAt: Date.now(),
    seq: new Map(Object.entries(row?.seq ?? {})),
    months,
    days: new Map(),
    queue: Promise.resolve(),
  };
}

/** Day tallies of one month, grouped by month key, and in the same snapshot the last change of each plan. */
async function readDays(
  db: DbClient,
  planIds: readonly string[],
  month: string,
): Promise<{ days: Map<string, CountedRecord[]>; seq: Record<string, string> }> {
  const first = `${month}-01`;
  const [row] = await db.$queryRaw<{ rows: string | null; seq: Record<string, string> | null }[]>`
    SELECT (SELECT ${DAY_COLUMNS} FROM "RecordTally" t
            WHERE t."planId" = ANY(${[...planIds]}::text[]) AND t."date" >= ${first}::date
              AND t."date" < (${first}::date + interval '1 month')::date AND t."records" > 0) AS "rows",
           ${lastChanges(planIds)} AS "seq"`;
  return { days: groupByKey(fromColumns(row?.rows)), seq: row?.seq ?? {} };
}

/** Months a call's rules split (days other than a month's first), as "YYYY-MM". */
const splitMonthsOf = (splits: readonly string[]) => [
  ...new Set(splits.filter((day) => !day.endsWith('-01')).map((day) => day.slice(0, 7))),
];

function groupByKey(tallies: readonly CountedRecord[]): Map<string, CountedRecord[]> {
  const out = new Map<string, CountedRecord[]>();
  for (const t of tallies) {
    const key = keyOf(t);
    const list = out.get(key);
    if (list) list.push(t);
    else out.set(key, [t]);
  }
  return out;
}

/** The set's month tallies by key, made from the list as read the first time a patch needs them. */
function monthIndex(entry: Kept): Map<string, CountedRecord> {
  if (entry.months instanceof Map) return entry.months;
  const index = new Map<string, CountedRecord>();
  for (const t of entry.months) index.set(keyOf(t), t);
  return (entry.months = index);
}

/**
 * What changed since the set's last changes: the (plan, activity, type, area, month)s touched, their month tallies
 * now and their day tallies now in the months kept — one statement, one snapshot — patched into the set.
 */
async function applyChanges(db: DbClient, planIds: readonly string[], entry: Kept): Promise<void> {
  const ids = [...planIds];
  const since = ids.map((id) => entry.seq.get(id) ?? '0');
  // A patch reads the touched tallies and the changes themselves: past about half the set, the whole read is less.
  const patchAtMost = Math.max(
    PATCH_AT_MOST,
    Math.floor((entry.months instanceof Map ? entry.months.size : entry.months.length) / 2),
  );
  // After a bulk change (an import, a generated million) reading everything again is cheaper than the patch.
  const [many] = await db.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM (
      SELECT 1 FROM "RecordTallyChange" c
      JOIN unnest(${ids}::text[], ${since}::bigint[]) AS s(p, seq) ON c."planId" = s.p AND c."seq" > s.seq
      LIMIT ${patchAtMost + 1}) x`;
  if ((many?.n ?? 0) > patchAtMost) {
    const whole = await readAll(db, planIds);
    entry.seq = whole.seq;
    entry.months = whole.months;
    entry.days = new Map();
    entry.loadedAt = whole.loadedAt;
    return;
  }
  const keptMonths = [...entry.days.keys()].map((m) => `${m}-01`);
  const [row] = await db.$queryRaw<
    {
      touched: string[] | null;
      months: string | null;
      days: string | null;
      seq: Record<string, string> | null;
    }[]
  >`
    WITH c AS (
      SELECT c.* FROM "RecordTallyChange" c
      JOIN unnest(${ids}::text[], ${since}::bigint[]) AS s(p, seq) ON c."planId" = s.p AND c."seq" > s.seq
    ), k AS (SELECT DISTINCT "planId", "activityId", "type", "areaCode", "month" FROM c)
    SELECT
      (SELECT json_agg(concat_ws('|', "planId", "activityId", "type", "areaCode", to_char("month", 'YYYY-MM'))) FROM k)
        AS "touched",
      (SELECT ${MONTH_COLUMNS} FROM "RecordTallyMonth" m JOIN k ON m."planId" = k."planId"
         AND m."activityId" = k."activityId" AND m."type" = k."type" AND m."areaCode" = k."areaCode"
         AND m."month" = k."month") AS "months",
      (SELECT ${DAY_COLUMNS} FROM "RecordTally" t JOIN k ON t."planId" = k."planId"
         AND t."activityId" = k."activityId" AND t."type" = k."type" AND t."areaCode" = k."areaCode"
         AND t."date" >= k."month" AND t."date" < (k."month" + interval '1 month')::date
       WHERE k."month" = ANY(${keptMonths}::date[]) AND t."records" > 0) AS "days",
      (SELECT json_object_agg(p, greatest(s.seq, coalesce((SELECT max(c."seq") FROM c WHERE c."planId" = p), 0))::text)
       FROM unnest(${ids}::text[], ${since}::bigint[]) AS s(p, seq)) AS "seq"`;
  const months = monthIndex(entry);
  for (const key of row?.touched ?? []) {
    months.delete(key);
    entry.days.get(key.slice(-7))?.delete(key);
  }
  for (const t of fromColumns(row?.months)) months.set(keyOf(t), t);
  for (const [key, list] of groupByKey(fromColumns(row?.days))) entry.days.get(key.slice(-7))?.set(key, list);
  entry.seq = new Map(Object.entries(row?.seq ?? {}));
}

/** Work on a set after the reads and patches before it. */
function inTurn<T>(set: Kept, work: () => Promise<T>): Promise<T> {
  // After a failed first read the set is gone and its waiters fail with it; a later failure only fails its call.
  const next = set.queue.then(work);
  set.queue = next.catch(() => undefined);
  return next;
}

/** The set patched with what changed since it was read, if its plans' data version is no longer `current`. */
async function bringUpToDate(db: DbClient, set: Kept, current: string): Promise<void> {
  if (set.version === current) return;
  await heavyWork(() => applyChanges(db, set.planIds, set));
  set.version = current;
}

/**
 * Every kept set whose plans' data version moved, patched now (after a bulk change: read whole again) in its turn,
 * so that the next call finds it up to date. Returns how many sets were behind.
 */
export async function refreshKeptTallies(db: DbClient): Promise<number> {
  const sets = [...kept.values()].filter((set) => set.db === db);
  if (sets.length === 0) return 0;
  const of = await versions(db, [...new Set(sets.flatMap((set) => set.planIds))]);
  const behind = sets.filter((set) => set.version !== versionOf(set.planIds, of));
  await Promise.all(
    behind.map((set) =>
      // A failed patch fails no one here; the next call tries again.
      inTurn(set, () => bringUpToDate(db, set, versionOf(set.planIds, of))).catch(() => undefined),
    ),
  );
  return behind.length;
}

/**
 * Keeps the kept sets up to date in the background: every `everyMs` (default 1 s) one small query for the data
 * versions of the plans kept, and the sets behind patched (refreshKeptTallies) — a user's first call after an import
 * or a change made on another replica finds the tallies read. Stop it before closing `db`.
 */
export function keepTalliesWarm(
  db: DbClient,
  options: { everyMs?: number; onError?: (error: unknown) => void } = {},
): { stop: () => Promise<void> } {
  let running: Promise<unknown> = Promise.resolve();
  let busy = false;
  const timer = setInterval(() => {
    if (busy) return;
    busy = true;
    running = refreshKeptTallies(db)
      .catch((error: unknown) => options.onError?.(error))
      .finally(() => (busy = false));
  }, options.everyMs ?? 1000);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}

/**
 * Tallies of the approved records of these plans, as of now, for a call whose rules split days `splits` (domain
 * dateSplits): month tallies (RecordTallyMonth) for the months no split falls inside, day tallies (RecordTally) for
 * the others — what domain monthTallies gives, so every rule counts as over the records. Kept per set of plans:
 * read whole once, then patched with what changed (RecordTallyChange) when the data version moves; a month's day
 * tallies read when a call first splits it. Reads of one set run one at a time, and wait their turn with the other
 * heavy work (heavy.ts). 'every day': day tallies of every month (right for any rule and day, costly).
 */
export async function approvedTallies(
  db: DbClient,
  planIds: readonly string[],
  splits: readonly string[] | 'every day',
  version?: string,
): Promise<CountedRecord[]> {
  const key = [...planIds].sort().join(',');
  const current = version ?? (await dataVersion(db, planIds));
  let entry = kept.get(key);
  if (entry && Date.now() - entry.loadedAt > REREAD_MS) entry = undefined;
  if (!entry) {
    // The split months' day tallies read beside the month tallies (the other connection, the other core). Kept only
    // if read no earlier than the months: changes after the months' snapshot are patched in later, both kinds.
    const dayReads = (splits === 'every day' ? [] : splitMonthsOf(splits)).map((month) =>
      heavyWork(() => readDays(db, planIds, month)).then(
        (read) => ({ month, ...read }),
        () => undefined,
      ),
    );
    const loading = heavyWork(() => readAll(db, planIds)).then(async (whole) => {
      for (const read of await Promise.all(dayReads))
        if (read && planIds.every((id) => BigInt(read.seq[id] ?? 0) >= BigInt(whole.seq.get(id) ?? 0)))
          whole.days.set(read.month, read.days);
      return whole;
    });
    const placeholder: Kept = {
      planIds: [...planIds],
      version: current,
      loadedAt: Date.now(),
      seq: new Map(),
      months: new Map(),
      days: new Map(),
      queue: loading,
    };
    entry = placeholder;
    loading.then(
      (loaded) => {
        placeholder.seq = loaded.seq;
        placeholder.months = loaded.months;
        placeholder.days = loaded.days;
        // The months by key for the first patch, once the calls waiting for this read have their answers.
        setImmediate(
          () => void inTurn(placeholder, () => Promise.resolve(monthIndex(placeholder))).catch(() => undefined),
        );
      },
      () => {
        if (kept.get(key) === placeholder) kept.delete(key);
      },
    );
  }
  // A transaction's client has no $disconnect (Prisma denies it there).
  if (typeof (db as { $disconnect?: unknown }).$disconnect === 'function') entry.db = db;
  kept.delete(key);
  kept.set(key, entry);
  while (kept.size > KEPT) kept.delete(kept.keys().next().value as string);
  const set = entry;
  await inTurn(set, async () => {
    await bringUpToDate(db, set, current);
    const splitMonths =
      splits === 'every day'
        ? [...new Set([...set.months.values()].map((t) => t.date.slice(0, 7)))]
        : splitMonthsOf(splits);
    for (const month of splitMonths)
      if (!set.days.has(month)) set.days.set(month, (await heavyWork(() => readDays(db, planIds, month))).days);
  });
  const splitMonths = splits === 'every day' ? new Set([...set.days.keys()]) : new Set(splitMonthsOf(splits));
  const out: CountedRecord[] = [];
  for (const t of set.months.values()) if (!splitMonths.has(t.date.slice(0, 7))) out.push(t);
  for (const month of splitMonths) for (const list of set.days.get(month)?.values() ?? []) out.push(...list);
  return out;
}

/** How many records a list of tallies stands for. */
export function recordsIn(tallies: readonly CountedRecord[]): number {
  let n = 0;
  for (const t of tallies) n += t.count ?? 1;
  return n;
}

/** Drops every kept set, as a process start does (the bench's and the tests' cold reads). */
export function forgetKeptTallies(): void {
  kept.clear();
}

/** The data version a kept set was last brought up to (undefined: not kept). */
export function keptTallyVersion(planIds: readonly string[]): string | undefined {
  return kept.get([...planIds].sort().join(','))?.version;
}
