import { describe, expect, it } from 'vitest';
import { PlanSchema } from '../../model/index.js';
import { laiChau2228, seedAgencies, traVinh651 } from '../../seeds/index.js';
import { planAgencyIds, planAgencyNames } from './plan-agencies.js';

const tv = PlanSchema.parse(traVinh651);

describe('planAgencyNames', () => {
  it('a 2018 plan shows the names of its time', () => {
    const names = planAgencyNames(tv, seedAgencies, tv.issuedOn);
    expect(names.get('tv-stttt')).toBe('Sở Thông tin và Truyền thông tỉnh Trà Vinh');
    expect(names.get('tv-ubnd-huyen')).toBe('Ủy ban nhân dân các huyện, thị xã, thành phố tỉnh Trà Vinh');
  });

  it('today’s pages show the successor: Sở KH&CN from 1/3/2025, Vĩnh Long’s from 1/7/2025', () => {
    expect(planAgencyNames(tv, seedAgencies, '2025-02-28').get('tv-stttt')).toBe(
      'Sở Thông tin và Truyền thông tỉnh Trà Vinh',
    );
    expect(planAgencyNames(tv, seedAgencies, '2025-03-01').get('tv-stttt')).toBe(
      'Sở Khoa học và Công nghệ tỉnh Trà Vinh',
    );
    const today = planAgencyNames(tv, seedAgencies, '2026-11-23');
    expect(today.get('tv-stttt')).toBe('Sở Khoa học và Công nghệ tỉnh Vĩnh Long');
    expect(today.get('tv-hlhpn')).toBe('Hội Liên hiệp Phụ nữ tỉnh Vĩnh Long');
  });

  it('names every agency the seed plans refer to, keyed by the plan’s ids', () => {
    for (const plan of [tv, PlanSchema.parse(laiChau2228)]) {
      const names = planAgencyNames(plan, seedAgencies, '2026-01-01');
      expect([...names.keys()]).toEqual(planAgencyIds(plan));
    }
  });

  it('leaves out ids it does not know and checks the date', () => {
    const plan = {
      ...tv,
      components: [],
      duties: [],
      activities: [],
      reporting: [{ ...tv.reporting[0]!, toAgencyId: 'unknown' }],
    };
    expect([...planAgencyNames(plan, seedAgencies, '2019-01-01').keys()]).toEqual(['tv-ubnd']);
    expect(() => planAgencyNames(tv, seedAgencies, '2019-02-30')).toThrow(/không hợp lệ/);
  });
});
