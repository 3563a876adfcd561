import { roundedForTotal, todayInHoChiMinh } from '@pcmbn/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, createUser, startAuthTestApi, type AuthTestApi } from '../../test/auth.js';
import type { ApiClient } from '../client.js';
import { toDbDate } from '../db/dates.js';

/**
 * Issue 12 item 5, the attack as it was reported: Lai Châu asked as of 2018-08-31 and 2018-09-30 showed
 * Sìn Hồ × community event going 0 → "< 10" while the row total went 61 → 62 (so the hidden cell was 1), and the
 * Phong Thổ target value printed 1 beside a "< 10" cell.
 */

let t: AuthTestApi;
let api: ApiClient;
const SIN_HO = '108';
const PHONG_THO = '109';
const TAM_DUONG = '106';

async function seed() {
  const plan = await t.db.plan.findUniqueOrThrow({ where: { id: 'lc2228' } });
  const structure = plan.areaStructure;
  const commune = (district: string) =>
    t.db.area.findFirstOrThrow({
      where: { parentCode: district, structure, level: 'commune' },
      orderBy: { code: 'asc' },
    });
  const [sinHo, phongTho, tamDuong] = await Promise.all([commune(SIN_HO), commune(PHONG_THO), commune(TAM_DUONG)]);
  const u = await createUser(t.db, { role: 'province_admin', scopeAreaCode: '12' });
  const record = (areaCode: string, type: string, date: string) => ({
    planId: 'lc2228',
    type,
    date: toDbDate(date),
    areaCode,
    areaStructure: structure,
    quantity: 1,
    status: 'approved' as const,
    createdById: u.id,
  });
  const day = (k: number) => String((k % 28) + 1).padStart(2, '0');
  await t.db.activityRecord.createMany({
    data: [
      ...Array.from({ length: 61 }, (_, k) => record(sinHo.code, 'leaflet', `2018-0${(k % 6) + 1}-${day(k)}`)),
      ...Array.from({ length: 20 }, (_, k) => record(tamDuong.code, 'community_event', `2018-02-${day(k)}`)),
      record(phongTho.code, 'community_event', '2017-05-10'),
      // The one record the attack found: Sìn Hồ's first community event, in the third quarter.
      record(sinHo.code, 'community_event', '2018-09-15'),
    ],
  });
}

beforeAll(async () => {
  t = await startAuthTestApi();
  api = client(t);
  await seed();
});
afterAll(() => t.close());

type Count = { value: number } | { suppressed: true; label: string };
const hidden = (c: Count) => 'suppressed' in c;

describe('public.planProgress publishes closed quarters only, rounded so that no small count can be worked out', () => {
  it('any day of a quarter gives the end of the quarter before it; the answer names the period', async () => {
    const ask = (asOf: string) => api.public.planProgress.query({ provinceCode: '12', asOf });
    const [aug, jul, sep29, sep30, oct] = await Promise.all([
      ask('2018-08-31'),
      ask('2018-07-01'),
      ask('2018-09-29'),
      ask('2018-09-30'),
      ask('2018-12-30'),
    ]);
    expect(aug.asOf).toBe('2018-06-30');
    expect(aug.period).toMatchObject({ year: 2018, quarter: 2 });
    expect(aug.period.label).toMatchObject({ vi: 'Số liệu đến hết quý II/2018', en: 'Figures to the end of Q2 2018' });
    expect(jul).toEqual(aug);
    expect(sep29).toEqual(aug);
    expect(sep30.asOf).toBe('2018-09-30');
    expect(sep30.period.label.vi).toBe('Số liệu đến hết quý III/2018');
    expect(oct).toEqual(sep30);
  });

  it('never later than the last quarter closed before today', async () => {
    const [future, latest] = await Promise.all([
      api.public.planProgress.query({ provinceCode: '12', asOf: '2099-12-31' }),
      api.public.planProgress.query({ provinceCode: '12' }),
    ]);
    expect(future).toEqual(latest);
    expect(latest.asOf < todayInHoChiMinh()).toBe(true);
    expect(latest.asOf.slice(5)).toMatch(/^(03-31|06-30|09-30|12-31)$/);
  });

  it('the reported attack: Q2 and Q3 2018 side by side leave the Sìn Hồ community event at several values', async () => {
    const [q2, q3] = await Promise.all([
      api.public.planProgress.query({ provinceCode: '12', asOf: '2018-08-31' }),
      api.public.planProgress.query({ provinceCode: '12', asOf: '2018-09-30' }),
    ]);
    const counts = (p: typeof q2) => p.plans.find((x) => x.id === 'lc2228')!.counts;
    const [a, b] = [counts(q2), counts(q3)];
    const row = b.rows.findIndex((r) => r.code === SIN_HO);
    const col = b.cols.findIndex((c) => c.type === 'community_event');
    const colA = a.cols.findIndex((c) => c.type === 'community_event');
    expect(a.cells[row]![colA]).toEqual({ value: 0 });
    expect(b.cells[row]![col]).toEqual({ suppressed: true, label: '< 10' });
    // Every number printed is 0, "< 10" or a multiple of 5: no "61 → 62".
    const numbers = (c: typeof a) => [...c.cells.flat(), ...c.rowTotals, ...c.colTotals, c.grandTotal, c.provinceWide];
    for (const n of [...numbers(a), ...numbers(b)]) if (!hidden(n)) expect(n.value % 5).toBe(0);
    // The attacker's subtraction, on every line (row and column, each period, and Q3 − Q2): the hidden cell h
    // must fit "total − visible cells" through the published rounding; at least two values of 1–9 still fit.
    const value = (c: Count) => ('value' in c ? c.value : 0);
    const fits = (rest: number) => [1, 2, 3, 4, 5, 6, 7, 8, 9].filter((h) => roundedForTotal(h) === rest).length;
    const rowRest = (c: typeof a, r: number, skip: number) =>
      value(c.rowTotals[r]!) - c.cells[r]!.reduce((s, x, j) => s + (j === skip ? 0 : value(x)), 0);
    const colRest = (c: typeof a, k: number, skip: number) =>
      value(c.colTotals[k]!) - c.cells.reduce((s, line, i) => s + (i === skip ? 0 : value(line[k]!)), 0);
    expect(b.cells[row]!.filter(hidden)).toHaveLength(1);
    expect(fits(rowRest(b, row, col))).toBeGreaterThanOrEqual(2);
    expect(fits(rowRest(b, row, col) - (rowRest(a, row, -1) - 0))).toBeGreaterThanOrEqual(2);
    if (b.cells.filter((line) => hidden(line[col]!)).length === 1)
      expect(fits(colRest(b, col, row))).toBeGreaterThanOrEqual(2);
    // And the plain difference of the row totals is no longer the count of new records.
    expect(value(b.rowTotals[row]!) - value(a.rowTotals[row]!)).not.toBe(1);
  });

  it('a target value of a small count is "< 10" too (Phong Thổ: one session)', async () => {
    const q4 = await api.public.planProgress.query({ provinceCode: '12', asOf: '2018-12-31' });
    const plan = q4.plans.find((x) => x.id === 'lc2228')!;
    const target = plan.targets.find((x) => x.id === 'lc2228-t-2017-session-phong-tho')!;
    expect(target.value).toEqual({ suppressed: true, label: '< 10' });
    for (const x of plan.targets)
      if (x.unit === '' && 'value' in x.value && x.value.value > 0 && x.kind === 'output_count')
        expect(x.value.value).toBeGreaterThanOrEqual(10);
  });
});
