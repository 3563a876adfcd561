import { describe, expect, it } from 'vitest';
import { AreaCodeSchema, can, isAreaCode, isLanguage, isProvinceCode, PERMISSIONS, ROLES } from './index.js';

describe('the vocabulary', () => {
  it('area codes: 2 to 5 digits with leading zeros kept; provinces: 2 digits', () => {
    expect(['12', '109', '03549'].map(isAreaCode)).toEqual([true, true, true]);
    expect(['1', '123456', '12a', ' 12'].map(isAreaCode)).toEqual([false, false, false, false]);
    expect(['12', '84', '109'].map(isProvinceCode)).toEqual([true, true, false]);
    expect(AreaCodeSchema.safeParse('1').error?.issues[0]?.message).toMatch(/2–5 chữ số/);
  });

  it('languages: vi, en and km only', () => {
    expect(['vi', 'en', 'km', 'fr'].map(isLanguage)).toEqual([true, true, true, false]);
  });

  it('every right names known roles, and a viewer may only look', () => {
    for (const roles of Object.values(PERMISSIONS)) for (const r of roles) expect(ROLES).toContain(r);
    const viewer = { role: 'viewer' as const };
    const granted = (Object.keys(PERMISSIONS) as (keyof typeof PERMISSIONS)[]).filter((a) => can(viewer, a));
    expect(granted).toEqual(['plan.view', 'record.view', 'report.view']);
    expect(can(null, 'plan.view')).toBe(false);
    expect(can({ role: 'district_officer' }, 'plan.derive')).toBe(true);
    expect(can({ role: 'agency_officer' }, 'kiosk.view')).toBe(false);
    expect(can({ role: 'district_officer' }, 'kiosk.operate')).toBe(true);
    expect(can({ role: 'agency_officer' }, 'kiosk.operate')).toBe(false);
    expect(can({ role: 'district_officer' }, 'kiosk.manage')).toBe(false);
  });
});
