import type { ActivityInput } from '../model/index.js';

/**
 * Activities of Lai Châu 2228/KH-UBND: every item of the roadmap (III. Lộ trình, nội dung thực hiện) with its year
 * as period, planned quantity and unit, planned places (GSO codes of lai-chau-2016.csv) and audiences.
 * The lead is Sở LĐ-TB&XH, the plan's focal agency (IV.1); districts and departments cooperate (IV.3).
 */

export const LC2228_PERIOD = { from: '2016-11-09', to: '2018-12-31' } as const;
export const LC2228_YEAR = {
  2016: { from: '2016-11-09', to: '2016-12-31' },
  2017: { from: '2017-01-01', to: '2017-12-31' },
  2018: { from: '2018-01-01', to: '2018-12-31' },
} as const;

const C1 = 'lc2228-c1'; // Tuyên truyền giới thiệu đường dây nóng 18001567
const C2 = 'lc2228-c2'; // Nâng cao nhận thức của người dân
const LEAD = 'lc-sldtbxh';
const LOCAL = ['lc-ubnd-huyen', 'lc-so-nganh'];

export const PROVINCE = { name: '108 xã, phường, thị trấn trên toàn tỉnh', areaCode: '12' };
export const DISTRICTS_2016 = [
  { name: 'Thành phố Lai Châu', areaCode: '105' },
  { name: 'Huyện Tam Đường', areaCode: '106' },
  { name: 'Huyện Mường Tè', areaCode: '107' },
  { name: 'Huyện Sìn Hồ', areaCode: '108' },
  { name: 'Huyện Phong Thổ', areaCode: '109' },
  { name: 'Huyện Than Uyên', areaCode: '110' },
  { name: 'Huyện Tân Uyên', areaCode: '111' },
  { name: 'Huyện Nậm Nhùn', areaCode: '112' },
];
/** "04 huyện biên giới": the districts on the China border (Mường Tè, Sìn Hồ, Phong Thổ, Nậm Nhùn). */
export const BORDER_DISTRICTS_2016 = DISTRICTS_2016.filter((d) => ['107', '108', '109', '112'].includes(d.areaCode));

/** 2017 billboard sites. Ma Lù Thàng border gate lies in xã Ma Ly Pho (GSO 03574); the plan's "Đào San" is GSO "Dào San". */
export const BILLBOARD_SITES_2017 = [
  { name: 'Khu vực Cửa khẩu Ma Lù Thàng (xã Ma Ly Pho, huyện Phong Thổ)', areaCode: '03574' },
  { name: 'Xã Đào San (GSO: Xã Dào San), huyện Phong Thổ', areaCode: '03571' },
  { name: 'Thị trấn Phong Thổ', areaCode: '03549' },
];

/** 2018 billboard sites: the towns of six districts and Lai Châu city. */
export const BILLBOARD_SITES_2018 = [
  { name: 'Thị trấn Than Uyên', areaCode: '03595' },
  { name: 'Thị trấn Tân Uyên', areaCode: '03598' },
  { name: 'Thị trấn Tam Đường', areaCode: '03390' },
  { name: 'Thị trấn Sìn Hồ', areaCode: '03478' },
  { name: 'Thị trấn Mường Tè', areaCode: '03433' },
  { name: 'Thị trấn Nậm Nhùn', areaCode: '03434' },
  { name: 'Thành phố Lai Châu', areaCode: '105' },
];

export const WOMEN_VILLAGE = ['Chi hội trưởng, chi hội phó, hội viên phụ nữ thôn bản'];
export const LEAFLET_AUDIENCE = [
  'Nhân dân 108 xã, phường, thị trấn; trọng điểm 23 xã biên giới, 7 thị trấn huyện, 05 phường của thành phố',
];

