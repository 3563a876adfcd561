import { describe, expect, it } from 'vitest';
import { AUDIT_ACTION_LABELS, auditActionLabel, auditSentence } from './audit-labels.js';

describe('audit labels', () => {
  it('reads an entry as a sentence with its actor', () => {
    expect(auditSentence('Nguyễn Văn A', 'record.approve')).toBe('Nguyễn Văn A duyệt kết quả thực hiện');
    expect(auditSentence('Nguyễn Văn A', 'record.approve', 'en')).toBe('Nguyễn Văn A approved a record');
  });

  it('never shows a key for an action it does not know', () => {
    expect(auditActionLabel('something.new').vi).toBe('thực hiện một thao tác khác');
  });

  it('labels every action in both languages, in words', () => {
    for (const [action, label] of Object.entries(AUDIT_ACTION_LABELS)) {
      expect(label.vi, action).not.toMatch(/[._]|^\s|\s$/);
      expect(label.en.length, action).toBeGreaterThan(0);
    }
  });
});
