import { describe, expect, it } from 'vitest';
import { AreaLinkSchema, type AreaLink } from '../model/area-link.js';
import { succeedsAny } from './successors.js';

const MAR_2025 = '2025-03-01';
const JUL_2025 = '2025-07-01';
const link = (fromCode: string, toCode: string, coverage: 'full' | 'partial' = 'full'): AreaLink =>
  AreaLinkSchema.parse({ fromCode, fromStructure: MAR_2025, toCode, toStructure: JUL_2025, coverage });

// An old district with communes A (10001) and B (10002); its neighbour has C (20001) and D (20002).
// A and B formed 90001; C went in part into 90001 and in part into 90002; D has no known successor.
const LINKS = [
  link('10001', '90001'),
  link('10002', '90001'),
  link('20001', '90001', 'partial'),
  link('20001', '90002', 'partial'),
];
const district = [
  { code: '10001', structure: MAR_2025 },
  { code: '10002', structure: MAR_2025 },
];
const neighbour = [
  { code: '20001', structure: MAR_2025 },
  { code: '20002', structure: MAR_2025 },
];

describe('succeedsAny: an old district covers the 2025 communes its communes went into', () => {
  it('covers a 2025 commune formed from its communes', () => {
    expect(succeedsAny({ code: '90001', structure: JUL_2025 }, district, LINKS)).toBe(true);
  });
  it('a commune formed in part from a neighbour is covered by both districts', () => {
    expect(succeedsAny({ code: '90001', structure: JUL_2025 }, neighbour, LINKS)).toBe(true);
    expect(succeedsAny({ code: '90002', structure: JUL_2025 }, neighbour, LINKS)).toBe(true);
  });
  it('does not cover a commune none of its communes went into', () => {
    expect(succeedsAny({ code: '90002', structure: JUL_2025 }, district, LINKS)).toBe(false);
    expect(succeedsAny({ code: '90003', structure: JUL_2025 }, [...district, ...neighbour], LINKS)).toBe(false);
  });
  it('in the same structure, only the units themselves; never a unit of an earlier structure', () => {
    expect(succeedsAny({ code: '10001', structure: MAR_2025 }, district, LINKS)).toBe(true);
    expect(succeedsAny({ code: '20001', structure: MAR_2025 }, district, LINKS)).toBe(false);
    expect(succeedsAny({ code: '10001', structure: '2016-11-09' }, district, LINKS)).toBe(false);
  });
});
