import type { Agency } from '../model/index.js';

/**
 * Agencies named in the two seed plans, with effective dates where the change is certain:
 * - 01/03/2025 (reorganisation of the Government and of provincial departments): Bộ TT&TT merged into Bộ KH&CN,
 *   Bộ LĐ-TB&XH into Bộ Nội vụ; provincial Sở TT&TT into Sở KH&CN, Sở LĐ-TB&XH into Sở Nội vụ. The merged
 *   body is a separate record from 01/03/2025 so that history keeps the name in force on each date.
 * - 01/07/2025: no more district level (UBND huyện end on 30/06/2025); Trà Vinh joins Vĩnh Long (86), so every
 *   Trà Vinh provincial body ends on 30/06/2025 and, where the counterpart is certain, passes to Vĩnh Long's.
 * Ids are stable; collective entries ("các sở, ngành còn lại") stand for a group the plan addresses as one. The
 * group "UBND các huyện, thị xã, thành phố" lists its district committees in `memberIds`; each committee has the
 * group as `parentId` and its district as `areaCode` (deriveDistrictPlan finds a district's committee by it), and
 * the group belongs to the provincial committee.
 */

const TV = '84';
const VL = '86';
const LC = '12';
const TV_END = '2025-06-30';
/** Last day of district-level committees (two-level local government from 01/07/2025). */
const DISTRICT_END = '2025-06-30';
const VL_FROM = '2025-07-01';
const MERGE_END = '2025-02-28';
const MERGE_FROM = '2025-03-01';

/** A Trà Vinh provincial body that ends with the province and, if given, passes to its Vĩnh Long counterpart. */
function traVinh(id: string, name: string, kind: Agency['kind'], shortName?: string, successorId?: string): Agency {
  return {
    id,
    name,
    kind,
    provinceCode: TV,
    validTo: TV_END,
    ...(shortName ? { shortName } : {}),
    ...(successorId ? { successorId } : {}),
  };
}

function vinhLong(id: string, name: string, kind: Agency['kind'], shortName?: string): Agency {
  return { id, name, kind, provinceCode: VL, validFrom: VL_FROM, ...(shortName ? { shortName } : {}) };
}

/** District-level units of tra-vinh-2018.csv and lai-chau-2016.csv: [GSO code, name]. */
const TRA_VINH_DISTRICTS: ReadonlyArray<readonly [string, string]> = [
  ['842', 'thành phố Trà Vinh'],
  ['844', 'huyện Càng Long'],
  ['845', 'huyện Cầu Kè'],
  ['846', 'huyện Tiểu Cần'],
  ['847', 'huyện Châu Thành'],
  ['848', 'huyện Cầu Ngang'],
  ['849', 'huyện Trà Cú'],
  ['850', 'huyện Duyên Hải'],
  ['851', 'thị xã Duyên Hải'],
];
const LAI_CHAU_DISTRICTS: ReadonlyArray<readonly [string, string]> = [
  ['105', 'thành phố Lai Châu'],
  ['106', 'huyện Tam Đường'],
  ['107', 'huyện Mường Tè'],
  ['108', 'huyện Sìn Hồ'],
  ['109', 'huyện Phong Thổ'],
  ['110', 'huyện Than Uyên'],
  ['111', 'huyện Tân Uyên'],
  ['112', 'huyện Nậm Nhùn'],
];

/** Id of one district committee, e.g. districtCommitteeId('tv', '842') = 'tv-ubnd-842'. */
export function districtCommitteeId(prefix: 'tv' | 'lc', districtCode: string): string {
  return `${prefix}-ubnd-${districtCode}`;
}

/** One committee per district, each a member of the group entry `${prefix}-ubnd-huyen` and governing its district. */
function districtCommittees(prefix: 'tv' | 'lc', provinceCode: string, districts: typeof TRA_VINH_DISTRICTS): Agency[] {
  return districts.map(([code, name]) => ({
    id: districtCommitteeId(prefix, code),
    name: `Ủy ban nhân dân ${name}`,
    kind: 'district_committee' as const,
    provinceCode,
    validTo: DISTRICT_END,
    parentId: `${prefix}-ubnd-huyen`,
    areaCode: code,
  }));
}

