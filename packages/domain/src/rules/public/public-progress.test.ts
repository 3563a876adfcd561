import { describe, expect, it } from 'vitest';
import { makeArea, makePlan, makeRecord, smallProvince } from '../fixtures.js';
import { recordCountTable } from './public-progress.js';

describe('recordCountTable', () => {
  const plan = makePlan();
  const areas = smallProvince();

  it('counts approved records by district and activity type, province-wide ones apart, nothing after asOf', () => {
    const records = [
      makeRecord({ id: 'r1', type: 'leaflet', date: '2019-02-01', areaCode: '84001' }),
      makeRecord({ id: 'r2', type: 'leaflet', date: '2019-02-02', areaCode: '84002' }),
      makeRecord({ id: 'r3', type: 'training', date: '2019-02-03', areaCode: '841' }),
      makeRecord({ id: 'r4', type: 'training', date: '2019-02-03', areaCode: '84' }),
      makeRecord({ id: 'r5', type: 'leaflet', date: '2019-02-03', areaCode: '84101', status: 'submitted' }),
      makeRecord({ id: 'r6', type: 'leaflet', date: '2030-01-01', areaCode: '84101' }),
    ];
    const table = recordCountTable(plan, { areas, records, asOf: '2019-12-31' });
    expect(table.level).toBe('district');
    expect(table.rows.map((r) => r.code)).toEqual(['840', '841']);
    expect(table.cols).toEqual(['leaflet', 'training']);
    expect(table.cells).toEqual([
      [2, 0],
      [0, 1],
    ]);
    expect(table.provinceWide).toBe(1);
  });

  it('uses communes as rows where the structure has no district level (since 1/7/2025)', () => {
    const twoLevel = [
      makeArea({ code: '84', level: 'province', name: 'Tỉnh Thử' }),
      makeArea({ code: '84001', level: 'commune', parentCode: '84' }),
      makeArea({ code: '84002', level: 'commune', parentCode: '84' }),
    ];
    const records = [makeRecord({ id: 'r1', type: 'leaflet', date: '2019-02-01', areaCode: '84002' })];
    const table = recordCountTable(plan, { areas: twoLevel, records, asOf: '2019-12-31' });
    expect(table.level).toBe('commune');
    expect(table.cells).toEqual([[0], [1]]);
  });
});
