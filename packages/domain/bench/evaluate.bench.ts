/**
 * National-scale benchmark of evaluatePlan: 34 provinces, 3,321 communes (two-level structure since 1/7/2025,
 * parentCode = province), 20 targets of every kind, 1,000,000 records (≈85% approved). Goal: < 300 ms per full
 * evaluation on one core. Prints the median of several runs after warm-up, records/s, heap, and PASS/FAIL; it never
 * fails the process, so that a slow CI machine reports instead of breaking the build.
 *
 * Run: pnpm --filter @pcmbn/domain bench
 *
 * A national plan has no province: the provinces hang under a root code '00' that is not itself an area, and the
 * plan's provinceCode is '00', so that the plan's scope is the whole country.
 */
import { performance } from 'node:perf_hooks';
import {
  PlanSchema,
  evaluatePlan,
  type ActivityRecord,
  type ActivityType,
  type Area,
  type PlanInput,
  type TargetInput,
} from '../src/index.js';

const GOAL_MS = 300;
const PROVINCES = 34;
const COMMUNES = 3321;
const RECORDS = 1_000_000;
const RUNS = 9;
const WARMUP = 3;

/** mulberry32: small, fast, deterministic. */
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
const random = prng(20250701);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

function buildAreas(): Area[] {
  const areas: Area[] = [];
  const provinceCodes = Array.from({ length: PROVINCES }, (_, i) => String(10 + i * 2).padStart(2, '0'));
  for (const code of provinceCodes) {
    areas.push({
      code,
      name: `Tỉnh ${code}`,
      level: 'province',
      parentCode: '00',
      kind: 'tỉnh',
      tags: [],
      structure: '2025-07-01',
    });
  }
  for (let i = 0; i < COMMUNES; i++) {
    const province = provinceCodes[i % PROVINCES] as string;
    const tags: string[] = [];
    if (random() < 0.15) tags.push('border');
    if (random() < 0.3) tags.push('high_risk');
    if (random() < 0.4) tags.push('key_area');
    if (random() < 0.05) tags.push('khmer');
    const withPopulation = random() < 0.95;
    const total = 3000 + Math.floor(random() * 30000);
    areas.push({
      code: `${province}${String(Math.floor(i / PROVINCES)).padStart(3, '0')}`,
      name: `Xã ${i}`,
      level: 'commune',
      parentCode: province,
      kind: 'xã',
      tags,
      structure: '2025-07-01',
      ...(withPopulation
        ? {
            population: {
              total,
              aged14to60: Math.floor(total * 0.62),
              women: Math.floor(total * 0.5),
              children: Math.floor(total * 0.3),
            },
          }
        : {}),
    });
  }
  return areas;
}

const TYPES: ActivityType[] = [
  'material_distribution',
  'media_item',
  'leaflet',
  'billboard',
  'community_event',
  'counselling',
  'training',
  'loudspeaker_broadcast',
  'online_post',
  'guidance_document',
  'campaign',
  'conference',
];

function buildPlan(areas: Area[]): PlanInput {
  const p = (from: string, to: string) => ({ period: { from, to } });
  const whole = p('2021-01-01', '2025-12-31');
  const provinces = areas.filter((a) => a.level === 'province').map((a) => a.code);
  const communes = areas.filter((a) => a.level === 'commune').map((a) => a.code);
  const targets: TargetInput[] = [
    {
      kind: 'area_coverage',
      level: 'commune',
      activityTypes: ['material_distribution'],
      thresholdPercent: 100,
      ...whole,
    },
    {
      kind: 'area_coverage',
      level: 'commune',
      areaTags: ['high_risk'],
      activityTypes: ['counselling'],
      thresholdPercent: 30,
      ...whole,
    },
    {
      kind: 'area_coverage',
      level: 'commune',
      areaTags: ['border'],
      activityTypes: ['community_event', 'counselling'],
      minRecordsPerArea: 5,
      thresholdPercent: 80,
      ...p('2023-01-01', '2024-12-31'),
    },
    {
      kind: 'area_coverage',
      level: 'province',
      activityTypes: ['conference'],
      thresholdPercent: 100,
      ...p('2022-01-01', '2022-12-31'),
    },
    {
      kind: 'area_coverage',
      level: 'commune',
      withinAreaCode: provinces[3] as string,
      activityTypes: ['loudspeaker_broadcast'],
      thresholdPercent: 90,
      ...whole,
    },
    {
      kind: 'area_coverage',
      level: 'commune',
      areaTags: ['khmer', 'key_area'],
      activityTypes: ['training'],
      thresholdPercent: 50,
      ...whole,
    },
    { kind: 'cadence', every: 'month', activityTypes: ['media_item'], ...whole },
    { kind: 'cadence', every: 'quarter', activityTypes: ['online_post'], minPerPeriod: 100, ...whole },
    { kind: 'cadence', every: 'year', activityTypes: ['campaign'], ...whole },
    {
      kind: 'cadence',
      every: 'month',
      activityTypes: ['loudspeaker_broadcast', 'media_item'],
      minPerPeriod: 500,
      ...p('2024-01-01', '2025-12-31'),
    },
    {
      kind: 'population_reach',
      areaTags: ['key_area'],
      activityTypes: ['community_event', 'counselling'],
      thresholdPercent: 75,
      ...whole,
    },
    {
      kind: 'population_reach',
      areaTags: ['high_risk'],
      group: 'women',
      activityTypes: ['community_event'],
      thresholdPercent: 50,
      ...whole,
    },
    {
      kind: 'population_reach',
      areaTags: [],
      group: 'total',
      activityTypes: ['community_event', 'counselling', 'training'],
      thresholdPercent: 20,
      ...whole,
    },
    {
      kind: 'population_reach',
      areaTags: ['border'],
      group: 'children',
      activityTypes: ['counselling'],
      thresholdPercent: 10,
      ...p('2022-01-01', '2023-12-31'),
    },
    { kind: 'output_count', activityTypes: ['leaflet'], minQuantity: 30_000_000, ...whole },
    {
      kind: 'output_count',
      activityTypes: ['billboard'],
      minQuantity: 500,
      requiredAreaCodes: communes.slice(0, 50),
      ...whole,
    },
    {
      kind: 'output_count',
      activityTypes: ['training'],
      minQuantity: 2000,
      areaCodes: provinces.slice(0, 10),
      ...p('2025-01-01', '2025-12-31'),
    },
    {
      kind: 'output_count',
      activityTypes: ['leaflet', 'material_distribution'],
      minQuantity: 1_000_000,
      areaCodes: communes.slice(100, 400),
      requiredAreaCodes: communes.slice(100, 130),
      ...whole,
    },
    { kind: 'deadline', activityTypes: ['guidance_document'], dueDate: '2021-03-31', ...whole },
    { kind: 'deadline', activityTypes: ['conference'], dueDate: '2025-12-15', ...p('2025-01-01', '2025-12-31') },
  ].map((t, i) => ({ ...t, id: `qg-t${i + 1}`, title: `Chỉ tiêu ${i + 1}` }) as TargetInput);
  return {
    id: 'qg',
    code: '1/KH-BCA',
    title: 'Kế hoạch truyền thông phòng, chống mua bán người toàn quốc (tổng hợp, dữ liệu giả lập)',
    issuer: 'Bộ Công an',
    issuedOn: '2021-01-01',
    provinceCode: '00',
    areaStructure: '2025-07-01',
    period: { from: '2021-01-01', to: '2025-12-31' },
    targets,
  };
}

