import { describe, expect, it } from 'vitest';
import { PlanSchema } from '../../model/index.js';
import {
  LAI_CHAU_DISTRICT_COMMITTEE_IDS,
  TRA_VINH_DISTRICT_COMMITTEE_IDS,
  laiChau2228,
  seedAgencies,
  traVinh651,
} from '../../seeds/index.js';
import { reportsOf } from './reporting.js';
import { reportDataPeriod, reportDocumentDate, reportSenderState, reportSendersOf } from './report-status.js';

const tv = PlanSchema.parse(traVinh651);
const lc = PlanSchema.parse(laiChau2228);
const national = new Set(seedAgencies.filter((a) => a.provinceCode === undefined).map((a) => a.id));

describe('reportSendersOf: who reports to whom, from the plan', () => {
  it('Lai Châu: each of the 8 district committees is a sender; the group is not; no ministry', () => {
    for (const rule of lc.reporting) {
      const { senders, excluded } = reportSendersOf(lc, rule, seedAgencies);
      const ids = senders.map((s) => s.agencyId);
      for (const id of LAI_CHAU_DISTRICT_COMMITTEE_IDS) expect(ids).toContain(id);
      expect(ids).toContain('lc-ubnd-107');
      expect(ids).not.toContain('lc-ubnd-huyen');
      expect(excluded).toContainEqual({ agencyId: 'lc-ubnd-huyen', reason: 'group_expanded' });
      expect(senders.find((s) => s.agencyId === 'lc-ubnd-107')).toEqual({
        agencyId: 'lc-ubnd-107',
        viaGroupId: 'lc-ubnd-huyen',
        group: false,
      });
      // "Các sở, ngành liên quan" has no known members: one sender, marked as a group.
      expect(senders.find((s) => s.agencyId === 'lc-so-nganh')).toEqual({ agencyId: 'lc-so-nganh', group: true });
      expect(ids.filter((id) => national.has(id))).toEqual([]);
      expect(ids).not.toContain('lc-sldtbxh');
      expect(ids).toHaveLength(9);
    }
  });

  it('Trà Vinh: every provincial body the plan names, the 9 district committees separately, no ministry or central body', () => {
    const { senders, excluded } = reportSendersOf(tv, tv.reporting[0]!, seedAgencies);
    const ids = senders.map((s) => s.agencyId);
    for (const id of TRA_VINH_DISTRICT_COMMITTEE_IDS) expect(ids).toContain(id);
    expect(TRA_VINH_DISTRICT_COMMITTEE_IDS).toHaveLength(9);
    expect(ids).toContain('tv-hlhpn');
    expect(ids).toContain('tv-ca');
    for (const id of ['tv-stttt', 'tv-ubnd', 'tv-ubnd-huyen', 'bo-tttt', 'bo-ldtbxh', 'tw-hlhpn'])
      expect(ids).not.toContain(id);
    expect(ids.filter((id) => national.has(id))).toEqual([]);
    expect(excluded.filter((e) => e.reason === 'outside_province').map((e) => e.agencyId)).toEqual(
      expect.arrayContaining(['bo-tttt', 'bo-ldtbxh', 'tw-hlhpn']),
    );
    expect(new Set(ids).size).toBe(ids.length);
    expect(senders.filter((s) => s.group).map((s) => s.agencyId)).toEqual(
      expect.arrayContaining(['tv-so-nganh', 'tv-tcctxh']),
    );
    expect(senders.find((s) => s.agencyId === 'tv-hlhpn')?.group).toBe(false);
  });
});

describe('reportDataPeriod: the data cut-off', () => {
  it('Trà Vinh (due 19/12, plan silent): Decree 09/2019, 15/12 of the year before to 14/12', () => {
    const rule = tv.reporting[0]!;
    const [y2018, y2019] = reportsOf(rule, tv.period);
    expect(reportDataPeriod(rule, y2019!, tv.period)).toMatchObject({
      from: '2018-12-15',
      to: '2019-12-14',
      basis: 'decree_09_2019',
    });
    expect(reportDataPeriod(rule, y2019!, tv.period).note.vi).toContain('Nghị định số 09/2019/NĐ-CP');
    // The plan starts on 06/4/2018.
    expect(reportDataPeriod(rule, y2018!, tv.period)).toMatchObject({ from: '2018-04-06', to: '2018-12-14' });
  });

  it('Lai Châu (due 15 days after the period): the whole period; a rule that says so is followed', () => {
    const yearly = lc.reporting.find((r) => r.cadence === 'yearly')!;
    const y2017 = reportsOf(yearly, lc.period).find((d) => d.label === '2017')!;
    expect(reportDataPeriod(yearly, y2017, lc.period)).toMatchObject({
      from: '2017-01-01',
      to: '2017-12-31',
      basis: 'calendar',
    });
    const h1 = lc.reporting.find((r) => r.cadence === 'half_yearly')!;
    const due = reportsOf(h1, lc.period).find((d) => d.label === '2017-H1')!;
    expect(reportDataPeriod({ ...h1, dataPeriod: 'decree_09_2019' }, due, lc.period)).toMatchObject({
      from: '2016-12-15',
      to: '2017-06-14',
      basis: 'rule_decree_09_2019',
    });
  });
});

describe('reportDocumentDate and reportSenderState', () => {
  it('a report is dated its due date, or the day it is made when earlier', () => {
    expect(reportDocumentDate({ dueDate: '2018-12-19' }, '2026-12-03')).toBe('2018-12-19');
    expect(reportDocumentDate({ dueDate: '2018-12-19' }, '2018-12-10')).toBe('2018-12-10');
  });
  it('not started, draft, submitted, late', () => {
    const due = { dueDate: '2019-12-19' };
    expect(reportSenderState(due, { asOf: '2019-12-01', draft: false })).toBe('not_started');
    expect(reportSenderState(due, { asOf: '2019-12-01', draft: true })).toBe('draft');
    expect(reportSenderState(due, { asOf: '2019-12-20', draft: true })).toBe('late');
    expect(reportSenderState(due, { asOf: '2019-12-20', submittedOn: '2019-12-20', draft: false })).toBe('submitted');
  });
});
