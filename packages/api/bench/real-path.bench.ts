/**
 * `pnpm bench` (packages/api): the real path at national scale (issue 18 goals 1 and 7). Generates 100k, then 1M
 * approved records for Lai Châu's plan (lc2228) straight in PostgreSQL (one INSERT … SELECT over generate_series:
 * random activity of the plan with its type, or none; 90 % at a commune, 8 % a district, 2 % the province; a random
 * day of the plan's period; quantities and reached groups on some), starts the API on 127.0.0.1 and times over real
 * HTTP, signed in as an admin: plan.status, the four dashboard calls, public.planProgress and report.generate (a
 * 2018 DOCX, consolidated and one sender's): the first call after the data changed (cold: reads
 * the tallies), calls for a new day (tallies kept, the rules run), the same day again (the kept answer) and the first
 * call of a process that has kept nothing yet (a restart: every kept set forgotten, a day not asked before), with the
 * extra heap (heapUsed sampled every 5 ms during the call, above the level after a GC before it; the API runs in
 * this process). Then ten dashboard views at once (4 calls each) while public.home is asked in a loop: every call
 * must succeed and public.home keep answering. Beside each figure its goal; the in-memory evaluation of the same
 * tallies beside it. Nothing is asserted: figures are printed.
 *
 * BENCH_DATABASE_URL: a PostgreSQL server to use (a database is created on it and dropped after) instead of a
 * throw-away embedded one. BENCH_SIZES: record counts (default 100000,1000000). BENCH_RUNS: warm runs (default 5).
 * BENCH_ONLY: only the calls whose label starts with it (e.g. report.generate), without the in-memory evaluation
 * and the concurrent views.
 */
import { randomBytes } from 'node:crypto';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evaluatePlan } from '@pcmbn/domain';
import pg from 'pg';
import { pino } from 'pino';
import { hashPassword } from '../src/auth/password.js';
import { createApiClient } from '../src/client.js';
import { createDb } from '../src/db/client.js';
import { startEmbeddedPostgres } from '../src/db/embedded.js';
import { migrate } from '../src/db/migrate.js';
import { loadPlan, rollUpRecords } from '../src/plans/load.js';
import { forgetKeptTallies } from '../src/plans/tally.js';
import { seed } from '../src/seed/index.js';
import { startApiServer } from '../src/server/http.js';

const SIZES = (process.env['BENCH_SIZES'] ?? '100000,1000000').split(',').map(Number);
const RUNS = Number(process.env['BENCH_RUNS'] ?? 5);
/** Only the calls whose label starts with this (e.g. 'report.generate'), and no concurrent views. */
const ONLY = process.env['BENCH_ONLY'];
const PLAN = 'lc2228';
const GOAL_MS = 300;
const GOAL_MB = 200;

const GENERATE = `
  WITH acts AS (SELECT array_agg(a->>'id' ORDER BY a->>'id') AS ids, array_agg(a->>'type' ORDER BY a->>'id') AS types
                FROM "Plan", jsonb_array_elements(document->'activities') a WHERE id = $2),
       tt AS (SELECT array_agg(DISTINCT x) AS types FROM "Plan", jsonb_array_elements(document->'targets') t,
                jsonb_array_elements_text(t->'activityTypes') x WHERE id = $2),
       ar AS (SELECT array_agg(code ORDER BY code) FILTER (WHERE level = 'commune') AS communes,
                     array_agg(code ORDER BY code) FILTER (WHERE level = 'district') AS districts,
                     min(code) FILTER (WHERE level = 'province') AS province
              FROM "Area" WHERE "provinceCode" = '12' AND structure = '2016-11-09'),
       r AS (SELECT i, random() AS u1, random() AS u2, random() AS u3, random() AS u4, random() AS u5, random() AS u6
             FROM generate_series(1, $1::int) i)
  INSERT INTO "ActivityRecord" (id, "planId", "activityId", type, date, "areaCode", "areaStructure", quantity, reached,
                                status, "updatedAt", "approvedAt")
  SELECT gen_random_uuid(), $2,
         CASE WHEN u1 < 0.7 THEN acts.ids[1 + floor(u1 / 0.7 * cardinality(acts.ids))::int] END,
         CASE WHEN u1 < 0.7 THEN acts.types[1 + floor(u1 / 0.7 * cardinality(acts.ids))::int]
              ELSE tt.types[1 + floor((u1 - 0.7) / 0.3 * cardinality(tt.types))::int] END,
         date '2016-11-09' + floor(u2 * 783)::int,
         CASE WHEN u3 < 0.9 THEN ar.communes[1 + floor(u3 / 0.9 * cardinality(ar.communes))::int]
              WHEN u3 < 0.98 THEN ar.districts[1 + floor((u3 - 0.9) / 0.08 * cardinality(ar.districts))::int]
              ELSE ar.province END,
         date '2016-11-09',
         CASE WHEN u4 < 0.5 THEN 1 + floor(u4 * 100)::int END,
         CASE WHEN u5 < 0.3 THEN jsonb_build_object('total', floor(u6 * 200)::int, 'women', floor(u6 * 90)::int,
                                                    'aged14to60', floor(u6 * 150)::int) END,
         'approved', now(), now()
  FROM r, acts, tt, ar`;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
