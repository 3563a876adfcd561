import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { AgencySchema, AreaSchema, PlanSchema, type Plan } from '../model/index.js';
import { evaluatePlan, validatePlan } from '../rules/index.js';
import { seedAgencies } from './agencies.js';
import {
  LAI_CHAU_2016_BORDER,
  LAI_CHAU_2016_BORDER_CHOSEN_CANDIDATES,
  LAI_CHAU_2016_BORDER_DOCUMENTED,
  LAI_CHAU_2016_BORDER_EXCLUDED_CANDIDATES,
  LAI_CHAU_2016_CITY_WARDS,
  LAI_CHAU_2016_DISTRICT_TOWNS,
  SEED_AREA_TAG_PROVENANCE,
  seedAreaTags,
} from './area-tags.js';
import { seedAreas } from './areas.js';
import { laiChau2228, seedPlans, traVinh651 } from './index.js';
import { SEED_STRUCTURES } from './structures.js';
import { LAI_CHAU_2016_UNITS } from './units-lai-chau-2016.js';
import { TRA_VINH_2018_UNITS } from './units-tra-vinh-2018.js';

const plans: Array<[string, Plan]> = [
  ['tv651', PlanSchema.parse(traVinh651)],
  ['lc2228', PlanSchema.parse(laiChau2228)],
];
const agencyIds = new Set(seedAgencies.map((a) => a.id));

/** Every agency id a plan refers to, with where. */
function agencyRefs(plan: Plan): Array<[string, string]> {
  return [
    ...plan.components.flatMap((c) => [
      [c.leadAgencyId, c.id] as [string, string],
      ...c.cooperatingAgencyIds.map((id) => [id, c.id] as [string, string]),
    ]),
    ...plan.duties.map((d) => [d.agencyId, d.id] as [string, string]),
    ...plan.activities.flatMap((a) => [
      ...(a.leadAgencyId ? [[a.leadAgencyId, a.id] as [string, string]] : []),
      ...a.cooperatingAgencyIds.map((id) => [id, a.id] as [string, string]),
    ]),
    ...plan.reporting.flatMap((r) => [
      [r.toAgencyId, r.id] as [string, string],
      ...(r.consolidatedForAgencyId ? [[r.consolidatedForAgencyId, r.id] as [string, string]] : []),
      ...r.fromAgencyIds.map((id) => [id, r.id] as [string, string]),
    ]),
  ];
}

/** Every area code a plan refers to, with where. */
function areaRefs(plan: Plan): Array<[string, string]> {
  const refs: Array<[string, string]> = [[plan.provinceCode, plan.id]];
  for (const a of plan.activities) for (const p of a.places) if (p.areaCode) refs.push([p.areaCode, a.id]);
  for (const t of plan.targets) {
    if (t.kind === 'output_count') {
      for (const code of [...(t.areaCodes ?? []), ...(t.requiredAreaCodes ?? [])]) refs.push([code, t.id]);
    }
    if (t.kind === 'area_coverage' && t.withinAreaCode) refs.push([t.withinAreaCode, t.id]);
  }
  return refs;
}

describe('seed agencies', () => {
  it('district committees belong to their group entry, which lists them and belongs to the province', () => {
    const byId = new Map(seedAgencies.map((a) => [a.id, a]));
    for (const group of ['tv-ubnd-huyen', 'lc-ubnd-huyen']) {
      const entry = byId.get(group)!;
      expect(entry.parentId).toBe(group.startsWith('tv') ? 'tv-ubnd' : 'lc-ubnd');
      expect(entry.memberIds?.length).toBe(group.startsWith('tv') ? 9 : 8);
      for (const id of entry.memberIds ?? [])
        expect(byId.get(id)).toMatchObject({ parentId: group, kind: 'district_committee' });
    }
    expect(byId.get('tv-ubnd-844')).toMatchObject({ areaCode: '844', name: 'Ủy ban nhân dân huyện Càng Long' });
  });
});