export const lc2228Activities: ActivityInput[] = [
  // Năm 2016 — 1.1 Công tác xây dựng văn bản
  {
    id: 'lc2228-a-2016-1-1-1',
    componentId: C2,
    type: 'guidance_document',
    title:
      'Xây dựng và triển khai các kế hoạch phòng, chống mua bán người; tiếp nhận, xác minh, bảo vệ và hỗ trợ nạn nhân bị mua bán trở về tái hòa nhập cộng đồng',
    leadAgencyId: LEAD,
    cooperatingAgencyIds: LOCAL,
    period: { ...LC2228_YEAR[2016] },
    sourceRef: 'III năm 2016, 1.1, gạch đầu dòng 1',
  },
  {
    id: 'lc2228-a-2016-1-1-2',
    componentId: C1,
    type: 'guidance_document',
    title:
      'Lồng ghép vào các kế hoạch nhiệm vụ tuyên truyền về hoạt động của đường dây nóng phòng, chống mua bán người 18001567',
    leadAgencyId: LEAD,
    cooperatingAgencyIds: LOCAL,
    period: { ...LC2228_YEAR[2016] },
    sourceRef: 'III năm 2016, 1.1, gạch đầu dòng 2',
  },
  {
    id: 'lc2228-a-2016-1-1-3',
    componentId: C1,
    type: 'guidance_document',
    title:
      'Hướng dẫn các huyện, thành phố triển khai tuyên truyền, phổ biến đường dây nóng 18001567 đến người dân các xã, phường, thị trấn',
    leadAgencyId: LEAD,
    cooperatingAgencyIds: ['lc-ubnd-huyen'],
    period: { ...LC2228_YEAR[2016] },
    places: DISTRICTS_2016,
    audiences: ['Ủy ban nhân dân các huyện, thành phố'],
    sourceRef: 'III năm 2016, 1.1, gạch đầu dòng 3',
  },
  // Năm 2016 — 1.2 Công tác truyền thông
  {
    id: 'lc2228-a-2016-1-2',
    componentId: C1,
    type: 'hotline_promotion',
    title:
      'Tuyên truyền, phổ biến đường dây nóng 18001567 tại các hội nghị sơ kết, tổng kết công tác phòng, chống tệ nạn xã hội năm 2016 và hội nghị triển khai công tác năm 2017',
    leadAgencyId: LEAD,
    cooperatingAgencyIds: LOCAL,
    // The 2016 review and 2017 kick-off conferences are held around the turn of the year, before Tết (28/01/2017).
    period: { from: '2016-11-09', to: '2017-01-31' },
    places: [PROVINCE],
    audiences: ['Đại biểu hội nghị sơ kết, tổng kết, triển khai công tác phòng, chống tệ nạn xã hội'],
    sourceRef: 'III năm 2016, 1.2',
  },
  // Năm 2017 — 2.1 Công tác truyền thông, tuyên truyền
  {
    id: 'lc2228-a-2017-2-1-1',
    componentId: C1,
    type: 'billboard',
    title: 'Xây dựng 03 pano cỡ lớn tuyên truyền, quảng bá số điện thoại đường dây nóng 18001567',
    leadAgencyId: LEAD,
    cooperatingAgencyIds: [...LOCAL, 'lc-ubnd-109'],
    period: { ...LC2228_YEAR[2017] },
    plannedQuantity: 3,
    unit: 'pano',
    places: BILLBOARD_SITES_2017,
    audiences: ['Nhân dân, người qua lại khu vực biên giới'],
    sourceRef: 'III năm 2017, 2.1, gạch đầu dòng 1',
  },
  {
    id: 'lc2228-a-2017-2-1-2',
    componentId: C1,
    type: 'leaflet',
    title: 'In và phát hành 30.000 tờ rơi về phòng, chống mua bán người đến 108 xã, phường, thị trấn',
    description:
      'Nội dung: một số quy định của pháp luật về phòng, chống mua bán người; số điện thoại và các nội dung của đường dây nóng 18001567.',
    leadAgencyId: LEAD,
    cooperatingAgencyIds: LOCAL,
    period: { ...LC2228_YEAR[2017] },
    plannedQuantity: 30000,
    unit: 'tờ rơi',
    places: [PROVINCE],
    audiences: LEAFLET_AUDIENCE,
    sourceRef: 'III năm 2017, 2.1, gạch đầu dòng 2',
  },
  {
    id: 'lc2228-a-2017-2-1-3',
    componentId: C2,
    type: 'community_event',
    title: 'Tổ chức 01 cuộc truyền thông tại huyện Phong Thổ',
    description:
      'Nội dung: tình hình tội phạm mua bán người tại địa phương; nguyên nhân, âm mưu, thủ đoạn; vai trò của gia đình, cộng đồng và bản thân người phụ nữ.',
    leadAgencyId: LEAD,
    cooperatingAgencyIds: ['lc-ubnd-109'],
    period: { ...LC2228_YEAR[2017] },
    plannedQuantity: 1,
    unit: 'cuộc',
    places: [{ name: 'Huyện Phong Thổ', areaCode: '109' }],
    audiences: WOMEN_VILLAGE,
    sourceRef: 'III năm 2017, 2.1, gạch đầu dòng 3',
  },
  // Năm 2017 — 2.2 Công tác tập huấn
  {
    id: 'lc2228-a-2017-2-2-1',
    componentId: C2,
    type: 'training',
    title:
      'Tổ chức 07 lớp tập huấn nâng cao năng lực cho cán bộ làm công tác phòng, chống mua bán người cấp huyện, cấp xã của 08 huyện, thành phố',
    description:
      'Nội dung: giới thiệu đường dây nóng 18001567, chính sách, pháp luật, biện pháp phòng ngừa mua bán người và hỗ trợ nạn nhân trở về.',
    leadAgencyId: LEAD,
    cooperatingAgencyIds: ['lc-ubnd-huyen'],
    period: { ...LC2228_YEAR[2017] },
    plannedQuantity: 7,
    unit: 'lớp',
    places: DISTRICTS_2016,
    audiences: [
      'Cán bộ làm công tác phòng, chống tệ nạn xã hội của huyện, thành phố',
      'Cán bộ chủ chốt cấp xã',
      'Cán bộ làm công tác hỗ trợ nạn nhân bị mua bán trở về',
    ],
    sourceRef: 'III năm 2017, 2.2, gạch đầu dòng 1, ý +1',
  },
  {
    id: 'lc2228-a-2017-2-2-2',
    componentId: C2,
    type: 'training',
    title:
      'Tổ chức 01 lớp tập huấn nâng cao nhận thức, kiến thức về phòng, chống mua bán người cho hội phụ nữ cơ sở 02 huyện Mường Tè, Nậm Nhùn',
    description:
      'Nội dung: Luật Phòng, chống mua bán người; thực trạng, nguyên nhân, thủ đoạn của tội phạm; vai trò của gia đình, cộng đồng và người phụ nữ.',
    leadAgencyId: LEAD,
    cooperatingAgencyIds: ['lc-ubnd-107', 'lc-ubnd-112'],
    period: { ...LC2228_YEAR[2017] },
    plannedQuantity: 1,
    unit: 'lớp',
    places: [
      { name: 'Huyện Mường Tè', areaCode: '107' },
      { name: 'Huyện Nậm Nhùn', areaCode: '112' },
    ],
    audiences: ['Ủy viên BCH hội phụ nữ cơ sở, chi hội trưởng, chi hội phó, hội viên nòng cốt'],
    sourceRef: 'III năm 2017, 2.2, gạch đầu dòng 1, ý +2',
  },
  // Năm 2017 — 2.3 Mở chuyên mục trên báo Lai Châu
  {
    id: 'lc2228-a-2017-2-3',
    componentId: C1,
    type: 'newspaper_column',
    title:
      'Mở chuyên mục trên báo Lai Châu giới thiệu hoạt động của đường dây nóng 18001567 và tuyên truyền phòng, chống mua bán người',
    leadAgencyId: LEAD,
    cooperatingAgencyIds: ['lc-bao'],
    period: { ...LC2228_YEAR[2017] },
    plannedQuantity: 1,
    unit: 'chuyên mục',
    places: [PROVINCE],
    audiences: ['Bạn đọc báo Lai Châu'],
    sourceRef: 'III năm 2017, 2.3',
  },
  // Năm 2018 — 3.1 Công tác truyền thông, tuyên truyền
  {
    id: 'lc2228-a-2018-3-1-1',
    componentId: C1,
    type: 'billboard',
    title:
      'Xây dựng 07 pano cỡ lớn tại thị trấn các huyện Than Uyên, Tân Uyên, Tam Đường, Sìn Hồ, Mường Tè, Nậm Nhùn và thành phố Lai Châu',
    leadAgencyId: LEAD,
    cooperatingAgencyIds: ['lc-ubnd-huyen'],
    period: { ...LC2228_YEAR[2018] },
    plannedQuantity: 7,
    unit: 'pano',
    places: BILLBOARD_SITES_2018,
    audiences: ['Nhân dân'],
    sourceRef: 'III năm 2018, 3.1, gạch đầu dòng 1',
  },
  {
    id: 'lc2228-a-2018-3-1-2',
    componentId: C1,
    type: 'leaflet',
    title: 'In và phát hành 30.000 tờ rơi về phòng, chống mua bán người đến 108 xã, phường, thị trấn',
    description:
      'Nội dung: hoạt động của đường dây nóng; một số nội dung về phòng, chống mua bán người; phát hiện, xử lý vi phạm.',
    leadAgencyId: LEAD,
    cooperatingAgencyIds: LOCAL,
    period: { ...LC2228_YEAR[2018] },
    plannedQuantity: 30000,
    unit: 'tờ rơi',
    places: [PROVINCE],
    audiences: LEAFLET_AUDIENCE,
    sourceRef: 'III năm 2018, 3.1, gạch đầu dòng 2',
  },
  {
    id: 'lc2228-a-2018-3-1-3',
    componentId: C1,
    type: 'loudspeaker_broadcast',
    title:
      'Xây dựng bài viết tuyên truyền phòng, chống mua bán người phát trên hệ thống loa truyền thanh của xã, phường, thị trấn',
    leadAgencyId: LEAD,
    cooperatingAgencyIds: ['lc-ubnd-huyen'],
    period: { ...LC2228_YEAR[2018] },
    unit: 'bài',
    places: [PROVINCE],
    audiences: ['Người dân các xã, phường, thị trấn'],
    sourceRef: 'III năm 2018, 3.1, gạch đầu dòng 3',
  },
  {
    id: 'lc2228-a-2018-3-1-4',
    componentId: C2,
    type: 'community_event',
    title: 'Tổ chức 01 cuộc truyền thông tại huyện Sìn Hồ',
    description:
      'Nội dung: thực trạng tội phạm mua bán người tại địa phương; nguyên nhân, âm mưu, thủ đoạn; vai trò của gia đình, cộng đồng và bản thân người phụ nữ.',
    leadAgencyId: LEAD,
    cooperatingAgencyIds: ['lc-ubnd-108'],
    period: { ...LC2228_YEAR[2018] },
    plannedQuantity: 1,
    unit: 'cuộc',
    places: [{ name: 'Huyện Sìn Hồ', areaCode: '108' }],
    audiences: WOMEN_VILLAGE,
    sourceRef: 'III năm 2018, 3.1, gạch đầu dòng 4',
  },
  {
    id: 'lc2228-a-2018-3-1-5',
    componentId: C2,
    type: 'conference',
    title:
      'Mở 23 hội nghị truyền thông cho cán bộ xã, người dân tại 23 xã khu vực biên giới, kết hợp phát tờ rơi, tờ gấp',
    description: 'Nội dung phòng, chống mua bán người; quảng bá số điện thoại đường dây nóng 18001567.',
    leadAgencyId: LEAD,
    cooperatingAgencyIds: ['lc-ubnd-107', 'lc-ubnd-108', 'lc-ubnd-109', 'lc-ubnd-112'],
    period: { ...LC2228_YEAR[2018] },
    plannedQuantity: 23,
    unit: 'hội nghị',
    // The 23 communes are those tagged 'border' (a best reading, see area-tags.ts); the plan names none.
    places: [{ name: '23 xã khu vực biên giới', areaTag: 'border' }],
    audiences: ['Cán bộ xã', 'Người dân 23 xã khu vực biên giới'],
    sourceRef: 'III năm 2018, 3.1, gạch đầu dòng 5',
  },
  {
    id: 'lc2228-a-2018-3-1-6',
    componentId: C1,
    type: 'newspaper_column',
    title:
      'Mở chuyên mục về phòng, chống mua bán người trên báo Lai Châu, tập trung tuyên truyền thủ đoạn, tác hại của hành vi mua bán người',
    leadAgencyId: LEAD,
    cooperatingAgencyIds: ['lc-bao'],
    period: { ...LC2228_YEAR[2018] },
    unit: 'kỳ chuyên mục',
    places: [PROVINCE],
    audiences: ['Bạn đọc báo Lai Châu'],
    sourceRef: 'III năm 2018, 3.1, gạch đầu dòng 6',
  },
  // Năm 2018 — 3.2 Công tác tập huấn
  {
    id: 'lc2228-a-2018-3-2',
    componentId: C2,
    type: 'training',
    title:
      'Tổ chức 03 lớp tập huấn cho lãnh đạo UBND xã, cán bộ lao động, thương binh và xã hội, các tổ chức đoàn thể tại 04 huyện biên giới',
    description:
      'Nội dung: đường dây nóng 18001567; kỹ năng tuyên truyền thay đổi hành vi; tư vấn, hỗ trợ nạn nhân trở về; văn bản quy phạm pháp luật về phòng, chống mua bán người.',
    leadAgencyId: LEAD,
    cooperatingAgencyIds: ['lc-ubnd-107', 'lc-ubnd-108', 'lc-ubnd-109', 'lc-ubnd-112'],
    period: { ...LC2228_YEAR[2018] },
    plannedQuantity: 3,
    unit: 'lớp',
    places: BORDER_DISTRICTS_2016,
    audiences: [
      'Lãnh đạo UBND xã, cán bộ lao động, thương binh và xã hội, các tổ chức đoàn thể',
      'Cán bộ chủ chốt xã, thị trấn',
      'Cán bộ làm công tác phòng, chống tệ nạn xã hội các xã, thị trấn',
      'Hội viên hội nông dân thôn bản',
    ],
    sourceRef: 'III năm 2018, 3.2',
  },
];
