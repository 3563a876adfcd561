import { targetStatusLabels, type MapState } from '@pcmbn/domain';
import { CONTACT_HEADINGS } from '@pcmbn/ui/contacts';

/**
 * Vietnamese UI strings: the source every other language must match key for key (en.ts and km.ts are checked
 * against this shape at compile time — a missing string is a type error, not a blank on the page).
 */
export const vi = {
  siteName: 'Cổng thông tin phòng, chống mua bán người',
  /** The site's name in the sticky bar of a phone, beside the hotline and quick exit. */
  siteShort: 'Phòng, chống mua bán người',
  siteDescription:
    'Đường dây nóng quốc gia phòng, chống mua bán người, cách nhận biết thủ đoạn, di cư an toàn, quyền của nạn nhân và kết quả thực hiện kế hoạch của tỉnh.',
  skip: 'Bỏ qua, đến nội dung chính',
  callHotline: 'Gọi đường dây nóng',
  quickExit: 'Thoát nhanh',
  quickExitTitle: 'Rời trang này ngay lập tức',
  language: 'Ngôn ngữ',
  mainNav: 'Điều hướng chính',
  navHome: 'Trang chủ',
  navKnowledge: 'Kiến thức',
  navEvents: 'Sự kiện',
  navSearch: 'Tìm kiếm',
  safetyLink: 'Duyệt web an toàn và xoá lịch sử duyệt web',
  safetyTitle: 'Duyệt web an toàn',
  safetyIntro:
    'Nếu bạn lo người khác xem được bạn đã đọc gì trên điện thoại hay máy tính, những cách dưới đây giúp bạn an toàn hơn.',
  safetyQuickExit:
    'Nút «Thoát nhanh» (hoặc nhấn phím Shift ba lần, hoặc Esc hai lần) đưa bạn ngay sang trang Google và xoá trang này khỏi nút Quay lại. Trình duyệt không cho phép một trang web xoá lịch sử duyệt web: hãy tự xoá theo hướng dẫn dưới đây.',
  safetyHistoryHeading: 'Cách xoá lịch sử duyệt web',
  safetySteps: [
    'Chrome trên Android: chạm ⋮ › Lịch sử › Xoá dữ liệu duyệt web, chọn khoảng thời gian, đánh dấu «Lịch sử duyệt web», rồi chạm Xoá dữ liệu.',
    'Safari trên iPhone: mở Cài đặt › Safari › Xoá lịch sử và dữ liệu trang web.',
    'Chrome, Cốc Cốc, Edge trên máy tính: nhấn Ctrl + Shift + Delete (trên Mac: ⌘ + Shift + Delete), chọn «Lịch sử duyệt web», rồi chọn Xoá dữ liệu.',
    'Firefox: nhấn Ctrl + Shift + Delete, chọn «Lịch sử duyệt web và tải xuống», rồi chọn Xoá.',
  ],
  safetyPartial:
    'Nếu xoá hết lịch sử có thể khiến người khác nghi ngờ, bạn có thể chỉ xoá các trang của trang web này: mở Lịch sử (Ctrl + H), tìm các trang này rồi xoá từng trang.',
  safetyPrivate:
    'Lần sau, hãy mở trang web trong cửa sổ ẩn danh (Chrome: ⋮ › Thẻ ẩn danh mới; Safari: Riêng tư): khi đóng cửa sổ, trình duyệt không lưu lịch sử.',
  footer:
    'Trang này không dùng cookie, không theo dõi người đọc và không tải nội dung của bên thứ ba. Nhấn “Thoát nhanh” để rời trang ngay lập tức.',
  hotlineHeading: 'Đường dây nóng quốc gia phòng, chống mua bán người',
  free: 'miễn phí',
  allDay: '24/7',
  hotlineCall:
    'Bạn hoặc người thân bị lừa đi làm, bị ép kết hôn, bị giữ giấy tờ hay bị đưa qua biên giới? Hãy gọi ngay.',
  hotlineOffersHeading: 'Khi gọi, bạn được',
  hotlineOffers: [
    'Tư vấn, giải đáp về dấu hiệu mua bán người',
    'Tiếp nhận tin báo, tố giác — thông tin của bạn được giữ bí mật',
    'Hỗ trợ giải cứu, đưa nạn nhân về nơi an toàn',
    'Kết nối hỗ trợ y tế, pháp lý, tâm lý và tái hòa nhập cộng đồng',
  ],
  emergencyHeading: CONTACT_HEADINGS.vi.emergency,
  noEmergency: 'Chưa có số điện thoại khẩn cấp.',
  recogniseHeading: 'Nhận biết mua bán người',
  recognise: [
    'Lời mời “việc nhẹ, lương cao”, không cần bằng cấp, được lo hết chi phí đi lại.',
    'Người quen mới trên mạng hứa hẹn tình yêu, hôn nhân hay việc làm ở nước ngoài.',
    'Bị giữ giấy tờ tùy thân, điện thoại, bị cấm liên lạc với gia đình.',
    'Phải làm việc để trả “nợ” chi phí môi giới không bao giờ hết.',
    'Bị đưa qua biên giới đường mòn, lối mở, không qua cửa khẩu.',
  ],
  recogniseMore: 'Xem đầy đủ các dấu hiệu',
  featuredHeading: 'Bài nên đọc',
  upcomingHeading: 'Sự kiện sắp tới',
  provincesHeading: 'Thông tin theo tỉnh',
  otherProvinces: (n: number) => `Các tỉnh, thành phố khác, chưa công bố kế hoạch (${n})`,
  provincePlans: (n: number) => (n === 0 ? 'chưa có kế hoạch công bố' : `${n} kế hoạch đã công bố`),
  knowledgeTitle: 'Kiến thức phòng, chống mua bán người',
  knowledgeIntro:
    'Thủ đoạn của kẻ mua bán người và dấu hiệu cảnh báo, di cư an toàn, quyền của nạn nhân, pháp luật và những câu chuyện.',
  categories: {
    help: 'Trợ giúp',
    warning_signs: 'Dấu hiệu cảnh báo',
    tactics: 'Thủ đoạn',
    safe_migration: 'Di cư an toàn',
    victims_rights: 'Quyền của nạn nhân và hỗ trợ',
    law: 'Pháp luật',
    events: 'Sự kiện',
    stories: 'Câu chuyện',
  } as Record<string, string>,
  allCategories: 'Tất cả',
  noArticles: 'Chưa có bài viết trong mục này.',
  fallbackNotice: 'Bài này chưa có bản bằng ngôn ngữ bạn chọn; đang hiển thị bản tiếng Việt.',
  reviewNotice: 'Bản dịch này đang chờ người bản ngữ kiểm tra.',
  sources: 'Nguồn',
  updated: 'Cập nhật',
  backToKnowledge: 'Về trang Kiến thức',
  eventsTitle: 'Sự kiện',
  eventsIntro:
    'Ngày toàn dân phòng, chống mua bán người 30/7, đợt cao điểm truyền thông từ 1/7 đến 1/8 và các sự kiện tại địa phương.',
  eventsYear: (y: number) => `Năm ${y}`,
  from: 'Từ',
  to: 'đến',
  peak: 'Cao điểm',
  noEvents: 'Chưa có sự kiện trong năm này.',
  eventsProvince: 'Tỉnh',
  allProvinces: 'Cả nước và mọi tỉnh',
  show: 'Xem',
  localEvent: (province: string) => `Sự kiện tại ${province}`,
  previousYear: 'Năm trước',
  nextYear: 'Năm sau',
  readArticle: 'Đọc bài',
  provinceTitle: (name: string) => `${name}: kết quả phòng, chống mua bán người`,
  provinceIntro:
    'Kết quả thực hiện các kế hoạch truyền thông đã công bố của tỉnh: từng chỉ tiêu và số hoạt động theo địa bàn.',
  provinceEvents: 'Sự kiện của tỉnh',
  noPlans: 'Tỉnh chưa công bố kế hoạch nào.',
  period: 'Thời gian thực hiện',
  targetsHeading: 'Các chỉ tiêu',
  target: 'Chỉ tiêu',
  status: 'Tình trạng',
  result: 'Kết quả',
  required: 'Yêu cầu',
  countsHeading: 'Số hoạt động đã thực hiện theo địa bàn',
  chartCounts: 'Biểu đồ: tổng số hoạt động theo địa bàn',
  district: 'Huyện, thị xã, thành phố',
  commune: 'Xã, phường, thị trấn',
  total: 'Tổng',
  provinceWide: 'Hoạt động cấp tỉnh (không gắn với địa bàn)',
  asOf: 'Số liệu tính đến',
  areasHeading: 'Địa bàn',
  districtCount: (n: number) => `${n} đơn vị hành chính cấp huyện.`,
  communeCount: (n: number) => `${n} xã, phường, thị trấn`,
  /** A former province in the province list ("thuộc Tỉnh Vĩnh Long từ 01/07/2025"). */
  nowPartOfShort: (now: string, date: string) => `thuộc ${now} từ ngày ${date}`,
  /** A province in the home's list that now includes a former one with published plans. */
  includesFormerShort: (names: string) => `gồm kế hoạch của ${names} trước đây`,
  formerProvinceNote: (former: string, now: string, date: string) =>
    `Từ ngày ${date}, ${former} là một phần của ${now}. Kết quả dưới đây vẫn theo địa bàn hành chính của kế hoạch.`,
  includesFormer: (names: string, date: string) => `Từ ngày ${date}, tỉnh gồm cả ${names} trước đây.`,
  unitsAsOf: (date: string) => `Danh sách đơn vị hành chính từ ngày ${date}.`,
  communeLevelCount: (n: number) => `${n} đơn vị hành chính cấp xã.`,
  agenciesHeading: 'Cơ quan tham gia phòng, chống mua bán người',
  noInfo: 'Chưa có thông tin.',
  /** After an old number in a plan's text: "18001567 (nay là 111)". */
  nowIs: 'nay là',
  /** Beside text that exists only in Vietnamese (plan wording on /en and /km). */
  vietnameseTag: 'Tiếng Việt',
  planInVietnamese: 'Nội dung kế hoạch (tên, chỉ tiêu, địa bàn) chỉ có bằng tiếng Việt.',
  noOwnPlans: 'Tỉnh chưa công bố kế hoạch mới nào.',
  formerPlansIntro: (former: string, date: string) =>
    `Từ ngày ${date}, địa bàn ${former} trước đây thuộc tỉnh này. Kế hoạch ${former} đã công bố vẫn được theo dõi trên trang riêng:`,
  agenciesNowOf: (former: string, now: string, date: string) =>
    `Từ ngày ${date}, công tác phòng, chống mua bán người trên địa bàn ${former} trước đây do các cơ quan của ${now} đảm nhận:`,
  eventPast: 'Đã diễn ra',
  eventsLink: 'Xem mọi sự kiện: Ngày toàn dân phòng, chống mua bán người 30/7, tháng cao điểm và sự kiện ở địa phương',
  localContacts: CONTACT_HEADINGS.vi.local,
  statuses: targetStatusLabels('vi'),
  searchTitle: 'Tìm kiếm',
  searchLabel: 'Từ khóa (có thể gõ không dấu)',
  searchButton: 'Tìm',
  searchResults: (n: number, q: string) => `${n} kết quả cho “${q}”`,
  searchNone: (q: string) =>
    `Không tìm thấy kết quả cho “${q}”. Hãy thử từ khác, ví dụ “việc làm”, “kết hôn”, “đường dây nóng”.`,
  notFound: 'Không tìm thấy trang này.',
  errorGeneric: 'Đã có lỗi xảy ra. Vui lòng thử lại sau.',
  /** The commune map on the province page (issue 16 item 7). */
  map: {
    heading: 'Bản đồ theo xã, phường',
    intro: 'Mỗi xã, phường được tô màu theo chỉ tiêu:',
    choose: 'Tô màu bản đồ theo chỉ tiêu khác:',
    current: 'đang xem',
    legend: 'Chú giải',
    states: {
      done: 'Đã thực hiện',
      partial: 'Thực hiện một phần',
      not_yet: 'Chưa thực hiện',
      no_data: 'Không thuộc chỉ tiêu',
    } satisfies Record<MapState, string>,
    oldUnits:
      'Kế hoạch lập theo địa bàn hành chính cũ: mỗi xã, phường hiện nay được tô theo các đơn vị cũ nằm trong nó (xem tên từng xã trên bản đồ hoặc trong bảng).',
    drawnOn: (former: string, now: string) =>
      `${former} trước đây được vẽ trên các xã, phường hiện nay của ${now} mà địa bàn cũ đã nhập vào.`,
    table: 'Bảng số liệu của bản đồ',
    commune: 'Xã, phường (từ 01/07/2025)',
    state: 'Tình trạng',
    units: 'Đơn vị của kế hoạch nằm trong đó',
    unitDone: 'đã thực hiện',
    unitNotYet: 'chưa',
    caption: (province: string) => `Bản đồ các xã, phường của ${province}`,
  },
  /** "Nhắn tin xin giúp đỡ": a written message to the province's hotline desk (issue 16 item 6). */
  helpForm: {
    title: 'Nhắn tin xin giúp đỡ',
    link: 'Không thể nói chuyện điện thoại? Nhắn tin xin giúp đỡ',
    intro:
      'Nếu lúc này bạn không thể gọi điện hay nói chuyện, hãy viết cho bộ phận tiếp nhận tin báo của tỉnh. Cán bộ sẽ đọc tin nhắn và gọi lại cho bạn nếu bạn để lại số điện thoại.',
    notEmergency: (hotline: string) =>
      `Đây không phải đường dây khẩn cấp: tin nhắn không được đọc ngay. Khi nguy hiểm ngay trước mắt, hãy gọi 113 (Công an). Đường dây nóng ${hotline} miễn phí, suốt ngày đêm, nhận cuộc gọi; chúng tôi không có thông tin nào cho biết ${hotline} nhận tin nhắn SMS, vì vậy trang này chuyển tin nhắn của bạn tới bộ phận tiếp nhận của tỉnh.`,
    privacyHeading: 'Tin nhắn của bạn được giữ thế nào',
    stored:
      'Được lưu: tỉnh bạn chọn, nội dung tin nhắn, số điện thoại và thời gian an toàn nếu bạn ghi, ngôn ngữ của trang và thời điểm gửi.',
    notStored:
      'Không lưu: tên, địa chỉ IP, trình duyệt hay vị trí của bạn. Để chặn máy gửi tự động hàng loạt, máy chủ đếm số lần gửi theo địa chỉ mạng; bộ đếm không gắn với tin nhắn và tự xoá sau một ngày không dùng.',
    readers:
      'Người đọc: cán bộ quản trị của tỉnh bạn chọn (và quản trị viên toàn hệ thống), cán bộ Công an tỉnh được giao tiếp nhận tin báo. Cán bộ của tỉnh khác không xem được.',
    retention: (days: number) => `Thời hạn: tin nhắn tự động bị xoá sau ${days} ngày, dù đã được xử lý hay chưa.`,
    province: 'Tỉnh, thành phố',
    chooseProvince: 'Chọn tỉnh, thành phố',
    message: 'Bạn cần giúp gì?',
    messageHint: (max: number) =>
      `Viết bằng lời của bạn: chuyện gì đang xảy ra, ở đâu, ai cần giúp. Không cần ghi tên. Tối đa ${max} ký tự.`,
    phone: 'Số điện thoại để gọi lại (không bắt buộc)',
    phoneHint: 'Để trống nếu bạn không muốn được liên hệ lại. Chỉ ghi số mà bạn an toàn khi nhận cuộc gọi.',
    safeTime: 'Khi nào an toàn để liên hệ? (không bắt buộc)',
    safeTimeHint: 'Ví dụ: sau 21 giờ, hoặc sáng thứ Bảy.',
    send: 'Gửi tin nhắn',
    errorsHeading: 'Tin nhắn chưa được gửi. Hãy sửa:',
    errors: {
      provinceCode: 'Hãy chọn tỉnh, thành phố.',
      message: 'Hãy viết điều bạn cần giúp (tối đa 2.000 ký tự).',
      contactPhone: 'Số điện thoại chỉ gồm 8–15 chữ số, hoặc để trống.',
      safeTime: 'Thời gian an toàn tối đa 100 ký tự.',
    } as Record<string, string>,
    tooMany: 'Bạn đã gửi nhiều tin nhắn trong thời gian ngắn. Hãy thử lại sau ít phút, hoặc gọi 111.',
    failed: 'Chưa gửi được tin nhắn do lỗi máy chủ. Hãy thử lại sau ít phút, hoặc gọi 111.',
    sentHeading: 'Tin nhắn đã được gửi',
    receipt: 'Mã tiếp nhận của bạn',
    receiptHint:
      'Hãy ghi nhớ mã này. Khi gọi điện cho cơ quan chức năng của tỉnh, đọc mã này để cán bộ tìm thấy tin nhắn của bạn.',
    noEcho: 'Nội dung tin nhắn không hiển thị lại ở đây, để người khác nhìn vào màn hình không đọc được.',
    safety: 'Cách xoá dấu vết trên điện thoại hoặc máy tính',
    another: 'Gửi tin nhắn khác',
  },
  backHome: 'Về trang chủ',
};

/** The shape every language provides; functions keep their parameters. */
export type Messages = typeof vi;