describe('seed plans', () => {
  it('exports both plans in seedPlans', () => {
    expect(seedPlans.map((p) => p.id)).toEqual(['tv651', 'lc2228']);
  });

  it.each(plans)('%s parses with PlanSchema', (_, plan) => {
    expect(plan.objectives.length).toBeGreaterThan(0);
    expect(plan.components.length).toBeGreaterThan(0);
    expect(plan.duties.length).toBeGreaterThan(0);
    expect(plan.activities.length).toBeGreaterThan(0);
    expect(plan.targets.length).toBeGreaterThan(0);
    expect(plan.reporting.length).toBeGreaterThan(0);
    expect(plan.legalBases.length).toBeGreaterThan(0);
    expect(plan.funding).toBeTruthy();
  });

  it.each(plans)('%s: ids are unique and carry the plan prefix', (prefix, plan) => {
    const ids = [
      plan.objectives,
      plan.components,
      plan.duties,
      plan.activities,
      plan.targets,
      plan.reporting,
      plan.observances,
    ]
      .flat()
      .map((x) => x.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id.startsWith(`${prefix}-`), id).toBe(true);
    for (const t of plan.targets) expect(t.id.startsWith(`${prefix}-`), t.id).toBe(true);
  });

  it('ids are unique across both plans', () => {
    const all = plans.flatMap(([, p]) => [...p.duties, ...p.activities, ...p.targets].map((x) => x.id));
    expect(new Set(all).size).toBe(all.length);
  });

  it.each(plans)('%s: every agency it names is in seedAgencies', (_, plan) => {
    const unknown = agencyRefs(plan).filter(([id]) => !agencyIds.has(id));
    expect(unknown).toEqual([]);
  });

  it.each(plans)('%s: every area code exists in its structure and lies in its province', (id, plan) => {
    const structure = SEED_STRUCTURES[id as keyof typeof SEED_STRUCTURES];
    expect(plan.areaStructure).toBe(structure.structure);
    const areas = new Map((seedAreas[plan.areaStructure] ?? []).map((a) => [a.code, a]));
    expect(areas.size).toBeGreaterThan(0);
    for (const [code, where] of areaRefs(plan)) {
      const area = areas.get(code);
      expect(area, `${where}: ${code}`).toBeDefined();
      let cursor = area;
      while (cursor?.parentCode) cursor = areas.get(cursor.parentCode);
      expect(cursor?.code, `${where}: ${code} is in province`).toBe(plan.provinceCode);
    }
  });

  it.each(plans)('%s: every target and activity has a sourceRef; vague targets say how they were read', (_, plan) => {
    for (const x of [...plan.targets, ...plan.activities, ...plan.duties, ...plan.objectives])
      expect(x.sourceRef, x.id).toBeTruthy();
    for (const t of plan.targets)
      if (t.kind === 'cadence' || t.kind === 'deadline') expect(t.reading, t.id).toBeTruthy();
  });

  it.each(plans)('%s: validatePlan finds no errors (with seed agencies and areas)', (_, plan) => {
    const issues = validatePlan(plan, { agencies: seedAgencies, areas: seedAreas[plan.areaStructure] ?? [] });
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(issues).toEqual([]);
  });

  it.each(plans)('%s: evaluates with no records, one result per target', (_, plan) => {
    const results = evaluatePlan(plan, {
      areas: seedAreas[plan.areaStructure] ?? [],
      records: [],
      asOf: plan.period.to,
    });
    expect(results.map((r) => r.targetId)).toEqual(plan.targets.map((t) => t.id));
  });
});

