import { describe, expect, it } from 'vitest';
import { appVersionLabel } from './format';

describe('appVersionLabel', () => {
  it('reads a build timestamp as a date and time in Vietnam, a version name as it is', () => {
    expect(appVersionLabel('1796231550016')).toBe('Bản dựng 03/12/2026 00:12');
    expect(appVersionLabel('2.3.1')).toBe('2.3.1');
    expect(appVersionLabel(null)).toBe('—');
  });
});
