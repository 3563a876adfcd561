import { z } from 'zod';

/** The product's languages, in the order they are offered: Vietnamese first, English, Khmer (public site, kiosk). */
export const LANGUAGES = ['vi', 'en', 'km'] as const;
export type Language = (typeof LANGUAGES)[number];
export const LanguageSchema = z.enum(LANGUAGES);

/** Each language named in itself (what a language switcher shows). */
export const LANGUAGE_NAMES: Record<Language, string> = { vi: 'Tiếng Việt', en: 'English', km: 'ភាសាខ្មែរ' };

/** Each language named in Vietnamese (what the admin console shows beside content). */
export const LANGUAGE_LABELS_VI: Record<Language, string> = { vi: 'Tiếng Việt', en: 'Tiếng Anh', km: 'Tiếng Khmer' };

export function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}
