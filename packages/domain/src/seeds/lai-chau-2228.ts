import type { PlanInput } from '../model/index.js';
import { SEED_STRUCTURES } from './structures.js';
import { LC2228_PERIOD, lc2228Activities } from './lai-chau-2228-activities.js';
import { lc2228Targets } from './lai-chau-2228-targets.js';

/**
 * Kế hoạch hành động thực hiện Chương trình phòng, chống mua bán người theo nội dung Dự án "Phát triển nông thôn
 * dựa vào kết quả" (dự án JICA) trên địa bàn tỉnh Lai Châu giai đoạn 2016 - 2018 — 2228/KH-UBND ngày 09/11/2016
 * (source: ../shared/seeds/lai-chau-2228-KH-UBND-2016.txt). sourceRef uses the plan's numbering (I–IV).
 */

export const laiChau2228: PlanInput = {
  id: 'lc2228',
  code: '2228/KH-UBND',
  title:
    'Kế hoạch hành động thực hiện Chương trình phòng, chống mua bán người theo nội dung Dự án "Phát triển nông thôn dựa vào kết quả" (dự án JICA) trên địa bàn tỉnh Lai Châu giai đoạn 2016 - 2018',
  issuer: 'Ủy ban nhân dân tỉnh Lai Châu',
  issuedOn: '2016-11-09',
  signer: 'Tông Thanh Hải, Phó Chủ tịch UBND tỉnh (KT. Chủ tịch)',
  provinceCode: SEED_STRUCTURES.lc2228.provinceCode,
  areaStructure: SEED_STRUCTURES.lc2228.structure,
  // "giai đoạn 2016 - 2018", from the plan's date to the end of its last roadmap year.
  period: { ...LC2228_PERIOD },
  legalBases: [
    {
      code: '2546/QĐ-TTg',
      title: 'Quyết định phê duyệt Chương trình phòng, chống mua, bán người giai đoạn 2016-2020',
      issuer: 'Thủ tướng Chính phủ',
      issuedOn: '2015-12-31',
    },
    {
      code: '472/KH-BCĐ',
      title:
        'Kế hoạch triển khai thực hiện Chương trình phòng, chống mua bán người trên địa bàn tỉnh Lai Châu giai đoạn 2016-2020',
      issuer: 'Ban Chỉ đạo PCTP, TNXH và XDPTTDBVANTQ tỉnh Lai Châu',
      issuedOn: '2016-02-17',
    },
    {
      title:
        'Dự án "Phát triển nông thôn dựa vào kết quả" theo Chương trình hợp tác của UBND tỉnh Lai Châu với Cơ quan Hợp tác Quốc tế Nhật Bản (JICA) tại Việt Nam',
      issuer: 'Ủy ban nhân dân tỉnh Lai Châu và JICA',
    },
  ],
  parentProgramme: {
    code: '2546/QĐ-TTg',
    title:
      'Chương trình phòng, chống mua bán người giai đoạn 2016 - 2020, theo nội dung Dự án JICA "Phát triển nông thôn dựa vào kết quả"',
  },
  objectives: [
    {
      id: 'lc2228-o-i-1',
      text: 'Nâng cao nhận thức trách nhiệm của các cấp, các ngành và Nhân dân về công tác phòng, chống mua, bán người, phối hợp triển khai thực hiện đồng bộ các giải pháp trong công tác phòng, chống mua, bán người nhằm hoàn thành mục tiêu chương trình hành động, phòng, chống mua, bán người giai đoạn 2016-2020.',
      sourceRef: 'I.1',
    },
    {
      id: 'lc2228-o-i-2',
      text: 'Giới thiệu hoạt động đường dây nóng 18001567 về phòng, chống mua bán người và các mục tiêu, đề án của chương trình phòng, chống mua, bán người giai đoạn 2016-2020 đến các cấp, các ngành và các tầng lớp Nhân dân trên địa bàn tỉnh; nâng cao nhận thức và chuyển đổi hành vi của người dân về công tác phòng, chống mua, bán người nhằm nâng cao chất lượng hiệu quả kết nối và hỗ trợ tốt nhất trong các hoạt động của đường dây nóng đối với nạn nhân bị mua, bán trở về.',
      sourceRef: 'I.2',
    },
    {
      id: 'lc2228-o-i-3',
      text: 'Thực hiện đồng bộ giữa Kế hoạch phòng, chống mua, bán người giai đoạn 2016-2020 của Ban chỉ đạo PCTP, TNXH và XDPTTDBVANTQ của tỉnh Lai Châu và Dự án JICA; phải có sự phối hợp chặt chẽ giữa các ngành có liên quan trong việc triển khai thực hiện hoạt động giới thiệu về đường dây nóng và nâng cao năng lực cho Nhân dân về phòng, chống mua, bán người để thực hiện có hiệu quả, triệt để trong đấu tranh phòng, chống mua, bán người.',
      sourceRef: 'I.3',
    },
  ],
  components: [
    {
      id: 'lc2228-c1',
      title: 'Công tác tuyên truyền giới thiệu đường dây nóng 18001567',
      leadAgencyId: 'lc-sldtbxh',
      cooperatingAgencyIds: ['lc-so-nganh', 'lc-ubnd-huyen', 'lc-bao'],
      description:
        'Tuyên truyền, phổ biến chủ trương, chính sách pháp luật về phòng, chống mua, bán người (sách mỏng, tờ rơi, áp phích, báo chí của tỉnh); cung cấp thông tin qua đường dây nóng 18001567: gọi miễn phí 24h/7 ngày; tư vấn, hỗ trợ ngăn chặn; hỗ trợ giải cứu; hỗ trợ nạn nhân tái hòa nhập cộng đồng.',
      sourceRef: 'II.1 (1.1, 1.2); IV.1',
    },
    {
      id: 'lc2228-c2',
      title: 'Công tác nâng cao nhận thức của người dân về phòng, chống mua, bán người',
      leadAgencyId: 'lc-sldtbxh',
      cooperatingAgencyIds: ['lc-so-nganh', 'lc-ubnd-huyen'],
      description:
        'Truyền thông và tập huấn cho cán bộ làm công tác phòng, chống tệ nạn xã hội từ tỉnh tới cơ sở; tọa đàm, hội thảo nâng cao năng lực và nhận thức của người dân; hỗ trợ nạn nhân qua đường dây nóng 18001567.',
      sourceRef: 'II.2; IV.1',
    },
  ],
  duties: [
    {
      id: 'lc2228-d-iv-1-1',
      agencyId: 'lc-sldtbxh',
      role: 'lead',
      componentIds: ['lc2228-c1', 'lc2228-c2'],
      text: 'Là cơ quan đầu mối, phối hợp với các ngành liên quan trong việc tổ chức thực hiện các nội dung của Kế hoạch theo đúng hướng dẫn của JICA và Bộ Lao động - Thương binh và Xã hội.',
      sourceRef: 'IV.1, gạch đầu dòng 1',
    },
    {
      id: 'lc2228-d-iv-1-2',
      agencyId: 'lc-sldtbxh',
      role: 'fund',
      text: 'Hàng năm xây dựng dự toán kinh phí gửi Sở Tài chính thẩm định trình UBND tỉnh phê duyệt.',
      sourceRef: 'IV.1, gạch đầu dòng 2',
    },
    {
      id: 'lc2228-d-iv-2',
      agencyId: 'lc-stc',
      role: 'fund',
      text: 'Chủ trì, phối hợp với Sở Lao động - Thương binh và Xã hội, các ngành liên quan trình UBND tỉnh bố trí kinh phí để thực hiện hai nội dung hoạt động theo yêu cầu của dự án JICA.',
      sourceRef: 'IV.2',
    },
    ...['lc-so-nganh', 'lc-ubnd-huyen'].flatMap((agencyId) => [
      {
        id: `lc2228-d-iv-3-1-${agencyId.slice(3)}`,
        agencyId,
        role: 'cooperate' as const,
        componentIds: ['lc2228-c1', 'lc2228-c2'],
        text: 'Căn cứ nội dung kế hoạch chủ động phối hợp thực hiện.',
        sourceRef: 'IV.3, câu 1',
      },
      {
        id: `lc2228-d-iv-3-2-${agencyId.slice(3)}`,
        agencyId,
        role: 'report' as const,
        text: 'Định kỳ 6 tháng, 01 năm báo cáo kết quả thực hiện về Sở Lao động - Thương binh và Xã hội để tổng hợp, báo cáo UBND tỉnh.',
        sourceRef: 'IV.3, câu 2',
      },
    ]),
    {
      id: 'lc2228-d-iv-3-2-sldtbxh',
      agencyId: 'lc-sldtbxh',
      role: 'report',
      text: 'Tổng hợp báo cáo kết quả thực hiện 6 tháng, 01 năm của các sở, ngành, UBND các huyện, thành phố, báo cáo UBND tỉnh.',
      sourceRef: 'IV.3, câu 2',
    },
  ],
  activities: lc2228Activities,
  targets: lc2228Targets,
  reporting: [
    {
      id: 'lc2228-r-half-yearly',
      cadence: 'half_yearly',
      // The second half-year is covered by the yearly report: "Định kỳ 6 tháng, 01 năm".
      periods: ['H1'],
      due: { kind: 'after_period_end', days: 15 },
      fromAgencyIds: ['lc-so-nganh', 'lc-ubnd-huyen'],
      toAgencyId: 'lc-sldtbxh',
      consolidatedForAgencyId: 'lc-ubnd',
      sourceRef: 'IV.3, câu 2',
      note: 'Kế hoạch không nêu ngày: chọn hạn 15 ngày sau khi hết 6 tháng đầu năm (15/7). Sáu tháng cuối năm do báo cáo năm (hạn 15/01 năm sau) đảm nhận, không có báo cáo 6 tháng cuối năm riêng.',
    },
    {
      id: 'lc2228-r-yearly',
      cadence: 'yearly',
      due: { kind: 'after_period_end', days: 15 },
      fromAgencyIds: ['lc-so-nganh', 'lc-ubnd-huyen'],
      toAgencyId: 'lc-sldtbxh',
      consolidatedForAgencyId: 'lc-ubnd',
      sourceRef: 'IV.3, câu 2',
      note: 'Kế hoạch không nêu ngày: chọn hạn 15 ngày sau khi hết năm (15/01 năm sau).',
    },
  ],
  // The plan names no observance (no 30/7 campaign): left empty on purpose.
  observances: [],
  funding:
    'Sở Lao động - Thương binh và Xã hội hàng năm xây dựng dự toán kinh phí gửi Sở Tài chính thẩm định trình UBND tỉnh phê duyệt; Sở Tài chính chủ trì, phối hợp với Sở Lao động - Thương binh và Xã hội, các ngành liên quan trình UBND tỉnh bố trí kinh phí để thực hiện hai nội dung hoạt động theo yêu cầu của dự án JICA (IV.1, IV.2).',
};