function buildRecords(areas: Area[]): ActivityRecord[] {
  const communes = areas.filter((a) => a.level === 'commune').map((a) => a.code);
  const provinces = areas.filter((a) => a.level === 'province').map((a) => a.code);
  const statuses = [
    'approved',
    'approved',
    'approved',
    'approved',
    'approved',
    'approved',
    'submitted',
    'draft',
    'rejected',
  ] as const;
  const pad = (n: number) => String(n).padStart(2, '0');
  const records = new Array<ActivityRecord>(RECORDS);
  for (let i = 0; i < RECORDS; i++) {
    const type = pick(TYPES);
    const y = 2021 + Math.floor(random() * 5);
    const m = 1 + Math.floor(random() * 12);
    const d = 1 + Math.floor(random() * 28);
    // Codes and dates built per record, as they would arrive from the database (distinct string objects).
    const area = random() < 0.03 ? pick(provinces) : pick(communes);
    const record: ActivityRecord = {
      id: `r${i}`,
      planId: random() < 0.98 ? 'qg' : 'other',
      type,
      date: `${y}-${pad(m)}-${pad(d)}`,
      areaCode: `${area.slice(0, 2)}${area.slice(2)}`,
      status: pick(statuses),
    };
    if (type === 'leaflet' || type === 'billboard' || type === 'training' || random() < 0.2)
      record.quantity = 1 + Math.floor(random() * 200);
    if (type === 'community_event' || type === 'counselling' || type === 'training') {
      const people = 10 + Math.floor(random() * 300);
      record.reached = {
        total: people,
        aged14to60: Math.floor(people * 0.7),
        women: Math.floor(people * 0.5),
        children: Math.floor(people * 0.1),
      };
    }
    records[i] = record;
  }
  return records;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

const t0 = performance.now();
const areas = buildAreas();
const plan = PlanSchema.parse(buildPlan(areas));
const records = buildRecords(areas);
const asOf = '2024-07-01';
console.log(
  `Dữ liệu giả lập: ${PROVINCES} tỉnh, ${COMMUNES} xã, ${plan.targets.length} chỉ tiêu, ${records.length.toLocaleString('en')} bản ghi ` +
    `(tạo trong ${((performance.now() - t0) / 1000).toFixed(1)} s)`,
);
globalThis.gc?.();
const heapBefore = process.memoryUsage().heapUsed;

let results = evaluatePlan(plan, { areas, records, asOf });
for (let i = 1; i < WARMUP; i++) results = evaluatePlan(plan, { areas, records, asOf });
const times: number[] = [];
let peakHeap = 0;
for (let i = 0; i < RUNS; i++) {
  const start = performance.now();
  results = evaluatePlan(plan, { areas, records, asOf });
  times.push(performance.now() - start);
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
}
const med = median(times);
const statuses = results.reduce<Record<string, number>>(
  (acc, r) => ({ ...acc, [r.status]: (acc[r.status] ?? 0) + 1 }),
  {},
);

console.log(`evaluatePlan, ${RUNS} lần sau ${WARMUP} lần khởi động:`);
console.log(
  `  median ${med.toFixed(1)} ms   min ${Math.min(...times).toFixed(1)} ms   max ${Math.max(...times).toFixed(1)} ms`,
);
console.log(`  ${Math.round((records.length / med) * 1000).toLocaleString('en')} records/s`);
console.log(
  `  heap: ${mb(heapBefore)} with data loaded, peak ${mb(peakHeap)} while evaluating (rss ${mb(process.memoryUsage().rss)})`,
);
console.log(`  statuses: ${JSON.stringify(statuses)}`);
console.log(`  e.g. ${results[0]?.explanation}`);
console.log(`${med < GOAL_MS ? 'PASS' : 'FAIL'}: median ${med.toFixed(1)} ms vs goal < ${GOAL_MS} ms`);
