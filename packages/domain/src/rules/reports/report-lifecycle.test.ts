import { describe, expect, it } from 'vitest';
import { PlanSchema, type ActivityRecord } from '../../model/index.js';
import { LAI_CHAU_2016_STRUCTURE, laiChau2228, seedAgencies, seedAreas } from '../../seeds/index.js';
import { evaluatePlan } from '../targets/evaluate.js';
import { compileProvinceReport, senderStandings, type CompiledSender } from './report-compile.js';
import {
  reportActorOf,
  reportFigureChanges,
  reportFigures,
  reportTransition,
  type ReportNarrative,
} from './report-lifecycle.js';
import { reportLatenessVi, reportSenderState } from './report-status.js';
import { buildPeriodicReport } from './report.js';
import { type ReportBlock, type ReportSection } from './report-document.js';

const narrative: ReportNarrative = {
  results: 'Tổ chức 2 buổi truyền thông tại xã Mường Tè.',
  difficulties: 'Địa bàn rộng, đi lại khó khăn.',
  proposals: 'Đề nghị bổ sung kinh phí in tờ rơi.',
};
const sign = { narrative, signerName: 'Nguyễn Văn A' };

describe('reportTransition: draft → submitted → returned (with a reason) → submitted → accepted', () => {
  it('walks the whole life of a report with the right actor at each step', () => {
    const saved = reportTransition(null, 'save', 'sender', { narrative });
    expect(saved).toEqual({ ok: true, to: 'draft' });
    expect(reportTransition('draft', 'submit', 'sender', sign)).toEqual({ ok: true, to: 'submitted' });
    expect(reportTransition('submitted', 'return', 'recipient', { reason: 'Thiếu số liệu quý IV' })).toEqual({
      ok: true,
      to: 'returned',
    });
    // A returned report is corrected (stays returned while edited) and submitted again.
    expect(reportTransition('returned', 'save', 'sender', { narrative })).toEqual({ ok: true, to: 'returned' });
    expect(reportTransition('returned', 'submit', 'sender', sign)).toEqual({ ok: true, to: 'submitted' });
    expect(reportTransition('submitted', 'accept', 'recipient')).toEqual({ ok: true, to: 'accepted' });
  });

  it('only the sender writes and submits; only the recipient accepts or returns', () => {
    for (const actor of ['recipient', 'other'] as const) {
      expect(reportTransition('draft', 'save', actor, { narrative })).toMatchObject({ code: 'REPORT_NOT_YOURS' });
      expect(reportTransition('draft', 'submit', actor, sign)).toMatchObject({ code: 'REPORT_NOT_YOURS' });
    }
    for (const actor of ['sender', 'other'] as const) {
      expect(reportTransition('submitted', 'accept', actor)).toMatchObject({ code: 'REPORT_NOT_RECIPIENT' });
      expect(reportTransition('submitted', 'return', actor, { reason: 'Thiếu số liệu' })).toMatchObject({
        code: 'REPORT_NOT_RECIPIENT',
      });
    }
  });

  it('a submitted or accepted report is frozen; a decision needs a submitted report; a return says why', () => {
    expect(reportTransition('submitted', 'save', 'sender', { narrative })).toMatchObject({ code: 'REPORT_FROZEN' });
    expect(reportTransition('accepted', 'submit', 'sender', sign)).toMatchObject({ code: 'REPORT_FROZEN' });
    expect(reportTransition('draft', 'accept', 'recipient')).toMatchObject({ code: 'REPORT_NOT_SUBMITTED' });
    expect(reportTransition('accepted', 'return', 'recipient', { reason: 'Thiếu số liệu' })).toMatchObject({
      code: 'REPORT_NOT_SUBMITTED',
    });
    expect(reportTransition('submitted', 'return', 'recipient', { reason: '  ' })).toMatchObject({
      code: 'REPORT_REASON_REQUIRED',
    });
  });

  it('nothing is sent without the results written and a signer (no placeholder leaves)', () => {
    expect(
      reportTransition('draft', 'submit', 'sender', { narrative: { ...narrative, results: ' ' }, signerName: 'A' }),
    ).toMatchObject({ code: 'REPORT_INCOMPLETE' });
    expect(reportTransition('draft', 'submit', 'sender', { narrative, signerName: '' })).toMatchObject({
      code: 'REPORT_INCOMPLETE',
    });
  });

  it('reportActorOf: officers of the sender or the recipient; a province admin is neither', () => {
    const report = { senderAgencyId: 'lc-ubnd-107', recipientAgencyId: 'lc-sldtbxh' };
    expect(reportActorOf({ role: 'district_officer', agencyId: 'lc-ubnd-107' }, report)).toBe('sender');
    expect(reportActorOf({ role: 'agency_officer', agencyId: 'lc-sldtbxh' }, report)).toBe('recipient');
    expect(reportActorOf({ role: 'district_officer', agencyId: 'lc-ubnd-109' }, report)).toBe('other');
    expect(reportActorOf({ role: 'province_admin', agencyId: 'lc-sldtbxh' }, report)).toBe('other');
    expect(reportActorOf({ role: 'viewer', agencyId: 'lc-ubnd-107' }, report)).toBe('other');
  });
});

