import { reportingSchedule, reportSendersOf } from '@pcmbn/domain';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, signIn, startAuthTestApi, type AuthTestApi } from '../../test/auth.js';
import type { ApiClient } from '../client.js';
import { toDbDate } from '../db/dates.js';
import { loadPlanContext } from './load.js';

/**
 * Issue 13, "Done when": for both seed plans every sender of every rule gets a due entry; each district committee
 * of Lai Châu and of Trà Vinh generates, fills and submits its own report through the API, and its figures are
 * those of the records entered for it (or without an agency in its district) only — never a neighbour's or another
 * agency's; the lead department accepts them and compiles the province report naming each district.
 */
let t: AuthTestApi;
let tvAdmin: ApiClient;
let lcAdmin: ApiClient;

const text = (base64: string) =>
  [...strFromU8(unzipSync(Buffer.from(base64, 'base64'))['word/document.xml']!).matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)]
    .map((x) => x[1]!)
    .join(' ');

const PLANS = [
  { planId: 'tv651', province: '84', admin: () => tvAdmin },
  { planId: 'lc2228', province: '12', admin: () => lcAdmin },
] as const;

beforeAll(async () => {
  t = await startAuthTestApi();
  tvAdmin = (await signIn(t, (await createUser(t.db, { role: 'province_admin', scopeAreaCode: '84' })).email)).api;
  lcAdmin = (await signIn(t, (await createUser(t.db, { role: 'province_admin', scopeAreaCode: '12' })).email)).api;
});
afterAll(() => t.close());

describe('every sender of every rule gets a due entry', () => {
  for (const { planId, admin } of PLANS) {
    it(`${planId}: report.due lists, for each rule and period, exactly the rule's senders`, async () => {
      const { plan, agencies } = await loadPlanContext(t.db, planId);
      const { items } = await admin().report.due.query({ planId, from: plan.period.from, to: plan.period.to });
      const schedule = reportingSchedule(plan, plan.period);
      expect(schedule.length).toBeGreaterThan(0);
      // The plan's own district committees (not the units of the 2025 reform): Trà Vinh's 9, Lai Châu's 8.
      const districts = agencies.filter(
        (a) =>
          a.kind === 'district_committee' &&
          a.provinceCode === plan.provinceCode &&
          a.areaCode !== undefined &&
          a.validFrom === undefined,
      );
      expect(districts).toHaveLength(planId === 'tv651' ? 9 : 8);
      for (const due of schedule) {
        const rule = plan.reporting.find((r) => r.id === due.ruleId)!;
        const senders = reportSendersOf(plan, rule, agencies).senders.map((s) => s.agencyId);
        const listed = items.filter((i) => i.ruleId === due.ruleId && i.label === due.label).map((i) => i.agencyId);
        expect(new Set(listed), `${due.ruleId} ${due.label}`).toEqual(new Set(senders));
        expect(listed).toHaveLength(senders.length);
        if (/-r-(half-)?yearly$/.test(due.ruleId)) {
          for (const d of districts) expect(listed, `${due.ruleId} ${due.label} ${d.id}`).toContain(d.id);
        }
      }
    });
  }
});

const CASES = [
  {
    planId: 'tv651',
    province: '84',
    structure: '2018-04-06',
    ruleId: 'tv651-r-yearly',
    period: '2019',
    recordDate: '2019-06-',
    other: 'tv-stttt',
    lead: 'tv-stttt',
    districts: 9,
  },
  {
    planId: 'lc2228',
    province: '12',
    structure: '2016-11-09',
    ruleId: 'lc2228-r-yearly',
    period: '2017',
    recordDate: '2017-06-',
    other: 'lc-sldtbxh',
    lead: 'lc-sldtbxh',
    districts: 8,
  },
] as const;