export const nationalAgencies: Agency[] = [
  {
    id: 'bo-tttt',
    name: 'Bộ Thông tin và Truyền thông',
    shortName: 'Bộ TT&TT',
    kind: 'ministry',
    validTo: MERGE_END,
    successorId: 'bo-khcn',
  },
  { id: 'bo-khcn', name: 'Bộ Khoa học và Công nghệ', shortName: 'Bộ KH&CN', kind: 'ministry', validFrom: MERGE_FROM },
  {
    id: 'bo-ldtbxh',
    name: 'Bộ Lao động - Thương binh và Xã hội',
    shortName: 'Bộ LĐ-TB&XH',
    kind: 'ministry',
    validTo: MERGE_END,
    successorId: 'bo-noivu',
  },
  { id: 'bo-noivu', name: 'Bộ Nội vụ', kind: 'ministry', validFrom: MERGE_FROM },
  {
    id: 'cuc-pctnxh',
    name: 'Cục Phòng, chống tệ nạn xã hội (Bộ Lao động - Thương binh và Xã hội)',
    shortName: 'Cục PCTNXH',
    kind: 'ministry',
  },
  {
    id: 'tw-hlhpn',
    name: 'Trung ương Hội Liên hiệp Phụ nữ Việt Nam',
    shortName: 'TW Hội LHPN VN',
    kind: 'mass_organisation',
  },
  { id: 'jica', name: 'Cơ quan Hợp tác Quốc tế Nhật Bản (JICA) tại Việt Nam', shortName: 'JICA', kind: 'other' },
];

