import { describe, expect, it } from 'vitest';
import type { Agency } from '../model/index.js';
import { areaIndex, areasForStructure } from './areas.js';
import { agencyAt, agencyNameAt, effectiveAt, isEffectiveAt } from './effective.js';
import { DomainError, isDomainError } from './errors.js';
import { makeArea, smallProvince } from './fixtures.js';
import { assertRecordTransition, canTransitionRecord } from './records.js';
import { normaliseVietnamese } from './text.js';

describe('normaliseVietnamese', () => {
  it('strips diacritics, đ and case', () => {
    expect(normaliseVietnamese('  Xã Đôn  Châu ')).toBe('xa don chau');
    expect(normaliseVietnamese('Phường Trường Long Hòa')).toBe('phuong truong long hoa');
    expect(normaliseVietnamese('ĐỒNG NGỰ ỮNG')).toBe('dong ngu ung');
    // Precomposed and decomposed input give the same key.
    expect(normaliseVietnamese('Hòa'.normalize('NFD'))).toBe(normaliseVietnamese('Hòa'.normalize('NFC')));
  });
});

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

describe('effective dating', () => {
  const agencies: Agency[] = [
    {
      id: 'tv-stttt',
      name: 'Sở Thông tin và Truyền thông',
      kind: 'department',
      validTo: '2025-02-28',
      successorId: 'tv-skhcn',
    },
    {
      id: 'tv-skhcn',
      name: 'Sở Khoa học và Công nghệ',
      kind: 'department',
      validFrom: '2025-03-01',
      validTo: '2025-06-30',
      successorId: 'vl-skhcn',
    },
    { id: 'vl-skhcn', name: 'Sở Khoa học và Công nghệ tỉnh Vĩnh Long', kind: 'department', validFrom: '2025-07-01' },
    { id: 'loop-a', name: 'A', kind: 'other', validTo: '2000-01-01', successorId: 'loop-b' },
    { id: 'loop-b', name: 'B', kind: 'other', validTo: '2000-01-01', successorId: 'loop-a' },
  ];
  it('filters items in force on a date, edges included', () => {
    expect(effectiveAt(agencies.slice(0, 3), '2025-02-28').map((a) => a.id)).toEqual(['tv-stttt']);
    expect(effectiveAt(agencies.slice(0, 3), '2025-03-01').map((a) => a.id)).toEqual(['tv-skhcn']);
    expect(isEffectiveAt({}, '1900-01-01')).toBe(true);
  });
  it('follows successors', () => {
    expect(agencyNameAt(agencies, 'tv-stttt', '2019-12-19')).toBe('Sở Thông tin và Truyền thông');
    expect(agencyNameAt(agencies, 'tv-stttt', '2025-03-01')).toBe('Sở Khoa học và Công nghệ');
    expect(agencyNameAt(agencies, 'tv-stttt', '2025-07-01')).toBe('Sở Khoa học và Công nghệ tỉnh Vĩnh Long');
    expect(agencyNameAt(agencies, 'nope', '2025-07-01')).toBeUndefined();
    expect(agencyAt(agencies, 'loop-a', '2020-01-01')?.id).toBeDefined();
  });
});

describe('record workflow', () => {
  it('allows draft → submitted → approved|rejected, rejected → draft|submitted', () => {
    expect(canTransitionRecord('draft', 'submitted')).toBe(true);
    expect(canTransitionRecord('submitted', 'approved')).toBe(true);
    expect(canTransitionRecord('submitted', 'rejected')).toBe(true);
    expect(canTransitionRecord('rejected', 'draft')).toBe(true);
    expect(canTransitionRecord('rejected', 'submitted')).toBe(true);
    expect(() => assertRecordTransition('draft', 'submitted')).not.toThrow();
  });
  it('throws a DomainError with a stable code and Vietnamese message otherwise', () => {
    for (const [from, to] of [
      ['draft', 'approved'],
      ['approved', 'draft'],
      ['approved', 'rejected'],
      ['submitted', 'draft'],
    ] as const) {
      expect(canTransitionRecord(from, to)).toBe(false);
    }
    try {
      assertRecordTransition('draft', 'approved');
      expect.unreachable();
    } catch (error) {
      expect(isDomainError(error)).toBe(true);
      const e = error as DomainError;
      expect(e.code).toBe('RECORD_TRANSITION_INVALID');
      expect(e.message).toBe('Không thể chuyển kết quả từ trạng thái “Nháp” sang “Đã duyệt”.');
      expect(e.messageEn).toBe('A record cannot move from Draft to Approved.');
      expect(e.details).toEqual({ from: 'draft', to: 'approved' });
      expect(e).toBeInstanceOf(Error);
    }
  });
});
