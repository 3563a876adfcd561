import { describe, expect, it } from 'vitest';
import { PlanSchema, TARGET_STATUS_EXPLANATIONS } from '../../model/index.js';
import { seedAgencies, seedAreas, TRA_VINH_2018_STRUCTURE, traVinh651 } from '../../seeds/index.js';
import { evaluatePlan } from '../targets/evaluate.js';
import { buildPeriodicReport } from './report.js';
import { type ReportBlock, type ReportSection } from './report-document.js';
import { TARGET_STATUS_LABELS } from '../../format/statuses.js';

/**
 * Issue 14 (Also): in the report, the target table's statuses come with their one sentence from the domain
 * (statusExplanation), listed under the table — each status shown once, and each no_data target with exactly what
 * is missing. The table's own cells stay as they were (the status label).
 */
const tv = PlanSchema.parse(traVinh651);
const areas = seedAreas[TRA_VINH_2018_STRUCTURE] ?? [];
const results = evaluatePlan(tv, { areas, records: [], asOf: '2019-12-31' });
const doc = buildPeriodicReport({
  plan: tv,
  agencies: seedAgencies,
  areas,
  records: [],
  results,
  period: { from: '2019-01-01', to: '2019-12-31' },
  reportingAgencyId: 'tv-stttt',
  number: '125',
  place: 'Trà Vinh',
  date: '2019-12-19',
  asOf: '2019-12-31',
});

const all = (s: ReportSection): ReportBlock[] => [...s.blocks, ...s.subsections.flatMap(all)];

describe('the report target table with its status sentences', () => {
  it('lists under each target table every status it shows with its sentence, and why no data', () => {
    const blocks = doc.sections.flatMap(all);
    const items: string[] = [];
    let tables = 0;
    blocks.forEach((table, at) => {
      if (table.kind !== 'table' || table.caption !== 'Kết quả thực hiện chỉ tiêu') return;
      tables += 1;
      const notes = blocks[at + 1];
      if (notes?.kind !== 'list') throw new Error('no sentences under a target table');
      items.push(...notes.items);
      const statusColumn = table.headers.findIndex((h) => h.startsWith('Tình trạng'));
      const shown = new Set(table.rows.map((r) => r[statusColumn]));
      for (const [status, label] of Object.entries(TARGET_STATUS_LABELS)) {
        if (status === 'no_data' || !shown.has(label.vi)) continue;
        expect(notes.items).toContain(
          `${label.vi}: ${TARGET_STATUS_EXPLANATIONS[status as keyof typeof TARGET_STATUS_LABELS].vi}`,
        );
      }
    });
    expect(tables).toBeGreaterThan(0);
    expect(items.find((i) => i.startsWith('Ít nhất 30% số xã'))).toMatch(
      /: Chưa đủ dữ liệu: chưa có xã nào trong phạm vi kế hoạch \(0\/\d+ xã\) được gắn nhãn “/,
    );
  });
});
