import { describe, expect, it } from 'vitest';
import type { Agency } from '../model/index.js';
import { agencyAt, agencyNameAt, effectiveAt, isEffectiveAt } from './effective.js';

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
