import { describe, expect, it } from 'vitest';
import type { AreaLink } from '../../model/index.js';
import { mapCommunes, mapCommuneTitle, mapLegend } from './map-states.js';
import { boundsOf, fitProjection, svgPath, type MapGeometry } from './map.js';

const square = (x0: number, y0: number, size: number) => [
  [x0, y0],
  [x0 + size, y0],
  [x0 + size, y0 + size],
  [x0, y0 + size],
  [x0, y0],
];

describe('fitProjection and svgPath', () => {
  const unit: MapGeometry = { type: 'Polygon', coordinates: [square(0, 0, 1)] };

  it('draws a known polygon as absolute start, relative steps and z (north up, y downwards)', () => {
    const projection = fitProjection([unit], { width: 100, padding: 0 });
    expect(projection.viewBox).toBe('0 0 100 101'); // cos(0.5°) < 1 makes the degree of latitude a hair taller
    expect(svgPath(unit, projection)).toBe('M0 100l100 0 0-100-100 0z');
  });

  it('scales longitude by cos(latitude): a 1°×1° square at 60° N is half as wide as it is tall', () => {
    const north: MapGeometry = { type: 'Polygon', coordinates: [square(100, 59.5, 1)] };
    const projection = fitProjection([north], { width: 100, padding: 0 });
    expect(projection.height).toBe(200);
  });

  it('writes a hole as a second subpath, to be filled with evenodd', () => {
    const withHole: MapGeometry = {
      type: 'Polygon',
      coordinates: [square(0, 0, 1), [...square(0.25, 0.25, 0.5)].reverse()],
    };
    const path = svgPath(withHole, fitProjection([withHole], { width: 100, padding: 0 }));
    expect(path).toBe('M0 100l100 0 0-100-100 0zM25 75l0-50 50 0 0 50z');
  });

  it('writes every polygon of a MultiPolygon, padding included', () => {
    const two: MapGeometry = { type: 'MultiPolygon', coordinates: [[square(0, 0, 1)], [square(2, 0, 1)]] };
    const projection = fitProjection([two], { width: 310, padding: 5 });
    expect(boundsOf([two])).toEqual([0, 0, 3, 1]);
    expect(svgPath(two, projection)).toBe('M5 105l100 0 0-100-100 0zM205 105l100 0 0-100-100 0z');
  });

  it('drops points that round onto the previous one and rings that collapse to less than a triangle', () => {
    const tiny: MapGeometry = {
      type: 'MultiPolygon',
      coordinates: [
        [
          [
            [0, 0],
            [0.001, 0],
            [1, 0],
            [1, 1],
            [0, 0],
          ],
        ],
        [square(0.5, 0.5, 0.001)],
      ],
    };
    const path = svgPath(tiny, fitProjection([tiny], { width: 100, padding: 0 }));
    expect(path).toBe('M0 100l100 0 0-100z');
  });

  it('rounds to one decimal when asked, without accumulating rounding errors', () => {
    const thirds: MapGeometry = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [1 / 3, 0],
          [2 / 3, 0],
          [1, 1],
          [0, 0],
        ],
      ],
    };
    const projection = fitProjection([thirds], { width: 10, padding: 0 });
    expect(svgPath(thirds, projection, 1)).toBe('M0 10l3.3 0 3.4 0 3.3-10z');
  });
});

describe('mapCommunes: plan units on 01/07/2025 polygons', () => {
  const OLD = '2016-11-09';
  const NEW = '2025-07-01';
  const link = (fromCode: string, toCode: string): AreaLink => ({
    fromCode,
    fromStructure: OLD,
    toCode,
    toStructure: NEW,
    coverage: 'full',
  });
  const links = [link('001', '900'), link('002', '900'), link('003', '901'), link('004', '902')];
  const polygons = [
    { code: '900', name: 'Xã Mới A' },
    { code: '901', name: 'Xã Mới B' },
    { code: '902', name: 'Xã Mới C' },
    { code: '903', name: 'Xã Mới D' },
  ];
  const areas = [
    { code: '10', name: 'Huyện X', level: 'district' as const, parentCode: '12', tags: [], structure: OLD },
    ...['001', '002', '003', '004'].map((code) => ({
      code,
      name: `Xã ${code}`,
      level: 'commune' as const,
      parentCode: '10',
      tags: [],
      structure: OLD,
    })),
  ];

  it('a merged commune is partly done when some old units inside it are, and lists them in its title', () => {
    const communes = mapCommunes({
      polygons,
      cells: [
        { code: '001', name: 'Xã Cũ Một', covered: true },
        { code: '002', name: 'Xã Cũ Hai', covered: false },
        { code: '003', name: 'Xã Cũ Ba', covered: true },
        { code: '004', name: 'Xã Cũ Bốn', covered: false },
      ],
      level: 'commune',
      areas,
      structure: OLD,
      links,
      asOf: '2026-01-01',
    });
    expect(communes.map((c) => [c.code, c.state])).toEqual([
      ['900', 'partial'],
      ['901', 'done'],
      ['902', 'not_yet'],
      ['903', 'no_data'],
    ]);
    expect(mapCommuneTitle(communes[0]!)).toBe(
      'Xã Mới A: Thực hiện một phần — Xã Cũ Hai: chưa thực hiện; Xã Cũ Một: đã thực hiện',
    );
    expect(mapLegend(communes).map((e) => [e.state, e.count])).toEqual([
      ['done', 1],
      ['partial', 1],
      ['not_yet', 1],
      ['no_data', 1],
    ]);
  });

  it('a district-level target colours every polygon its communes went into', () => {
    const communes = mapCommunes({
      polygons,
      cells: [{ code: '10', name: 'Huyện X', covered: true }],
      level: 'district',
      areas,
      structure: OLD,
      links,
      asOf: '2026-01-01',
    });
    expect(communes.map((c) => c.state)).toEqual(['done', 'done', 'done', 'no_data']);
    expect(communes[0]!.units).toEqual([{ code: '10', name: 'Huyện X', covered: true }]);
  });

  it('a plan on today’s structure draws each unit on its own polygon (title: name and state only)', () => {
    const communes = mapCommunes({
      polygons: polygons.slice(0, 2),
      cells: [{ code: '900', name: 'Xã Mới A', covered: false }],
      level: 'commune',
      areas: [],
      structure: NEW,
      links,
      asOf: '2026-01-01',
    });
    expect(communes.map((c) => c.state)).toEqual(['not_yet', 'no_data']);
    expect(mapCommuneTitle(communes[0]!, 'en')).toBe('Xã Mới A: Not yet');
  });
});
