import type { PlanInput } from '../model/index.js';
import { SEED_STRUCTURES } from './structures.js';
import { TV651_PERIOD, tv651Activities } from './tra-vinh-651-activities.js';
import { tv651Targets } from './tra-vinh-651-targets.js';

/**
 * Kế hoạch truyền thông phòng, chống mua bán người đến năm 2020 trên địa bàn tỉnh Trà Vinh,
 * ban hành kèm theo Quyết định 651/QĐ-UBND ngày 06/4/2018 (source: ../shared/seeds/tra-vinh-651-QD-UBND-2018.txt).
 * sourceRef uses the plan's own numbering (I–VI); "Điều 2" refers to the decision itself.
 */

const BOTH = ['tv651-c1', 'tv651-c2'];

export const traVinh651: PlanInput = {
  id: 'tv651',
  code: '651/QĐ-UBND',
  title: 'Kế hoạch truyền thông phòng, chống mua bán người đến năm 2020 trên địa bàn tỉnh Trà Vinh',
  issuer: 'Ủy ban nhân dân tỉnh Trà Vinh',
  issuedOn: '2018-04-06',
  signer: 'Chủ tịch Ủy ban nhân dân tỉnh Trà Vinh',
  provinceCode: SEED_STRUCTURES.tv651.provinceCode,
  areaStructure: SEED_STRUCTURES.tv651.structure,
  // "đến năm 2020", "Phấn đấu đến hết năm 2020"; in force from signature (Điều 3).
  period: { ...TV651_PERIOD },
  legalBases: [
    {
      code: '77/2015/QH13',
      title: 'Luật Tổ chức chính quyền địa phương',
      issuer: 'Quốc hội',
      issuedOn: '2015-06-19',
    },
    {
      code: '2546/QĐ-TTg',
      title: 'Quyết định phê duyệt Chương trình phòng, chống mua bán người giai đoạn 2016 - 2020',
      issuer: 'Thủ tướng Chính phủ',
      issuedOn: '2015-12-31',
    },
    {
      code: '1090/QĐ-BTTTT',
      title:
        'Quyết định phê duyệt Đề án 1 "Truyền thông phòng, chống mua bán người" đến năm 2020 thuộc Chương trình phòng, chống mua bán người giai đoạn 2016 - 2020 của Chính phủ',
      issuer: 'Bộ trưởng Bộ Thông tin và Truyền thông',
      issuedOn: '2017-07-05',
    },
    {
      code: '632/QĐ-UBND',
      title:
        'Quyết định ban hành Kế hoạch triển khai thực hiện Chương trình phòng, chống mua bán người giai đoạn 2016 - 2020 trên địa bàn tỉnh Trà Vinh',
      issuer: 'Ủy ban nhân dân tỉnh Trà Vinh',
      issuedOn: '2016-03-28',
    },
    {
      code: '358/TTr-STTTT-TTBCXB',
      title: 'Tờ trình của Giám đốc Sở Thông tin và Truyền thông đề nghị ban hành Kế hoạch',
      issuer: 'Sở Thông tin và Truyền thông tỉnh Trà Vinh',
      issuedOn: '2018-03-16',
    },
  ],
  parentProgramme: {
    code: '1090/QĐ-BTTTT',
    title:
      'Đề án 1 "Truyền thông phòng, chống mua bán người" đến năm 2020 thuộc Chương trình phòng, chống mua bán người giai đoạn 2016 - 2020 của Chính phủ (2546/QĐ-TTg)',
  },
  objectives: [
    {
      id: 'tv651-o-i-1a',
      text: 'Tuyên truyền sâu rộng để cán bộ, đảng viên, công chức, viên chức người lao động và Nhân dân nhận thức được tầm quan trọng và ý nghĩa về công tác phòng chống mua bán người để chủ động, tích cực phòng ngừa, góp phần giảm thiểu nguy cơ mua bán người trên địa bàn tỉnh.',
      sourceRef: 'I.1.a',
    },
    {
      id: 'tv651-o-i-1b',
      text: 'Chủ động tuyên truyền trên các phương tiện thông tin đại chúng các nội dung của Đề án 1 "Truyền thông phòng, chống mua bán người" đến năm 2020 thuộc Chương trình phòng, chống mua bán người giai đoạn 2016 - 2020 của Chính phủ theo Quyết định số 1090/QĐ-BTTTT ngày 05/7/2017 của Bộ trưởng Bộ Thông tin và Truyền thông.',
      sourceRef: 'I.1.b',
    },
    {
      id: 'tv651-o-i-2a',
      text: 'Công tác tuyên truyền phải được thực hiện thường xuyên, liên tục đồng bộ có trọng tâm trọng điểm, bằng nhiều hình thức mới phong phú, đa dạng, phù hợp trên các phương tiện thông tin đại chúng, nhằm giúp cho mỗi tổ chức, cá nhân gia đình và cộng đồng xã hội nâng cao ý thức trách nhiệm trong công tác phòng, chống mua bán người; đề cao cảnh giác, tích cực tham gia phòng chống mua bán người, góp phần giảm thiểu nguy cơ mua bán người.',
      sourceRef: 'I.2.a',
    },
    {
      id: 'tv651-o-i-2b',
      text: 'Làm tốt công tác phối hợp giữa các cơ quan đơn vị, địa phương, nhất là trong công tác cung cấp thông tin, lồng ghép tuyên truyền để đạt hiệu quả thiết thực tránh phô trương hình thức.',
      sourceRef: 'I.2.b',
    },
    {
      id: 'tv651-o-ii-1',
      text: '100% xã, phường, thị trấn (gọi tắt là cấp xã) trên địa bàn tỉnh được nhận và triển khai tài liệu hướng dẫn thực hiện chính sách, pháp luật, tài liệu truyền thông thay đổi hành vi về phòng, chống mua bán người.',
      sourceRef: 'II, gạch đầu dòng 1',
    },
    {
      id: 'tv651-o-ii-2',
      text: 'Ít nhất 30% số xã thuộc địa bàn có nhiều vụ việc xảy ra, có nhiều nạn nhân bị mua bán trở về hoặc có nhiều nguy cơ được tư vấn chuyên sâu về phòng ngừa mua bán người.',
      sourceRef: 'II, gạch đầu dòng 2',
    },
    {
      id: 'tv651-o-ii-3',
      text: 'Thông tin về phòng, chống mua bán người được đăng tải trên các phương tiện thông tin đại chúng trên địa bàn tỉnh ít nhất một tháng/lần.',
      sourceRef: 'II, gạch đầu dòng 3',
    },
    {
      id: 'tv651-o-ii-4',
      text: 'Có 75% người dân trở lên tại các địa bàn trọng điểm, tập trung vào nhóm tuổi từ 14 - 60, đặc biệt là phụ nữ, trẻ em được tiếp cận các thông tin, kiến thức pháp luật về phòng, chống mua bán người, kỹ năng xử lý tình huống liên quan đến mua bán người.',
      sourceRef: 'II, gạch đầu dòng 4',
    },
  ],
  components: [
    {
      id: 'tv651-c1',
      title: 'Tiểu đề án 1: Truyền thông phòng, chống mua bán người trên các phương tiện thông tin đại chúng',
      leadAgencyId: 'tv-stttt',
      cooperatingAgencyIds: [
        'tv-svhttdl',
        'tv-ca',
        'tv-bchqs',
        'tv-bdbp',
        'tv-bao',
        'tv-dai',
        'tv-cong',
        'tv-ttdt-coquan',
        'tv-dtt-huyen',
        'tv-so-nganh',
        'tv-ubnd-huyen',
      ],
      description:
        'Chủ trì: Sở Thông tin và Truyền thông (VI.1). Phối hợp: các cơ quan ở VI.1, 3, 4, 6, 7, 8, 9 và Điều 2.',
      sourceRef: 'III.1; VI.1',
    },
    {
      id: 'tv651-c2',
      title: 'Tiểu đề án 2: Truyền thông phòng, chống mua bán người tại cộng đồng',
      leadAgencyId: 'tv-hlhpn',
      cooperatingAgencyIds: [
        'tv-svhttdl',
        'tv-ca',
        'tv-bchqs',
        'tv-bdbp',
        'tv-so-nganh',
        'tv-ubmttq',
        'tv-tcctxh',
        'tv-tttgpl',
        'tv-tthngd',
        'tv-ubnd-huyen',
      ],
      description: 'Chủ trì: Hội Liên hiệp Phụ nữ tỉnh (VI.2). Phối hợp: các cơ quan ở VI.3, 4, 6, 9, 10 và III.2.d.',
      sourceRef: 'III.2; VI.2',
    },
  ],
  duties: [
    {
      id: 'tv651-d-dieu-2',
      agencyId: 'tv-stttt',
      role: 'lead',
      componentIds: [],
      text: 'Giao Sở Thông tin và Truyền thông chủ trì, phối hợp với các sở, ban, ngành tỉnh có liên quan và Ủy ban nhân dân các huyện, thị xã, thành phố tổ chức triển khai thực hiện Kế hoạch này và định kỳ tổng hợp kết quả thực hiện báo cáo theo quy định.',
      sourceRef: 'Quyết định, Điều 2',
    },
    {
      id: 'tv651-d-dieu-3',
      agencyId: 'tv-vpubnd',
      role: 'implement',
      text: 'Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Thông tin và Truyền thông, Thủ trưởng các sở, ban, ngành tỉnh có liên quan, Chủ tịch Ủy ban nhân dân các huyện, thị xã, thành phố chịu trách nhiệm thi hành Quyết định này.',
      sourceRef: 'Quyết định, Điều 3',
    },
    {
      id: 'tv651-d-vi-1-1',
      agencyId: 'tv-stttt',
      role: 'lead',
      componentIds: ['tv651-c1'],
      text: 'Chủ trì triển khai thực hiện Tiểu đề án 1.',
      sourceRef: 'VI.1, gạch đầu dòng 1',
    },
    {
      id: 'tv651-d-vi-1-2',
      agencyId: 'tv-stttt',
      role: 'implement',
      componentIds: ['tv651-c1'],
      text: 'Chỉ đạo định hướng các cơ quan báo chí, Cổng thông tin điện tử tỉnh, Trang thông tin điện tử cơ quan, đơn vị, địa phương, Đài Phát thanh và Truyền hình Trà Vinh, Báo Trà Vinh, Đài Truyền thanh các huyện, thị xã, thành phố đẩy mạnh việc tuyên truyền các chủ trương của Đảng, các văn bản pháp luật, văn bản chỉ đạo, tình hình thực hiện công tác phòng, chống mua bán người trên địa bàn tỉnh. Xây dựng các chuyên trang, chuyên mục, chuyên đề, nâng cao chất lượng tin, bài và đổi mới hình thức tuyên truyền về công tác phòng, chống tội phạm mua bán người trên các phương tiện thông tin đại chúng theo hướng thiết thực, hiệu quả.',
      sourceRef: 'VI.1, gạch đầu dòng 2',
    },
    {
      id: 'tv651-d-vi-2',
      agencyId: 'tv-hlhpn',
      role: 'lead',
      componentIds: ['tv651-c2'],
      text: 'Đề nghị Hội Liên hiệp Phụ nữ tỉnh chủ trì triển khai thực hiện Tiểu Đề án 2 phối hợp với các cơ quan liên quan để triển khai thực hiện các nội dung của Kế hoạch này.',
      sourceRef: 'VI.2',
    },
    cooperateInBoth('tv651-d-vi-3-1', 'tv-svhttdl', 'VI.3, đoạn 1'),
    {
      id: 'tv651-d-vi-3-2',
      agencyId: 'tv-svhttdl',
      role: 'implement',
      text: 'Chủ trì, phối hợp với các cơ quan, đơn vị có liên quan và địa phương tổ chức tuyên truyền lồng ghép nội dung phòng chống mua bán người vào các hoạt động văn hóa, thông qua các hình thức như: Tổ chức các cuộc hội thi, hội diễn, pano, băng rôn, áp phích, tờ rơi, tờ gấp, thông qua các thiết chế văn hóa cơ sở (nhà văn hóa, trung tâm văn hóa...); tăng cường quản lý, hướng dẫn kiểm tra các hoạt động du lịch, dịch vụ văn hóa, nhằm làm giảm thiểu các tệ nạn xã hội, ngăn chặn, phòng ngừa các hoạt động mua bán người trên địa bàn tỉnh.',
      sourceRef: 'VI.3, đoạn 2',
    },
    cooperateInBoth('tv651-d-vi-4-1', 'tv-ca', 'VI.4, đoạn 1'),
    {
      id: 'tv651-d-vi-4-2',
      agencyId: 'tv-ca',
      role: 'implement',
      text: 'Chủ động nắm tình hình về hoạt động của tội phạm mua bán người và các đối tượng khác trên địa bàn tỉnh để có biện pháp phòng ngừa, phát hiện các hành vi vi phạm pháp luật; cung cấp thông tin kịp thời cho các cơ quan báo, đài về các dấu hiệu vi phạm, hình thức, thủ đoạn hoạt động của tội phạm, các phương thức phòng, chống tội phạm mua bán người, để thông báo cho Nhân dân biết nhằm nâng cao tinh thần cảnh giác, chủ động phòng ngừa và tích cực tham gia đấu tranh phòng, chống tội phạm mua bán người trên địa bàn tỉnh.',
      sourceRef: 'VI.4, đoạn 2',
    },
    {
      id: 'tv651-d-vi-5',
      agencyId: 'tv-stc',
      role: 'fund',
      text: 'Phối hợp với các sở, ban, ngành tỉnh có liên quan và khả năng cân đối ngân sách bố trí kinh phí để thực hiện Kế hoạch theo quy định.',
      sourceRef: 'VI.5',
    },
    cooperateInBoth('tv651-d-vi-6-1-bchqs', 'tv-bchqs', 'VI.6, đoạn 1'),
    cooperateInBoth('tv651-d-vi-6-1-bdbp', 'tv-bdbp', 'VI.6, đoạn 1'),
    ...['tv-bchqs', 'tv-bdbp'].map((agencyId) => ({
      id: `tv651-d-vi-6-2-${agencyId.slice(3)}`,
      agencyId,
      role: 'implement' as const,
      text: 'Phối hợp với các sở, ngành tỉnh có liên quan thực hiện nhiệm vụ quản lý hoạt động phòng, chống tội phạm mua bán người trên địa bàn tỉnh; thực hiện tuyên truyền phổ biến giáo dục pháp luật về phòng, chống tội phạm mua bán người cho Nhân dân, nhất là Nhân dân vùng ven biển, tuyến biên giới biển. Tăng cường công tác quản lý hoạt động tàu cá của ngư dân ra vào khai thác, đánh bắt hải sản ven bờ, xa bờ, nắm tình hình, điều tra cơ bản, triển khai các biện pháp nghiệp vụ, kết hợp với tuần tra, kiểm soát khu vực biên giới biển. Tổ chức lực lượng phòng ngừa, ngăn chặn, xử lý các đối tượng mua bán người qua biên giới; đồng thời, thực hiện các biện pháp giải cứu, tiếp nhận, bảo vệ, hỗ trợ nạn nhân theo quy định của pháp luật.',
      sourceRef: 'VI.6, đoạn 2',
    })),
    ...['tv-bao', 'tv-dai'].map((agencyId) => ({
      id: `tv651-d-vi-7-${agencyId.slice(3)}`,
      agencyId,
      role: 'implement' as const,
      componentIds: ['tv651-c1'],
      text: 'Kịp thời tuyên truyền, phổ biến các chủ trương của Đảng, chính sách, pháp luật của Nhà nước về phòng, chống tội phạm mua bán người; xây dựng và thực hiện các chuyên trang, chuyên mục và các hình thức truyền thông khác về phòng, chống mua bán người; thông tin về tình hình, thủ đoạn và hậu quả, tác hại của tội phạm mua bán người; các biện pháp phòng ngừa; kết quả công tác phòng, chống tội phạm mua bán người; các gương điển hình tiên tiến, mô hình hiệu quả, kinh nghiệm hay về phòng, chống mua bán người.',
      sourceRef: 'VI.7',
    })),
    ...['tv-cong', 'tv-ttdt-coquan'].map((agencyId) => ({
      id: `tv651-d-vi-8-${agencyId.slice(3)}`,
      agencyId,
      role: 'implement' as const,
      componentIds: ['tv651-c1'],
      text: 'Chủ động đăng tải các tin, bài về công tác phòng, chống mua bán người trên Cổng Thông tin điện tử tỉnh và các trang thông tin điện tử của các cơ quan, đơn vị, địa phương; cập nhật các văn bản quản lý, điều hành, các chủ trương, Nghị quyết của Đảng, pháp luật của Nhà nước về công tác phòng, chống mua bán người.',
      sourceRef: 'VI.8',
    })),
    {
      id: 'tv651-d-vi-9',
      agencyId: 'tv-so-nganh',
      role: 'cooperate',
      componentIds: BOTH,
      text: 'Căn cứ chức năng, nhiệm vụ được giao có trách nhiệm phối hợp với Sở Thông tin và Truyền thông, Hội Liên hiệp Phụ nữ tỉnh phổ biến, triển khai thực hiện Kế hoạch này.',
      sourceRef: 'VI.9',
    },
    ...['tv-ubmttq', 'tv-tcctxh'].map((agencyId) => ({
      id: `tv651-d-vi-10-1-${agencyId.slice(3)}`,
      agencyId,
      role: 'cooperate' as const,
      componentIds: ['tv651-c2'],
      text: 'Trong phạm vi chức năng, nhiệm vụ của mình phối hợp với các sở, ngành tỉnh liên quan đẩy mạnh công tác tuyên truyền đường lối, chủ trương của Đảng, chính sách, pháp luật của Nhà nước và của tỉnh về phòng, chống mua bán người, chú trọng tuyên truyền các phương thức, thủ đoạn hoạt động của tội phạm mua bán người, nhất là ở vùng sâu, vùng xa, những địa bàn trọng điểm có nguy cơ cao về tội phạm mua bán người; vận động hội viên, đoàn viên, Nhân dân tích cực hưởng ứng, tham gia phòng, chống mua bán người, tích cực phát hiện, tố giác, tố cáo, nhằm ngăn chặn hành vi mua bán người trên địa bàn tỉnh.',
      sourceRef: 'VI.10, gạch đầu dòng 1',
    })),
    {
      id: 'tv651-d-vi-10-2',
      agencyId: 'tv-ubmttq',
      role: 'implement',
      text: 'Hướng dẫn chỉ đạo các tổ chức thành viên triển khai thực hiện Kế hoạch này nhằm phát huy sức mạnh tổng hợp của hệ thống chính trị và quần chúng nhân dân trong phòng, chống tội phạm mua bán người.',
      sourceRef: 'VI.10, gạch đầu dòng 2',
    },
    {
      id: 'tv651-d-vi-11',
      agencyId: 'tv-ubnd-huyen',
      role: 'implement',
      text: 'Chủ động xây dựng kế hoạch và tổ chức thực hiện Kế hoạch này ở địa phương; chỉ đạo lồng ghép thực hiện Kế hoạch này với nhiệm vụ phát triển kinh tế xã hội ở địa phương, thực hiện công tác kiểm tra, đánh giá tình hình thực hiện Kế hoạch.',
      sourceRef: 'VI.11, đoạn đầu',
    },
    {
      id: 'tv651-d-vi-11-1',
      agencyId: 'tv-ubnd-huyen',
      role: 'implement',
      text: 'Tổ chức phổ biến các chủ trương, chính sách của Đảng và các văn bản pháp luật, cập nhật các văn bản quản lý, điều hành mới ban hành của Trung ương, của tỉnh, huyện, thị xã, thành phố liên quan đến công tác phòng, chống mua bán người; đẩy mạnh tuyên truyền bằng nhiều hình thức thiết thực, hiệu quả như: Pano, áp phích, băng rôn, mít tinh; tuyên truyền miệng (lồng ghép trong các buổi họp dân, sinh hoạt câu lạc bộ); các chương trình văn nghệ, giải trí (Đội thông tin lưu động, câu chuyện truyền thanh); các hình thức khác (bản tin địa phương, tủ sách pháp luật, thư viện, trang thông tin điện tử) huyện, thị xã, thành phố.',
      sourceRef: 'VI.11, gạch đầu dòng 1',
    },
    {
      id: 'tv651-d-vi-11-2',
      agencyId: 'tv-ubnd-huyen',
      role: 'implement',
      text: 'Thường xuyên xây dựng các chuyên đề, phóng sự, tin, bài phản ánh về công tác phòng, chống mua bán người trên sóng phát thanh của Đài Truyền thanh, Trang thông tin điện tử.',
      sourceRef: 'VI.11, gạch đầu dòng 2',
    },
    {
      id: 'tv651-d-iv-stc',
      agencyId: 'tv-stc',
      role: 'fund',
      text: 'Căn cứ nhiệm vụ được phân công, các cơ quan, đơn vị xây dựng dự toán ngân sách hàng năm, tổng hợp chung trong dự toán của cơ quan, đơn vị theo quy định của Luật Ngân sách nhà nước gửi cơ quan tài chính thẩm định trình cấp có thẩm quyền quyết định.',
      sourceRef: 'IV, đoạn 2',
    },
    {
      id: 'tv651-d-v-stttt',
      agencyId: 'tv-stttt',
      role: 'report',
      text: 'Định kỳ hàng năm (trước ngày 20/12 của năm), các cơ quan, đơn vị, địa phương gửi báo cáo kết quả thực hiện Kế hoạch này và những vấn đề có liên quan đến Sở Thông tin và Truyền thông để tổng hợp báo cáo theo quy định.',
      sourceRef: 'V',
    },
    {
      id: 'tv651-d-vi-cuoi',
      agencyId: 'tv-stttt',
      role: 'report',
      text: 'Trong quá trình triển khai thực hiện, nếu có phát sinh khó khăn, vướng mắc, các cơ quan, đơn vị, địa phương phản ánh về Sở Thông tin và Truyền thông được hướng dẫn hoặc tổng hợp, báo cáo, đề xuất Ủy ban nhân dân tỉnh.',
      sourceRef: 'VI, đoạn cuối',
    },
  ],
  activities: tv651Activities,
  targets: tv651Targets,
  reporting: [
    {
      id: 'tv651-r-yearly',
      cadence: 'yearly',
      due: { kind: 'fixed_date', month: 12, day: 20, before: true },
      fromAgencyIds: [],
      toAgencyId: 'tv-stttt',
      consolidatedForAgencyId: 'tv-ubnd',
      sourceRef: 'V',
      note: '"Trước ngày 20/12 của năm" = hạn 19/12. Gửi: mọi cơ quan, đơn vị, địa phương trong Kế hoạch. Sở TT&TT "tổng hợp báo cáo theo quy định": đọc là báo cáo UBND tỉnh (VI, đoạn cuối) và Bộ TT&TT (nơi nhận "b/c").',
    },
  ],
  observances: [
    {
      id: 'tv651-obs-ngay-toan-dan',
      name: 'Ngày toàn dân phòng, chống mua bán người',
      date: '07-30',
      window: { from: '07-01', to: '08-01' },
      // "cao điểm trong tuần cuối tháng 7"
      peak: { from: '07-25', to: '07-31' },
      sourceRef: 'III.1.a, gạch đầu dòng 5; III.2.a, gạch đầu dòng 6',
    },
    {
      id: 'tv651-obs-ngay-the-gioi',
      name: 'Ngày thế giới (Ngày quốc tế) phòng, chống mua bán người',
      date: '07-30',
      window: { from: '07-01', to: '08-01' },
      peak: { from: '07-25', to: '07-31' },
      sourceRef: 'III.1.a, gạch đầu dòng 5; III.2.a, gạch đầu dòng 6',
    },
  ],
  funding:
    'Kinh phí triển khai thực hiện Kế hoạch này do ngân sách nhà nước đảm bảo và huy động, sử dụng các nguồn hợp pháp khác (nếu có) theo quy định hiện hành. Căn cứ nhiệm vụ được phân công, các cơ quan, đơn vị xây dựng dự toán ngân sách hàng năm, tổng hợp chung trong dự toán của cơ quan, đơn vị theo quy định của Luật Ngân sách nhà nước gửi cơ quan tài chính thẩm định trình cấp có thẩm quyền quyết định.',
};

/** "Có trách nhiệm phối hợp với Sở TT&TT, Hội LHPN tỉnh thực hiện các nội dung của Tiểu Đề án 1, Tiểu Đề án 2." */
function cooperateInBoth(id: string, agencyId: string, sourceRef: string) {
  return {
    id,
    agencyId,
    role: 'cooperate' as const,
    componentIds: BOTH,
    text: 'Có trách nhiệm phối hợp với Sở Thông tin và Truyền thông, Hội liên hiệp Phụ nữ tỉnh thực hiện các nội dung của Tiểu Đề án 1, Tiểu Đề án 2.',
    sourceRef,
  };
}
