import { describe, expect, it } from 'vitest';
import { normaliseVietnamese } from './text.js';

describe('normaliseVietnamese', () => {
  it('strips diacritics, đ and case', () => {
    expect(normaliseVietnamese('  Xã Đôn  Châu ')).toBe('xa don chau');
    expect(normaliseVietnamese('Phường Trường Long Hòa')).toBe('phuong truong long hoa');
    expect(normaliseVietnamese('ĐỒNG NGỰ ỮNG')).toBe('dong ngu ung');
    // Precomposed and decomposed input give the same key.
    expect(normaliseVietnamese('Hòa'.normalize('NFD'))).toBe(normaliseVietnamese('Hòa'.normalize('NFC')));
  });
});
