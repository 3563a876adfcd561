import { LAI_CHAU_2016_STRUCTURE, STRUCTURE_2025_07, TRA_VINH_2018_STRUCTURE } from './structures.js';

/**
 * Area tags for the seed structures, as a marked best reading. Tags stay editable by admins: these values only
 * seed them. Keyed by structure date, then GSO code.
 */

/** Lai Châu 2016: the 7 district towns (thị trấn huyện lỵ) the plan counts in "7 thị trấn huyện". */
export const LAI_CHAU_2016_DISTRICT_TOWNS = [
  '03390', // Thị trấn Tam Đường
  '03433', // Thị trấn Mường Tè
  '03478', // Thị trấn Sìn Hồ
  '03549', // Thị trấn Phong Thổ
  '03595', // Thị trấn Than Uyên
  '03598', // Thị trấn Tân Uyên
  '03434', // Thị trấn Nậm Nhùn
] as const;

/** Lai Châu 2016: the 5 wards of Lai Châu city ("05 phường của thành phố"). */
export const LAI_CHAU_2016_CITY_WARDS = ['03386', '03387', '03388', '03389', '03408'] as const;

/** Border communes named by a public source (status `documented` in lai-chau-border-communes.csv). */
export const LAI_CHAU_2016_BORDER_DOCUMENTED = [
  '03436', // Xã Thu Lũm (Mường Tè)
  '03439', // Xã Ka Lăng (Mường Tè)
  '03440', // Xã Tá Bạ (Mường Tè)
  '03442', // Xã Pa Ủ (Mường Tè)
  '03448', // Xã Pa Vệ Sử (Mường Tè)
  '03451', // Xã Mù Cả (Mường Tè)
  '03493', // Xã Pa Tần (Sìn Hồ)
] as const;

/** Candidates judged to be border communes, to reach the plan's 23 (see SEED_AREA_TAG_PROVENANCE). */
export const LAI_CHAU_2016_BORDER_CHOSEN_CANDIDATES = [
  '03460', // Xã Hua Bun (Nậm Nhùn)
  '03502', // Xã Nậm Ban (Nậm Nhùn)
  '03503', // Xã Trung Chải (Nậm Nhùn)
  '03490', // Xã Huổi Luông (Phong Thổ)
  '03550', // Xã Sì Lờ Lầu
  '03553', // Xã Mồ Sì San
  '03556', // Xã Ma Li Chải
  '03559', // Xã Pa Vây Sử
  '03562', // Xã Vàng Ma Chải
  '03565', // Xã Tông Qua Lìn
  '03568', // Xã Mù Sang
  '03571', // Xã Dào San (the plan writes "Đào San")
  '03574', // Xã Ma Ly Pho (Ma Lù Thàng border gate)
  '03580', // Xã Hoang Thèn
  '03586', // Xã Nậm Xe
  '03592', // Xã Sin Suối Hồ
] as const;

/** Candidates left out of the 23. */
export const LAI_CHAU_2016_BORDER_EXCLUDED_CANDIDATES = [
  '03549', // Thị trấn Phong Thổ: the plan lists "23 xã biên giới" apart from "7 thị trấn huyện"
  '03589', // Xã Mường So: inland valley commune
  '03583', // Xã Khổng Lào: inland, on the Nậm Na south of the district town
  '03577', // Xã Bản Lang: inland, between Khổng Lào and Hoang Thèn
] as const;

export const LAI_CHAU_2016_BORDER = [...LAI_CHAU_2016_BORDER_DOCUMENTED, ...LAI_CHAU_2016_BORDER_CHOSEN_CANDIDATES];

/** The plan's "trọng điểm là 23 xã biên giới, 7 thị trấn huyện và 05 phường của thành phố" (III năm 2017, 2.1). */
export const LAI_CHAU_2016_KEY_AREAS = [
  ...LAI_CHAU_2016_BORDER,
  ...LAI_CHAU_2016_DISTRICT_TOWNS,
  ...LAI_CHAU_2016_CITY_WARDS,
];

/**
 * Lai Châu from 01/07/2025: the 11 communes whose polygon runs along the stretch of the provincial boundary no
 * Vietnamese neighbour shares, i.e. the China border (rows `derived_geometry` of lai-chau-border-communes.csv).
 * Computed from polygons, not an official list.
 */
export const LAI_CHAU_2025_BORDER_DERIVED = [
  '03439', // Xã Thu Lũm (~45.6 km)
  '03442', // Xã Pa Ủ (~40.0 km)
  '03562', // Xã Sì Lở Lầu (~39.5 km)
  '03466', // Xã Bum Nưa (~30.8 km)
  '03549', // Xã Phong Thổ (~22.4 km)
  '03503', // Xã Pa Tần (~20.2 km)
  '03571', // Xã Dào San (~17.3 km)
  '03460', // Xã Hua Bum (~14.9 km)
  '03394', // Xã Sin Suối Hồ (~6.2 km)
  '03451', // Xã Mù Cả (~4.9 km)
  '03583', // Xã Khổng Lào (~3.9 km)
] as const;

