import type { Plan } from '@pcmbn/domain';
import { describe, expect, it } from 'vitest';
import { cleanPlan } from './document';
import { monthDayErrors, overlayFields } from './form-data';

/** A plan as the editor posts it without JavaScript: the draft in 'base', the step's fields by their paths. */
const base: Plan = {
  id: 'p84-1-ab12',
  code: '1/KH-UBND',
  title: 'Kế hoạch',
  issuer: 'Ủy ban nhân dân tỉnh Trà Vinh',
  issuedOn: '2018-04-06',
  provinceCode: '84',
  areaStructure: '2018-04-06',
  period: { from: '2018-04-06', to: '2020-12-31' },
  legalBases: [{ title: 'Luật' }],
  objectives: [],
  components: [],
  duties: [],
  activities: [],
  targets: [
    {
      id: 'p84-1-ab12-t-1',
      kind: 'cadence',
      title: 'Mỗi năm hưởng ứng 30/7',
      period: { from: '2018-04-06', to: '2020-12-31' },
      activityTypes: ['campaign'],
      activityIds: ['p84-1-ab12-a-1'],
      every: 'year',
      minPerPeriod: 1,
    },
  ],
  reporting: [
    {
      id: 'p84-1-ab12-r-1',
      cadence: 'half_yearly',
      periods: ['H1'],
      due: { kind: 'after_period_end', days: 15 },
      fromAgencyIds: [],
      toAgencyId: 'tv-stttt',
    },
  ],
  observances: [],
};

const post = (fields: [string, string][]) => {
  const form = new FormData();
  for (const [k, v] of fields) form.append(k, v);
  return overlayFields(base, form).draft;
};

describe('the editor without JavaScript', () => {
  it('reads dates typed dd/mm/yyyy as ISO, keeps text that is no date for the API to refuse, and drops a blank optional one', () => {
    const draft = post([
      ['issuedOn:date', '7/4/2018'],
      ['period.to:date', '30/12/2020'],
      ['targets.0.period.from:date', '31/02/2019'],
      ['legalBases.0.issuedOn:date', ''],
    ]);
    expect(draft.issuedOn).toBe('2018-04-07');
    expect(draft.period.to).toBe('2020-12-30');
    expect(draft.targets[0]!.period.from).toBe('31/02/2019');
    expect(cleanPlan(draft)).toMatchObject({ legalBases: [{ title: 'Luật' }] });
    expect((cleanPlan(draft) as Plan).legalBases[0]).not.toHaveProperty('issuedOn');
  });

  it("leaves a target's activities and a rule's parts of the year absent when none is ticked (none means all)", () => {
    const draft = post([
      ['targets.0.activityIds:many', ''],
      ['reporting.0.periods:many', ''],
    ]);
    expect(draft.targets[0]).not.toHaveProperty('activityIds');
    expect(draft.reporting[0]).not.toHaveProperty('periods');
  });

  it("takes a cadence's yearly window typed dd/mm (or d/m) as the domain's MM-DD, and drops one left empty", () => {
    const kept = post([
      ['targets.0.window.from:monthday', '1/7'],
      ['targets.0.window.to:monthday', '01/08'],
    ]);
    expect((cleanPlan(kept) as Plan).targets[0]).toMatchObject({ window: { from: '07-01', to: '08-01' } });
    expect(monthDayErrors(kept)).toEqual({});
    const empty = post([
      ['targets.0.window.from:monthday', ''],
      ['targets.0.window.to:monthday', ' '],
    ]);
    expect((cleanPlan(empty) as Plan).targets[0]).not.toHaveProperty('window');
    expect(monthDayErrors(empty)).toEqual({});
  });

  it("reads an observance's day, window and peak typed dd/mm (Trà Vinh 651: 30/7, từ 1/7 đến 1/8, cao điểm 25/7–31/7)", () => {
    const form = new FormData();
    for (const [k, v] of [
      ['observances.0.date:monthday', '30/7'],
      ['observances.0.window.from:monthday', '1/7'],
      ['observances.0.window.to:monthday', '1/8'],
      ['observances.0.peak.from:monthday', '25/07'],
      ['observances.0.peak.to:monthday', '31/07'],
    ])
      form.append(k!, v!);
    const withObservance: Plan = {
      ...base,
      observances: [{ id: 'p84-1-ab12-obs-1', name: 'Ngày toàn dân', date: '07-30' }],
    };
    const draft = overlayFields(withObservance, form).draft;
    expect(draft.observances[0]).toMatchObject({
      date: '07-30',
      window: { from: '07-01', to: '08-01' },
      peak: { from: '07-25', to: '07-31' },
    });
    expect(monthDayErrors(draft)).toEqual({});
  });

  it('keeps a day of the year that is no day (31/02, a 13th month, "abc") as typed, with a Vietnamese error beside it', () => {
    const draft = post([
      ['targets.0.window.from:monthday', '31/02'],
      ['targets.0.window.to:monthday', '01/13'],
    ]);
    expect(draft.targets[0]).toMatchObject({ window: { from: '31/02', to: '01/13' } });
    const errors = monthDayErrors(draft);
    expect(errors['targets.0.window.from']).toBe(
      'Ngày “31/02” không có trong năm; hãy nhập ngày/tháng, ví dụ 01/07 hoặc 30/7.',
    );
    expect(errors['targets.0.window.to']).toMatch(/^Ngày “01\/13” không có trong năm/);
    expect(monthDayErrors(post([['targets.0.window.from:monthday', 'abc']]))).toEqual({
      'targets.0.window.from': 'Ngày “abc” không có trong năm; hãy nhập ngày/tháng, ví dụ 01/07 hoặc 30/7.',
      // A window with one end typed needs the other.
      'targets.0.window.to': 'Chưa có ngày; hãy nhập ngày/tháng, ví dụ 01/07 hoặc 30/7.',
    });
  });

  it("reads a list one item a line, an item holding ';' kept whole (Lai Châu's leaflet audience)", () => {
    const item = 'Nhân dân 108 xã, phường, thị trấn; trọng điểm 23 xã biên giới';
    const draft = post([['targets.0.audiences:list', `${item}\r\nCán bộ xã\r\n`]]);
    expect(draft.targets[0]).toMatchObject({ audiences: [item, 'Cán bộ xã'] });
  });
});