export const traVinhAgencies: Agency[] = [
  { ...traVinh('tv-ubnd', 'Ủy ban nhân dân tỉnh Trà Vinh', 'people_committee', 'UBND tỉnh', 'vl-ubnd'), areaCode: TV },
  traVinh('tv-vpubnd', 'Văn phòng Ủy ban nhân dân tỉnh Trà Vinh', 'department', 'VP UBND tỉnh', 'vl-vpubnd'),
  {
    id: 'tv-stttt',
    name: 'Sở Thông tin và Truyền thông tỉnh Trà Vinh',
    shortName: 'Sở TT&TT',
    kind: 'department',
    provinceCode: TV,
    validTo: MERGE_END,
    successorId: 'tv-skhcn',
  },
  {
    id: 'tv-skhcn',
    name: 'Sở Khoa học và Công nghệ tỉnh Trà Vinh',
    shortName: 'Sở KH&CN',
    kind: 'department',
    provinceCode: TV,
    validFrom: MERGE_FROM,
    validTo: TV_END,
    successorId: 'vl-skhcn',
  },
  traVinh('tv-hlhpn', 'Hội Liên hiệp Phụ nữ tỉnh Trà Vinh', 'mass_organisation', 'Hội LHPN tỉnh', 'vl-hlhpn'),
  traVinh('tv-svhttdl', 'Sở Văn hóa, Thể thao và Du lịch tỉnh Trà Vinh', 'department', 'Sở VH-TT&DL', 'vl-svhttdl'),
  traVinh('tv-ca', 'Công an tỉnh Trà Vinh', 'police', 'Công an tỉnh', 'vl-ca'),
  traVinh('tv-stc', 'Sở Tài chính tỉnh Trà Vinh', 'department', 'Sở Tài chính', 'vl-stc'),
  traVinh('tv-bchqs', 'Bộ Chỉ huy Quân sự tỉnh Trà Vinh', 'military', 'Bộ CHQS tỉnh', 'vl-bchqs'),
  traVinh('tv-bdbp', 'Bộ Chỉ huy Bộ đội Biên phòng tỉnh Trà Vinh', 'border_guard', 'Bộ CH BĐBP tỉnh', 'vl-bdbp'),
  // Successor not recorded: which outlet took over the Trà Vinh newspaper and station is not certain here.
  traVinh('tv-bao', 'Báo Trà Vinh', 'media_outlet'),
  traVinh('tv-dai', 'Đài Phát thanh và Truyền hình Trà Vinh', 'media_outlet', 'Đài PT-TH Trà Vinh'),
  traVinh('tv-cong', 'Cổng Thông tin điện tử tỉnh Trà Vinh', 'portal', 'Cổng TTĐT tỉnh', 'vl-cong'),
  traVinh('tv-ttdt-coquan', 'Trang thông tin điện tử các cơ quan, đơn vị, địa phương tỉnh Trà Vinh', 'portal'),
  traVinh(
    'tv-ubmttq',
    'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Trà Vinh',
    'mass_organisation',
    'UBMTTQ tỉnh',
    'vl-ubmttq',
  ),
  traVinh('tv-tcctxh', 'Các tổ chức chính trị - xã hội tỉnh Trà Vinh', 'mass_organisation'),
  traVinh('tv-so-nganh', 'Các sở, ban, ngành tỉnh Trà Vinh còn lại', 'department', 'Các sở, ngành còn lại'),
  traVinh('tv-tttgpl', 'Trung tâm Trợ giúp pháp lý nhà nước tỉnh Trà Vinh', 'other', 'Trung tâm TGPL'),
  traVinh(
    'tv-tthngd',
    'Trung tâm tư vấn, hỗ trợ hôn nhân và gia đình có yếu tố nước ngoài (Hội Liên hiệp Phụ nữ tỉnh Trà Vinh)',
    'mass_organisation',
  ),
  {
    id: 'tv-ubnd-huyen',
    name: 'Ủy ban nhân dân các huyện, thị xã, thành phố tỉnh Trà Vinh',
    shortName: 'UBND cấp huyện',
    kind: 'district_committee',
    provinceCode: TV,
    validTo: TV_END,
    parentId: 'tv-ubnd',
    memberIds: TRA_VINH_DISTRICTS.map(([code]) => districtCommitteeId('tv', code)),
  },
  ...districtCommittees('tv', TV, TRA_VINH_DISTRICTS),
  {
    id: 'tv-dtt-huyen',
    name: 'Đài Truyền thanh các huyện, thị xã, thành phố tỉnh Trà Vinh',
    shortName: 'Đài Truyền thanh cấp huyện',
    kind: 'media_outlet',
    provinceCode: TV,
    validTo: TV_END,
  },
  {
    id: 'tv-pvhtt-huyen',
    name: 'Phòng Văn hóa và Thông tin các huyện, thị xã, thành phố tỉnh Trà Vinh',
    shortName: 'Phòng VH-TT cấp huyện',
    kind: 'department',
    provinceCode: TV,
    validTo: TV_END,
  },
];

