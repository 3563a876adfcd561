import { describe, expect, it } from 'vitest';
import { formatPeriodVi, periodKeyVi, periodPhraseVi, quarterRoman } from './periods.js';

describe('format/periods', () => {
  it('names period keys in words', () => {
    expect(periodKeyVi('2019-03')).toBe('tháng 3/2019');
    expect(periodKeyVi('2019-Q2')).toBe('quý II/2019');
    expect(periodKeyVi('2019')).toBe('năm 2019');
    expect(periodKeyVi('84201')).toBe('84201');
    expect(quarterRoman(4)).toBe('IV');
  });

  it('writes a date range with a spaced en dash', () => {
    expect(formatPeriodVi({ from: '2019-01-01', to: '2019-12-31' })).toBe('01/01/2019 – 31/12/2019');
  });

  it('names a report period the way documents do', () => {
    expect(periodPhraseVi({ from: '2018-04-06', to: '2018-12-31' }, { from: '2018-04-06', to: '2020-12-31' })).toBe(
      'năm 2018',
    );
    expect(periodPhraseVi({ from: '2019-01-01', to: '2019-06-30' })).toBe('6 tháng đầu năm 2019');
    expect(periodPhraseVi({ from: '2019-04-01', to: '2019-06-30' })).toBe('quý II năm 2019');
    expect(periodPhraseVi({ from: '2019-03-01', to: '2019-03-31' })).toBe('tháng 3 năm 2019');
    expect(periodPhraseVi({ from: '2019-03-05', to: '2019-04-10' })).toBe('từ ngày 05/3/2019 đến ngày 10/4/2019');
  });
});
