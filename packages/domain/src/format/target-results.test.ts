import { describe, expect, it } from 'vitest';
import { makeTarget } from '../rules/fixtures.js';
import { formatResultValue, missingItemLabel, targetResultText } from './target-results.js';

const period = { from: '2019-01-01', to: '2019-12-31' };
// makeTarget's Omit over the target union loses the kind's own fields: build the input as the schema reads it.
const target = (input: Record<string, unknown>) => makeTarget(input as never);

describe('format/target-results', () => {
  it('words a result from the result alone, the report’s way', () => {
    expect(formatResultValue({ kind: 'area_coverage', value: (80 * 100) / 106, threshold: 100 })).toEqual({
      value: '75,5%',
      threshold: '100%',
    });
    expect(formatResultValue({ kind: 'output_count', value: 30240, threshold: 30000 })).toEqual({
      value: '30.240',
      threshold: '30.000',
    });
    expect(formatResultValue({ kind: 'deadline', value: 1, threshold: 1 }).value).toBe('Đã thực hiện');
    expect(formatResultValue({ kind: 'deadline', value: 0, threshold: 1 }).value).toBe('Chưa thực hiện');
  });

  it('words a result with the target’s own terms', () => {
    const deadline = target({
      kind: 'deadline',
      activityTypes: ['guidance_document'],
      period,
      dueDate: '2019-06-30',
    });
    expect(targetResultText(deadline, { value: 1, threshold: 1 })).toEqual({
      value: 'Đã thực hiện',
      required: 'chậm nhất ngày 30/06/2019',
    });
    const cadence = target({ kind: 'cadence', every: 'quarter', activityTypes: ['media_item'], period });
    expect(targetResultText(cadence, { value: 3, threshold: 4 })).toEqual({
      value: '3/4 quý đạt',
      required: '≥ 1 lượt mỗi quý',
    });
    const output = target({ kind: 'output_count', activityTypes: ['leaflet'], minQuantity: 30000, period });
    expect(targetResultText(output, { value: 12000, threshold: 30000 })).toEqual({
      value: '12.000',
      required: '≥ 30.000',
    });
  });

  it('names a missing item: an area by its name, a period key in words', () => {
    const names: Record<string, string> = { '29236': 'Phường 4' };
    expect(missingItemLabel('29236', (c) => names[c])).toBe('Phường 4');
    expect(missingItemLabel('2019-03', (c) => names[c])).toBe('tháng 3/2019');
    expect(missingItemLabel('2019-Q1', (c) => names[c])).toBe('quý I/2019');
  });
});
