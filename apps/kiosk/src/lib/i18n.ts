/**
 * The kiosk's own words in Vietnamese, Khmer and English (content comes translated in the bundle).
 * The Khmer strings were written by a non-native author and await a native speaker's review (README).
 */
import type { Lang } from './types';

const vi = {
  langName: 'Tiếng Việt',
  brand: 'Ki-ốt thông tin',
  title: 'Phòng, chống mua bán người',
  lead: 'Tìm hiểu để tự bảo vệ mình và người thân.',
  touchToStart: 'Chạm để bắt đầu',
  callFree: 'Gọi {hotline} — miễn phí, 24/7',
  keyMessages: [
    '“Việc nhẹ lương cao” có thể là cái bẫy.',
    'Không giao giấy tờ tùy thân cho người lạ giữ.',
    'Đi làm ăn xa: báo cho gia đình và chính quyền xã.',
    'Nghi ngờ bị lừa bán? Gọi ngay {hotline}.',
  ],
  menuTitle: 'Bạn muốn tìm hiểu gì?',
  learn: 'Tìm hiểu',
  learnHint: 'Dấu hiệu, thủ đoạn và cách phòng tránh',
  quiz: 'Hội thi tìm hiểu',
  quizHint: 'Trả lời {n} câu hỏi, xem ngay kết quả',
  help: 'Gọi giúp đỡ',
  helpHint: 'Đường dây nóng và số khẩn cấp',
  home: 'Màn hình chính',
  back: 'Quay lại',
  articles: 'Bài viết',
  free: 'Miễn phí',
  hotlineTitle: 'Khi cần giúp đỡ, hãy gọi',
  scanToCall: 'Quét mã bằng điện thoại để gọi',
  emergency: 'Số khẩn cấp',
  local: 'Số điện thoại của tỉnh',
  questionOf: 'Câu {n}/{total}',
  correct: 'Đúng rồi!',
  wrong: 'Chưa đúng.',
  answerIs: 'Đáp án đúng:',
  next: 'Câu tiếp theo',
  seeScore: 'Xem kết quả',
  score: 'Bạn trả lời đúng {score}/{total} câu',
  scoreGood: 'Rất tốt! Hãy chia sẻ điều bạn biết với người thân.',
  scoreMore: 'Hãy đọc thêm các bài viết để tự bảo vệ mình.',
  again: 'Thi lại',
  noPersonal: 'Không hỏi tên hay thông tin cá nhân.',
  offline: 'Không có mạng — đang hiển thị nội dung đã lưu',
  inVietnamese: 'Bằng tiếng Việt',
  articleInVietnamese: 'Bài viết bằng tiếng Việt',
  quizInVietnamese: 'Hội thi bằng tiếng Việt',
  reviewNeeded: '',
};
/**
 * Every language has every key: English and Khmer are typed with Vietnamese's keys, so a key added to one
 * dictionary and missing (or misspelt) in another is a type error (`pnpm --filter @pcmbn/kiosk check`), never a
 * silent fall back to Vietnamese on a Khmer screen.
 */
export type Strings = typeof vi;

const en: Strings = {
  langName: 'English',
  brand: 'Information kiosk',
  title: 'Preventing human trafficking',
  lead: 'Learn how to protect yourself and your family.',
  touchToStart: 'Touch to start',
  callFree: 'Call {hotline} — free, 24/7',
  keyMessages: [
    '“Easy work, high pay” can be a trap.',
    'Never let a stranger keep your identity papers.',
    'Working far away? Tell your family and the commune office.',
    'Think someone is being trafficked? Call {hotline} now.',
  ],
  menuTitle: 'What would you like to do?',
  learn: 'Learn',
  learnHint: 'Warning signs, tricks and how to stay safe',
  quiz: 'Knowledge contest',
  quizHint: 'Answer {n} questions, see your score',
  help: 'Get help',
  helpHint: 'Hotline and emergency numbers',
  home: 'Start screen',
  back: 'Back',
  articles: 'Articles',
  free: 'Free',
  hotlineTitle: 'When you need help, call',
  scanToCall: 'Scan with your phone to call',
  emergency: 'Emergency numbers',
  local: 'Numbers in this province',
  questionOf: 'Question {n} of {total}',
  correct: 'Correct!',
  wrong: 'Not quite.',
  answerIs: 'The right answer:',
  next: 'Next question',
  seeScore: 'See my score',
  score: 'You got {score} of {total} right',
  scoreGood: 'Well done! Share what you know with your family.',
  scoreMore: 'Read the articles to learn how to stay safe.',
  again: 'Play again',
  noPersonal: 'We never ask your name or anything personal.',
  offline: 'No network — showing saved content',
  inVietnamese: 'In Vietnamese',
  articleInVietnamese: 'This article is in Vietnamese',
  quizInVietnamese: 'This contest is in Vietnamese',
  reviewNeeded: '',
};

