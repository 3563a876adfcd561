import { describe, expect, it } from 'vitest';
import { deskCovers, deskProvinces } from './desk.js';

describe('help desk scope', () => {
  it('province admins read their province, an every-province admin every one', () => {
    expect(deskProvinces({ role: 'province_admin', scopeAreaCode: '12' }, null)).toEqual(['12']);
    expect(deskProvinces({ role: 'province_admin', scopeAreaCode: null }, null)).toBe('all');
    expect(deskCovers('all', '86')).toBe(true);
    expect(deskCovers(['12'], '86')).toBe(false);
  });

  it('police officers of the province read it; other agencies, districts and viewers do not', () => {
    expect(deskProvinces({ role: 'agency_officer', scopeAreaCode: '12' }, 'police')).toEqual(['12']);
    expect(deskProvinces({ role: 'agency_officer', scopeAreaCode: '12' }, 'mass_organisation')).toEqual([]);
    expect(deskProvinces({ role: 'agency_officer', scopeAreaCode: null }, 'police')).toEqual([]);
    expect(deskProvinces({ role: 'district_officer', scopeAreaCode: '12' }, null)).toEqual([]);
    expect(deskProvinces({ role: 'viewer', scopeAreaCode: '12' }, null)).toEqual([]);
    expect(deskProvinces({ role: 'province_admin', scopeAreaCode: '12105' }, null)).toEqual([]);
  });
});