describe('Trà Vinh 651/QĐ-UBND', () => {
  const plan = plans[0]![1];
  it('has the four targets of II with their thresholds', () => {
    const byId = new Map(plan.targets.map((t) => [t.id, t]));
    expect(byId.get('tv651-t-ii-1')).toMatchObject({
      kind: 'area_coverage',
      level: 'commune',
      thresholdPercent: 100,
      activityTypes: ['material_distribution'],
    });
    expect(byId.get('tv651-t-ii-2')).toMatchObject({
      kind: 'area_coverage',
      areaTags: ['high_risk'],
      thresholdPercent: 30,
      activityTypes: ['counselling'],
    });
    expect(byId.get('tv651-t-ii-3')).toMatchObject({ kind: 'cadence', every: 'month', minPerPeriod: 1 });
    expect(byId.get('tv651-t-ii-4')).toMatchObject({
      kind: 'population_reach',
      areaTags: ['key_area'],
      group: 'aged14to60',
      thresholdPercent: 75,
    });
  });
  it('leads Tiểu đề án 1 by Sở TT&TT and Tiểu đề án 2 by Hội LHPN tỉnh', () => {
    expect(plan.components.map((c) => [c.id, c.leadAgencyId])).toEqual([
      ['tv651-c1', 'tv-stttt'],
      ['tv651-c2', 'tv-hlhpn'],
    ]);
  });
  it('reports yearly to Sở TT&TT, due 19/12 ("trước ngày 20/12")', () => {
    expect(plan.reporting).toEqual([
      expect.objectContaining({
        cadence: 'yearly',
        toAgencyId: 'tv-stttt',
        due: { kind: 'fixed_date', month: 12, day: 20, before: true },
      }),
    ]);
  });
  it('observes 30/7 with the 1/7–1/8 campaign window and its peak, the last week of July', () => {
    expect(plan.observances.map((o) => o.id)).toEqual(['tv651-obs-ngay-toan-dan', 'tv651-obs-ngay-the-gioi']);
    for (const o of plan.observances) {
      expect(o).toMatchObject({
        date: '07-30',
        window: { from: '07-01', to: '08-01' },
        peak: { from: '07-25', to: '07-31' },
      });
    }
  });
  it('limits the yearly 30/7 campaign target to 1/7–1/8 of each year', () => {
    const target = plan.targets.find((t) => t.id === 'tv651-t-iii-2a-6');
    expect(target).toMatchObject({ kind: 'cadence', every: 'year', window: { from: '07-01', to: '08-01' } });
    const campaign = (date: string) => ({
      id: date,
      planId: 'tv651',
      type: 'campaign' as const,
      date,
      areaCode: '84',
      status: 'approved' as const,
    });
    const [r] = evaluatePlan(
      { ...plan, targets: [target!] },
      {
        areas: seedAreas[plan.areaStructure] ?? [],
        records: [campaign('2018-07-28'), campaign('2019-07-30'), campaign('2020-09-02')],
        asOf: '2020-08-02',
      },
    );
    expect(r).toMatchObject({ status: 'missed', value: 2, threshold: 3, missing: ['2020'] });
  });
  it('links every target to an objective', () => {
    expect(plan.targets.map((t) => [t.id, t.objectiveId])).toEqual([
      ['tv651-t-ii-1', 'tv651-o-ii-1'],
      ['tv651-t-ii-2', 'tv651-o-ii-2'],
      ['tv651-t-ii-3', 'tv651-o-ii-3'],
      ['tv651-t-ii-4', 'tv651-o-ii-4'],
      ['tv651-t-iii-2a-6', 'tv651-o-i-1a'],
      ['tv651-t-iii-1d-3', 'tv651-o-i-2b'],
    ]);
  });
  it('types networks, information gathering and victim support with their own activity types', () => {
    const typeOf = (id: string) => plan.activities.find((a) => a.id === id)?.type;
    expect([typeOf('tv651-a-iii-2b-3'), typeOf('tv651-a-iii-2c-1'), typeOf('tv651-a-iii-2d-3')]).toEqual([
      'network_building',
      'information_gathering',
      'victim_support',
    ]);
  });
  it('encodes every content item of III as an activity (32 items)', () => {
    expect(plan.activities.filter((a) => a.sourceRef?.startsWith('III.')).length).toBe(32);
  });
});