export const vinhLongAgencies: Agency[] = [
  vinhLong('vl-ubnd', 'Ủy ban nhân dân tỉnh Vĩnh Long', 'people_committee', 'UBND tỉnh'),
  vinhLong('vl-vpubnd', 'Văn phòng Ủy ban nhân dân tỉnh Vĩnh Long', 'department', 'VP UBND tỉnh'),
  vinhLong('vl-skhcn', 'Sở Khoa học và Công nghệ tỉnh Vĩnh Long', 'department', 'Sở KH&CN'),
  vinhLong('vl-hlhpn', 'Hội Liên hiệp Phụ nữ tỉnh Vĩnh Long', 'mass_organisation', 'Hội LHPN tỉnh'),
  vinhLong('vl-svhttdl', 'Sở Văn hóa, Thể thao và Du lịch tỉnh Vĩnh Long', 'department', 'Sở VH-TT&DL'),
  vinhLong('vl-ca', 'Công an tỉnh Vĩnh Long', 'police', 'Công an tỉnh'),
  vinhLong('vl-stc', 'Sở Tài chính tỉnh Vĩnh Long', 'department', 'Sở Tài chính'),
  vinhLong('vl-bchqs', 'Bộ Chỉ huy Quân sự tỉnh Vĩnh Long', 'military', 'Bộ CHQS tỉnh'),
  vinhLong('vl-bdbp', 'Bộ Chỉ huy Bộ đội Biên phòng tỉnh Vĩnh Long', 'border_guard', 'Bộ CH BĐBP tỉnh'),
  vinhLong('vl-cong', 'Cổng Thông tin điện tử tỉnh Vĩnh Long', 'portal', 'Cổng TTĐT tỉnh'),
  vinhLong('vl-ubmttq', 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Vĩnh Long', 'mass_organisation', 'UBMTTQ tỉnh'),
];

export const laiChauAgencies: Agency[] = [
  {
    id: 'lc-ubnd',
    name: 'Ủy ban nhân dân tỉnh Lai Châu',
    shortName: 'UBND tỉnh',
    kind: 'people_committee',
    provinceCode: LC,
    areaCode: LC,
  },
  {
    id: 'lc-sldtbxh',
    name: 'Sở Lao động - Thương binh và Xã hội tỉnh Lai Châu',
    shortName: 'Sở LĐ-TB&XH',
    kind: 'department',
    provinceCode: LC,
    validTo: MERGE_END,
    successorId: 'lc-snv',
  },
  {
    id: 'lc-snv',
    name: 'Sở Nội vụ tỉnh Lai Châu',
    shortName: 'Sở Nội vụ',
    kind: 'department',
    provinceCode: LC,
    validFrom: MERGE_FROM,
  },
  { id: 'lc-stc', name: 'Sở Tài chính tỉnh Lai Châu', shortName: 'Sở Tài chính', kind: 'department', provinceCode: LC },
  { id: 'lc-bao', name: 'Báo Lai Châu', kind: 'media_outlet', provinceCode: LC },
  {
    id: 'lc-bcd-pctp',
    name: 'Ban Chỉ đạo phòng, chống tội phạm, tệ nạn xã hội và xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc tỉnh Lai Châu',
    shortName: 'Ban Chỉ đạo PCTP, TNXH và XDPTTDBVANTQ tỉnh',
    kind: 'other',
    provinceCode: LC,
  },
  {
    id: 'lc-so-nganh',
    name: 'Các sở, ngành liên quan tỉnh Lai Châu',
    shortName: 'Các sở, ngành',
    kind: 'department',
    provinceCode: LC,
  },
  {
    id: 'lc-ubmttq',
    name: 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Lai Châu và các đoàn thể tỉnh',
    shortName: 'UBMTTQ tỉnh và các đoàn thể',
    kind: 'mass_organisation',
    provinceCode: LC,
  },
  {
    id: 'lc-ubnd-huyen',
    name: 'Ủy ban nhân dân các huyện, thành phố tỉnh Lai Châu',
    shortName: 'UBND các huyện, thành phố',
    kind: 'district_committee',
    provinceCode: LC,
    validTo: DISTRICT_END,
    parentId: 'lc-ubnd',
    memberIds: LAI_CHAU_DISTRICTS.map(([code]) => districtCommitteeId('lc', code)),
  },
  ...districtCommittees('lc', LC, LAI_CHAU_DISTRICTS),
];

export const seedAgencies: Agency[] = [
  ...nationalAgencies,
  ...traVinhAgencies,
  ...vinhLongAgencies,
  ...laiChauAgencies,
];

/** District-committee ids per province, for district plans derived from a provincial one. */
export const TRA_VINH_DISTRICT_COMMITTEE_IDS = TRA_VINH_DISTRICTS.map(([code]) => districtCommitteeId('tv', code));
export const LAI_CHAU_DISTRICT_COMMITTEE_IDS = LAI_CHAU_DISTRICTS.map(([code]) => districtCommitteeId('lc', code));
