import { describe, expect, it } from 'vitest';
import { readDateInput } from './date-input';

describe('readDateInput', () => {
  it('reads dd/mm/yyyy, and yyyy-mm-dd from an old link, as the ISO day', () => {
    expect(readDateInput('25/12/2019')).toEqual({ day: '2019-12-25' });
    expect(readDateInput(' 5/1/2020 ')).toEqual({ day: '2020-01-05' });
    expect(readDateInput('2019-12-25')).toEqual({ day: '2019-12-25' });
  });

  it('takes blank as no date and no error', () => {
    expect(readDateInput('')).toEqual({});
    expect(readDateInput(null)).toEqual({});
  });

  it('refuses a day that does not exist or a US-ordered date, naming what was typed', () => {
    expect(readDateInput('31/02/2020').error).toBe(
      'Ngày “31/02/2020” không hợp lệ; ghi theo dạng dd/mm/yyyy, ví dụ 31/12/2019.',
    );
    expect(readDateInput('12/25/2019').error).toContain('“12/25/2019”');
    expect(readDateInput('hôm qua').day).toBeUndefined();
  });
});
