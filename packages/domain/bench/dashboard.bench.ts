/**
 * Dashboard aggregations at province scale and beyond: 1 province, 10 districts, 300 communes with population,
 * 5 targets of every kind, 100,000 and 1,000,000 records (≈85% approved). Prints the median of several runs of
 * progressByArea (district and commune), progressByComponent, progressOverTime (36 months) and coverageGrid; it
 * never fails the process.
 *
 * Run: pnpm --filter @pcmbn/domain exec tsx bench/dashboard.bench.ts
 */
import { performance } from 'node:perf_hooks';
import {
  PlanSchema,
  coverageGrid,
  evaluatePlan,
  progressByArea,
  progressByComponent,
  progressOverTime,
  type ActivityRecord,
  type ActivityType,
  type Area,
} from '../src/index.js';

const RUNS = 7;
const WARMUP = 2;

function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = prng(20191219);

const areas: Area[] = [{ code: '84', name: 'Tỉnh Thử', level: 'province', tags: [] }];
for (let d = 0; d < 10; d++)
  areas.push({ code: `8${40 + d}`, name: `Huyện ${d}`, level: 'district', parentCode: '84', tags: [] });
for (let i = 0; i < 300; i++) {
  const total = 3000 + Math.floor(random() * 20000);
  areas.push({
    code: `${84000 + i}`.padStart(5, '0'),
    name: `Xã ${i}`,
    level: 'commune',
    parentCode: `8${40 + (i % 10)}`,
    tags: random() < 0.4 ? ['key_area'] : [],
    population: { total, aged14to60: Math.floor(total * 0.62) },
  });
}
const period = { from: '2018-01-01', to: '2020-12-31' };
const plan = PlanSchema.parse({
  id: 'b1',
  code: '1/KH-UBND',
  title: 'Kế hoạch thử',
  issuer: 'UBND tỉnh Thử',
  issuedOn: '2018-01-01',
  provinceCode: '84',
  areaStructure: '2018-01-01',
  period,
  components: [{ id: 'b1-c1', title: 'Tiểu đề án 1', leadAgencyId: 'a1' }],
  activities: [{ id: 'b1-a1', componentId: 'b1-c1', type: 'community_event', title: 'Nói chuyện', period }],
  targets: [
    {
      id: 'b1-t1',
      title: 'a',
      kind: 'area_coverage',
      level: 'commune',
      activityTypes: ['material_distribution'],
      thresholdPercent: 100,
      period,
    },
    {
      id: 'b1-t2',
      title: 'b',
      kind: 'population_reach',
      areaTags: ['key_area'],
      activityTypes: ['community_event'],
      thresholdPercent: 75,
      period,
    },
    { id: 'b1-t3', title: 'c', kind: 'output_count', activityTypes: ['leaflet'], minQuantity: 30000, period },
    { id: 'b1-t4', title: 'd', kind: 'cadence', every: 'month', activityTypes: ['media_item'], period },
    { id: 'b1-t5', title: 'e', kind: 'deadline', activityTypes: ['guidance_document'], dueDate: '2018-06-30', period },
  ],
});
const TYPES: ActivityType[] = [
  'material_distribution',
  'community_event',
  'leaflet',
  'media_item',
  'guidance_document',
  'contest',
];
const communes = areas.filter((a) => a.level === 'commune').map((a) => a.code);
const days = 1096;
function records(n: number): ActivityRecord[] {
  return Array.from({ length: n }, (_, i) => {
    const d = new Date(Date.UTC(2018, 0, 1 + Math.floor(random() * days))).toISOString().slice(0, 10);
    return {
      id: `r${i}`,
      planId: 'b1',
      type: TYPES[Math.floor(random() * TYPES.length)] as ActivityType,
      date: d,
      areaCode: random() < 0.05 ? '84' : (communes[Math.floor(random() * communes.length)] as string),
      quantity: 1 + Math.floor(random() * 50),
      reached: { total: Math.floor(random() * 200), aged14to60: Math.floor(random() * 150) },
      status: random() < 0.85 ? 'approved' : 'submitted',
      ...(random() < 0.3 ? { activityId: 'b1-a1' } : {}),
    };
  });
}

function median(fn: () => unknown): number {
  for (let i = 0; i < WARMUP; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] as number;
}

for (const n of [100_000, 1_000_000]) {
  const rs = records(n);
  const asOf = '2020-12-31';
  const results = evaluatePlan(plan, { areas, records: rs, asOf });
  const cases: Array<[string, () => unknown]> = [
    ['progressByArea (district)', () => progressByArea(plan, { areas, records: rs, asOf, level: 'district' })],
    ['progressByArea (commune)', () => progressByArea(plan, { areas, records: rs, asOf, level: 'commune' })],
    ['progressByComponent', () => progressByComponent(plan, results, rs, { asOf })],
    [
      'progressOverTime (36 months)',
      () => progressOverTime(plan, { areas, records: rs, from: period.from, to: asOf, every: 'month' }),
    ],
    ['coverageGrid (area_coverage)', () => coverageGrid(plan, plan.targets[0] as never, { areas, records: rs, asOf })],
  ];
  console.log(`\n${n.toLocaleString('en')} records`);
  for (const [name, fn] of cases) console.log(`  ${name.padEnd(30)} ${median(fn).toFixed(1).padStart(8)} ms`);
}