describe('sender state and lateness on the list', () => {
  const due = { dueDate: '2019-12-19' };
  it('returned and accepted are states of their own', () => {
    expect(reportSenderState(due, { asOf: '2020-01-10', draft: true, status: 'returned' })).toBe('returned');
    expect(
      reportSenderState(due, { asOf: '2020-01-10', draft: false, status: 'accepted', submittedOn: '2019-12-18' }),
    ).toBe('accepted');
    expect(reportSenderState(due, { asOf: '2020-01-10', draft: false })).toBe('late');
  });
  it('a report owed years ago reads "Không nộp", not "quá 2906 ngày"', () => {
    expect(reportLatenessVi(due, '2019-12-25')).toBe('quá 6 ngày');
    expect(reportLatenessVi(due, '2027-12-04')).toBe('Không nộp (hạn 19/12/2019)');
    expect(reportLatenessVi(due, '2019-12-01')).toBeUndefined();
  });
});

const lc = PlanSchema.parse(laiChau2228);
const lcAreas = seedAreas[LAI_CHAU_2016_STRUCTURE] ?? [];
let n = 0;
const rec = (r: Partial<ActivityRecord> & Pick<ActivityRecord, 'type' | 'date' | 'areaCode'>): ActivityRecord => ({
  id: `lc${++n}`,
  planId: 'lc2228',
  status: 'approved',
  ...r,
});
const period = { from: '2017-01-01', to: '2017-12-31' };
function districtReport(records: ActivityRecord[], agencyId: string) {
  return buildPeriodicReport({
    plan: lc,
    agencies: seedAgencies,
    areas: lcAreas,
    records,
    results: evaluatePlan(lc, { areas: lcAreas, records, asOf: '2017-12-31' }),
    period,
    reportingAgencyId: agencyId,
    place: 'Lai Châu',
    date: '2018-01-15',
    asOf: '2017-12-31',
    signerName: 'Nguyễn Văn A',
    narrative,
  });
}
const texts = (s: ReportSection): string[] =>
  s.blocks.flatMap((b: ReportBlock) =>
    b.kind === 'paragraph' ? [b.text] : b.kind === 'list' ? b.items : b.rows.map((r) => r.join(' | ')),
  );

