import type { Agency } from '../model/index.js';

/** Agencies named in the two seed plans. Completed by the seed-plan work; ids are stable. */
export const seedAgencies: Agency[] = [
  { id: 'tv-ubnd', name: 'Ủy ban nhân dân tỉnh Trà Vinh', kind: 'people_committee', provinceCode: '84', validTo: '2025-06-30' },
  {
    id: 'tv-stttt',
    name: 'Sở Thông tin và Truyền thông tỉnh Trà Vinh',
    shortName: 'Sở TT&TT',
    kind: 'department',
    provinceCode: '84',
    validTo: '2025-02-28',
    successorId: 'tv-skhcn',
  },
  { id: 'tv-skhcn', name: 'Sở Khoa học và Công nghệ tỉnh Trà Vinh', kind: 'department', provinceCode: '84', validFrom: '2025-03-01', validTo: '2025-06-30' },
  { id: 'tv-hlhpn', name: 'Hội Liên hiệp Phụ nữ tỉnh Trà Vinh', kind: 'mass_organisation', provinceCode: '84', validTo: '2025-06-30' },
  { id: 'lc-ubnd', name: 'Ủy ban nhân dân tỉnh Lai Châu', kind: 'people_committee', provinceCode: '12' },
  {
    id: 'lc-sldtbxh',
    name: 'Sở Lao động - Thương binh và Xã hội tỉnh Lai Châu',
    shortName: 'Sở LĐ-TB&XH',
    kind: 'department',
    provinceCode: '12',
    validTo: '2025-02-28',
  },
  { id: 'lc-stc', name: 'Sở Tài chính tỉnh Lai Châu', kind: 'department', provinceCode: '12' },
];