const mb = (bytes: number) => bytes / 1024 / 1024;
const gc = () => (globalThis as { gc?: () => void }).gc?.();

/** Time and peak extra heap of one call (the API shares this process). */
async function measure(call: () => Promise<unknown>): Promise<{ ms: number; mb: number }> {
  gc();
  const base = process.memoryUsage().heapUsed;
  let peak = base;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().heapUsed);
  }, 5);
  const started = performance.now();
  await call();
  const ms = performance.now() - started;
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().heapUsed);
  return { ms, mb: mb(peak - base) };
}

const verdict = (value: number, goal: number) => (value < goal ? 'met' : `MISSED by ${(value / goal).toFixed(1)}×`);

async function main() {
  const serverUrl = process.env['BENCH_DATABASE_URL'];
  let dir: string | undefined;
  let embedded: Awaited<ReturnType<typeof startEmbeddedPostgres>> | undefined;
  let databaseUrl: string;
  const name = `pcmbn_real_${randomBytes(4).toString('hex')}`;
  if (serverUrl) {
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    databaseUrl = url.toString();
  } else {
    dir = await mkdtemp(join(tmpdir(), 'pcmbn-bench-real-'));
    await chmod(dir, 0o755);
    embedded = await startEmbeddedPostgres({ dataDir: join(dir, 'data') });
    await embedded.createDatabase(name);
    databaseUrl = embedded.databaseUrl(name);
  }
  await migrate(databaseUrl);
  await seed(databaseUrl);
  const db = createDb(databaseUrl, { max: 2 });
  const sql = new pg.Client({ connectionString: databaseUrl });
  await sql.connect();
  const email = 'bench-admin@bench.local';
  await db.user.create({
    data: {
      email,
      displayName: 'Bench admin',
      passwordHash: await hashPassword('bench horse battery staple'),
      role: 'province_admin',
      scopeAreaCode: '12',
      mustChangePassword: false,
    },
  });
  const api = await startApiServer({
    databaseUrl,
    port: 0,
    logger: pino({ level: 'silent' }),
    rateLimits: {
      public: { capacity: 1e9, refillPerSecond: 1e9 },
      'auth.login': { capacity: 1e9, refillPerSecond: 1e9 },
    },
  });
  const anonymous = createApiClient(api.url);
  const { token } = await anonymous.auth.login.mutate({
    email,
    password: 'bench horse battery staple',
    transport: 'token',
  });
  const officer = createApiClient(api.url, { token: token ?? null });
  // Each run a different day (a quarter end for planProgress, which answers closed quarters only): the tallies are
  // kept, the evaluation runs. The same day again: the kept answer.
  const days = ['2018-12-31', '2018-11-30', '2018-10-15', '2018-09-30', '2018-08-20', '2018-07-31', '2018-06-30'];
  const quarters = ['2018-12-31', '2018-09-30', '2018-06-30', '2018-03-31', '2017-12-31', '2017-09-30', '2017-06-30'];
  const calls: Record<string, (i: number) => Promise<unknown>> = {
    'plan.status': (i) => officer.plan.status.query({ id: PLAN, asOf: days[i % days.length] }),
    'dashboard.byArea': (i) =>
      officer.dashboard.byArea.query({ planId: PLAN, asOf: days[i % days.length], level: 'commune' }),
    'dashboard.byComponent': (i) => officer.dashboard.byComponent.query({ planId: PLAN, asOf: days[i % days.length] }),
    'dashboard.overTime': (i) =>
      officer.dashboard.overTime.query({ planId: PLAN, to: days[i % days.length], every: 'month' }),
    'dashboard.coverageGrid': (i) =>
      officer.dashboard.coverageGrid.query({ planId: PLAN, asOf: days[i % days.length] }),
    'public.planProgress': (i) =>
      anonymous.public.planProgress.query({ provinceCode: '12', asOf: quarters[i % quarters.length] }),
  };
  // report.generate (DOCX): a 2018 report of the plan's own rules, compiled by its receiving body (consolidated:
  // every record) and sent by one of its senders — a district committee, whose own work is the generated records
  // (entered without an agency) in its district's communes; no day to vary, so "new day" repeats the call.
  const { items } = await officer.report.due.query({ planId: PLAN, from: '2018-01-01', to: '2018-12-31' });
  const sent = items.find((i) => !i.group && i.agencyId !== i.toAgencyId);
  if (sent) {
    const key = { planId: PLAN, ruleId: sent.ruleId, period: sent.label };
    calls[`report.generate (${sent.label}, consolidated by the receiving body)`] = () =>
      officer.report.generate.mutate({ ...key, agencyId: sent.toAgencyId, format: 'docx' });
    calls[`report.generate (${sent.label}, one sender's own: ${sent.agencyName})`] = () =>
      officer.report.generate.mutate({ ...key, agencyId: sent.agencyId, format: 'docx' });
  } else console.log('report.generate: no 2018 report due for lc2228 (not measured)');
  const dashboardView = () =>
    Promise.all(
      ['dashboard.byArea', 'dashboard.byComponent', 'dashboard.overTime', 'dashboard.coverageGrid'].map((c) =>
        (calls[c] as (i: number) => Promise<unknown>)(0),
      ),
    );
  const lines: string[] = [];
  const out = (line: string) => {
    lines.push(line);
    console.log(line);
  };
  try {
    let total = 0;
    for (const size of SIZES) {
      const started = performance.now();
      await sql.query(`SELECT setseed(${(size % 1000) / 1000})`);
      await sql.query(GENERATE, [size - total, PLAN]);
      total = size;
      await sql.query(
        'ANALYZE "ActivityRecord"; ANALYZE "RecordTally"; ANALYZE "RecordTallyMonth"; ANALYZE "RecordTallyAgency"; ANALYZE "RecordTallyAgencyMonth"',
      );
      const generated = (performance.now() - started) / 1000;
      const count = async (table: string) =>
        (await sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${table}" WHERE "planId" = $1`, [PLAN]))
          .rows[0]?.n ?? 0;
      const [dayTallies, monthTallies] = [await count('RecordTally'), await count('RecordTallyMonth')];
      const [agencyDays, agencyMonths] = [await count('RecordTallyAgency'), await count('RecordTallyAgencyMonth')];
      // One approval at this size: the trigger's cost on a write.
      const approval = performance.now();
      await sql.query(
        `UPDATE "ActivityRecord" SET status = 'approved' WHERE id = (SELECT id FROM "ActivityRecord" WHERE "planId" = $1 LIMIT 1)`,
        [PLAN],
      );
      const approvalMs = performance.now() - approval;
      out(
        `\n### ${size.toLocaleString('en')} approved records (${dayTallies.toLocaleString('en')} day tallies, ${monthTallies.toLocaleString('en')} month tallies, ${agencyDays.toLocaleString('en')} day and ${agencyMonths.toLocaleString('en')} month tallies by agency; generated in ${generated.toFixed(1)} s; one approval's UPDATE with the tally triggers ${approvalMs.toFixed(0)} ms)`,
      );
      out('');
      out(
        '| call | cold ms (first after a change) | new day ms (median) | same day again ms (median) | first in a new process ms | extra heap MB (max) | goal |',
      );
      out('|---|---|---|---|---|---|---|');
      for (const [label, call] of Object.entries(calls)) {
        if (ONLY && !label.startsWith(ONLY)) continue;
        // A change to the plan's approved records: the next call reads the tallies again.
        await sql.query(
          `UPDATE "ActivityRecord" SET quantity = coalesce(quantity, 0) WHERE id = (SELECT id FROM "ActivityRecord" WHERE "planId" = $1 LIMIT 1)`,
          [PLAN],
        );
        const cold = await measure(() => call(0));
        const fresh: number[] = [];
        const again: number[] = [];
        let heap = cold.mb;
        for (let i = 1; i <= RUNS; i++) {
          const m = await measure(() => call(i));
          fresh.push(m.ms);
          heap = Math.max(heap, m.mb);
          again.push((await measure(() => call(i))).ms);
        }
        const f = median(fresh);
        const a = median(again);
        // As after a restart: nothing kept — a change (no kept answer holds) and every kept set forgotten (the
        // tallies read whole), for a day not asked before.
        await sql.query(
          `UPDATE "ActivityRecord" SET quantity = coalesce(quantity, 0) WHERE id = (SELECT id FROM "ActivityRecord" WHERE "planId" = $1 LIMIT 1)`,
          [PLAN],
        );
        forgetKeptTallies();
        const start = await measure(() => call(days.length - 1));
        heap = Math.max(heap, start.mb);
        out(
          `| ${label} | ${cold.ms.toFixed(0)} (${verdict(cold.ms, GOAL_MS)}) | ${f.toFixed(0)} (${verdict(f, GOAL_MS)}) | ${a.toFixed(0)} (${verdict(a, GOAL_MS)}) | ${start.ms.toFixed(0)} (${verdict(start.ms, GOAL_MS)}) | ${heap.toFixed(0)} (${verdict(heap, GOAL_MB)}) | < ${GOAL_MS} ms, < ${GOAL_MB} MB |`,
        );
      }
      if (ONLY) continue;
      // The same evaluation in memory, from the tallies plan.status reads.
      const loaded = await loadPlan(db, PLAN);
      const records = await rollUpRecords(db, loaded.plan, { to: days[0] as string });
      const times: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const t = performance.now();
        evaluatePlan(loaded.plan, { areas: loaded.index.areas, records, asOf: days[0] as string });
        times.push(performance.now() - t);
      }
      out(
        `| in-memory evaluatePlan over the ${records.length.toLocaleString('en')} tallies plan.status reads (month tallies, day tallies of split months) | — | ${median(times).toFixed(0)} | — | — | — | (domain only) |`,
      );

      // Ten dashboard views at once, after a change (all cold), with public.home asked in a loop meanwhile.
      await sql.query(
        `UPDATE "ActivityRecord" SET quantity = coalesce(quantity, 0) WHERE id = (SELECT id FROM "ActivityRecord" WHERE "planId" = $1 LIMIT 1)`,
        [PLAN],
      );
      let homeOk = 0;
      let homeFailed = 0;
      let homeWorst = 0;
      let running = true;
      const home = (async () => {
        while (running) {
          const t = performance.now();
          try {
            await anonymous.public.home.query({ lang: 'vi' });
            homeOk++;
          } catch {
            homeFailed++;
          }
          homeWorst = Math.max(homeWorst, performance.now() - t);
        }
      })();
      const concurrent = await measure(() => Promise.allSettled(Array.from({ length: 10 }, dashboardView)));
      const settled = (await Promise.allSettled(Array.from({ length: 10 }, dashboardView))).flatMap((s) =>
        s.status === 'fulfilled' ? s.value.map(() => 'ok') : ['failed'],
      );
      running = false;
      await home;
      out('');
      out(
        `Ten dashboard views at once (40 calls, cold): ${concurrent.ms.toFixed(0)} ms, extra heap ${concurrent.mb.toFixed(0)} MB; a second round: ${settled.filter((s) => s === 'ok').length}/40 calls answered (goal: all). public.home meanwhile: ${homeOk} answers, ${homeFailed} failed, worst ${homeWorst.toFixed(0)} ms (goal: keeps answering).`,
      );
    }
  } finally {
    await api.close();
    await sql.end();
    await db.$disconnect();
    if (serverUrl) {
      const admin = new pg.Client({ connectionString: serverUrl });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    }
    if (embedded) await embedded.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  }
}

await main();
