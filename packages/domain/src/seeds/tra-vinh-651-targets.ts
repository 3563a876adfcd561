import type { TargetInput } from '../model/index.js';
import { TV651_PERIOD } from './tra-vinh-651-activities.js';

/**
 * Targets (chỉ tiêu) of Trà Vinh 651/QĐ-UBND. The four of II are cumulative "by the end of 2020"
 * ("Phấn đấu đến hết năm 2020"); the others are measurable readings of yearly commitments in III.
 */

/** Record types that reach people directly and so carry `reached` counts. */
const REACHING_TYPES = [
  'community_event',
  'counselling',
  'training',
  'workshop',
  'contest',
  'mobile_trial',
  'campaign',
  'cultural_event',
] as const;

export const tv651Targets: TargetInput[] = [
  {
    id: 'tv651-t-ii-1',
    kind: 'area_coverage',
    // II (Kế hoạch "đến năm 2020"): không có mốc giữa kỳ, việc tích lũy dàn đều cả giai đoạn 2018–2020.
    expectation: { kind: 'linear' },
    objectiveId: 'tv651-o-ii-1',
    title:
      '100% xã, phường, thị trấn trên địa bàn tỉnh được nhận và triển khai tài liệu hướng dẫn thực hiện chính sách, pháp luật, tài liệu truyền thông thay đổi hành vi về phòng, chống mua bán người',
    period: { ...TV651_PERIOD },
    activityTypes: ['material_distribution'],
    level: 'commune',
    thresholdPercent: 100,
    // Broad: II names the documents, not an activity — every material_distribution activity counts (III.1.b
    // Bộ TT&TT's leaflets and clips, III.2.b the Women's Union's common communication kit), so no activityIds.
    sourceRef: 'II, gạch đầu dòng 1',
    reading:
      'Một xã "được nhận và triển khai" khi có ít nhất một kết quả tiếp nhận, triển khai tài liệu đã duyệt trong kỳ.',
  },
  {
    id: 'tv651-t-ii-2',
    kind: 'area_coverage',
    // II (Kế hoạch "đến năm 2020"): không có mốc giữa kỳ, việc tích lũy dàn đều cả giai đoạn 2018–2020.
    expectation: { kind: 'linear' },
    objectiveId: 'tv651-o-ii-2',
    title:
      'Ít nhất 30% số xã thuộc địa bàn có nhiều vụ việc xảy ra, có nhiều nạn nhân bị mua bán trở về hoặc có nhiều nguy cơ được tư vấn chuyên sâu về phòng ngừa mua bán người',
    componentId: 'tv651-c2',
    period: { ...TV651_PERIOD },
    activityTypes: ['counselling'],
    level: 'commune',
    areaTags: ['high_risk'],
    thresholdPercent: 30,
    // Broad: "tư vấn chuyên sâu" is not one activity of III — every counselling activity (III.2.a, III.2.c,
    // III.2.d) counts in a tagged commune, so no activityIds.
    sourceRef: 'II, gạch đầu dòng 2',
    reading:
      'Địa bàn nguy cơ cao = các xã gắn nhãn “nguy cơ cao” (kế hoạch không nêu tên xã; quản trị viên gắn nhãn). Một xã đạt khi có ít nhất một buổi tư vấn chuyên sâu đã duyệt.',
  },
  {
    id: 'tv651-t-ii-3',
    kind: 'cadence',
    objectiveId: 'tv651-o-ii-3',
    title:
      'Thông tin về phòng, chống mua bán người được đăng tải trên các phương tiện thông tin đại chúng trên địa bàn tỉnh ít nhất một tháng/lần',
    componentId: 'tv651-c1',
    period: { from: '2018-05-01', to: TV651_PERIOD.to },
    activityTypes: ['media_item', 'newspaper_column', 'online_post'],
    every: 'month',
    // Broad: any outlet's item counts (III.1.a, III.1.c, VI.7, VI.8 and the other media activities), so no activityIds.
    minPerPeriod: 1,
    sourceRef: 'II, gạch đầu dòng 3',
    reading:
      'Tính từ tháng trọn vẹn đầu tiên sau ngày ban hành (05/2018) đến 12/2020. Phương tiện thông tin đại chúng = báo, phát thanh - truyền hình, trang/cổng thông tin điện tử; loa truyền thanh cơ sở và video clip phát ở hệ thống thông tin cơ sở không tính (mục III.1.b phân biệt hai hệ thống).',
  },
  {
    id: 'tv651-t-ii-4',
    kind: 'population_reach',
    // II (Kế hoạch "đến năm 2020"): không có mốc giữa kỳ, việc tích lũy dàn đều cả giai đoạn 2018–2020.
    expectation: { kind: 'linear' },
    objectiveId: 'tv651-o-ii-4',
    title:
      'Có 75% người dân trở lên tại các địa bàn trọng điểm, tập trung vào nhóm tuổi từ 14 - 60, đặc biệt là phụ nữ, trẻ em được tiếp cận các thông tin, kiến thức pháp luật về phòng, chống mua bán người, kỹ năng xử lý tình huống liên quan đến mua bán người',
    period: { ...TV651_PERIOD },
    activityTypes: [...REACHING_TYPES],
    areaTags: ['key_area'],
    // Broad: everyone reached by any direct activity counts, so no activityIds.
    group: 'aged14to60',
    thresholdPercent: 75,
    sourceRef: 'II, gạch đầu dòng 4',
    reading:
      'Tỷ lệ = số người 14–60 tuổi được tiếp cận (tối đa bằng dân số nhóm tuổi của từng xã) trên dân số 14–60 tuổi của các xã gắn nhãn “trọng điểm”. Người tiếp cận qua nhiều hoạt động có thể bị đếm trùng; "đặc biệt là phụ nữ, trẻ em" là ưu tiên, không phải ngưỡng riêng.',
  },
  {
    id: 'tv651-t-iii-2a-6',
    kind: 'cadence',
    objectiveId: 'tv651-o-i-1a',
    title:
      'Hàng năm, Hội Liên hiệp phụ nữ các cấp có nhiều hình thức hoạt động hưởng ứng Ngày toàn dân phòng, chống mua bán người - 30/7 trong thời gian từ 1/7 đến 1/8',
    componentId: 'tv651-c2',
    period: { ...TV651_PERIOD },
    activityTypes: ['campaign'],
    // The same sentence as activity III.2.a-6 (the Women's Union's 30/7 response); Sở TT&TT's media campaign of
    // III.1.a-5 is another activity and does not count here.
    activityIds: ['tv651-a-iii-2a-6'],
    every: 'year',
    minPerPeriod: 1,
    window: { from: '07-01', to: '08-01' },
    sourceRef: 'III.2.a, gạch đầu dòng 6',
    reading:
      'Mỗi năm 2018, 2019, 2020 có ít nhất một hoạt động chiến dịch đã duyệt trong khoảng 1/7–1/8 của năm đó; năm nào đã qua 1/8 mà chưa có thì không đạt. Cao điểm tuần cuối tháng 7 là ưu tiên, không phải điều kiện.',
  },
  {
    id: 'tv651-t-iii-1d-3',
    kind: 'cadence',
    objectiveId: 'tv651-o-i-2b',
    title:
      'Sơ kết, tổng kết, đánh giá công tác tuyên truyền phòng, chống mua bán người và thực hiện công tác khen thưởng',
    componentId: 'tv651-c1',
    period: { ...TV651_PERIOD },
    activityTypes: ['review'],
    every: 'year',
    activityIds: ['tv651-a-iii-1d-3'],
    minPerPeriod: 1,
    sourceRef: 'III.1.d, gạch đầu dòng 3; V',
    reading:
      'Kế hoạch không nói tần suất; đọc là mỗi năm một lần sơ kết/tổng kết, đi cùng báo cáo hàng năm trước 20/12 ở mục V.',
  },
];
