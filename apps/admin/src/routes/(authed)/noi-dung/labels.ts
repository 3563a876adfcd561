/** Labels of the content screens (Vietnamese first, English second). */
export const KIND_LABELS: Record<string, string> = {
  article: 'Bài viết',
  event: 'Sự kiện',
  quiz: 'Câu hỏi',
  hotline_page: 'Trang đường dây nóng',
  media: 'Tư liệu',
};
export const LANG_LABELS: Record<string, string> = { vi: 'Tiếng Việt', en: 'English', km: 'ភាសាខ្មែរ (Khmer)' };
export const STATUS_LABELS: Record<string, string> = { draft: 'Bản nháp', published: 'Đã xuất bản' };
export const CATEGORY_LABELS: Record<string, string> = {
  help: 'Trợ giúp',
  warning_signs: 'Dấu hiệu cảnh báo',
  tactics: 'Thủ đoạn',
  safe_migration: 'Di cư an toàn',
  victims_rights: 'Quyền của nạn nhân',
  law: 'Pháp luật',
  events: 'Sự kiện',
  stories: 'Câu chuyện',
};
