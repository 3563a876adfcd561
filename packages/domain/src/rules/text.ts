/**
 * Search key for Vietnamese text typed without diacritics: 'Xã Đôn Châu' → 'xa don chau'.
 * NFD splits a letter from its marks (ư = u + horn, ệ = e + circumflex + dot); đ has no decomposition, so it is
 * mapped by hand.
 */
export function normaliseVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