describe('the narrative in the report, its figures and tallies', () => {
  const records = [
    rec({ type: 'leaflet', date: '2017-05-01', areaCode: '03406', agencyId: 'lc-ubnd-107', quantity: 500 }),
    rec({ type: 'leaflet', date: '2017-06-01', areaCode: '03406', agencyId: 'lc-ubnd-107', quantity: 300 }),
    rec({ type: 'billboard', date: '2017-06-01', areaCode: '03406', agencyId: 'lc-ubnd-107', quantity: 2 }),
  ];
  const doc = districtReport(records, 'lc-ubnd-107');
  it('results open section II, difficulties open III.2, proposals make V', () => {
    const ii = doc.sections.find((s) => s.number === 'II') as ReportSection;
    expect(texts(ii)[0]).toBe(narrative.results);
    const iii = doc.sections.find((s) => s.number === 'III') as ReportSection;
    expect(texts(iii.subsections[1] as ReportSection)[0]).toBe(narrative.difficulties);
    expect(texts(doc.sections.find((s) => s.number === 'V') as ReportSection)).toEqual([narrative.proposals]);
  });
  it('tallies keep units apart: 800 tờ and 2 pano', () => {
    expect(doc.tallies?.map((t) => [t.type, t.records, t.units])).toEqual([
      ['billboard', 1, { pano: 2 }],
      ['leaflet', 2, { tờ: 800 }],
    ]);
  });
  it('a later draft shows what changed against the figures sent', () => {
    const later = districtReport(
      [...records, rec({ type: 'leaflet', date: '2017-07-01', areaCode: '03406', agencyId: 'lc-ubnd-107' })],
      'lc-ubnd-107',
    );
    const changes = reportFigureChanges(reportFigures(doc), reportFigures(later));
    expect(changes.length).toBeGreaterThan(0);
    expect(changes.some((c) => c.label.includes('Tờ rơi') || c.label.includes('Cộng'))).toBe(true);
    expect(reportFigureChanges(reportFigures(doc), reportFigures(doc))).toEqual([]);
  });

  it('compileProvinceReport: accepted reports attributed and totalled per unit; late and missing by name', () => {
    const other = districtReport(
      [rec({ type: 'leaflet', date: '2017-05-01', areaCode: '03549', agencyId: 'lc-ubnd-109', quantity: 1000 })],
      'lc-ubnd-109',
    );
    const senders: CompiledSender[] = [
      {
        agencyId: 'lc-ubnd-107',
        name: 'Ủy ban nhân dân huyện Mường Tè',
        status: 'accepted',
        submittedOn: '2018-01-10',
        number: '12',
        snapshot: { document: doc, narrative },
      },
      {
        agencyId: 'lc-ubnd-109',
        name: 'Ủy ban nhân dân huyện Phong Thổ',
        status: 'accepted',
        submittedOn: '2018-01-20',
        number: '7',
        snapshot: { document: other, narrative: { results: 'Phát 1.000 tờ rơi.', difficulties: '', proposals: '' } },
      },
      {
        agencyId: 'lc-ubnd-105',
        name: 'Ủy ban nhân dân thành phố Lai Châu',
        status: 'submitted',
        submittedOn: null,
        number: null,
      },
      {
        agencyId: 'lc-ubnd-106',
        name: 'Ủy ban nhân dân huyện Tam Đường',
        status: null,
        submittedOn: null,
        number: null,
      },
    ];
    expect(senderStandings(senders, '2018-01-15').map((s) => s.standing)).toEqual([
      'on_time',
      'late',
      'missing',
      'missing',
    ]);
    const compiled = compileProvinceReport({
      plan: lc,
      agencies: seedAgencies,
      recipientAgencyId: 'lc-sldtbxh',
      consolidatedForAgencyId: 'lc-ubnd',
      period,
      dueDate: '2018-01-15',
      senders,
      place: 'Lai Châu',
      date: '2018-01-25',
      signerName: 'Trần Thị B',
    });
    expect(compiled.draft).toBe(false);
    expect(compiled.header.issuingBody.join(' ')).toMatch(/LAO ĐỘNG/);
    const [i, ii, iii, iv, v] = compiled.sections as [
      ReportSection,
      ReportSection,
      ReportSection,
      ReportSection,
      ReportSection,
    ];
    expect(texts(i).join('\n')).toContain('Đã tiếp nhận 2/4 báo cáo');
    expect(texts(i).join('\n')).toContain('Gửi báo cáo sau hạn: Ủy ban nhân dân huyện Phong Thổ.');
    expect(texts(i).join('\n')).toContain(
      'Chưa có báo cáo được tiếp nhận (không tổng hợp trong báo cáo này): Ủy ban nhân dân thành phố Lai Châu; Ủy ban nhân dân huyện Tam Đường.',
    );
    // Totals: 1,800 leaflets and 2 billboards, never added together.
    expect(texts(ii).find((t) => t.startsWith(' | Cộng'))).toBe(' | Cộng | 4 | 2 pano; 1.800 tờ | 0 | 0 | 0');
    expect(iii.subsections.map((s) => s.title)).toEqual([
      'Ủy ban nhân dân huyện Mường Tè',
      'Ủy ban nhân dân huyện Phong Thổ',
    ]);
    expect(texts(iii.subsections[0] as ReportSection)[0]).toBe(
      'Theo Báo cáo số 12 ngày 10/01/2018 của Ủy ban nhân dân huyện Mường Tè.',
    );
    expect(texts(iv)).toEqual([`Ủy ban nhân dân huyện Mường Tè: ${narrative.difficulties}`]);
    expect(texts(v)).toEqual([`Ủy ban nhân dân huyện Mường Tè: ${narrative.proposals}`]);
  });
});
