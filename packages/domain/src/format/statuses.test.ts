import { describe, expect, it } from 'vitest';
import { TargetStatusSchema } from '../model/index.js';
import { LANGUAGES } from '../vocabulary/index.js';
import { REPORT_SENDER_STATE_LABELS, TARGET_STATUS_LABELS, targetStatusLabels } from './statuses.js';

describe('format/statuses', () => {
  it('labels every target status in every language', () => {
    for (const language of LANGUAGES) {
      const labels = targetStatusLabels(language);
      expect(Object.keys(labels).sort()).toEqual([...TargetStatusSchema.options].sort());
      for (const label of Object.values(labels)) expect(label.trim()).not.toBe('');
    }
    expect(TARGET_STATUS_LABELS.achieved).toEqual({ vi: 'Đã đạt', en: 'Achieved', km: 'សម្រេចបាន' });
  });

  it('a sender’s report reads its lifecycle states the same way', () => {
    expect(REPORT_SENDER_STATE_LABELS.submitted.vi).toBe('Đã gửi, chờ tiếp nhận');
    expect(REPORT_SENDER_STATE_LABELS.late.vi).toBe('Chậm nộp');
  });
});
