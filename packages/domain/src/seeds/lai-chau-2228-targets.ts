import type { TargetInput } from '../model/index.js';
import {
  BILLBOARD_SITES_2017,
  BILLBOARD_SITES_2018,
  BORDER_DISTRICTS_2016,
  LC2228_YEAR,
  LEAFLET_AUDIENCE,
  WOMEN_VILLAGE,
} from './lai-chau-2228-activities.js';

/**
 * Targets (chỉ tiêu) of Lai Châu 2228/KH-UBND, one or more per roadmap item that has a count, a place or a date.
 * Where the roadmap is vague (a column "opened", articles "for the loudspeakers") the reading is stated.
 */

const codes = (places: ReadonlyArray<{ areaCode: string }>) => places.map((p) => p.areaCode);
const BORDER_DISTRICT_CODES = codes(BORDER_DISTRICTS_2016);

/**
 * III is a roadmap by year ("Năm 2017: Xây dựng 03 Pano …, Tổ chức 01 cuộc truyền thông …"): each item is due
 * within its year, with no schedule inside it. So a count or coverage target is on track until the last days
 * of its year (expectation by_due_date, due on the period's last day), not behind from 1 January.
 */
const ROADMAP_YEAR = { kind: 'by_due_date' } as const;

export const lc2228Targets: TargetInput[] = [
  // Năm 2016
  {
    id: 'lc2228-t-2016-guidance',
    kind: 'deadline',
    objectiveId: 'lc2228-o-i-1',
    title:
      'Hướng dẫn các huyện, thành phố triển khai tuyên truyền, phổ biến đường dây nóng phòng, chống mua bán người 18001567 đến người dân của các xã, phường, thị trấn',
    componentId: 'lc2228-c1',
    period: { ...LC2228_YEAR[2016] },
    activityTypes: ['guidance_document'],
    dueDate: '2016-12-31',
    sourceRef: 'III năm 2016, 1.1, gạch đầu dòng 3',
    reading: 'Việc của "Năm 2016": có ít nhất một văn bản hướng dẫn (guidance_document) đã duyệt đến hết 31/12/2016.',
  },
  {
    id: 'lc2228-t-2016-hotline-conferences',
    kind: 'deadline',
    objectiveId: 'lc2228-o-i-2',
    title:
      'Tổ chức tuyên truyền, phổ biến hoạt động đường dây nóng phòng, chống mua bán người 18001567 tại các hội nghị sơ kết, tổng kết công tác phòng, chống tệ nạn xã hội năm 2016, hội nghị triển khai công tác phòng, chống tệ nạn xã hội năm 2017',
    componentId: 'lc2228-c1',
    period: { from: '2016-11-09', to: '2017-01-31' },
    activityTypes: ['hotline_promotion'],
    dueDate: '2017-01-31',
    sourceRef: 'III năm 2016, 1.2',
    reading:
      'Hội nghị tổng kết năm 2016 và triển khai năm 2017 diễn ra quanh thời điểm chuyển năm, trước Tết Đinh Dậu (28/01/2017): đạt khi có ít nhất một lượt giới thiệu đường dây nóng (hotline_promotion) đã duyệt từ 09/11/2016 đến 31/01/2017.',
  },
  // Năm 2017
  {
    id: 'lc2228-t-2017-billboards',
    kind: 'output_count',
    expectation: ROADMAP_YEAR,
    objectiveId: 'lc2228-o-i-2',
    title:
      'Xây dựng 03 Pano cỡ lớn để tuyên truyền, quảng bá số điện thoại đường dây nóng về phòng, chống mua bán người 18001567 (đặt tại khu vực Cửa khẩu Ma Lù Thàng; xã Đào San; thị trấn Phong Thổ)',
    componentId: 'lc2228-c1',
    period: { ...LC2228_YEAR[2017] },
    activityTypes: ['billboard'],
    minQuantity: 3,
    requiredAreaCodes: codes(BILLBOARD_SITES_2017),
    sourceRef: 'III năm 2017, 2.1, gạch đầu dòng 1',
    reading:
      'Cửa khẩu Ma Lù Thàng nằm trên địa bàn xã Ma Ly Pho (03574); "xã Đào San" là Xã Dào San (03571) theo danh mục GSO.',
  },
  {
    id: 'lc2228-t-2017-leaflets',
    kind: 'output_count',
    expectation: ROADMAP_YEAR,
    objectiveId: 'lc2228-o-i-2',
    audiences: LEAFLET_AUDIENCE,
    title: 'In và phát hành 30.000 tờ rơi về phòng, chống mua bán người đến 108 xã, phường, thị trấn trên toàn tỉnh',
    componentId: 'lc2228-c1',
    period: { ...LC2228_YEAR[2017] },
    activityTypes: ['leaflet'],
    minQuantity: 30000,
    sourceRef: 'III năm 2017, 2.1, gạch đầu dòng 2',
  },
  {
    id: 'lc2228-t-2017-leaflets-coverage',
    kind: 'area_coverage',
    expectation: ROADMAP_YEAR,
    objectiveId: 'lc2228-o-i-2',
    audiences: LEAFLET_AUDIENCE,
    title: 'Tờ rơi về phòng, chống mua bán người được phát hành đến 108 xã, phường, thị trấn trên toàn tỉnh',
    componentId: 'lc2228-c1',
    period: { ...LC2228_YEAR[2017] },
    activityTypes: ['leaflet'],
    level: 'commune',
    thresholdPercent: 100,
    sourceRef: 'III năm 2017, 2.1, gạch đầu dòng 2',
    reading:
      'Chỉ tiêu số lượng (30.000 tờ) và chỉ tiêu độ phủ tách riêng: mỗi xã, phường, thị trấn có ít nhất một kết quả phát tờ rơi đã duyệt trong năm. "Trọng điểm" (23 xã biên giới, 7 thị trấn, 5 phường; nhãn key_area) không có ngưỡng riêng.',
  },
  {
    id: 'lc2228-t-2017-session-phong-tho',
    kind: 'output_count',
    expectation: ROADMAP_YEAR,
    objectiveId: 'lc2228-o-i-2',
    audiences: WOMEN_VILLAGE,
    title: 'Tổ chức 01 cuộc truyền thông tại huyện Phong Thổ',
    componentId: 'lc2228-c2',
    period: { ...LC2228_YEAR[2017] },
    activityTypes: ['community_event'],
    minQuantity: 1,
    areaCodes: ['109'],
    sourceRef: 'III năm 2017, 2.1, gạch đầu dòng 3',
  },
  {
    id: 'lc2228-t-2017-training',
    kind: 'output_count',
    expectation: ROADMAP_YEAR,
    objectiveId: 'lc2228-o-i-3',
    audiences: [
      'Cán bộ làm công tác phòng, chống tệ nạn xã hội của huyện, thành phố',
      'Cán bộ chủ chốt cấp xã',
      'Hội phụ nữ cơ sở Mường Tè, Nậm Nhùn',
    ],
    title: 'Tổ chức 08 lớp tập huấn tại các huyện, thành phố',
    componentId: 'lc2228-c2',
    period: { ...LC2228_YEAR[2017] },
    activityTypes: ['training'],
    minQuantity: 8,
    sourceRef: 'III năm 2017, 2.2, gạch đầu dòng 1',
    reading:
      '08 lớp = 07 lớp cho cán bộ cấp huyện, cấp xã của 08 huyện, thành phố + 01 lớp cho hội phụ nữ cơ sở Mường Tè, Nậm Nhùn; đếm tổng số lớp (quantity) trong năm.',
  },
  {
    id: 'lc2228-t-2017-training-muong-te-nam-nhun',
    kind: 'output_count',
    expectation: ROADMAP_YEAR,
    objectiveId: 'lc2228-o-i-3',
    audiences: ['Ủy viên BCH hội phụ nữ cơ sở, chi hội trưởng, chi hội phó, hội viên nòng cốt'],
    title:
      '01 lớp tập huấn nâng cao nhận thức, kiến thức về công tác phòng, chống mua, bán người cho hội phụ nữ cơ sở của 02 huyện Mường Tè, Nậm Nhùn',
    componentId: 'lc2228-c2',
    period: { ...LC2228_YEAR[2017] },
    activityTypes: ['training'],
    minQuantity: 1,
    areaCodes: ['107', '112'],
    sourceRef: 'III năm 2017, 2.2, gạch đầu dòng 1, ý +2',
    reading:
      'Ít nhất một lớp tập huấn ghi nhận tại Mường Tè hoặc Nậm Nhùn (kể cả xã, thị trấn trực thuộc); kết quả không ghi đối tượng nên đối tượng (audiences) chỉ để hiển thị, không lọc.',
  },
  {
    id: 'lc2228-t-2017-column',
    kind: 'output_count',
    expectation: ROADMAP_YEAR,
    objectiveId: 'lc2228-o-i-2',
    title:
      'Mở chuyên mục trên báo Lai Châu giới thiệu các hoạt động chính của đường dây nóng 18001567, tuyên truyền về công tác phòng, chống mua, bán người',
    componentId: 'lc2228-c1',
    period: { ...LC2228_YEAR[2017] },
    activityTypes: ['newspaper_column'],
    minQuantity: 4,
    sourceRef: 'III năm 2017, 2.3',
    reading:
      'Kế hoạch chỉ nói "mở chuyên mục". Cách đọc đo được: chuyên mục có ít nhất 4 kỳ đăng trong năm 2017 (tương đương mỗi quý một kỳ, kể từ khi mở); mỗi kỳ là một kết quả newspaper_column với quantity = số kỳ.',
  },
  // Năm 2018
  {
    id: 'lc2228-t-2018-billboards',
    kind: 'output_count',
    expectation: ROADMAP_YEAR,
    objectiveId: 'lc2228-o-i-2',
    title:
      'Xây dựng 07 Pano cỡ lớn tại thị trấn các huyện: Than Uyên, Tân Uyên, Tam Đường, Sìn Hồ, Mường Tè, Nậm Nhùn và Thành phố Lai Châu để tuyên truyền, quảng bá số điện thoại đường dây nóng 18001567',
    componentId: 'lc2228-c1',
    period: { ...LC2228_YEAR[2018] },
    activityTypes: ['billboard'],
    minQuantity: 7,
    requiredAreaCodes: codes(BILLBOARD_SITES_2018),
    sourceRef: 'III năm 2018, 3.1, gạch đầu dòng 1',
    reading:
      'Sáu thị trấn huyện lỵ (Phong Thổ đã có pano năm 2017) và thành phố Lai Châu (mã huyện 105: pano đặt ở bất kỳ phường, xã nào của thành phố đều tính).',
  },
  {
    id: 'lc2228-t-2018-leaflets',
    kind: 'output_count',
    expectation: ROADMAP_YEAR,
    objectiveId: 'lc2228-o-i-2',
    audiences: LEAFLET_AUDIENCE,
    title: 'In và phát hành 30.000 tờ rơi về phòng, chống mua bán người đến 108 xã, phường, thị trấn trên toàn tỉnh',
    componentId: 'lc2228-c1',
    period: { ...LC2228_YEAR[2018] },
    activityTypes: ['leaflet'],
    minQuantity: 30000,
    sourceRef: 'III năm 2018, 3.1, gạch đầu dòng 2',
  },
  {
    id: 'lc2228-t-2018-leaflets-coverage',
    kind: 'area_coverage',
    expectation: ROADMAP_YEAR,
    objectiveId: 'lc2228-o-i-2',
    audiences: LEAFLET_AUDIENCE,
    title: 'Tờ rơi về phòng, chống mua bán người được phát hành đến 108 xã, phường, thị trấn trên toàn tỉnh',
    componentId: 'lc2228-c1',
    period: { ...LC2228_YEAR[2018] },
    activityTypes: ['leaflet'],
    level: 'commune',
    thresholdPercent: 100,
    sourceRef: 'III năm 2018, 3.1, gạch đầu dòng 2',
    reading: 'Như năm 2017: mỗi xã, phường, thị trấn có ít nhất một kết quả phát tờ rơi đã duyệt trong năm 2018.',
  },
  {
    id: 'lc2228-t-2018-loudspeaker',
    kind: 'area_coverage',
    expectation: ROADMAP_YEAR,
    objectiveId: 'lc2228-o-i-2',
    audiences: ['Người dân các xã, phường, thị trấn'],
    title:
      'Xây dựng các bài viết tuyên truyền về phòng, chống mua, bán người để phát trên hệ thống loa truyền thanh của xã, phường, thị trấn',
    componentId: 'lc2228-c1',
    period: { ...LC2228_YEAR[2018] },
    activityTypes: ['loudspeaker_broadcast'],
    level: 'commune',
    thresholdPercent: 100,
    sourceRef: 'III năm 2018, 3.1, gạch đầu dòng 3',
    reading:
      'Kế hoạch không nêu số bài. Cách đọc đo được: mỗi xã, phường, thị trấn có ít nhất một lần phát bài tuyên truyền trên loa truyền thanh (loudspeaker_broadcast) đã duyệt trong năm 2018.',
  },
  {
    id: 'lc2228-t-2018-session-sin-ho',
    kind: 'output_count',
    expectation: ROADMAP_YEAR,
    objectiveId: 'lc2228-o-i-2',
    audiences: WOMEN_VILLAGE,
    title: 'Tổ chức 01 cuộc truyền thông tại huyện Sìn Hồ',
    componentId: 'lc2228-c2',
    period: { ...LC2228_YEAR[2018] },
    activityTypes: ['community_event'],
    minQuantity: 1,
    areaCodes: ['108'],
    sourceRef: 'III năm 2018, 3.1, gạch đầu dòng 4',
  },
  {
    id: 'lc2228-t-2018-border-conferences',
    kind: 'output_count',
    expectation: ROADMAP_YEAR,
    objectiveId: 'lc2228-o-i-2',
    audiences: ['Cán bộ xã', 'Người dân 23 xã khu vực biên giới'],
    title: 'Mở 23 hội nghị truyền thông cho cán bộ xã, người dân tại 23 xã khu vực biên giới',
    componentId: 'lc2228-c2',
    period: { ...LC2228_YEAR[2018] },
    activityTypes: ['conference'],
    minQuantity: 23,
    areaCodes: BORDER_DISTRICT_CODES,
    sourceRef: 'III năm 2018, 3.1, gạch đầu dòng 5',
    reading:
      'Đếm hội nghị truyền thông trong 04 huyện biên giới (Mường Tè, Sìn Hồ, Phong Thổ, Nậm Nhùn), nơi có toàn bộ các xã biên giới.',
  },
  {
    id: 'lc2228-t-2018-border-conferences-coverage',
    kind: 'area_coverage',
    expectation: ROADMAP_YEAR,
    objectiveId: 'lc2228-o-i-2',
    audiences: ['Cán bộ xã', 'Người dân 23 xã khu vực biên giới'],
    title: 'Mỗi xã trong 23 xã khu vực biên giới có hội nghị truyền thông về phòng, chống mua bán người',
    componentId: 'lc2228-c2',
    period: { ...LC2228_YEAR[2018] },
    activityTypes: ['conference'],
    level: 'commune',
    areaTags: ['border'],
    thresholdPercent: 100,
    sourceRef: 'III năm 2018, 3.1, gạch đầu dòng 5',
    reading:
      '23 hội nghị "tại 23 xã" đọc là mỗi xã biên giới một hội nghị. Danh sách 23 xã là cách đọc tốt nhất (nhãn border, xem area-tags.ts), quản trị viên sửa được.',
  },
  {
    id: 'lc2228-t-2018-column',
    kind: 'cadence',
    objectiveId: 'lc2228-o-i-2',
    title:
      'Mở chuyên mục về phòng, chống mua, bán người trên báo Lai Châu, trong đó tập trung vào tuyên truyền thủ đoạn, tác hại của hành vi mua bán người',
    componentId: 'lc2228-c1',
    period: { ...LC2228_YEAR[2018] },
    activityTypes: ['newspaper_column'],
    every: 'quarter',
    minPerPeriod: 1,
    sourceRef: 'III năm 2018, 3.1, gạch đầu dòng 6',
    reading: 'Chuyên mục đã mở từ năm 2017 nên năm 2018 đọc là đăng đều: ít nhất một kỳ chuyên mục mỗi quý.',
  },
  {
    id: 'lc2228-t-2018-training',
    kind: 'output_count',
    expectation: ROADMAP_YEAR,
    objectiveId: 'lc2228-o-i-3',
    audiences: ['Lãnh đạo UBND xã, cán bộ lao động, thương binh và xã hội, các tổ chức đoàn thể'],
    title:
      'Tổ chức 03 lớp tập huấn cho lãnh đạo UBND xã, cán bộ lao động, thương binh và xã hội, các tổ chức đoàn thể tại 04 huyện biên giới',
    componentId: 'lc2228-c2',
    period: { ...LC2228_YEAR[2018] },
    activityTypes: ['training'],
    minQuantity: 3,
    areaCodes: BORDER_DISTRICT_CODES,
    sourceRef: 'III năm 2018, 3.2',
    reading: '04 huyện biên giới = Mường Tè, Sìn Hồ, Phong Thổ, Nậm Nhùn (các huyện giáp Trung Quốc).',
  },
];