describe('each district committee generates, fills and submits its own report', () => {
  for (const c of CASES) {
    it(`${c.planId} ${c.period}: ${c.districts} district committees, each with its own figures; the lead department compiles`, async () => {
      const admin = c.province === '84' ? tvAdmin : lcAdmin;
      const { items } = await admin.report.due.query({ planId: c.planId, from: `${c.period}-01-01`, to: '2020-12-31' });
      const { agencies } = await loadPlanContext(t.db, c.planId);
      const kindOf = new Map(agencies.map((a) => [a.id, a]));
      const senders = items.filter(
        (i) => i.ruleId === c.ruleId && i.label === c.period && kindOf.get(i.agencyId)?.kind === 'district_committee',
      );
      expect(senders).toHaveLength(c.districts);
      const structure = toDbDate(c.structure);
      // Records: district n gets n classes entered for it and one entered without an agency in its commune; the
      // department holds one class in the same commune (not the district's work).
      const plan = senders.map((s, n) => ({ agencyId: s.agencyId, own: n + 2, district: kindOf.get(s.agencyId)! }));
      for (const [n, p] of plan.entries()) {
        const commune = await t.db.area.findFirstOrThrow({
          where: { parentCode: p.district.areaCode!, level: 'commune', structure },
          orderBy: { code: 'asc' },
        });
        const record = (day: number, agencyId: string | null) => ({
          planId: c.planId,
          type: 'training',
          date: toDbDate(`${c.recordDate}${String(day).padStart(2, '0')}`),
          areaCode: commune.code,
          areaStructure: structure,
          quantity: 1,
          status: 'approved' as const,
          agencyId,
        });
        await t.db.activityRecord.createMany({
          data: [
            ...Array.from({ length: n + 1 }, (_, i) => record(i + 1, p.agencyId)),
            record(20, null),
            record(21, c.other),
          ],
        });
      }
      const lead = (
        await signIn(
          t,
          (await createUser(t.db, { role: 'agency_officer', scopeAreaCode: c.province, agencyId: c.lead })).email,
        )
      ).api;
      for (const p of plan) {
        const officer = (
          await signIn(
            t,
            (
              await createUser(t.db, {
                role: 'district_officer',
                scopeAreaCode: p.district.areaCode!,
                agencyId: p.agencyId,
              })
            ).email,
          )
        ).api;
        const key = { planId: c.planId, ruleId: c.ruleId, period: c.period, agencyId: p.agencyId };
        const draft = await officer.report.generate.mutate({ ...key, format: 'docx' });
        expect(text(draft.base64)).toContain('DỰ THẢO');
        const view = await officer.report.get.query(key);
        expect(view, p.agencyId).toMatchObject({ status: 'draft', may: { edit: true, submit: true } });
        expect(view.narrative.results).toContain(`Đã thực hiện ${p.own} lượt hoạt động`);
        await officer.report.save.mutate({
          ...key,
          narrative: { ...view.narrative, proposals: `Kiến nghị của ${view.agencyName}.` },
          signerName: 'Nguyễn Văn Ký',
        });
        const sent = await officer.report.submit.mutate({ ...key, number: String(p.own) });
        expect(sent.status).toBe('submitted');
        const figures = (await officer.report.get.query(key)).snapshot?.figures ?? [];
        const totals = figures.filter((f) => f.label.endsWith('— Cộng')).map((f) => f.value);
        expect(totals, p.agencyId).toEqual([expect.stringMatching(new RegExp(`^${p.own} \\| ${p.own} lớp`))]);
        const docx = text((await officer.report.download.mutate(key)).base64);
        expect(docx).toContain(`Kiến nghị của ${view.agencyName}.`);
        expect(docx).not.toContain('[Dự thảo');
        await lead.report.accept.mutate(key);
      }
      const compiled = text(
        (
          await lead.report.compile.mutate({
            planId: c.planId,
            ruleId: c.ruleId,
            period: c.period,
            signerName: 'Trần Văn Tổng',
          })
        ).base64,
      );
      for (const p of plan) expect(compiled).toContain(`Kiến nghị của ${kindOf.get(p.agencyId)?.name}`);
    });
  }
});