describe('Lai Châu 2228/KH-UBND', () => {
  const plan = plans[1]![1];
  const activity = (id: string) => plan.activities.find((a) => a.id === id);
  it('reports for the first half-year and for the year: no separate second half-year report', () => {
    expect(plan.reporting.map((r) => [r.id, r.cadence, r.periods])).toEqual([
      ['lc2228-r-half-yearly', 'half_yearly', ['H1']],
      ['lc2228-r-yearly', 'yearly', undefined],
    ]);
  });
  it('links every target to an objective; audiences only on coverage and output targets', () => {
    expect(plan.targets.every((t) => t.objectiveId !== undefined)).toBe(true);
    expect(plan.targets.find((t) => t.id === 'lc2228-t-2018-training')).toMatchObject({
      audiences: ['Lãnh đạo UBND xã, cán bộ lao động, thương binh và xã hội, các tổ chức đoàn thể'],
    });
  });
  it('names the 23 border communes by tag', () => {
    expect(activity('lc2228-a-2018-3-1-5')?.places).toEqual([{ name: '23 xã khu vực biên giới', areaTag: 'border' }]);
  });
  it('places the 2017 billboards at Ma Lù Thàng (Ma Ly Pho), Dào San and Phong Thổ town', () => {
    expect(activity('lc2228-a-2017-2-1-1')?.places.map((p) => p.areaCode)).toEqual(['03574', '03571', '03549']);
    expect(plan.targets.find((t) => t.id === 'lc2228-t-2017-billboards')).toMatchObject({
      minQuantity: 3,
      requiredAreaCodes: ['03574', '03571', '03549'],
    });
  });
  it('places the 2018 billboards at six district towns and Lai Châu city', () => {
    const codes = activity('lc2228-a-2018-3-1-1')?.places.map((p) => p.areaCode);
    expect(codes).toEqual(['03595', '03598', '03390', '03478', '03433', '03434', '105']);
  });
  it('gives every roadmap item its year as period', () => {
    for (const a of plan.activities) {
      const year = /năm (\d{4})/.exec(a.sourceRef ?? '')?.[1];
      expect(year, a.id).toBeDefined();
      if (a.id !== 'lc2228-a-2016-1-2') expect(a.period.from.slice(0, 4), a.id).toBe(year);
      expect(a.period.to.slice(0, 4) >= year!, a.id).toBe(true);
    }
  });
  it('plans 8 training classes in 2017 and 3 in 2018', () => {
    const sum = (year: string) =>
      plan.activities
        .filter((a) => a.type === 'training' && a.period.from.startsWith(year))
        .reduce((n, a) => n + (a.plannedQuantity ?? 0), 0);
    expect([sum('2017'), sum('2018')]).toEqual([8, 3]);
  });
  it('counts a 2018 billboard anywhere in Lai Châu city for site 105, and one conference per border commune', () => {
    const areas = seedAreas[plan.areaStructure] ?? [];
    const record = (id: string, type: 'billboard' | 'conference', areaCode: string) => ({
      id,
      planId: 'lc2228',
      type,
      date: '2018-06-01',
      areaCode,
      quantity: 1,
      status: 'approved' as const,
    });
    const records = [
      ...['03595', '03598', '03390', '03478', '03433', '03434', '03386'].map((code, i) =>
        record(`b${i}`, 'billboard', code),
      ),
      ...areas.filter((a) => a.tags.includes('border')).map((a, i) => record(`c${i}`, 'conference', a.code)),
    ];
    const results = new Map(evaluatePlan(plan, { areas, records, asOf: '2019-01-01' }).map((r) => [r.targetId, r]));
    expect(results.get('lc2228-t-2018-billboards')?.status).toBe('achieved');
    expect(results.get('lc2228-t-2018-border-conferences')?.status).toBe('achieved');
    expect(results.get('lc2228-t-2018-border-conferences-coverage')?.status).toBe('achieved');
  });
  it('reports half-yearly and yearly to Sở LĐ-TB&XH for UBND tỉnh', () => {
    expect(plan.reporting.map((r) => [r.cadence, r.toAgencyId, r.consolidatedForAgencyId])).toEqual([
      ['half_yearly', 'lc-sldtbxh', 'lc-ubnd'],
      ['yearly', 'lc-sldtbxh', 'lc-ubnd'],
    ]);
  });
});

