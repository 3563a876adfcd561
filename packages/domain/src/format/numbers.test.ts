import { describe, expect, it } from 'vitest';
import { formatCountVi, formatNumberVi, formatPercentVi } from './numbers.js';

describe('format/numbers', () => {
  it('uses dot thousands and comma decimals', () => {
    expect(formatNumberVi(30000)).toBe('30.000');
    expect(formatNumberVi(1234567.25, 2)).toBe('1.234.567,25');
    expect(formatNumberVi(75.4545)).toBe('75,5');
    expect(formatNumberVi(-0.01)).toBe('0');
    expect(formatPercentVi(100)).toBe('100%');
    expect(formatPercentVi((80 * 100) / 106)).toBe('75,5%');
  });

  it('writes counts whole', () => {
    expect(formatCountVi(30240)).toBe('30.240');
    expect(formatCountVi(1234.6)).toBe('1.235');
    expect(formatCountVi(0)).toBe('0');
  });
});
