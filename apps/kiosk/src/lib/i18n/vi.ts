import { CONTACT_HEADINGS } from '@pcmbn/ui/contacts';

/**
 * The kiosk's own words in Vietnamese: the source every other language must match key for key (en.ts and km.ts are
 * typed with this shape, so a missing or misspelt key fails `pnpm --filter @pcmbn/kiosk check`). Content (articles,
 * quiz, contacts) comes translated in the bundle; language names are the domain's `LANGUAGE_NAMES`.
 */
export const vi = {
  brand: 'Ki-ốt thông tin',
  title: 'Phòng, chống mua bán người',
  lead: 'Tìm hiểu để tự bảo vệ mình và người thân.',
  touchToStart: 'Chạm để bắt đầu',
  callFree: (hotline: string) => `Gọi ${hotline} — miễn phí, 24/7`,
  /** The attract loop's messages, in the order they turn over. */
  keyMessages: (hotline: string) => [
    '“Việc nhẹ lương cao” có thể là cái bẫy.',
    'Không giao giấy tờ tùy thân cho người lạ giữ.',
    'Đi làm ăn xa: báo cho gia đình và chính quyền xã.',
    `Nghi ngờ bị lừa bán? Gọi ngay ${hotline}.`,
  ],
  menuTitle: 'Bạn muốn tìm hiểu gì?',
  learn: 'Tìm hiểu',
  learnHint: 'Dấu hiệu, thủ đoạn và cách phòng tránh',
  quiz: 'Hội thi tìm hiểu',
  quizHint: (n: number) => `Trả lời ${n} câu hỏi, xem ngay kết quả`,
  help: 'Gọi giúp đỡ',
  helpHint: 'Đường dây nóng và số khẩn cấp',
  home: 'Màn hình chính',
  back: 'Quay lại',
  articles: 'Bài viết',
  free: 'Miễn phí',
  hotlineTitle: 'Khi cần giúp đỡ, hãy gọi',
  scanToCall: 'Quét mã bằng điện thoại để gọi',
  emergency: CONTACT_HEADINGS.vi.emergency,
  local: CONTACT_HEADINGS.vi.local,
  questionOf: (n: number, total: number) => `Câu ${n}/${total}`,
  correct: 'Đúng rồi!',
  wrong: 'Chưa đúng.',
  answerIs: 'Đáp án đúng:',
  next: 'Câu tiếp theo',
  seeScore: 'Xem kết quả',
  score: (score: number, total: number) => `Bạn trả lời đúng ${score}/${total} câu`,
  scoreGood: 'Rất tốt! Hãy chia sẻ điều bạn biết với người thân.',
  scoreMore: 'Hãy đọc thêm các bài viết để tự bảo vệ mình.',
  again: 'Thi lại',
  noPersonal: 'Không hỏi tên hay thông tin cá nhân.',
  offline: 'Không có mạng — đang hiển thị nội dung đã lưu',
  inVietnamese: 'Bằng tiếng Việt',
  articleInVietnamese: 'Bài viết bằng tiếng Việt',
  quizInVietnamese: 'Hội thi bằng tiếng Việt',
  errorTitle: 'Tạm thời chưa hiển thị được',
  errorRetrySoon: 'Màn hình sẽ tự thử lại sau 30 giây.',
  errorRetryNow: 'Thử lại ngay',
  /** Beside a language whose words await a native speaker's review (Khmer); empty where none is needed. */
  reviewNeeded: '',
  /** The fleet's emergency banner and the listen button. */
  emergencyNotice: 'Thông báo khẩn',
  listen: 'Nghe',
  stop: 'Dừng',
};

/** The shape every language provides; functions keep their parameters. */
export type Messages = typeof vi;
