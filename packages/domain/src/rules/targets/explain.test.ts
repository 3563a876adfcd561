import { describe, expect, it } from 'vitest';
import { PlanSchema, TARGET_STATUS_EXPLANATIONS, type Area } from '../../model/index.js';
import { seedAreas } from '../../seeds/areas.js';
import { traVinh651 } from '../../seeds/index.js';
import { evaluatePlan } from './evaluate.js';
import { noDataExplanation, statusExplanation } from './explain.js';

/**
 * Issue 14 (Also): every status comes with its one-sentence explanation, "including why no data" — the public site
 * and the report's target table print statusExplanation, which never carries a record count (public figures are
 * rounded; a count in the sentence would undo that).
 */
const plan = PlanSchema.parse(traVinh651);
const areas = seedAreas['2018-04-06'] as Area[];
const results = evaluatePlan(plan, { areas, records: [], asOf: '2019-06-30' });

describe('statusExplanation', () => {
  it('says exactly what is missing for a no_data target (Trà Vinh’s high-risk communes: no tag)', () => {
    const r = results.find((x) => x.targetId === 'tv651-t-ii-2')!;
    expect(r.status).toBe('no_data');
    const why = statusExplanation(r);
    expect(why.vi).toMatch(/^Chưa đủ dữ liệu: chưa có xã nào trong phạm vi kế hoạch \(0\/\d+ xã\) được gắn nhãn “/);
    expect(why.en).toMatch(/^Not enough data: none of the \d+ communes in the plan area is tagged “high risk”/);
  });

  it('gives every other status the domain’s one sentence, without the record counts', () => {
    for (const r of results.filter((x) => x.status !== 'no_data')) {
      expect(statusExplanation(r)).toEqual(TARGET_STATUS_EXPLANATIONS[r.status]);
    }
    expect(new Set(results.map((r) => r.status)).size).toBeGreaterThan(1);
  });
});

describe('noDataExplanation', () => {
  it('names areas and tags in words, never by code or key', () => {
    const gap = {
      kind: 'area_tag',
      tag: 'key_area',
      level: 'commune',
      withinAreaCode: '84004',
      tagged: 0,
      candidates: 12,
    } as const;
    const names = new Map([['84004', 'Huyện Càng Long']]);
    const why = noDataExplanation([gap], '84', (code) => names.get(code));
    expect(why.vi).toContain('trong Huyện Càng Long');
    expect(why.en).toContain('in Huyện Càng Long is tagged “key area”');
    for (const text of [why.vi, why.en]) expect(text).not.toMatch(/84004|key_area/);
  });
});