function addTag(into: Record<string, string[]>, codes: readonly string[], tag: string): void {
  for (const code of codes) (into[code] ??= []).push(tag);
}

function laiChau2016Tags(): Record<string, string[]> {
  const tags: Record<string, string[]> = {};
  addTag(tags, LAI_CHAU_2016_BORDER, 'border');
  addTag(tags, LAI_CHAU_2016_DISTRICT_TOWNS, 'district_town');
  addTag(tags, LAI_CHAU_2016_CITY_WARDS, 'city_ward');
  addTag(tags, LAI_CHAU_2016_KEY_AREAS, 'key_area');
  return tags;
}

/** structure date → GSO code → tags. Trà Vinh 2018 is deliberately empty (no source names its communes). */
export const seedAreaTags: Record<string, Record<string, string[]>> = {
  [LAI_CHAU_2016_STRUCTURE]: laiChau2016Tags(),
  [TRA_VINH_2018_STRUCTURE]: {},
  // Codes are unique within one structure nationwide, so Lai Châu's codes can sit beside every other province's.
  [STRUCTURE_2025_07]: Object.fromEntries(LAI_CHAU_2025_BORDER_DERIVED.map((code) => [code, ['border']])),
};

/** Where each structure's tags come from; shown to admins beside the tags. */
export const SEED_AREA_TAG_PROVENANCE: Record<string, string> = {
  [LAI_CHAU_2016_STRUCTURE]: [
    'Cách đọc tốt nhất, quản trị viên có thể sửa. Best reading, editable by admins.',
    'district_town: the 7 thị trấn of lai-chau-2016.csv (the plan\'s "7 thị trấn huyện"). city_ward: the 5 phường of',
    'Lai Châu city ("05 phường của thành phố"). Both are exact.',
    'border: no public list of the plan\'s "23 xã biên giới" was found. Tagged: the 7 communes marked `documented` in',
    'lai-chau-border-communes.csv (6 Mường Tè communes named by the district portal, Pa Tần named by a 2022 press',
    'article on its border post) plus 16 of the 20 `candidate` communes: the 3 of Nậm Nhùn (Hua Bun, Nậm Ban,',
    "Trung Chải) and 13 of Phong Thổ, following the data README's count inference (Phong Thổ 13 of 18 units in 2016,",
    'Nậm Nhùn 3). Left out: Thị trấn Phong Thổ (the plan lists the 23 xã apart from the 7 thị trấn), Mường So, Khổng',
    'Lào and Bản Lang (taken to lie inland in the Nậm Na valley: our assumption, not from a source). Press sources',
    'support two of the chosen: Ma Ly Pho, where the Ma Lù Thàng border gate lies, has about 13 km of border (Báo Phú',
    'Thọ, reprinted at dulich24.com.vn); the Huổi Luông border post guards about 13 km in Huổi Luông',
    '(vanhocnghethuatlaichau.vn).',
    'key_area: the plan\'s own "trọng điểm" for leaflets (III năm 2017, 2.1; năm 2018, 3.1) = border ∪ district_town',
    '∪ city_ward (35 communes).',
  ].join(' '),
  [STRUCTURE_2025_07]: [
    'Cách đọc tốt nhất, quản trị viên có thể sửa. Best reading, editable by admins.',
    'border (Lai Châu only): the 11 communes marked `derived_geometry` in lai-chau-border-communes.csv — their 2025',
    "polygon runs along the stretch of Lai Châu's boundary not shared with Điện Biên, Sơn La or Lào Cai, i.e. the",
    'China border (polygons of thanglequoc/vietnamese-provinces-database, MIT; the same 11 at a tolerance of 0.2, 0.5',
    'or 1 km). Computed, not an official list. Other provinces and other tags: none seeded.',
  ].join(' '),
  [TRA_VINH_2018_STRUCTURE]: [
    'Không gắn nhãn: chưa có nguồn nêu tên xã. No tags seeded.',
    'Decision 651/QĐ-UBND speaks of "địa bàn có nhiều vụ việc … hoặc có nhiều nguy cơ" (high_risk), "địa bàn trọng',
    'điểm" (key_area), "vùng đồng bào khmer" (khmer) and "vùng ven biển" (coastal) without naming a commune, and no',
    'source at hand lists them. Targets tv651-t-ii-2 (high_risk) and tv651-t-ii-4 (key_area) therefore have no areas',
    "until an admin tags them (e.g. from the provincial police's list of trafficking cases by commune).",
  ].join(' '),
};
