/** The fleet and audio controls' words (kept beside them; the pages' words are in ../i18n.ts). */
import type { Lang } from '../types';

export const FLEET_STRINGS: Record<Lang, { emergency: string; listen: string; stop: string; until: string }> = {
  vi: { emergency: 'Thông báo khẩn', listen: 'Nghe', stop: 'Dừng', until: 'đến' },
  en: { emergency: 'Emergency notice', listen: 'Listen', stop: 'Stop', until: 'until' },
  km: { emergency: 'សេចក្តីជូនដំណឹងបន្ទាន់', listen: 'ស្តាប់', stop: 'ឈប់', until: 'រហូតដល់' },
};
