/**
 * Hotlines and emergency numbers. Effective-dated: a page about a 2018 plan shows the number of its time.
 * Ids are stable so that seeding twice changes nothing.
 */
export interface ContactSeed {
  id: string;
  kind: 'national_hotline' | 'emergency' | 'support';
  provinceCode: string | null;
  number: string;
  labelVi: string;
  labelEn: string | null;
  /** Khmer (Trà Vinh's Khmer community, kiosks and /km); written by a non-native author, awaiting review. */
  labelKm: string | null;
  free: boolean;
  hours: string | null;
  validFrom: string | null;
  validTo: string | null;
  sourceRef: string | null;
  sortOrder: number;
}

export const seedContacts: ContactSeed[] = [
  {
    id: 'vn-hotline-18001567',
    kind: 'national_hotline',
    provinceCode: null,
    number: '18001567',
    labelVi: 'Đường dây nóng tư vấn và hỗ trợ phòng, chống mua bán người',
    labelEn: 'Anti-trafficking counselling and support hotline',
    labelKm: 'ខ្សែទូរស័ព្ទប្រឹក្សា និងជំនួយ ប្រឆាំងការជួញដូរមនុស្ស',
    free: true,
    hours: '24/7',
    validFrom: null,
    // Replaced by 111 from 19/9/2025.
    validTo: '2025-09-18',
    sourceRef: 'QĐ 651/QĐ-UBND (Trà Vinh, 2018); KH 2228/KH-UBND (Lai Châu, 2016)',
    sortOrder: 10,
  },
  {
    id: 'vn-hotline-111',
    kind: 'national_hotline',
    provinceCode: null,
    number: '111',
    labelVi: 'Tổng đài điện thoại quốc gia phòng, chống mua bán người',
    labelEn: 'National anti-trafficking hotline',
    labelKm: 'ខ្សែទូរស័ព្ទជាតិ ប្រឆាំងការជួញដូរមនុស្ស',
    free: true,
    hours: '24/7',
    validFrom: '2025-09-19',
    validTo: null,
    sourceRef: 'Nghị định 162/2025/NĐ-CP',
    sortOrder: 10,
  },
  {
    id: 'vn-emergency-113',
    kind: 'emergency',
    provinceCode: null,
    number: '113',
    labelVi: 'Công an (cảnh sát phản ứng nhanh)',
    labelEn: 'Police',
    labelKm: 'ប៉ូលិស',
    free: true,
    hours: '24/7',
    validFrom: null,
    validTo: null,
    sourceRef: null,
    sortOrder: 20,
  },
  {
    id: 'vn-emergency-114',
    kind: 'emergency',
    provinceCode: null,
    number: '114',
    labelVi: 'Cứu hỏa, cứu nạn, cứu hộ',
    labelEn: 'Fire and rescue',
    labelKm: 'អគ្គិភ័យ និងការសង្គ្រោះ',
    free: true,
    hours: '24/7',
    validFrom: null,
    validTo: null,
    sourceRef: null,
    sortOrder: 21,
  },
  {
    id: 'vn-emergency-115',
    kind: 'emergency',
    provinceCode: null,
    number: '115',
    labelVi: 'Cấp cứu y tế',
    labelEn: 'Ambulance',
    labelKm: 'សង្គ្រោះបន្ទាន់ផ្នែកសុខាភិបាល',
    free: true,
    hours: '24/7',
    validFrom: null,
    validTo: null,
    sourceRef: null,
    sortOrder: 22,
  },
  {
    // Written as in the plan (Hà Nội's area code 04 became 024 in 2017); kept as history, not dialled today.
    id: 'vn-hlhpn-0439719913',
    kind: 'support',
    provinceCode: null,
    number: '04.39719913',
    labelVi: 'Đường dây nóng của Trung ương Hội Liên hiệp Phụ nữ Việt Nam',
    labelEn: "Viet Nam Women's Union hotline",
    labelKm: 'ខ្សែទូរស័ព្ទសមាគមនារីវៀតណាម',
    free: false,
    hours: null,
    validFrom: null,
    validTo: '2020-12-31',
    sourceRef: 'QĐ 651/QĐ-UBND (Trà Vinh, 2018), mục Tổ chức thực hiện, Hội Liên hiệp Phụ nữ tỉnh',
    sortOrder: 30,
  },
];
