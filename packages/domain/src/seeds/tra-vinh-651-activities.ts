import type { ActivityInput } from '../model/index.js';

/**
 * Activities of Trà Vinh 651/QĐ-UBND: every content item of III (one per dash), plus the concrete
 * communication work that VI assigns to one agency. All are ongoing ("thường xuyên") over the plan period,
 * so none has a planned quantity. Titles are the plan's sentences, shortened; sourceRef gives the place.
 */

export const TV651_PERIOD = { from: '2018-04-06', to: '2020-12-31' } as const;

const C1 = 'tv651-c1';
const C2 = 'tv651-c2';
/** Outlets Sở TT&TT directs for Tiểu đề án 1 (VI.1). */
const MEDIA = ['tv-bao', 'tv-dai', 'tv-cong', 'tv-dtt-huyen'];
const PUBLIC = ['Cán bộ, đảng viên, công chức, viên chức, người lao động', 'Nhân dân'];

function activity(a: Omit<ActivityInput, 'period'> & { period?: ActivityInput['period'] }): ActivityInput {
  return { period: { ...TV651_PERIOD }, ...a };
}

export const tv651Activities: ActivityInput[] = [
  // III.1.a — Nội dung tuyên truyền trên các phương tiện thông tin đại chúng
  activity({
    id: 'tv651-a-iii-1a-1',
    componentId: C1,
    type: 'media_item',
    title:
      'Tuyên truyền chủ trương của Đảng, pháp luật của Nhà nước về phòng, chống mua bán người trên các phương tiện thông tin đại chúng',
    description: 'Nhất là phổ biến kịp thời các văn bản pháp luật mới ban hành có liên quan.',
    leadAgencyId: 'tv-stttt',
    cooperatingAgencyIds: MEDIA,
    audiences: PUBLIC,
    sourceRef: 'III.1.a, gạch đầu dòng 1',
  }),
  activity({
    id: 'tv651-a-iii-1a-2',
    componentId: C1,
    type: 'media_item',
    title: 'Xây dựng tiểu phẩm, ký sự, phóng sự, bài viết về mua bán người và phương thức, thủ đoạn của tội phạm',
    description:
      'Mua bán người vì mục đích cưỡng bức tình dục, cưỡng bức lao động, môi giới hôn nhân trái phép, lao động qua biên giới, mua bán nội tạng; cho, nhận con nuôi; các tình huống thực tế để người dân nhận biết dấu hiệu lừa gạt.',
    leadAgencyId: 'tv-stttt',
    cooperatingAgencyIds: [...MEDIA, 'tv-ca'],
    audiences: ['Nhân dân'],
    sourceRef: 'III.1.a, gạch đầu dòng 2',
  }),
  activity({
    id: 'tv651-a-iii-1a-3',
    componentId: C1,
    type: 'media_item',
    title:
      'Giới thiệu kinh nghiệm hay trong phòng, chống mua bán người qua phương tiện truyền thông, văn hóa văn nghệ, thể dục, thể thao',
    description:
      'Kết hợp tuyên truyền gắn với cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh".',
    leadAgencyId: 'tv-stttt',
    cooperatingAgencyIds: [...MEDIA, 'tv-svhttdl', 'tv-ubmttq'],
    audiences: ['Nhân dân'],
    sourceRef: 'III.1.a, gạch đầu dòng 3',
  }),
  activity({
    id: 'tv651-a-iii-1a-4',
    componentId: C1,
    type: 'hotline_promotion',
    title: 'Tuyên truyền về đường dây nóng 18001567 của Bộ Lao động - Thương binh và Xã hội và các đường dây nóng khác',
    leadAgencyId: 'tv-stttt',
    cooperatingAgencyIds: [...MEDIA, 'bo-ldtbxh'],
    audiences: ['Người dân', 'Cộng đồng'],
    sourceRef: 'III.1.a, gạch đầu dòng 4',
  }),
  activity({
    id: 'tv651-a-iii-1a-5',
    componentId: C1,
    type: 'campaign',
    title:
      'Phối hợp tổ chức các hoạt động hưởng ứng "Ngày toàn dân phòng, chống mua bán người - 30/7" và "Ngày quốc tế phòng, chống mua bán người"',
    leadAgencyId: 'tv-stttt',
    cooperatingAgencyIds: [...MEDIA, 'tv-hlhpn'],
    audiences: PUBLIC,
    sourceRef: 'III.1.a, gạch đầu dòng 5',
  }),
  // III.1.b — Cung cấp tài liệu tuyên truyền
  activity({
    id: 'tv651-a-iii-1b-1',
    componentId: C1,
    type: 'material_distribution',
    title:
      'Chuyển, phát kịp thời tờ rơi, tờ gấp, sổ tay, video clip về phòng, chống mua bán người do Bộ Thông tin và Truyền thông cung cấp',
    description:
      'Phát trên các phương tiện thông tin đại chúng và hệ thống thông tin cơ sở; đặc biệt về kết hôn có yếu tố nước ngoài, cho, nhận con nuôi, giới thiệu việc làm, đưa người Việt Nam đi lao động ngoài nước.',
    leadAgencyId: 'tv-stttt',
    cooperatingAgencyIds: ['bo-tttt', 'tv-dtt-huyen', 'tv-pvhtt-huyen', 'tv-ubnd-huyen'],
    audiences: ['Nhân dân'],
    sourceRef: 'III.1.b, gạch đầu dòng 1',
  }),
  activity({
    id: 'tv651-a-iii-1b-2',
    componentId: C1,
    type: 'video_clip',
    title: 'Tuyên truyền các video clip về phòng, chống mua bán người do Bộ Thông tin và Truyền thông cung cấp',
    description: 'Phát trên các phương tiện thông tin đại chúng và hệ thống thông tin cơ sở.',
    leadAgencyId: 'tv-stttt',
    cooperatingAgencyIds: ['bo-tttt', 'tv-dai', 'tv-dtt-huyen'],
    audiences: ['Nhân dân'],
    sourceRef: 'III.1.b, gạch đầu dòng 2',
  }),
  // III.1.c — Định hướng sử dụng dịch vụ viễn thông, Internet
  activity({
    id: 'tv651-a-iii-1c-1',
    componentId: C1,
    type: 'online_post',
    title:
      'Tuyên truyền nâng cao nhận thức người sử dụng Internet, viễn thông, mạng xã hội tự bảo mật thông tin cá nhân; truyền tải thông điệp phòng, chống mua bán người trên mạng xã hội',
    leadAgencyId: 'tv-stttt',
    cooperatingAgencyIds: ['tv-cong', 'tv-ttdt-coquan'],
    audiences: ['Người sử dụng Internet, viễn thông và mạng xã hội'],
    sourceRef: 'III.1.c, gạch đầu dòng 1',
  }),
  // III.1.d — Kiểm tra, đánh giá, tổng kết và tập huấn
  activity({
    id: 'tv651-a-iii-1d-1',
    componentId: C1,
    type: 'training',
    title:
      'Tham gia các hội nghị, hội thảo, tập huấn về tuyên truyền phòng, chống mua bán người do Bộ Thông tin và Truyền thông tổ chức',
    leadAgencyId: 'tv-stttt',
    cooperatingAgencyIds: ['bo-tttt', 'tv-bao', 'tv-dai', 'tv-pvhtt-huyen', 'tv-dtt-huyen'],
    audiences: [
      'Phóng viên, biên tập viên, lãnh đạo các cơ quan báo chí',
      'Công chức, viên chức Sở Thông tin và Truyền thông',
      'Công chức, viên chức làm công tác thông tin cơ sở tại Phòng Văn hóa - Thông tin, Đài Truyền thanh các huyện, thị xã, thành phố',
    ],
    sourceRef: 'III.1.d, gạch đầu dòng 1',
  }),
  activity({
    id: 'tv651-a-iii-1d-2',
    componentId: C1,
    type: 'inspection',
    title:
      'Phối hợp các đơn vị liên quan kiểm tra, giám sát các hoạt động truyền thông phòng, chống mua bán người tại địa phương',
    leadAgencyId: 'tv-stttt',
    cooperatingAgencyIds: ['tv-ubnd-huyen'],
    sourceRef: 'III.1.d, gạch đầu dòng 2',
  }),
  activity({
    id: 'tv651-a-iii-1d-3',
    componentId: C1,
    type: 'review',
    title:
      'Sơ kết, tổng kết, đánh giá công tác tuyên truyền phòng, chống mua bán người và khen thưởng cá nhân, tổ chức có thành tích xuất sắc',
    leadAgencyId: 'tv-stttt',
    sourceRef: 'III.1.d, gạch đầu dòng 3',
  }),
  // III.2.a — Tuyên truyền, phổ biến giáo dục pháp luật; truyền thông tại cộng đồng
  activity({
    id: 'tv651-a-iii-2a-1',
    componentId: C2,
    type: 'community_event',
    title:
      'Tuyên truyền trực tiếp tại cộng đồng về thủ đoạn của tội phạm mua bán người qua sinh hoạt, nói chuyện chuyên đề tại ấp, khóm, đoàn thể, trường học',
    description:
      'Lồng ghép trong sinh hoạt Hội, tại các điểm du lịch; vận động nhân dân chấp hành pháp luật, phát hiện, tố giác hành vi vi phạm.',
    leadAgencyId: 'tv-hlhpn',
    cooperatingAgencyIds: ['tv-ubmttq', 'tv-tcctxh', 'tv-ca'],
    audiences: ['Nhân dân ấp, khóm', 'Hội viên các đoàn thể', 'Học sinh'],
    sourceRef: 'III.2.a, gạch đầu dòng 1',
  }),
  activity({
    id: 'tv651-a-iii-2a-2',
    componentId: C2,
    type: 'contest',
    title:
      'Tổ chức hội thi tìm hiểu pháp luật, thi sáng tác, xây dựng tiểu phẩm, thi tuyên truyền viên giỏi về phòng, chống mua bán người',
    leadAgencyId: 'tv-hlhpn',
    cooperatingAgencyIds: ['tv-svhttdl'],
    sourceRef: 'III.2.a, gạch đầu dòng 2',
  }),
  activity({
    id: 'tv651-a-iii-2a-3',
    componentId: C2,
    type: 'workshop',
    title: 'Tổ chức diễn đàn, tọa đàm, giao lưu trao đổi thông tin cho các nhóm đối tượng',
    leadAgencyId: 'tv-hlhpn',
    audiences: ['Học sinh ở các cấp học', 'Học sinh các trường dân tộc nội trú'],
    sourceRef: 'III.2.a, gạch đầu dòng 3',
  }),
  activity({
    id: 'tv651-a-iii-2a-4',
    componentId: C2,
    type: 'counselling',
    title: 'Tổ chức đối thoại, trao đổi và tư vấn trực tiếp về luật pháp, chính sách phòng, chống mua bán người',
    description: 'Di cư lao động, hôn nhân có yếu tố nước ngoài, cho nhận con nuôi, hộ tịch.',
    leadAgencyId: 'tv-hlhpn',
    cooperatingAgencyIds: ['tv-tttgpl'],
    audiences: ['Phụ nữ', 'Người dân cộng đồng'],
    sourceRef: 'III.2.a, gạch đầu dòng 4',
  }),
  activity({
    id: 'tv651-a-iii-2a-5',
    componentId: C2,
    type: 'mobile_trial',
    title: 'Phối hợp tổ chức xét xử lưu động tại cộng đồng về tội mua bán người',
    leadAgencyId: 'tv-hlhpn',
    cooperatingAgencyIds: ['tv-ca'],
    audiences: ['Người dân cộng đồng'],
    sourceRef: 'III.2.a, gạch đầu dòng 5',
  }),
  activity({
    id: 'tv651-a-iii-2a-6',
    componentId: C2,
    type: 'campaign',
    title:
      'Hàng năm, Hội Liên hiệp Phụ nữ các cấp hưởng ứng Ngày toàn dân phòng, chống mua bán người - 30/7 và Ngày thế giới phòng, chống mua bán người (1/7 - 1/8, cao điểm tuần cuối tháng 7)',
    description: 'Tập trung tại các địa bàn có đông phụ nữ kết hôn với người nước ngoài, nhất là Trung Quốc, Đài Loan.',
    leadAgencyId: 'tv-hlhpn',
    audiences: ['Phụ nữ ở địa bàn có đông phụ nữ kết hôn với người nước ngoài'],
    sourceRef: 'III.2.a, gạch đầu dòng 6',
  }),
  activity({
    id: 'tv651-a-iii-2a-7',
    componentId: C2,
    type: 'community_event',
    title:
      'Tuyên truyền, giáo dục phẩm chất, đạo đức tốt đẹp, giữ gìn hình ảnh phụ nữ Việt Nam trong nước và ở nước ngoài',
    leadAgencyId: 'tv-hlhpn',
    audiences: ['Phụ nữ'],
    sourceRef: 'III.2.a, gạch đầu dòng 7',
  }),
  activity({
    id: 'tv651-a-iii-2a-8',
    componentId: C2,
    type: 'community_event',
    title: 'Tuyên truyền lồng ghép với đấu tranh chống tội phạm mua bán người và các chương trình hỗ trợ sinh kế',
    leadAgencyId: 'tv-hlhpn',
    cooperatingAgencyIds: ['tv-ca'],
    audiences: ['Người dân địa phương', 'Nhóm nguy cơ cao'],
    sourceRef: 'III.2.a, gạch đầu dòng 8',
  }),
  // III.2.b — Bộ tài liệu truyền thông chung; mạng lưới tuyên truyền viên
  activity({
    id: 'tv651-a-iii-2b-1',
    componentId: C2,
    type: 'material_distribution',
    title:
      'Triển khai Bộ tài liệu truyền thông chung về phòng, chống mua bán người của Trung ương Hội Liên hiệp Phụ nữ Việt Nam đến cơ sở',
    description: 'Điều chỉnh phù hợp với từng nhóm đối tượng, đặc biệt là vùng đồng bào Khmer.',
    leadAgencyId: 'tv-hlhpn',
    cooperatingAgencyIds: ['tw-hlhpn'],
    audiences: ['Đồng bào Khmer', 'Các nhóm đối tượng tại cơ sở'],
    sourceRef: 'III.2.b, đoạn đầu, câu 1',
  }),
  activity({
    id: 'tv651-a-iii-2b-2',
    componentId: C2,
    type: 'training',
    title: 'Tập huấn nâng cao năng lực cho mạng lưới báo cáo viên, tuyên truyền viên, cộng tác viên tại địa phương',
    leadAgencyId: 'tv-hlhpn',
    audiences: ['Báo cáo viên', 'Tuyên truyền viên', 'Cộng tác viên'],
    sourceRef: 'III.2.b, đoạn đầu, câu 2',
  }),
  activity({
    id: 'tv651-a-iii-2b-3',
    componentId: C2,
    type: 'network_building',
    title:
      'Củng cố, kiện toàn đội ngũ cộng tác viên, tuyên truyền viên cộng đồng; huy động người có uy tín, người từng là nạn nhân trở về tham gia tuyên truyền',
    leadAgencyId: 'tv-hlhpn',
    audiences: ['Cộng tác viên, tuyên truyền viên cộng đồng', 'Người có uy tín', 'Nạn nhân bị mua bán trở về'],
    sourceRef: 'III.2.b, gạch đầu dòng 1',
  }),
  // III.2.c — Nắm bắt thông tin qua các mô hình của Hội
  activity({
    id: 'tv651-a-iii-2c-1',
    componentId: C2,
    type: 'information_gathering',
    title:
      'Các cấp Hội thường xuyên theo dõi, nắm bắt thông tin về di cư lao động, xuất khẩu lao động, kết hôn có yếu tố nước ngoài, con nuôi, mua bán nội tạng',
    description: 'Phát hiện dấu hiệu liên quan đến mua bán người, kịp thời thông báo cơ quan chức năng.',
    leadAgencyId: 'tv-hlhpn',
    cooperatingAgencyIds: ['tv-ca'],
    sourceRef: 'III.2.c, gạch đầu dòng 1',
  }),
  activity({
    id: 'tv651-a-iii-2c-2',
    componentId: C2,
    type: 'counselling',
    title:
      'Tiếp cận nhóm phụ nữ có nguy cơ cao bị mua bán, phụ nữ ở địa bàn có xu hướng lấy chồng nước ngoài để tư vấn, định hướng kịp thời',
    leadAgencyId: 'tv-hlhpn',
    audiences: ['Phụ nữ có nguy cơ cao bị mua bán', 'Phụ nữ ở địa bàn có xu hướng lấy chồng nước ngoài'],
    sourceRef: 'III.2.c, gạch đầu dòng 2',
  }),
  activity({
    id: 'tv651-a-iii-2c-3',
    componentId: C2,
    type: 'model_building',
    title: 'Xây dựng và nhân rộng mô hình phát hiện, tố giác, ngăn chặn tội phạm mua bán người dựa vào cộng đồng',
    leadAgencyId: 'tv-hlhpn',
    sourceRef: 'III.2.c, gạch đầu dòng 3',
  }),
  activity({
    id: 'tv651-a-iii-2c-4',
    componentId: C2,
    type: 'model_building',
    title: 'Kết nối các mô hình phòng, chống mua bán người ở cơ sở để trao đổi, nắm thông tin',
    leadAgencyId: 'tv-hlhpn',
    sourceRef: 'III.2.c, gạch đầu dòng 4',
  }),
  // III.2.d — Tư vấn cho nạn nhân, gia đình và cộng đồng
  activity({
    id: 'tv651-a-iii-2d-1',
    componentId: C2,
    type: 'counselling',
    title:
      'Phối hợp Trung tâm Trợ giúp pháp lý, Trung tâm tư vấn hôn nhân và gia đình có yếu tố nước ngoài tư vấn, kết nối đường dây nóng 18001567 và 04.39719913',
    leadAgencyId: 'tv-hlhpn',
    cooperatingAgencyIds: ['tv-tttgpl', 'tv-tthngd', 'bo-ldtbxh', 'tw-hlhpn'],
    audiences: ['Người dân', 'Cộng đồng'],
    sourceRef: 'III.2.d, gạch đầu dòng 1',
  }),
  activity({
    id: 'tv651-a-iii-2d-2',
    componentId: C2,
    type: 'training',
    title: 'Nâng cao năng lực, kỹ năng tư vấn cho cán bộ hội, cán bộ tư vấn, cán bộ xã hội tại cơ sở hỗ trợ nạn nhân',
    leadAgencyId: 'tv-hlhpn',
    cooperatingAgencyIds: ['tv-tthngd'],
    audiences: [
      'Cán bộ hội',
      'Cán bộ tư vấn tại Trung tâm tư vấn pháp luật, Trung tâm hỗ trợ hôn nhân và gia đình có yếu tố nước ngoài',
      'Cán bộ xã hội tại cơ sở hỗ trợ nạn nhân',
    ],
    sourceRef: 'III.2.d, gạch đầu dòng 2',
  }),
  activity({
    id: 'tv651-a-iii-2d-3',
    componentId: C2,
    type: 'victim_support',
    title:
      'Kết nối với các cơ sở hỗ trợ nạn nhân, Trung tâm bảo trợ xã hội trong cả nước để tiếp nhận, hỗ trợ nạn nhân bị mua bán trở về',
    leadAgencyId: 'tv-hlhpn',
    audiences: ['Nạn nhân bị mua bán trở về'],
    sourceRef: 'III.2.d, gạch đầu dòng 3',
  }),
  activity({
    id: 'tv651-a-iii-2d-4',
    componentId: C2,
    type: 'counselling',
    title: 'Gặp gỡ tuyên truyền, tư vấn tại gia đình, cụm dân cư, ấp, khóm, văn phòng, qua điện thoại và mạng',
    leadAgencyId: 'tv-hlhpn',
    audiences: ['Gia đình', 'Người dân ấp, khóm'],
    sourceRef: 'III.2.d, gạch đầu dòng 4',
  }),
  activity({
    id: 'tv651-a-iii-2d-5',
    componentId: C2,
    type: 'hotline_promotion',
    title:
      'Tuyên truyền về di cư lao động an toàn; tài liệu giới thiệu địa chỉ hỗ trợ, số điện thoại tư vấn, đường dây nóng',
    leadAgencyId: 'tv-hlhpn',
    audiences: ['Người dân'],
    sourceRef: 'III.2.d, gạch đầu dòng 5',
  }),
  activity({
    id: 'tv651-a-iii-2d-6',
    componentId: C2,
    type: 'counselling',
    title: 'Lồng ghép tư vấn phòng, chống mua bán người với hoạt động hỗ trợ, vay vốn, tạo việc làm',
    leadAgencyId: 'tv-hlhpn',
    cooperatingAgencyIds: ['tv-ubnd-huyen'],
    audiences: ['Hội viên', 'Người dân được hỗ trợ vay vốn, việc làm'],
    sourceRef: 'III.2.d, gạch đầu dòng 6',
  }),
  // VI — concrete communication work assigned to one agency
  activity({
    id: 'tv651-a-vi-3',
    type: 'cultural_event',
    title:
      'Tuyên truyền lồng ghép phòng, chống mua bán người vào hoạt động văn hóa: hội thi, hội diễn, pano, băng rôn, áp phích, tờ rơi, tờ gấp, thiết chế văn hóa cơ sở',
    leadAgencyId: 'tv-svhttdl',
    cooperatingAgencyIds: ['tv-ubnd-huyen'],
    audiences: ['Nhân dân'],
    sourceRef: 'VI.3, đoạn 2',
  }),
  activity({
    id: 'tv651-a-vi-6',
    type: 'community_event',
    title:
      'Tuyên truyền phổ biến giáo dục pháp luật về phòng, chống tội phạm mua bán người cho Nhân dân vùng ven biển, tuyến biên giới biển',
    leadAgencyId: 'tv-bdbp',
    cooperatingAgencyIds: ['tv-bchqs'],
    audiences: ['Nhân dân vùng ven biển, tuyến biên giới biển', 'Ngư dân'],
    sourceRef: 'VI.6, đoạn 2',
  }),
  activity({
    id: 'tv651-a-vi-7',
    componentId: C1,
    type: 'newspaper_column',
    title:
      'Xây dựng và thực hiện các chuyên trang, chuyên mục về phòng, chống mua bán người trên Báo Trà Vinh, Đài Phát thanh và Truyền hình Trà Vinh',
    leadAgencyId: 'tv-bao',
    cooperatingAgencyIds: ['tv-dai'],
    audiences: ['Nhân dân'],
    sourceRef: 'VI.7',
  }),
  activity({
    id: 'tv651-a-vi-8',
    componentId: C1,
    type: 'online_post',
    title:
      'Đăng tải tin, bài về phòng, chống mua bán người trên Cổng Thông tin điện tử tỉnh và trang thông tin điện tử các cơ quan, đơn vị, địa phương',
    leadAgencyId: 'tv-cong',
    cooperatingAgencyIds: ['tv-ttdt-coquan'],
    audiences: ['Nhân dân'],
    sourceRef: 'VI.8',
  }),
  activity({
    id: 'tv651-a-vi-11-1',
    type: 'community_event',
    title:
      'Cấp huyện phổ biến chủ trương, pháp luật; tuyên truyền bằng pano, áp phích, băng rôn, mít tinh, tuyên truyền miệng, văn nghệ, bản tin, tủ sách pháp luật',
    leadAgencyId: 'tv-ubnd-huyen',
    cooperatingAgencyIds: ['tv-pvhtt-huyen', 'tv-dtt-huyen'],
    audiences: ['Nhân dân'],
    sourceRef: 'VI.11, gạch đầu dòng 1',
  }),
  activity({
    id: 'tv651-a-vi-11-2',
    type: 'media_item',
    title:
      'Thường xuyên xây dựng chuyên đề, phóng sự, tin, bài về phòng, chống mua bán người trên sóng Đài Truyền thanh, Trang thông tin điện tử cấp huyện',
    leadAgencyId: 'tv-ubnd-huyen',
    cooperatingAgencyIds: ['tv-dtt-huyen'],
    audiences: ['Nhân dân'],
    sourceRef: 'VI.11, gạch đầu dòng 2',
  }),
];