// Khmer: native review needed (see README).
const km: Strings = {
  langName: 'ភាសាខ្មែរ',
  brand: 'ស្ថានីយព័ត៌មាន',
  title: 'ការបង្ការ និងប្រឆាំងការជួញដូរមនុស្ស',
  lead: 'ស្វែងយល់ ដើម្បីការពារខ្លួនឯង និងក្រុមគ្រួសារ។',
  touchToStart: 'ប៉ះដើម្បីចាប់ផ្តើម',
  callFree: 'ហៅលេខ {hotline} — ឥតគិតថ្លៃ 24/7',
  keyMessages: [
    '«ការងារស្រួល ប្រាក់ខែខ្ពស់» អាចជាអន្ទាក់។',
    'កុំប្រគល់អត្តសញ្ញាណប័ណ្ណឲ្យមនុស្សចម្លែករក្សាទុក។',
    'ទៅធ្វើការឆ្ងាយ៖ ប្រាប់ក្រុមគ្រួសារ និងអាជ្ញាធរឃុំ។',
    'សង្ស័យមានការជួញដូរមនុស្ស? ហៅលេខ {hotline} ភ្លាម។',
  ],
  menuTitle: 'តើអ្នកចង់ស្វែងយល់អ្វី?',
  learn: 'ស្វែងយល់',
  learnHint: 'សញ្ញា ល្បិចបោកប្រាស់ និងវិធីការពារ',
  quiz: 'ការប្រកួតចំណេះដឹង',
  quizHint: 'ឆ្លើយសំណួរ {n} ហើយមើលលទ្ធផល',
  help: 'ស្វែងរកជំនួយ',
  helpHint: 'ខ្សែទូរស័ព្ទជំនួយ និងលេខសង្គ្រោះបន្ទាន់',
  home: 'ទំព័រដើម',
  back: 'ត្រឡប់ក្រោយ',
  articles: 'អត្ថបទ',
  free: 'ឥតគិតថ្លៃ',
  hotlineTitle: 'ពេលត្រូវការជំនួយ សូមហៅ',
  scanToCall: 'ស្កេនដោយទូរស័ព្ទ ដើម្បីហៅ',
  emergency: 'លេខសង្គ្រោះបន្ទាន់',
  local: 'លេខទូរស័ព្ទក្នុងខេត្ត',
  questionOf: 'សំណួរ {n}/{total}',
  correct: 'ត្រឹមត្រូវ!',
  wrong: 'មិនទាន់ត្រឹមត្រូវទេ។',
  answerIs: 'ចម្លើយត្រឹមត្រូវ៖',
  next: 'សំណួរបន្ទាប់',
  seeScore: 'មើលលទ្ធផល',
  score: 'អ្នកឆ្លើយត្រូវ {score}/{total}',
  scoreGood: 'ល្អណាស់! សូមចែករំលែកចំណេះដឹងនេះជាមួយក្រុមគ្រួសារ។',
  scoreMore: 'សូមអានអត្ថបទបន្ថែម ដើម្បីការពារខ្លួន។',
  again: 'ប្រកួតម្តងទៀត',
  noPersonal: 'យើងមិនសួរឈ្មោះ ឬព័ត៌មានផ្ទាល់ខ្លួនទេ។',
  offline: 'គ្មានបណ្តាញ — កំពុងបង្ហាញខ្លឹមសារដែលបានរក្សាទុក',
  inVietnamese: 'មានតែជាភាសាវៀតណាម',
  articleInVietnamese: 'ព័ត៌មាននេះមានជាភាសាវៀតណាមតែប៉ុណ្ណោះ',
  quizInVietnamese: 'ការប្រកួតនេះមានជាភាសាវៀតណាមតែប៉ុណ្ណោះ',
  reviewNeeded: 'អត្ថបទខ្មែរកំពុងរង់ចាំការពិនិត្យ',
};

export const STRINGS = { vi, en, km } satisfies Record<Lang, Strings>;
export const HTML_LANG: Record<Lang, string> = { vi: 'vi', en: 'en', km: 'km' };

/** `{name}` placeholders filled in. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, key: string) => (key in values ? String(values[key]) : m));
}
