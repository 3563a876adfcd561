import type { Plan, Target } from '@pcmbn/domain';
import { describe, expect, it } from 'vitest';
import { overlayFields } from './form-data';
import { targetSentence } from './sentence';

const tags = [{ value: 'high_risk', label: 'nguy cơ cao' }];
const areas = [
  { value: '109', label: 'Huyện Phong Thổ' },
  { value: '03574', label: 'Xã Ma Ly Pho (Huyện Phong Thổ)' },
];
const period = { from: '2017-01-01', to: '2017-12-31' };

describe('targetSentence', () => {
  it('reads a coverage target as the plan writes it, with names for tags and areas, never codes', () => {
    const target: Target = {
      id: 'p-t-1',
      kind: 'area_coverage',
      title: 'x',
      period,
      activityTypes: ['counselling'],
      level: 'commune',
      thresholdPercent: 30,
      minRecordsPerArea: 1,
      areaTags: ['high_risk'],
      withinAreaCode: '109',
    };
    expect(targetSentence(target, tags, areas)).toBe(
      'Ít nhất 30 % số xã thuộc Huyện Phong Thổ có nhãn “nguy cơ cao” có ít nhất 1 lần tư vấn chuyên sâu, đối thoại, từ ngày 01/01/2017 đến ngày 31/12/2017.',
    );
  });

  it('reads counts and frequencies with Vietnamese numbers', () => {
    const count: Target = {
      id: 'p-t-2',
      kind: 'output_count',
      title: 'x',
      period,
      activityTypes: ['leaflet'],
      minQuantity: 30000,
      areaCodes: ['03574'],
    };
    expect(targetSentence(count, tags, areas)).toBe(
      'Đạt ít nhất 30.000 (số lượng) tờ rơi, tờ gấp tại Xã Ma Ly Pho (Huyện Phong Thổ), từ ngày 01/01/2017 đến ngày 31/12/2017.',
    );
    const cadence: Target = {
      id: 'p-t-3',
      kind: 'cadence',
      title: 'x',
      period,
      activityTypes: ['hotline_promotion'],
      every: 'quarter',
      minPerPeriod: 1,
    };
    expect(targetSentence(cadence, tags, areas)).toMatch(
      /^Mỗi quý có ít nhất 1 lần giới thiệu đường dây nóng, từ ngày/,
    );
  });
});

describe('checkbox lists posted without JavaScript', () => {
  const base = {
    targets: [{ id: 'p-t-1', kind: 'output_count', title: 'x', period, activityTypes: ['leaflet'], minQuantity: 1 }],
    reporting: [],
  } as unknown as Plan;

  it('an optional list of areas left empty stays absent (empty would mean "in no area")', () => {
    const form = new FormData();
    form.append('targets.0.areaCodes:many', '');
    form.append('targets.0.activityTypes:many', '');
    form.append('targets.0.activityTypes:many', 'leaflet');
    form.append('targets.0.activityTypes:many', 'conference');
    const { draft } = overlayFields(base, form);
    expect(draft.targets[0]).not.toHaveProperty('areaCodes');
    expect(draft.targets[0]!.activityTypes).toEqual(['leaflet', 'conference']);
  });

  it('ticked areas are kept in the order chosen', () => {
    const form = new FormData();
    form.append('targets.0.areaCodes:many', '');
    form.append('targets.0.areaCodes:many', '03574');
    form.append('targets.0.areaCodes:many', '109');
    expect((overlayFields(base, form).draft.targets[0] as { areaCodes?: string[] }).areaCodes).toEqual([
      '03574',
      '109',
    ]);
  });
});