describe('seed agencies', () => {
  it('parse, have unique ids and keep the fixed ids', () => {
    for (const a of seedAgencies) AgencySchema.parse(a);
    const ids = seedAgencies.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ['tv-ubnd', 'tv-stttt', 'tv-skhcn', 'tv-hlhpn', 'lc-ubnd', 'lc-sldtbxh', 'lc-stc'])
      expect(agencyIds.has(id), id).toBe(true);
  });
  it('successors exist and start the day after their predecessor ends', () => {
    const byId = new Map(seedAgencies.map((a) => [a.id, a]));
    for (const a of seedAgencies) {
      if (a.validFrom && a.validTo) expect(a.validFrom <= a.validTo, a.id).toBe(true);
      if (!a.successorId) continue;
      const next = byId.get(a.successorId);
      expect(next, a.id).toBeDefined();
      expect(a.validTo, a.id).toBeDefined();
      const dayAfter = new Date(Date.parse(`${a.validTo}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
      expect(next?.validFrom, `${a.id} → ${a.successorId}`).toBe(dayAfter);
    }
  });
  it('dates the 2025 reorganisation', () => {
    const byId = new Map(seedAgencies.map((a) => [a.id, a]));
    expect(byId.get('tv-stttt')).toMatchObject({ validTo: '2025-02-28', successorId: 'tv-skhcn' });
    expect(byId.get('tv-skhcn')).toMatchObject({
      validFrom: '2025-03-01',
      validTo: '2025-06-30',
      successorId: 'vl-skhcn',
    });
    expect(byId.get('lc-sldtbxh')).toMatchObject({ validTo: '2025-02-28', successorId: 'lc-snv' });
    expect(byId.get('bo-tttt')).toMatchObject({ validTo: '2025-02-28', successorId: 'bo-khcn' });
    expect(byId.get('bo-ldtbxh')).toMatchObject({ validTo: '2025-02-28', successorId: 'bo-noivu' });
    expect(byId.get('vl-ubnd')).toMatchObject({ provinceCode: '86', validFrom: '2025-07-01' });
    for (const a of seedAgencies) if (a.kind === 'district_committee') expect(a.validTo, a.id).toBe('2025-06-30');
    for (const a of seedAgencies) if (a.provinceCode === '84') expect(a.validTo, a.id).toBeDefined();
  });
});

describe('seed areas and tags', () => {
  const communes = (structure: string) => (seedAreas[structure] ?? []).filter((a) => a.level === 'commune');
  it('embed the 108 Lai Châu 2016 and 106 Trà Vinh 2018 communes', () => {
    expect(communes(SEED_STRUCTURES.lc2228.structure).length).toBe(108);
    expect(communes(SEED_STRUCTURES.tv651.structure).length).toBe(106);
    for (const list of Object.values(seedAreas)) for (const a of list) AreaSchema.parse(a);
  });
  it('tag 23 border communes, 7 district towns and 5 city wards in Lai Châu 2016', () => {
    const tags = seedAreaTags[SEED_STRUCTURES.lc2228.structure] ?? {};
    const withTag = (tag: string) =>
      Object.keys(tags)
        .filter((code) => tags[code]?.includes(tag))
        .sort();
    expect(withTag('border').length).toBe(23);
    expect(LAI_CHAU_2016_BORDER_DOCUMENTED.length + LAI_CHAU_2016_BORDER_CHOSEN_CANDIDATES.length).toBe(23);
    expect(withTag('district_town')).toEqual([...LAI_CHAU_2016_DISTRICT_TOWNS].sort());
    expect(withTag('city_ward')).toEqual([...LAI_CHAU_2016_CITY_WARDS].sort());
    expect(withTag('key_area').length).toBe(35);
    for (const code of LAI_CHAU_2016_BORDER_EXCLUDED_CANDIDATES) expect(withTag('border')).not.toContain(code);
    const byCode = new Map(communes(SEED_STRUCTURES.lc2228.structure).map((a) => [a.code, a]));
    for (const code of LAI_CHAU_2016_BORDER) {
      expect(byCode.get(code)?.kind, code).toBe('xã');
      expect(['107', '108', '109', '112'], code).toContain(byCode.get(code)?.parentCode);
    }
    expect(SEED_AREA_TAG_PROVENANCE[SEED_STRUCTURES.lc2228.structure]).toMatch(/best reading/i);
  });

  // Cross-check with the GSO lists the API seeds from (copied into the repo from shared/data/admin-units).
  const dir = fileURLToPath(new URL('../../../api/prisma/data/admin-units/', import.meta.url));
  it('match the GSO CSV lists code for code', () => {
    const csvCodes = (file: string) =>
      readFileSync(`${dir}${file}`, 'utf8')
        .trim()
        .split('\n')
        .slice(1)
        .flatMap((line) => {
          const cols = line.split(',');
          return [cols[0], cols[2], cols[5]] as string[];
        });
    const embedded = (rows: ReadonlyArray<readonly [string, ...unknown[]]>) =>
      [...new Set(rows.map((r) => r[0]))].sort();
    expect(embedded(LAI_CHAU_2016_UNITS)).toEqual([...new Set(csvCodes('lai-chau-2016.csv'))].sort());
    expect(embedded(TRA_VINH_2018_UNITS)).toEqual([...new Set(csvCodes('tra-vinh-2018.csv'))].sort());
  });
});
