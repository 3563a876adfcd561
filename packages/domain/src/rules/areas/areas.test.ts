import { describe, expect, it } from 'vitest';
import { makeArea, smallProvince } from '../fixtures.js';
import { areaIndex, areasForStructure } from './areas.js';

describe('areaIndex', () => {
  const index = areaIndex(smallProvince());
  it('walks the tree', () => {
    expect(index.children('840').map((a) => a.code)).toEqual(['84001', '84002']);
    expect(index.ancestorCodes('84101')).toEqual(['841', '84']);
    expect(index.ancestors('84101').map((a) => a.level)).toEqual(['district', 'province']);
    expect(index.descendantsOf('84').map((a) => a.code)).toEqual(['840', '84001', '84002', '841', '84101', '84102']);
    expect(index.isWithin('84101', '84')).toBe(true);
    expect(index.isWithin('84', '84')).toBe(true);
    expect(index.isWithin('12001', '84')).toBe(false);
    expect(index.inScope('84002', { provinceCode: '84', scopeAreaCode: '840' })).toBe(true);
    expect(index.inScope('84101', { provinceCode: '84', scopeAreaCode: '840' })).toBe(false);
    expect(index.ancestorAt('84001', 'district')?.code).toBe('840');
    expect(index.ancestorAt('840', 'commune')).toBeUndefined();
  });
  it('follows a parent code missing from the list and survives cycles', () => {
    const loose = areaIndex([makeArea({ code: '84001', level: 'commune', parentCode: '84' })]);
    expect(loose.isWithin('84001', '84')).toBe(true);
    const cyclic = areaIndex([
      makeArea({ code: '10', level: 'province', parentCode: '11' }),
      makeArea({ code: '11', level: 'province', parentCode: '10' }),
    ]);
    expect(cyclic.ancestorCodes('10')).toEqual(['11']);
  });
  it('searches names without diacritics', () => {
    const search = areaIndex([
      makeArea({ code: '84', level: 'province', name: 'Trà Vinh' }),
      makeArea({ code: '84001', level: 'commune', parentCode: '84', name: 'Xã Đôn Châu' }),
      makeArea({ code: '84002', level: 'commune', parentCode: '84', name: 'Xã Đôn Xuân' }),
    ]);
    expect(search.search('don chau').map((a) => a.code)).toEqual(['84001']);
    expect(search.search('Đôn', { level: 'commune', limit: 1 }).map((a) => a.code)).toEqual(['84001']);
    expect(search.search('840').map((a) => a.code)).toEqual(['84001', '84002']);
  });
  it('picks one administrative structure when areas are dated', () => {
    const old = makeArea({ code: '84001', level: 'commune', parentCode: '840', structure: '2018-10-16' });
    const now = makeArea({ code: '84001', level: 'commune', parentCode: '84', structure: '2025-07-01' });
    expect(areasForStructure([old, now], '2025-07-01')).toEqual([now]);
    expect(areasForStructure([old], '2025-07-01')).toEqual([old]);
  });
});
